import {
  RESULT_TYPE_LABELS,
  RESULT_TYPES,
  type ReportPeriod,
  STUDIO_LEVEL_LABELS,
  STUDIO_LEVELS,
} from '@gonghui/domain';
import { prisma } from '../../db.js';
import { encodeGlobalId } from '../../global-id.js';
import { dateColumn } from '../../shared-dates.js';
import type { ReportScope, ReportSection, SectionFigure } from '../report-section.js';

/** The calendar years a period touches: innovation results are dated by year. */
function yearsOf(period: ReportPeriod) {
  return { gte: Number(period.from.slice(0, 4)), lte: Number(period.to.slice(0, 4)) };
}

/** A console list of the subtree with these filters (studios-page, conversion-board). */
function innovationPath(
  path: '/innovation' | '/innovation/results',
  scope: ReportScope,
  filters: Record<string, string>,
): string {
  const params = new URLSearchParams({
    org: encodeGlobalId('Organization', scope.organizationId),
    ...filters,
  });
  return `${path}?${params.toString()}`;
}

/**
 * 职工创新: studios active today by level and by stars ("劳模工匠创新工作室270个"), studios
 * founded in the period, and the innovation results of the period's years by type with their
 * yearly economic benefit ("职工创新成果10万余项").
 */
export const innovationSection: ReportSection = {
  key: 'innovation',
  title: '职工创新',
  async figures(scope: ReportScope, period: ReportPeriod) {
    const inTree = { lineageIds: { has: scope.organizationId } };
    const active = { ...inTree, status: 'ACTIVE' as const };
    const years = yearsOf(period);
    const results = { ...inTree, year: years };
    const studiosPath = (filters: Record<string, string>) =>
      innovationPath('/innovation', scope, { status: 'ACTIVE', ...filters });
    const resultsPath = (filters: Record<string, string>) =>
      innovationPath('/innovation/results', scope, {
        ...filters,
        yearFrom: String(years.gte),
        yearTo: String(years.lte),
      });
    const [levels, stars, founded, types, benefit] = await Promise.all([
      prisma.innovationStudio.groupBy({ by: ['level'], where: active, _count: { _all: true } }),
      prisma.innovationStudio.groupBy({ by: ['stars'], where: active, _count: { _all: true } }),
      prisma.innovationStudio.count({
        where: {
          ...inTree,
          foundedOn: { gte: dateColumn(period.from), lte: dateColumn(period.to) },
        },
      }),
      prisma.innovationResult.groupBy({ by: ['type'], where: results, _count: { _all: true } }),
      prisma.innovationResult.aggregate({ where: results, _sum: { economicBenefitFen: true } }),
    ]);
    const byLevel = new Map(levels.map((row) => [row.level, row._count._all]));
    const byStars = new Map(stars.map((row) => [row.stars, row._count._all]));
    const byType = new Map(types.map((row) => [row.type, row._count._all]));
    const studios = levels.reduce((sum, row) => sum + row._count._all, 0);
    const resultCount = types.reduce((sum, row) => sum + row._count._all, 0);
    const figures: SectionFigure[] = [
      {
        key: 'innovation.studios',
        label: '劳模和工匠人才创新工作室',
        unit: 'TEAM',
        value: studios,
        basis: 'TODAY',
        listPath: studiosPath({}),
      },
      ...STUDIO_LEVELS.map(
        (level): SectionFigure => ({
          key: `innovation.studios.level.${level}`,
          label: `其中${STUDIO_LEVEL_LABELS[level]}`,
          unit: 'TEAM',
          value: byLevel.get(level) ?? 0,
          basis: 'TODAY',
          listPath: studiosPath({ level }),
        }),
      ),
      ...[5, 4, 3, 2, 1].map(
        (count): SectionFigure => ({
          key: `innovation.studios.stars.${count}`,
          label: `${count}星级工作室`,
          unit: 'TEAM',
          value: byStars.get(count) ?? 0,
          basis: 'TODAY',
          listPath: studiosPath({ stars: String(count) }),
        }),
      ),
      {
        key: 'innovation.studiosFounded',
        label: '新建创新工作室',
        unit: 'TEAM',
        value: founded,
        basis: 'PERIOD',
        // Founded in the period, whatever the studio's status today (de-listed ones too).
        listPath: innovationPath('/innovation', scope, {
          status: 'ALL',
          foundedFrom: period.from,
          foundedTo: period.to,
        }),
      },
      {
        key: 'innovation.results',
        label: '职工创新成果',
        unit: 'ITEM',
        value: resultCount,
        basis: 'PERIOD',
        listPath: resultsPath({}),
      },
      ...RESULT_TYPES.map(
        (type): SectionFigure => ({
          key: `innovation.results.${type}`,
          label: RESULT_TYPE_LABELS[type],
          unit: 'ITEM',
          value: byType.get(type) ?? 0,
          basis: 'PERIOD',
          listPath: resultsPath({ type }),
        }),
      ),
      {
        key: 'innovation.economicBenefit',
        label: '创新成果经济效益',
        unit: 'FEN',
        value: Number(benefit._sum.economicBenefitFen ?? 0n),
        basis: 'PERIOD',
        listPath: null,
      },
    ];
    return figures;
  },
};
