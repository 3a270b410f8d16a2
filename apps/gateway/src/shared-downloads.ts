import type { IncomingMessage, ServerResponse } from 'node:http';
import { loadViewer, type StaffViewer } from './auth/viewer.js';
import { decodeGlobalId } from './global-id.js';

/**
 * What the file downloads under /api/ share (rosters, reports, promotion lists): they are GET
 * requests outside GraphQL, signed in with the same session cookie (or API key) as /graphql,
 * answering errors as small JSON bodies and files as attachments that are never cached.
 */

export const XLSX_CONTENT_TYPE =
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A JSON error answer `{ error: message }`. */
export function answer(response: ServerResponse, status: number, message: string) {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify({ error: message }));
}

/** The one answer for "absent or outside your scope", so existence is not revealed. */
export const fileNotFound = (response: ServerResponse) => answer(response, 404, '找不到该文件');

/** A Content-Disposition naming the file, with the UTF-8 name for browsers that read it. */
export function attachment(fileName: string) {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** Starts a workbook download named `fileName`. */
export function startWorkbookDownload(response: ServerResponse, fileName: string) {
  response.writeHead(200, {
    'content-type': XLSX_CONTENT_TYPE,
    'content-disposition': attachment(fileName),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
}

/** The signed-in staff member of the request's session cookie or API key, or null. */
export async function downloadingStaff(request: IncomingMessage): Promise<StaffViewer | null> {
  const headers = new Headers();
  for (const name of ['cookie', 'x-api-key', 'authorization']) {
    const value = request.headers[name];
    if (typeof value === 'string') headers.set(name, value);
  }
  try {
    const viewer = await loadViewer(new Request('http://gateway.local/', { headers }));
    return viewer.kind === 'staff' ? viewer : null;
  } catch {
    return null;
  }
}

/** The database id of a global id of `typename`, or null for anything else. */
export function databaseIdOf(typename: string, globalId: string): string | null {
  try {
    const decoded = decodeGlobalId(globalId);
    return decoded.typename === typename ? decoded.id : null;
  } catch {
    return null;
  }
}
