import { type FieldError, fieldError } from '../shared/domain-error.js';

/**
 * Ranking (排名): by total, ties broken on the practical score (higher first), then on time
 * used (less first). Entrants still equal on all three share a rank (1, 2, 2, 4). Entrants
 * not yet fully scored are not ranked: they follow, in their given order, with a null rank.
 */

export type RankingInput = {
  readonly id: string;
  /** Null while not yet scored. */
  readonly totalCenti: number | null;
  readonly practicalCenti: number | null;
  /** Time used on the practical task, in seconds; null when not timed (worst). */
  readonly timeUsedSeconds: number | null;
};

export type RankedEntry<T extends RankingInput = RankingInput> = {
  readonly entry: T;
  /** 1-based competition rank (shared by exact ties); null when not yet scored. */
  readonly rank: number | null;
  /** 1-based place in the ordered list. */
  readonly position: number;
  /** How the tie with the entrant just above was broken, if it was. */
  readonly tieBrokenBy: 'PRACTICAL' | 'TIME' | null;
};

function timeKey(time: number | null): number {
  return time === null ? Number.POSITIVE_INFINITY : time;
}

/** Compares two scored entrants: negative when `a` ranks above `b`. */
export function compareRanked(a: RankingInput, b: RankingInput): number {
  const total = (b.totalCenti ?? 0) - (a.totalCenti ?? 0);
  if (total !== 0) return total;
  const practical = (b.practicalCenti ?? 0) - (a.practicalCenti ?? 0);
  if (practical !== 0) return practical;
  const ta = timeKey(a.timeUsedSeconds);
  const tb = timeKey(b.timeUsedSeconds);
  return ta === tb ? 0 : ta < tb ? -1 : 1;
}

/** Ranks the entrants (a permutation of the input; the input is not changed). */
export function rankEntries<T extends RankingInput>(entries: readonly T[]): RankedEntry<T>[] {
  const scored = entries
    .map((entry, index) => ({ entry, index }))
    .filter(({ entry }) => entry.totalCenti !== null)
    .sort((a, b) => compareRanked(a.entry, b.entry) || a.index - b.index);
  const unscored = entries.filter((entry) => entry.totalCenti === null);
  const ranked: RankedEntry<T>[] = [];
  scored.forEach(({ entry }, i) => {
    const previous = scored[i - 1]?.entry;
    let rank = i + 1;
    let tieBrokenBy: RankedEntry['tieBrokenBy'] = null;
    if (previous && previous.totalCenti === entry.totalCenti) {
      if (compareRanked(previous, entry) === 0) {
        rank = (ranked[i - 1] as RankedEntry<T>).rank as number;
      } else {
        tieBrokenBy = previous.practicalCenti !== entry.practicalCenti ? 'PRACTICAL' : 'TIME';
      }
    }
    ranked.push({ entry, rank, position: i + 1, tieBrokenBy });
  });
  for (const entry of unscored) {
    ranked.push({ entry, rank: null, position: ranked.length + 1, tieBrokenBy: null });
  }
  return ranked;
}

/**
 * Awards (奖项): by share of the ranked entrants (一、二、三等奖 to 10 % / 20 % / 30 %), or
 * gold/silver/bronze to the top three plus an excellence award (优胜奖) down to the top half.
 */
export const AWARD_LEVELS = Object.freeze([
  'FIRST_PRIZE',
  'SECOND_PRIZE',
  'THIRD_PRIZE',
  'GOLD',
  'SILVER',
  'BRONZE',
  'EXCELLENCE',
] as const);

export type AwardLevel = (typeof AWARD_LEVELS)[number];

export const AWARD_LEVEL_LABELS: Readonly<Record<AwardLevel, string>> = Object.freeze({
  FIRST_PRIZE: '一等奖',
  SECOND_PRIZE: '二等奖',
  THIRD_PRIZE: '三等奖',
  GOLD: '金奖',
  SILVER: '银奖',
  BRONZE: '铜奖',
  EXCELLENCE: '优胜奖',
});

