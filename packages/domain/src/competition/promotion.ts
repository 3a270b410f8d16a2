import type { CompetitionClass } from './kinds.js';
import {
  compareVocationalLevels,
  VOCATIONAL_LEVEL_LABELS,
  type VocationalLevel,
  vocationalLevelLabel,
} from './vocational-levels.js';

/**
 * Skill-level promotion through competitions (以赛晋级). The default is Tianjin's published rule
 * (DOMAIN.md §5):
 * - city class-one competition, top 10: promoted to 技师; already 技师 → 高级技师; first place
 *   may be named 技术能手;
 * - city class-two or district competition, top 6: promoted to 高级工; already 高级工 → 技师;
 * - enterprise competition, top 30 %: promoted to 中级工; already 中级工 → 高级工;
 * - at most one promotion per person per calendar year through competitions.
 *
 * Industry competitions have no rule in the published text, so by default they recommend no
 * promotion; a rule table may add one. Only individual entries of skills competitions are
 * recommended (a team result does not say whose skill it shows).
 */

export type PromotionCutoff =
  | { readonly kind: 'TOP_N'; readonly n: number }
  /** The top share of the ranked entrants, in basis points, rounded down (30 % of 9 is 2). */
  | { readonly kind: 'TOP_SHARE'; readonly bp: number };

export type PromotionRule = {
  readonly competitionClass: CompetitionClass;
  readonly cutoff: PromotionCutoff;
  /** The level those below it are promoted to. */
  readonly target: VocationalLevel;
  /** Those already at `target` are promoted to this one instead. */
  readonly beyondTarget: VocationalLevel;
  /** First place is also nominated 技术能手. */
  readonly firstPlaceTechnicalExpert: boolean;
};

export const TIANJIN_PROMOTION_RULES: readonly PromotionRule[] = Object.freeze([
  {
    competitionClass: 'CITY_CLASS_ONE',
    cutoff: { kind: 'TOP_N', n: 10 },
    target: 'TECHNICIAN',
    beyondTarget: 'SENIOR_TECHNICIAN',
    firstPlaceTechnicalExpert: true,
  },
  {
    competitionClass: 'CITY_CLASS_TWO',
    cutoff: { kind: 'TOP_N', n: 6 },
    target: 'SENIOR',
    beyondTarget: 'TECHNICIAN',
    firstPlaceTechnicalExpert: false,
  },
  {
    competitionClass: 'DISTRICT',
    cutoff: { kind: 'TOP_N', n: 6 },
    target: 'SENIOR',
    beyondTarget: 'TECHNICIAN',
    firstPlaceTechnicalExpert: false,
  },
  {
    competitionClass: 'ENTERPRISE',
    cutoff: { kind: 'TOP_SHARE', bp: 3000 },
    target: 'INTERMEDIATE',
    beyondTarget: 'SENIOR',
    firstPlaceTechnicalExpert: false,
  },
] satisfies PromotionRule[]);

/** One ranked individual of one competition, as promotion sees them. */
export type PromotionResult = {
  /** A stable key of the person across competitions (their member id). */
  readonly personKey: string;
  readonly entryId: string;
  readonly competitionId: string;
  readonly competitionClass: CompetitionClass;
  /** The calendar year of the competition's final (the year a promotion counts in). */
  readonly year: number;
  /** Final rank (null: not ranked). */
  readonly rank: number | null;
  /** How many entrants were ranked in the competition (the base of a share cutoff). */
  readonly rankedCount: number;
  readonly currentLevel: VocationalLevel | null;
};

export type PromotionRecommendation = {
  readonly personKey: string;
  readonly entryId: string;
  readonly competitionId: string;
  readonly year: number;
  readonly rank: number;
  readonly fromLevel: VocationalLevel | null;
  readonly toLevel: VocationalLevel;
  /** 技术能手 nomination (first place of a class-one competition). */
  readonly technicalExpertNomination: boolean;
  /** Why, in Chinese, for the human-resources bureau's list. */
  readonly basis: string;
};

export const COMPETITION_PROMOTION_RULES = Object.freeze({
  ONE_PER_YEAR: 'COMPETITION_PROMOTION_ONE_PER_YEAR',
} as const);

function cutoffRank(cutoff: PromotionCutoff, rankedCount: number): number {
  return cutoff.kind === 'TOP_N' ? cutoff.n : Math.floor((rankedCount * cutoff.bp) / 10000);
}

