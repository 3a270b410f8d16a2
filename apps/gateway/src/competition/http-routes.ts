import type { IncomingMessage, ServerResponse } from 'node:http';
import { can } from '@gonghui/domain';
import { writeAudit } from '../auth/audit.js';
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
import { promotionsWorkbook } from './promotions-workbook.js';

/**
 * GET /api/competitions/<competition global id>/promotions.xlsx — the promotion
 * recommendations of a published competition, for staff holding competition.read at its
 * organiser (same session cookie as /graphql). Anything else answers 404 as if absent.
 */
const PROMOTIONS_PATH = /^\/api\/competitions\/([A-Za-z0-9_-]{1,200}={0,2})\/promotions\.xlsx$/;

export function isCompetitionRoute(path: string): boolean {
  return PROMOTIONS_PATH.test(path);
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
    const viewer = await downloadingStaff(request);
    if (!viewer) return fileNotFound(response);
    try {
      enforceRequestRateLimit(viewer, clientAddress);
    } catch {
      return answer(response, 429, '请求过于频繁，请稍后再试');
    }
    const path = new URL(request.url ?? '/', 'http://gateway.local').pathname;
    const globalId = PROMOTIONS_PATH.exec(path)?.[1];
    const id = globalId ? databaseIdOf('Competition', globalId) : null;
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
      return fileNotFound(response);
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
    startWorkbookDownload(response, `${competition.name}-晋级推荐名单.xlsx`);
    response.end(buffer);
  } catch (error) {
    logger.error({ err: error, path: request.url?.split('?')[0] }, 'competition download failed');
    if (!response.headersSent) answer(response, 500, '服务器错误，请稍后再试');
    else response.destroy();
  }
}
