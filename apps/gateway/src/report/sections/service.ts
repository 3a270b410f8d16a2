import {
  type ReportPeriod,
  SERVICE_POSITION_KIND_LABELS,
  SERVICE_POSITION_KINDS,
} from '@gonghui/domain';
import { prisma } from '../../db.js';
import type { ReportScope, ReportSection, SectionFigure } from '../report-section.js';

/**
 * 服务阵地: the positions run in the subtree today (open or suspended, not closed), by kind
 * ("户外劳动者服务站点417家", "职工书屋766家"). Positions carry no opening date, so there is no
 * period figure.
 */
export const serviceSection: ReportSection = {
  key: 'service',
  title: '服务阵地',
  async figures(scope: ReportScope, _period: ReportPeriod) {
    const kinds = await prisma.servicePosition.groupBy({
      by: ['kind'],
      where: { lineageIds: { has: scope.organizationId }, status: { not: 'CLOSED' } },
      _count: { _all: true },
    });
    const byKind = new Map(kinds.map((row) => [row.kind, row._count._all]));
    return [
      {
        key: 'service.positions',
        label: '服务阵地',
        unit: 'TEAM',
        value: kinds.reduce((sum, row) => sum + row._count._all, 0),
        basis: 'TODAY',
        listPath: '/service',
      },
      ...SERVICE_POSITION_KINDS.map(
        (kind): SectionFigure => ({
          key: `service.positions.${kind}`,
          label: SERVICE_POSITION_KIND_LABELS[kind],
          unit: 'TEAM',
          value: byKind.get(kind) ?? 0,
          basis: 'TODAY',
          listPath: `/service?kind=${kind}`,
        }),
      ),
    ];
  },
};