function cutoffLabel(cutoff: PromotionCutoff): string {
  return cutoff.kind === 'TOP_N' ? `前 ${cutoff.n} 名` : `前 ${cutoff.bp / 100}%`;
}

/**
 * The promotion one result earns on its own (ignoring the one-a-year limit), or null. Those
 * already above `target` earn none. A first place of class one who earns no level (already
 * 高级技师 or above) is still a 技术能手 nominee: see {@link technicalExpertOf}.
 */
export function promotionFor(
  result: PromotionResult,
  rules: readonly PromotionRule[] = TIANJIN_PROMOTION_RULES,
): PromotionRecommendation | null {
  const rule = rules.find((candidate) => candidate.competitionClass === result.competitionClass);
  if (!rule || result.rank === null || result.rank < 1) return null;
  if (result.rank > cutoffRank(rule.cutoff, result.rankedCount)) return null;
  let toLevel: VocationalLevel;
  if (compareVocationalLevels(result.currentLevel, rule.target) < 0) toLevel = rule.target;
  else if (compareVocationalLevels(result.currentLevel, rule.target) === 0)
    toLevel = rule.beyondTarget;
  else return null;
  const technicalExpertNomination = rule.firstPlaceTechnicalExpert && result.rank === 1;
  return {
    personKey: result.personKey,
    entryId: result.entryId,
    competitionId: result.competitionId,
    year: result.year,
    rank: result.rank,
    fromLevel: result.currentLevel,
    toLevel,
    technicalExpertNomination,
    basis: `第 ${result.rank} 名（${cutoffLabel(rule.cutoff)}），${vocationalLevelLabel(result.currentLevel)}晋升${VOCATIONAL_LEVEL_LABELS[toLevel]}${technicalExpertNomination ? '，并推荐为技术能手' : ''}`,
  };
}

/** True when the result is first place of a competition whose rule names 技术能手. */
export function technicalExpertOf(
  result: PromotionResult,
  rules: readonly PromotionRule[] = TIANJIN_PROMOTION_RULES,
): boolean {
  const rule = rules.find((candidate) => candidate.competitionClass === result.competitionClass);
  return rule?.firstPlaceTechnicalExpert === true && result.rank === 1;
}

/** A promotion already granted through a competition (it counts against the year). */
export type GrantedPromotion = { readonly personKey: string; readonly year: number };

export type PromotionDecision =
  | { readonly kind: 'RECOMMENDED'; readonly recommendation: PromotionRecommendation }
  | {
      readonly kind: 'SUPERSEDED';
      readonly recommendation: PromotionRecommendation;
      readonly rule: string;
      readonly reason: string;
    };

/**
 * The recommendations of a set of results across competitions, keeping at most one promotion
 * per person per calendar year: a person already granted one that year gets none, and of a
 * person's several candidates in a year the highest level wins (then the better rank, then the
 * competition id, so the choice is deterministic). The others are SUPERSEDED with the reason.
 */
export function recommendPromotions(
  results: readonly PromotionResult[],
  granted: readonly GrantedPromotion[] = [],
  rules: readonly PromotionRule[] = TIANJIN_PROMOTION_RULES,
): PromotionDecision[] {
  const candidates = results
    .map((result) => promotionFor(result, rules))
    .filter((candidate): candidate is PromotionRecommendation => candidate !== null)
    .sort(
      (a, b) =>
        compareVocationalLevels(b.toLevel, a.toLevel) ||
        a.rank - b.rank ||
        (a.competitionId < b.competitionId ? -1 : a.competitionId > b.competitionId ? 1 : 0) ||
        (a.entryId < b.entryId ? -1 : a.entryId > b.entryId ? 1 : 0),
    );
  const taken = new Set(granted.map((g) => `${g.personKey}\u0000${g.year}`));
  const grantedKeys = new Set(taken);
  return candidates.map((recommendation): PromotionDecision => {
    const key = `${recommendation.personKey}\u0000${recommendation.year}`;
    if (!taken.has(key)) {
      taken.add(key);
      return { kind: 'RECOMMENDED', recommendation };
    }
    return {
      kind: 'SUPERSEDED',
      recommendation,
      rule: COMPETITION_PROMOTION_RULES.ONE_PER_YEAR,
      reason: grantedKeys.has(key)
        ? `${recommendation.year} 年已通过竞赛晋升过一次，同一年度只能晋升一次`
        : `${recommendation.year} 年另有一项竞赛的晋升推荐，同一年度只能晋升一次`,
    };
  });
}