export type AwardScheme =
  | {
      readonly kind: 'SHARES';
      /** Shares of the ranked entrants, in basis points: first, second, third prize. */
      readonly firstBp: number;
      readonly secondBp: number;
      readonly thirdBp: number;
    }
  | {
      readonly kind: 'MEDALS';
      /** Excellence down to this share of the ranked entrants (top half: 5000). */
      readonly excellenceToBp: number;
    };

export const DEFAULT_AWARD_SCHEME: AwardScheme = Object.freeze({
  kind: 'SHARES',
  firstBp: 1000,
  secondBp: 2000,
  thirdBp: 3000,
});

export const COMPETITION_AWARD_RULES = Object.freeze({
  SHARES_INVALID: 'COMPETITION_AWARD_SHARES_INVALID',
} as const);

export function awardSchemeIssues(scheme: AwardScheme, field = 'awardScheme'): FieldError[] {
  const shares =
    scheme.kind === 'SHARES'
      ? [scheme.firstBp, scheme.secondBp, scheme.thirdBp]
      : [scheme.excellenceToBp];
  if (
    shares.some((share) => !Number.isInteger(share) || share < 0 || share > 10000) ||
    shares.reduce((a, b) => a + b, 0) > 10000
  ) {
    return [
      fieldError(
        field,
        COMPETITION_AWARD_RULES.SHARES_INVALID,
        '获奖比例应为 0–100% 且合计不超过 100%',
      ),
    ];
  }
  return [];
}

/** How many entrants each award may go to, out of `ranked` ranked entrants. */
export function awardCapacities(
  scheme: AwardScheme,
  ranked: number,
): { level: AwardLevel; capacity: number }[] {
  const share = (bp: number) => Math.floor((ranked * bp) / 10000);
  if (scheme.kind === 'SHARES') {
    return [
      { level: 'FIRST_PRIZE', capacity: share(scheme.firstBp) },
      { level: 'SECOND_PRIZE', capacity: share(scheme.secondBp) },
      { level: 'THIRD_PRIZE', capacity: share(scheme.thirdBp) },
    ];
  }
  const medals = Math.min(3, ranked);
  return [
    { level: 'GOLD', capacity: medals >= 1 ? 1 : 0 },
    { level: 'SILVER', capacity: medals >= 2 ? 1 : 0 },
    { level: 'BRONZE', capacity: medals >= 3 ? 1 : 0 },
    { level: 'EXCELLENCE', capacity: Math.max(0, share(scheme.excellenceToBp) - 3) },
  ];
}

/**
 * Computes the awards of a ranking. Entrants sharing a rank get the same award; a tie group
 * that would overflow an award's capacity moves down to the next award whole, so no award
 * ever goes to more entrants than its share allows, and a better rank never gets a lower
 * award. Unranked entrants get none.
 */
export function computeAwards<T extends RankingInput>(
  ranking: readonly RankedEntry<T>[],
  scheme: AwardScheme,
): Map<string, AwardLevel> {
  const ranked = ranking.filter((row) => row.rank !== null);
  const tiers = awardCapacities(scheme, ranked.length);
  const groups: RankedEntry<T>[][] = [];
  for (const row of ranked) {
    const last = groups[groups.length - 1];
    if (last && last[0]?.rank === row.rank) last.push(row);
    else groups.push([row]);
  }
  const awards = new Map<string, AwardLevel>();
  let tier = 0;
  let used = 0;
  for (const group of groups) {
    while (
      tier < tiers.length &&
      used + group.length > (tiers[tier] as { capacity: number }).capacity
    ) {
      tier += 1;
      used = 0;
    }
    if (tier >= tiers.length) break;
    const level = (tiers[tier] as { level: AwardLevel }).level;
    for (const row of group) awards.set(row.entry.id, level);
    used += group.length;
  }
  return awards;
}
