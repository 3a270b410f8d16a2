import { COMPETITION_KIND_LABELS, COMPETITION_KINDS, type ReportPeriod } from '@gonghui/domain';
import { prisma } from '../../db.js';
import { encodeGlobalId } from '../../global-id.js';
import { dateColumn } from '../../shared-dates.js';
import type { ReportScope, ReportSection, SectionFigure } from '../report-section.js';

/** The console's competition list of the subtree, started in the period (see competitions-page). */
function competitionsPath(scope: ReportScope, period: ReportPeriod, kind?: string): string {
  const params = new URLSearchParams({
    org: encodeGlobalId('Organization', scope.organizationId),
    ...(kind ? { kind } : {}),
    from: period.from,
    to: period.to,
  });
  return `/competitions?${params.toString()}`;
}

/**
 * 劳动和技能竞赛: the competitions the subtree's unions organised that started in the period, by
 * kind; their eligible participants; and the skill-level promotions recommended from them
 * ("每年开展15个行业系统、40个项目的技能大赛…一大批技能大赛优秀选手实现技术等级晋升").
 */
export const competitionSection: ReportSection = {
  key: 'competition',
  title: '劳动和技能竞赛',
  async figures(scope: ReportScope, period: ReportPeriod) {
    const held = {
      lineageIds: { has: scope.organizationId },
      startsOn: { gte: dateColumn(period.from), lte: dateColumn(period.to) },
    };
    const [kinds, participants, promotions] = await Promise.all([
      prisma.competition.groupBy({ by: ['kind'], where: held, _count: { _all: true } }),
      prisma.competitionEntry.count({ where: { eligible: true, competition: held } }),
      prisma.competitionPromotion.count({ where: { recommended: true, competition: held } }),
    ]);
    const byKind = new Map(kinds.map((row) => [row.kind, row._count._all]));
    return [
      {
        key: 'competition.held',
        label: '举办竞赛',
        unit: 'ITEM',
        value: kinds.reduce((sum, row) => sum + row._count._all, 0),
        basis: 'PERIOD',
        listPath: competitionsPath(scope, period),
      },
      ...COMPETITION_KINDS.map(
        (kind): SectionFigure => ({
          key: `competition.held.${kind}`,
          label: COMPETITION_KIND_LABELS[kind],
          unit: 'ITEM',
          value: byKind.get(kind) ?? 0,
          basis: 'PERIOD',
          listPath: competitionsPath(scope, period, kind),
        }),
      ),
      {
        key: 'competition.participants',
        label: '参赛选手（单位）',
        unit: 'PERSON_TIME',
        value: participants,
        basis: 'PERIOD',
        listPath: null,
      },
      {
        key: 'competition.promotions',
        label: '推荐晋升技能等级',
        unit: 'PERSON',
        value: promotions,
        basis: 'PERIOD',
        listPath: null,
      },
    ];
  },
};
