import type { IncomingMessage, ServerResponse } from 'node:http';
import { can, checkRevealReason } from '@gonghui/domain';
import { withinScopes } from '../auth/access.js';
import { writeAudit } from '../auth/audit.js';
import { enforceRequestRateLimit } from '../auth/rate-limit.js';
import type { StaffViewer } from '../auth/viewer.js';
import { prisma } from '../db.js';
import { logger } from '../logger.js';
import { today } from '../shared-dates.js';
import {
  answer,
  databaseIdOf,
  downloadingStaff,
  fileNotFound,
  startWorkbookDownload,
} from '../shared-downloads.js';
import {
  exportedMembersWhere,
  rosterTemplate,
  writeImportReport,
  writeRoster,
} from './workbooks.js';

/**
 * The roster downloads, outside GraphQL (files, not JSON), signed in with the same session
 * cookie as /graphql:
 * - GET /api/rosters/template.xlsx: the import template;
 * - GET /api/roster-imports/<import global id>/report.xlsx: an import's per-row report;
 * - GET /api/rosters/<organization global id>/roster.xlsx[?reveal=1&reason=…]: a union's roster.
 * Anything outside the viewer's scope answers 404 exactly like an id that does not exist.
 */

const REPORT_PATH = /^\/api\/roster-imports\/([A-Za-z0-9_-]{1,200}={0,2})\/report\.xlsx$/;
const ROSTER_PATH = /^\/api\/rosters\/([A-Za-z0-9_-]{1,200}={0,2})\/roster\.xlsx$/;
const TEMPLATE_PATH = '/api/rosters/template.xlsx';

/** Whether this server answers `path` here (every other /api path is a 404 too). */
export function isRosterRoute(path: string): boolean {
  return path.startsWith('/api/');
}

async function sendReport(viewer: StaffViewer, globalId: string, response: ServerResponse) {
  const id = databaseIdOf('RosterImport', globalId);
  const rosterImport = id
    ? await prisma.rosterImport.findFirst({
        where: { id, ...withinScopes(viewer, 'member.read') },
        select: { id: true, fileName: true, finishedAt: true },
      })
    : null;
  if (!rosterImport) return fileNotFound(response);
  if (!rosterImport.finishedAt) return answer(response, 409, '导入尚未完成，完成后才能下载报告');
  startWorkbookDownload(response, `${rosterImport.fileName.replace(/\.xlsx$/i, '')}-导入报告.xlsx`);
  await writeImportReport(rosterImport.id, response);
}

async function sendRoster(
  viewer: StaffViewer,
  globalId: string,
  query: URLSearchParams,
  response: ServerResponse,
) {
  const id = databaseIdOf('Organization', globalId);
  const organization = id
    ? await prisma.organization.findFirst({
        where: { id, ...withinScopes(viewer, 'member.read') },
        select: { id: true, name: true, lineageIds: true },
      })
    : null;
  if (!organization) return fileNotFound(response);
  // A roster is personal data in bulk (names, employers, masked identities): 导出会员数据.
  if (!can(viewer.assignments, 'member.export', organization.lineageIds)) {
    return answer(response, 403, '没有导出会员数据的权限');
  }
  const reveal = query.get('reveal') === '1';
  let reason: string | undefined;
  if (reveal) {
    if (!can(viewer.assignments, 'member.revealIdentity', organization.lineageIds)) {
      return answer(response, 403, '没有查看完整身份信息的权限');
    }
    const checked = checkRevealReason(query.get('reason') ?? '');
    if (!checked.ok) return answer(response, 400, checked.error.message);
    reason = checked.value;
  }
  const rows = await prisma.member.count({ where: exportedMembersWhere(organization.id) });
  await prisma.$transaction(async (tx) => {
    await writeAudit(tx, viewer, {
      action: 'member.exportRoster',
      targetType: 'Organization',
      targetId: organization.id,
      organizationId: organization.id,
      lineageIds: organization.lineageIds,
      after: { reveal, rows },
      ...(reason ? { reason } : {}),
    });
  });
  startWorkbookDownload(response, `${organization.name}-会员花名册-${today()}.xlsx`);
  await writeRoster(organization.id, reveal, response);
}

/** Serves one /api request (GET only). */
export async function handleRosterRoute(
  request: IncomingMessage,
  response: ServerResponse,
  clientAddress: string,
): Promise<void> {
  try {
    const url = new URL(request.url ?? '/', 'http://gateway.local');
    // GET only: a HEAD of a roster would write an export's audit row for nothing.
    if (request.method !== 'GET') {
      response.setHeader('allow', 'GET');
      return answer(response, 405, '只支持 GET');
    }
    const viewer = await downloadingStaff(request);
    if (!viewer) return fileNotFound(response);
    try {
      enforceRequestRateLimit(viewer, clientAddress);
    } catch {
      return answer(response, 429, '请求过于频繁，请稍后再试');
    }
    const path = url.pathname;
    if (path === TEMPLATE_PATH) {
      const template = await rosterTemplate();
      startWorkbookDownload(response, '会员花名册导入模板.xlsx');
      response.end(template);
      return;
    }
    const report = REPORT_PATH.exec(path);
    if (report?.[1]) return await sendReport(viewer, report[1], response);
    const roster = ROSTER_PATH.exec(path);
    if (roster?.[1]) return await sendRoster(viewer, roster[1], url.searchParams, response);
    return fileNotFound(response);
  } catch (error) {
    logger.error({ err: error, path: request.url?.split('?')[0] }, 'roster download failed');
    if (!response.headersSent) answer(response, 500, '服务器错误，请稍后再试');
    else response.destroy();
  }
}
