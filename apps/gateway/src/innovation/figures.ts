import {
  CONVERSION_STATE_LABELS,
  CONVERSION_STATES,
  RESULT_TYPE_LABELS,
  RESULT_TYPES,
  STUDIO_LEVEL_LABELS,
  STUDIO_LEVELS,
} from '@gonghui/domain';
import { prisma } from '../db.js';
import type { Prisma } from '../generated/prisma/client.js';
import { fenNumber } from './access.js';

export interface InnovationCount {
  key: string;
  label: string;
  count: number;
}

/** The innovation figures of a subtree (or of the whole platform). */
export interface InnovationFigures {
  /** Studios that are not de-listed. */
  studioCount: number;
  studiosByLevel: InnovationCount[];
  /** '5' … '1', then 'UNRATED'. */
  studiosByStars: InnovationCount[];
  resultCount: number;
  resultsByType: InnovationCount[];
  resultsByConversionState: InnovationCount[];
  totalEconomicBenefitFen: number;
  returnsSecuredFen: number;
}

/** Every key in catalogue order, with a count of 0 when nothing has it. */
function counts<K extends string>(
  keys: readonly K[],
  labels: Readonly<Record<K, string>>,
  found: Map<string, number>,
): InnovationCount[] {
  return keys.map((key) => ({ key, label: labels[key], count: found.get(key) ?? 0 }));
}

export const STAR_KEYS = ['5', '4', '3', '2', '1', 'UNRATED'] as const;
export const STAR_KEY_LABELS: Record<(typeof STAR_KEYS)[number], string> = {
  '5': '五星',
  '4': '四星',
  '3': '三星',
  '2': '二星',
  '1': '一星',
  UNRATED: '未评星',
};

/**
 * Counts and sums over the studios and results owned by `organizationId`'s subtree (by the
 * owners' lineage), computed from the rows each time: there is no maintained counter that
 * could drift from them.
 */
export async function innovationFigures(organizationId: string | null): Promise<InnovationFigures> {
  const inSubtree = organizationId ? { lineageIds: { has: organizationId } } : {};
  const studioWhere: Prisma.InnovationStudioWhereInput = {
    AND: [inSubtree, { status: { not: 'DELISTED' } }],
  };
  const resultWhere: Prisma.InnovationResultWhereInput = inSubtree;
  const [levels, stars, types, states, sums, secured] = await Promise.all([
    prisma.innovationStudio.groupBy({ by: ['level'], where: studioWhere, _count: { _all: true } }),
    prisma.innovationStudio.groupBy({ by: ['stars'], where: studioWhere, _count: { _all: true } }),
    prisma.innovationResult.groupBy({ by: ['type'], where: resultWhere, _count: { _all: true } }),
    prisma.innovationResult.groupBy({
      by: ['conversionState'],
      where: resultWhere,
      _count: { _all: true },
    }),
    prisma.innovationResult.aggregate({
      where: resultWhere,
      _sum: { economicBenefitFen: true },
      _count: { _all: true },
    }),
    prisma.innovationResult.aggregate({
      where: { AND: [resultWhere, { conversionState: 'RETURNS_SECURED' }] },
      _sum: { returnsFen: true },
    }),
  ]);
  const studiosByLevel = counts(
    STUDIO_LEVELS,
    STUDIO_LEVEL_LABELS,
    new Map(levels.map((row) => [row.level, row._count._all])),
  );
  return {
    studioCount: studiosByLevel.reduce((total, row) => total + row.count, 0),
    studiosByLevel,
    studiosByStars: counts(
      STAR_KEYS,
      STAR_KEY_LABELS,
      new Map(
        stars.map((row) => [row.stars === null ? 'UNRATED' : String(row.stars), row._count._all]),
      ),
    ),
    resultCount: sums._count._all,
    resultsByType: counts(
      RESULT_TYPES,
      RESULT_TYPE_LABELS,
      new Map(types.map((row) => [row.type, row._count._all])),
    ),
    resultsByConversionState: counts(
      CONVERSION_STATES,
      CONVERSION_STATE_LABELS,
      new Map(states.map((row) => [row.conversionState, row._count._all])),
    ),
    totalEconomicBenefitFen: fenNumber(sums._sum.economicBenefitFen ?? 0n) ?? 0,
    returnsSecuredFen: fenNumber(secured._sum.returnsFen ?? 0n) ?? 0,
  };
}
