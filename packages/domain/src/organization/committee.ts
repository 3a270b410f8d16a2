import { addYears, type CalendarDate, daysBetween } from '../shared/calendar-date.js';

/**
 * The leading bodies of a grassroots union: the union committee (工会委员会), its term
 * (任期, 换届) and the women workers' committee (女职工委员会). The numbers are configuration
 * (per region and effective date); the defaults are the common values.
 */

/** When a committee is required. Configuration. */
export type CommitteeConfig = {
  /** From this many members a committee is required (工会法 第十条: 二十五人以上). */
  readonly committeeThreshold: number;
};

/** Default: a committee is required from 25 members. */
export const DEFAULT_COMMITTEE_CONFIG: CommitteeConfig = Object.freeze({ committeeThreshold: 25 });

/**
 * The form a grassroots union may take:
 * - `COMMITTEE_REQUIRED` — it must elect a union committee (委员会);
 * - `COMMITTEE_OR_ORGANISER_OR_JOINT` — it may elect a committee, or a single organiser (组织员),
 *   or its members may join a joint grassroots union (联合基层工会) with other employers.
 */
export type UnionForm = 'COMMITTEE_REQUIRED' | 'COMMITTEE_OR_ORGANISER_OR_JOINT';

/** The form and a plain Chinese explanation for staff. */
export type UnionFormAdvice = {
  readonly form: UnionForm;
  readonly explanation: string;
};

/** How long a committee serves and when to warn about re-election. Configuration. */
export type CommitteeTermConfig = {
  /** Days before the term ends from which the term is DUE_SOON (换届提醒). */
  readonly warnDaysBefore: number;
};

/** Default: warn 90 days before the term ends. */
export const DEFAULT_COMMITTEE_TERM_CONFIG: CommitteeTermConfig = Object.freeze({
  warnDaysBefore: 90,
});

/** The allowed lengths of a committee's term in years (中国工会章程: 每届任期三年或者五年). */
export const COMMITTEE_TERM_YEARS = Object.freeze([3, 5] as const);

/** A committee term length in years. */
export type CommitteeTermYears = (typeof COMMITTEE_TERM_YEARS)[number];

/** The input of {@link committeeTermStatus}. */
export type CommitteeTermInput = {
  /** The day the current committee was elected (the last 换届 or the founding election). */
  readonly electedOn: CalendarDate;
  readonly termYears: CommitteeTermYears;
  readonly today: CalendarDate;
};

/**
 * - `IN_TERM` 任期内;
 * - `DUE_SOON` 即将届满 — within the warning period before the term ends;
 * - `EXPIRED` 已届满 — the term has ended without a recorded re-election (超期未换届).
 */
export type CommitteeTermState = 'IN_TERM' | 'DUE_SOON' | 'EXPIRED';

/** Where a committee is in its term. */
export type CommitteeTermStatus = {
  readonly state: CommitteeTermState;
  /** The day the term ends (届满日): `electedOn` plus the term in years. EXPIRED from this day. */
  readonly expiresOn: CalendarDate;
  /** Days from today until `expiresOn`; 0 once EXPIRED. */
  readonly daysLeft: number;
  /** Days since `expiresOn`; 0 before it and on the day itself. */
  readonly daysOverdue: number;
  /** Plain Chinese reminder for staff. */
  readonly message: string;
};

/** When a women workers' committee is required. Configuration. */
export type WomenCommitteeConfig = {
  /** From this many female members a women workers' committee is required. */
  readonly threshold: number;
};

/** Default: required from 10 female members. */
export const DEFAULT_WOMEN_COMMITTEE_CONFIG: WomenCommitteeConfig = Object.freeze({
  threshold: 10,
});

function requireCount(value: number, name: string): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`${name} must be a non-negative integer, got ${value}`);
  }
}

function requireThreshold(value: number, name: string): void {
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new RangeError(`${name} must be a positive integer, got ${value}`);
  }
}

