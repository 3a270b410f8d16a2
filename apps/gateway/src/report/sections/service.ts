import {
  type ReportPeriod,
  SERVICE_POSITION_KIND_LABELS,
  SERVICE_POSITION_KINDS,
} from '@gonghui/domain';
import { prisma } from '../../db.js';
import { encodeGlobalId } from '../../global-id.js';
import { openOnWhere } from '../../service/positions.js';
import { dateColumn } from '../../shared-dates.js';
import type { ReportScope, ReportSection, SectionFigure } from '../report-section.js';

/** The console's position registry of the subtree with these filters (see service-display). */
function positionsPath(scope: ReportScope, filters: Record<string, string>): string {
  const params = new URLSearchParams({
    org: encodeGlobalId('Organization', scope.organizationId),
    ...filters,
  });
  return `/service?${params.toString()}`;
}

/**
 * 服务阵地: the positions run in the subtree at the period's end (opened by then and not closed
 * by then, the domain's isPositionOpenOn), by kind ("户外劳动者服务站点417家", "职工书屋766家"),
 * each compared with the previous period's end; and the positions opened in the period.
 */
export const serviceSection: ReportSection = {
  key: 'service',
  title: '服务阵地',
  async figures(scope: ReportScope, period: ReportPeriod) {
    const inTree = { lineageIds: { has: scope.organizationId } };
    const [kinds, opened] = await Promise.all([
      prisma.servicePosition.groupBy({
        by: ['kind'],
        where: { AND: [inTree, openOnWhere(period.to)] },
        _count: { _all: true },
      }),
      prisma.servicePosition.count({
        where: {
          ...inTree,
          openedOn: { gte: dateColumn(period.from), lte: dateColumn(period.to) },
        },
      }),
    ]);
    const byKind = new Map(kinds.map((row) => [row.kind, row._count._all]));
    const atEnd = { openOn: period.to };
    return [
      {
        key: 'service.positions',
        label: '服务阵地',
        unit: 'TEAM',
        value: kinds.reduce((sum, row) => sum + row._count._all, 0),
        basis: 'PERIOD',
        listPath: positionsPath(scope, atEnd),
      },
      {
        key: 'service.positionsOpened',
        label: '新建服务阵地',
        unit: 'TEAM',
        value: opened,
        basis: 'PERIOD',
        listPath: positionsPath(scope, { openedFrom: period.from, openedTo: period.to }),
      },
      ...SERVICE_POSITION_KINDS.map(
        (kind): SectionFigure => ({
          key: `service.positions.${kind}`,
          label: SERVICE_POSITION_KIND_LABELS[kind],
          unit: 'TEAM',
          value: byKind.get(kind) ?? 0,
          basis: 'PERIOD',
          listPath: positionsPath(scope, { ...atEnd, kind }),
        }),
      ),
    ];
  },
};
