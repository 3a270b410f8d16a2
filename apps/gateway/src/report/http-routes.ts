import type { IncomingMessage, ServerResponse } from 'node:http';
import { type CalendarDate, checkReportPeriod, parseCalendarDate } from '@gonghui/domain';
import { withinScopes } from '../auth/access.js';
import { enforceRequestRateLimit } from '../auth/rate-limit.js';
import { prisma } from '../db.js';
import { logger } from '../logger.js';
import {
  answer,
  databaseIdOf,
  downloadingStaff,
  fileNotFound,
  startWorkbookDownload,
} from '../shared-downloads.js';
import { buildAnnualReport } from './annual-report.js';
import { annualReportWorkbook } from './annual-report-workbook.js';

/**
 * GET /api/reports/<organization global id>/annual-report.xlsx?from=YYYY-MM-DD&to=YYYY-MM-DD —
 * the annual report's figures as a workbook, for staff holding report.read over the
 * organisation (the console's 导出 Excel). The same figures as `annualReport`.
 */
const REPORT_PATH = /^\/api\/reports\/([A-Za-z0-9_-]{1,200}={0,2})\/annual-report\.xlsx$/;

export function isReportRoute(path: string): boolean {
  return REPORT_PATH.test(path);
}

function dateParameter(query: URLSearchParams, name: string): CalendarDate | null {
  const parsed = parseCalendarDate(query.get(name) ?? '', name);
  return parsed.ok ? parsed.value : null;
}

export async function handleReportRoute(
  request: IncomingMessage,
  response: ServerResponse,
  clientAddress: string,
): Promise<void> {
  try {
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
    const url = new URL(request.url ?? '/', 'http://gateway.local');
    const globalId = REPORT_PATH.exec(url.pathname)?.[1];
    const id = globalId ? databaseIdOf('Organization', globalId) : null;
    const organization = id
      ? await prisma.organization.findFirst({
          where: { id, ...withinScopes(viewer, 'report.read') },
          select: { id: true, name: true, lineageIds: true },
        })
      : null;
    if (!organization) return fileNotFound(response);
    const from = dateParameter(url.searchParams, 'from');
    const to = dateParameter(url.searchParams, 'to');
    if (!from || !to) return answer(response, 400, '请用 from、to 给出报告期（YYYY-MM-DD）');
    const period = checkReportPeriod(from, to);
    if (!period.ok) return answer(response, 400, period.error.message);
    const report = await buildAnnualReport(
      { organizationId: organization.id, lineageIds: organization.lineageIds },
      period.value,
      organization.name,
    );
    const workbook = await annualReportWorkbook(report);
    startWorkbookDownload(response, `${organization.name}-工作报告数据-${from}至${to}.xlsx`);
    response.end(workbook);
  } catch (error) {
    logger.error({ err: error, path: request.url?.split('?')[0] }, 'report download failed');
    if (!response.headersSent) answer(response, 500, '服务器错误，请稍后再试');
    else response.destroy();
  }
}
