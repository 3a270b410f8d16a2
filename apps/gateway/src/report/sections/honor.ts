import { HONOR_LEVEL_LABELS, HONOR_LEVELS, type ReportPeriod } from '@gonghui/domain';
import { prisma } from '../../db.js';
import { encodeGlobalId } from '../../global-id.js';
import { periodInstants } from '../period-instants.js';
import type { ReportScope, ReportSection, SectionFigure } from '../report-section.js';

/**
 * The console's award list (获奖名单) of the subtree, standing awards published in the period,
 * with these filters (see the admin award-filters).
 */
function awardsPath(
  scope: ReportScope,
  period: ReportPeriod,
  filters: Record<string, string> = {},
) {
  const params = new URLSearchParams({
    org: encodeGlobalId('Organization', scope.organizationId),
    from: period.from,
    to: period.to,
    revoked: 'no',
    ...filters,
  });
  return `/honors/awards?${params.toString()}`;
}

/**
 * 荣誉表彰: the awards published in the period to people, teams and employers of the subtree
 * (revoked ones left out), by level and by title ("全国五一劳动奖章3名、省劳动模范49名…"). Counts
 * name no one, so awards without a public-profile consent count too.
 */
export const honorSection: ReportSection = {
  key: 'honor',
  title: '荣誉表彰',
  async figures(scope: ReportScope, period: ReportPeriod) {
    const where = {
      lineageIds: { has: scope.organizationId },
      revokedAt: null,
      publishedAt: periodInstants(period),
    };
    const [levels, titles] = await Promise.all([
      prisma.honorAward.groupBy({ by: ['level'], where, _count: { _all: true } }),
      prisma.honorAward.groupBy({
        by: ['titleCode', 'titleName', 'subject'],
        where,
        _count: { _all: true },
      }),
    ]);
    const byLevel = new Map(levels.map((row) => [row.level, row._count._all]));
    const total = levels.reduce((sum, row) => sum + row._count._all, 0);
    const figures: SectionFigure[] = [
      {
        key: 'honor.awards',
        label: '获得各级荣誉',
        unit: 'ITEM',
        value: total,
        basis: 'PERIOD',
        listPath: awardsPath(scope, period),
      },
      ...HONOR_LEVELS.map(
        (level): SectionFigure => ({
          key: `honor.level.${level}`,
          label: `${HONOR_LEVEL_LABELS[level]}荣誉`,
          unit: 'ITEM',
          value: byLevel.get(level) ?? 0,
          basis: 'PERIOD',
          listPath: awardsPath(scope, period, { level }),
        }),
      ),
      ...titles
        .sort((a, b) => b._count._all - a._count._all || a.titleCode.localeCompare(b.titleCode))
        .map(
          (row): SectionFigure => ({
            key: `honor.title.${row.titleCode}`,
            label: row.titleName,
            unit:
              row.subject === 'PERSON'
                ? 'PERSON'
                : row.subject === 'COLLECTIVE'
                  ? 'TEAM'
                  : 'ORGANIZATION',
            value: row._count._all,
            basis: 'PERIOD',
            listPath: awardsPath(scope, period, { title: row.titleCode }),
          }),
        ),
    ];
    return figures;
  },
};
