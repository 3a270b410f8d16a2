import type { IncomingMessage, ServerResponse } from 'node:http';
import { can } from '@gonghui/domain';
import { writeAudit } from '../auth/audit.js';
import { enforceRequestRateLimit } from '../auth/rate-limit.js';
import { loadViewer, type StaffViewer } from '../auth/viewer.js';
import { prisma } from '../db.js';
import { decodeGlobalId } from '../global-id.js';
import { logger } from '../logger.js';
import { promotionsWorkbook } from './promotions-workbook.js';

/**
 * GET /api/competitions/<competition global id>/promotions.xlsx — the promotion
 * recommendations of a published competition, for staff holding competition.read at its
 * organiser (same session cookie as /graphql). Anything else answers 404 as if absent.
 */
const PROMOTIONS_PATH = /^\/api\/competitions\/([A-Za-z0-9_-]{1,200}={0,2})\/promotions\.xlsx$/;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function isCompetitionRoute(path: string): boolean {
  return PROMOTIONS_PATH.test(path);
}

function answer(response: ServerResponse, status: number, message: string) {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify({ error: message }));
}

async function staffOf(request: IncomingMessage): Promise<StaffViewer | null> {
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

function competitionIdOf(globalId: string): string | null {
  try {
    const decoded = decodeGlobalId(globalId);
    return decoded.typename === 'Competition' ? decoded.id : null;
  } catch {
    return null;
  }
}

export async function handleCompetitionRoute(
  request: IncomingMessage,
  response: ServerResponse,
  clientAddress: string,
): Promise<void> {
  try {
    if (request.method !== 'GET') {
      response.setHeader('allow', 'GET');
      return answer(response, 405, '只支持 GET');
    }
    const viewer = await staffOf(request);
    if (!viewer) return answer(response, 404, '找不到该文件');
    try {
      enforceRequestRateLimit(viewer, clientAddress);
    } catch {
      return answer(response, 429, '请求过于频繁，请稍后再试');
    }
    const path = new URL(request.url ?? '/', 'http://gateway.local').pathname;
    const globalId = PROMOTIONS_PATH.exec(path)?.[1];
    const id = globalId ? competitionIdOf(globalId) : null;
    const competition = id
      ? await prisma.competition.findUnique({
          where: { id },
          select: {
            id: true,
            name: true,
            lineageIds: true,
            organizationId: true,
            resultsPublishedAt: true,
          },
        })
      : null;
    if (!competition || !can(viewer.assignments, 'competition.read', competition.lineageIds)) {
      return answer(response, 404, '找不到该文件');
    }
    if (!competition.resultsPublishedAt) return answer(response, 409, '成绩尚未公布，暂无晋级推荐');
    const buffer = await promotionsWorkbook(competition.id);
    await prisma.$transaction(async (tx) => {
      await writeAudit(tx, viewer, {
        action: 'competition.promotions.export',
        targetType: 'Competition',
        targetId: competition.id,
        organizationId: competition.organizationId,
        lineageIds: competition.lineageIds,
      });
    });
    const fileName = `${competition.name}-晋级推荐名单.xlsx`;
    const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
    response.writeHead(200, {
      'content-type': XLSX,
      'content-disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    });
    response.end(buffer);
  } catch (error) {
    logger.error({ err: error, path: request.url?.split('?')[0] }, 'competition download failed');
    if (!response.headersSent) answer(response, 500, '服务器错误，请稍后再试');
    else response.destroy();
  }
}
