import { GRASSROOTS_LEVEL_KINDS, type ReportPeriod } from '@gonghui/domain';
import { prisma } from '../../db.js';
import { encodeGlobalId } from '../../global-id.js';
import { dateColumn } from '../../shared-dates.js';
import type { ReportScope, ReportSection } from '../report-section.js';

/**
 * 组织建设: grassroots-level unions (基层工会 and 联合基层工会) live today, and those founded in
 * the period (dissolved since or not).
 */
export const organizationSection: ReportSection = {
  key: 'organization',
  title: '组织建设',
  async figures(scope: ReportScope, period: ReportPeriod) {
    const id = encodeGlobalId('Organization', scope.organizationId);
    const [figures, founded] = await Promise.all([
      prisma.organizationFigures.findUnique({
        where: { organizationId: scope.organizationId },
        select: { grassrootsUnions: true },
      }),
      prisma.organization.count({
        where: {
          lineageIds: { has: scope.organizationId },
          kind: { in: [...GRASSROOTS_LEVEL_KINDS] },
          foundedOn: { gte: dateColumn(period.from), lte: dateColumn(period.to) },
        },
      }),
    ]);
    return [
      {
        key: 'organization.grassrootsUnions',
        label: '基层工会',
        unit: 'ORGANIZATION',
        value: figures?.grassrootsUnions ?? 0,
        basis: 'TODAY',
        listPath: `/organizations/${id}`,
      },
      {
        key: 'organization.grassrootsUnionsFounded',
        label: '新建基层工会',
        unit: 'ORGANIZATION',
        value: founded,
        basis: 'PERIOD',
        listPath: `/organizations/${id}`,
      },
    ];
  },
};