/**
 * The form a grassroots union of an employer with `memberCount` members may take: with at least
 * `committeeThreshold` members it must have a committee; with fewer it may have a committee,
 * elect an organiser, or join a joint grassroots union. Throws RangeError for a negative or
 * non-integer count or an invalid configuration.
 */
export function unionFormFor(
  input: { readonly memberCount: number },
  config: CommitteeConfig = DEFAULT_COMMITTEE_CONFIG,
): UnionFormAdvice {
  const { memberCount } = input;
  requireCount(memberCount, 'memberCount');
  requireThreshold(config.committeeThreshold, 'committeeThreshold');
  if (memberCount >= config.committeeThreshold) {
    return {
      form: 'COMMITTEE_REQUIRED',
      explanation: `会员 ${memberCount} 人，达到 ${config.committeeThreshold} 人，应当建立工会委员会`,
    };
  }
  return {
    form: 'COMMITTEE_OR_ORGANISER_OR_JOINT',
    explanation: `会员 ${memberCount} 人，不足 ${config.committeeThreshold} 人，可以单独建立工会委员会，也可以选举组织员一人，或者与其他单位联合建立基层工会`,
  };
}

/**
 * Where a committee elected on `electedOn` for `termYears` years stands on `today` (换届提醒).
 * The term ends on `addYears(electedOn, termYears)` (29 February → 28 February in a common
 * year). From that day on the state is EXPIRED until a re-election is recorded (the caller then
 * passes the new `electedOn`); in the `warnDaysBefore` days before it, DUE_SOON; otherwise
 * IN_TERM (including an election date later than today).
 *
 * Throws RangeError for a term other than 3 or 5 years or a negative `warnDaysBefore`.
 */
export function committeeTermStatus(
  input: CommitteeTermInput,
  config: CommitteeTermConfig = DEFAULT_COMMITTEE_TERM_CONFIG,
): CommitteeTermStatus {
  const { electedOn, termYears, today } = input;
  if (!(COMMITTEE_TERM_YEARS as readonly number[]).includes(termYears)) {
    throw new RangeError(`termYears must be 3 or 5, got ${termYears}`);
  }
  requireCount(config.warnDaysBefore, 'warnDaysBefore');
  const expiresOn = addYears(electedOn, termYears);
  const remaining = daysBetween(today, expiresOn);
  if (remaining <= 0) {
    const daysOverdue = 0 - remaining; // `0 -` avoids -0
    return {
      state: 'EXPIRED',
      expiresOn,
      daysLeft: 0,
      daysOverdue,
      message:
        daysOverdue === 0
          ? `本届委员会任期于今天（${expiresOn}）届满，请尽快换届`
          : `本届委员会任期已于 ${expiresOn} 届满，已超期 ${daysOverdue} 天未换届，请尽快换届`,
    };
  }
  if (remaining <= config.warnDaysBefore) {
    return {
      state: 'DUE_SOON',
      expiresOn,
      daysLeft: remaining,
      daysOverdue: 0,
      message: `本届委员会任期将于 ${expiresOn} 届满，还有 ${remaining} 天，请及时筹备换届`,
    };
  }
  return {
    state: 'IN_TERM',
    expiresOn,
    daysLeft: remaining,
    daysOverdue: 0,
    message: `本届委员会任期至 ${expiresOn} 届满`,
  };
}

/**
 * True when a union with `femaleMemberCount` female members must form a women workers'
 * committee (女职工委员会) alongside its committee: at least `threshold` female members.
 * Throws RangeError for a negative or non-integer count or an invalid configuration.
 */
export function womenCommitteeRequired(
  input: { readonly femaleMemberCount: number },
  config: WomenCommitteeConfig = DEFAULT_WOMEN_COMMITTEE_CONFIG,
): boolean {
  requireCount(input.femaleMemberCount, 'femaleMemberCount');
  requireThreshold(config.threshold, 'threshold');
  return input.femaleMemberCount >= config.threshold;
}
