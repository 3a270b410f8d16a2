import { type FieldError, fieldError } from '../shared/domain-error.js';
import { err, ok, type Result } from '../shared/result.js';
import { findHonorTitle, HONOR_LEVEL_LABELS, type HonorLevel, type HonorTitle } from './titles.js';

/**
 * The craftsman ladder (工匠三级梯次培育): city craftsmen (青岛工匠, 青岛大工匠, 泰山工匠) are
 * grown into provincial ones (齐鲁工匠, 齐鲁大工匠), and those into national ones (大国工匠).
 * A nominee for a tier normally already holds a title of the tier directly below.
 *
 * "Normally" matters: the ladder is a way of growing talent, not an entry condition everywhere.
 * The 齐鲁工匠 selection, for one, announced in 2017 that candidates are not limited by
 * "年龄、性别、学历、职级、职称、技能等级、工作年限、荣誉基础" — no prior honor is required — and
 * competition champions are often named directly. So by default the check is ADVICE: a missing
 * lower tier is shown to the reviewers, who weigh it, and the nomination is not blocked. A
 * campaign whose notice does make the lower tier a requirement sets `enforcement: 'RULE'`, and
 * the same finding then blocks.
 */

/** One rung of the ladder: a level and the titles at it. */
export type CraftsmanTier = {
  readonly level: HonorLevel;
  /** Title codes at this tier (from the honor catalogue). */
  readonly titleCodes: readonly string[];
};

/** The ladder, lowest tier first. */
export type CraftsmanLadder = readonly CraftsmanTier[];

/** 青岛(大)工匠 / 泰山工匠 → 齐鲁(大)工匠 → 大国工匠 (DOMAIN.md §3). */
export const DEFAULT_CRAFTSMAN_LADDER: CraftsmanLadder = Object.freeze([
  {
    level: 'CITY',
    titleCodes: ['QINGDAO_CRAFTSMAN', 'QINGDAO_GREAT_CRAFTSMAN', 'TAISHAN_CRAFTSMAN'],
  },
  { level: 'PROVINCIAL', titleCodes: ['QILU_CRAFTSMAN', 'QILU_GREAT_CRAFTSMAN'] },
  { level: 'NATIONAL', titleCodes: ['GREAT_CRAFTSMAN'] },
] satisfies CraftsmanTier[]);

/** How a missing lower tier is treated. */
export type CraftsmanLadderEnforcement = 'ADVICE' | 'RULE';

/** Configuration of {@link checkCraftsmanLadder}. */
export type CraftsmanLadderConfig = {
  readonly ladder: CraftsmanLadder;
  /** ADVICE (default): reviewers see the finding, it does not block. RULE: it blocks. */
  readonly enforcement: CraftsmanLadderEnforcement;
};

/** The default: {@link DEFAULT_CRAFTSMAN_LADDER}, as advice. */
export const DEFAULT_CRAFTSMAN_LADDER_CONFIG: CraftsmanLadderConfig = Object.freeze({
  ladder: DEFAULT_CRAFTSMAN_LADDER,
  enforcement: 'ADVICE',
});

/** A title the nominee already holds. */
export type HeldHonor = {
  readonly titleCode: string;
  /** The year it was conferred. */
  readonly year: number;
  /** True when it was revoked (撤销称号); a revoked title does not count. */
  readonly revoked?: boolean;
};

/** Stable rule codes of the ladder. */
export const CRAFTSMAN_LADDER_RULES = Object.freeze({
  LOWER_TIER_MISSING: 'HONOR_CRAFTSMAN_LOWER_TIER_MISSING',
} as const);

/** A ladder finding, with whether it blocks the nomination. */
export type CraftsmanLadderIssue = FieldError & {
  readonly severity: CraftsmanLadderEnforcement;
  /** The tier the nominee should hold (the one directly below the nominated one). */
  readonly missingLevel: HonorLevel;
  /** The titles of that tier, any of which would satisfy the ladder. */
  readonly acceptedTitleCodes: readonly string[];
};

function tierIndexOf(ladder: CraftsmanLadder, titleCode: string): number {
  return ladder.findIndex((tier) => tier.titleCodes.includes(titleCode));
}

function titleName(catalogue: readonly HonorTitle[], code: string): string {
  return findHonorTitle(catalogue, code)?.name ?? code;
}

/**
 * Checks a craftsman nomination against the ladder.
 *
 * The nominee satisfies the ladder when they hold, conferred in or before `nominationYear` and
 * not revoked, some ladder title other than the nominated one whose tier is the tier directly
 * below the nominated title or higher (someone who is already 齐鲁工匠 may be nominated
 * 齐鲁大工匠 or 大国工匠). A title of the lowest tier, or one outside the ladder, needs nothing.
 *
 * Otherwise the result is an error naming the missing tier and its titles
 * (HONOR_CRAFTSMAN_LOWER_TIER_MISSING), with `severity` from the config: callers block the
 * nomination only when it is 'RULE', and show it to reviewers either way.
 */
export function checkCraftsmanLadder(
  input: {
    readonly nominatedTitleCode: string;
    readonly nominationYear: number;
    readonly heldHonors: readonly HeldHonor[];
  },
  catalogue: readonly HonorTitle[],
  config: CraftsmanLadderConfig = DEFAULT_CRAFTSMAN_LADDER_CONFIG,
  field = 'titleCode',
): Result<void, CraftsmanLadderIssue> {
  const { ladder, enforcement } = config;
  const nominatedTier = tierIndexOf(ladder, input.nominatedTitleCode);
  if (nominatedTier <= 0) {
    return ok(undefined);
  }
  const satisfied = input.heldHonors.some((held) => {
    if (held.revoked === true || held.year > input.nominationYear) {
      return false;
    }
    if (held.titleCode === input.nominatedTitleCode) {
      return false;
    }
    return tierIndexOf(ladder, held.titleCode) >= nominatedTier - 1;
  });
  if (satisfied) {
    return ok(undefined);
  }
  const lower = ladder[nominatedTier - 1] as CraftsmanTier;
  const names = lower.titleCodes.map((code) => `「${titleName(catalogue, code)}」`).join('或');
  const verdict = enforcement === 'RULE' ? '不符合推荐条件' : '请评审时予以关注';
  const base = fieldError(
    field,
    CRAFTSMAN_LADDER_RULES.LOWER_TIER_MISSING,
    `推荐「${titleName(catalogue, input.nominatedTitleCode)}」一般应已获得${HONOR_LEVEL_LABELS[lower.level]}工匠称号（${names}），被推荐人尚未获得，${verdict}`,
  );
  return err({
    ...base,
    severity: enforcement,
    missingLevel: lower.level,
    acceptedTitleCodes: lower.titleCodes,
  });
}

/** True when a ladder result must stop the nomination (a RULE-severity finding). */
export function craftsmanLadderBlocks(result: Result<void, CraftsmanLadderIssue>): boolean {
  return !result.ok && result.error.severity === 'RULE';
}
