import type { MessageKey } from '../../i18n/catalogue';
import { fileNameFromContentDisposition } from './roster-files';

export type DownloadOutcome =
  | { ok: true; fileName: string }
  | { ok: false; status: number | null; message: string | null };

/**
 * What a refused download says, for people: the gateway answers errors of its file routes as
 * JSON `{ message }` (or GraphQL-style `{ errors: [{ message }] }`) or short plain text. Null
 * when there is nothing readable (an HTML error page, an empty body).
 */
export function readableDownloadError(contentType: string | null, body: string): string | null {
  const text = body.trim();
  if (text === '') return null;
  if (contentType?.includes('json') || text.startsWith('{')) {
    try {
      const parsed = JSON.parse(text) as {
        message?: unknown;
        error?: unknown;
        errors?: { message?: unknown }[];
      };
      const message = parsed.message ?? parsed.errors?.[0]?.message ?? parsed.error;
      return typeof message === 'string' && message.trim() !== '' ? message.trim() : null;
    } catch {
      return null;
    }
  }
  if (contentType?.includes('text/plain') && text.length <= 300) return text;
  return null;
}

/**
 * Fetches a file the gateway serves with the session cookie and saves it under `fileName`
 * (or the name the response proposes when none is given). A refused download is not saved:
 * its status and readable message are returned instead.
 */
export async function downloadFile(url: string, fileName?: string): Promise<DownloadOutcome> {
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin' });
  } catch {
    return { ok: false, status: null, message: null };
  }
  if (!response.ok) {
    const body = await response.text().catch(() => '');
    return {
      ok: false,
      status: response.status,
      message: readableDownloadError(response.headers.get('content-type'), body),
    };
  }
  const blob = await response.blob();
  const name =
    fileName ??
    fileNameFromContentDisposition(response.headers.get('content-disposition')) ??
    url.split('/').pop() ??
    'download.xlsx';
  const objectUrl = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = objectUrl;
  link.download = name;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file once the click is handled; free the memory a bit later.
  window.setTimeout(() => URL.revokeObjectURL(objectUrl), 60_000);
  return { ok: true, fileName: name };
}

/** The message for a refused download that did not say why itself. */
export function downloadFailureKey(status: number | null): MessageKey {
  if (status === null) return 'error.networkBody';
  if (status === 401) return 'roster.download.signedOut';
  if (status === 403) return 'roster.download.forbidden';
  if (status === 404 || status === 410) return 'roster.download.notFound';
  if (status >= 400 && status < 500) return 'roster.download.rejected';
  return 'error.serverBody';
}
