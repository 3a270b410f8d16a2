import { type CalendarDate, yearsBetween } from '../shared/calendar-date.js';
import { type FieldError, fieldError } from '../shared/domain-error.js';
import {
  compareVocationalLevels,
  VOCATIONAL_LEVEL_LABELS,
  type VocationalLevel,
  vocationalLevelLabel,
} from './vocational-levels.js';

/**
 * Who may enter a competition (参赛条件): an age range on a reference date, a range of current
 * skill levels, and an employer within the organiser's region (the organising union's
 * subtree). Each condition is optional.
 */
export type EligibilityRules = {
  /** Youngest age, in full years on `ageOn` (inclusive). */
  readonly minAge?: number | null;
  /** Oldest age, in full years on `ageOn` (inclusive). */
  readonly maxAge?: number | null;
  /** The date ages are counted at (usually the first day of the competition). */
  readonly ageOn: CalendarDate;
  /** Lowest current skill level admitted (null: no certificate needed). */
  readonly minSkillLevel?: VocationalLevel | null;
  /** Highest current skill level admitted (e.g. 高级工 for a 技师-track contest). */
  readonly maxSkillLevel?: VocationalLevel | null;
  /**
   * The organisation whose subtree the employer must be in (usually the organiser); null for
   * an open competition.
   */
  readonly regionOrganizationId?: string | null;
  /** The region's name, for the reason. */
  readonly regionName?: string | null;
};

/** The entrant as eligibility sees them. */
export type EligibilityCandidate = {
  readonly birthDate: CalendarDate | null;
  readonly skillLevel: VocationalLevel | null;
  /** The employer organisation's lineage (root first, itself last). */
  readonly employerLineageIds: readonly string[];
};

export const COMPETITION_ELIGIBILITY_RULES = Object.freeze({
  BIRTH_DATE_REQUIRED: 'COMPETITION_BIRTH_DATE_REQUIRED',
  TOO_YOUNG: 'COMPETITION_TOO_YOUNG',
  TOO_OLD: 'COMPETITION_TOO_OLD',
  SKILL_LEVEL_TOO_LOW: 'COMPETITION_SKILL_LEVEL_TOO_LOW',
  SKILL_LEVEL_TOO_HIGH: 'COMPETITION_SKILL_LEVEL_TOO_HIGH',
  EMPLOYER_OUTSIDE_REGION: 'COMPETITION_EMPLOYER_OUTSIDE_REGION',
  AGE_RANGE_INVALID: 'COMPETITION_AGE_RANGE_INVALID',
  SKILL_RANGE_INVALID: 'COMPETITION_SKILL_RANGE_INVALID',
} as const);

/** Checks the rules themselves (a set-up error), each finding with its field. */
export function eligibilityRuleIssues(
  rules: EligibilityRules,
  field = 'eligibility',
): FieldError[] {
  const issues: FieldError[] = [];
  const ages = [rules.minAge, rules.maxAge].filter((age): age is number => typeof age === 'number');
  if (ages.some((age) => !Number.isInteger(age) || age < 16 || age > 70)) {
    issues.push(
      fieldError(
        field,
        COMPETITION_ELIGIBILITY_RULES.AGE_RANGE_INVALID,
        '年龄限制应为 16–70 的整数',
      ),
    );
  } else if (
    typeof rules.minAge === 'number' &&
    typeof rules.maxAge === 'number' &&
    rules.minAge > rules.maxAge
  ) {
    issues.push(
      fieldError(
        field,
        COMPETITION_ELIGIBILITY_RULES.AGE_RANGE_INVALID,
        '最低年龄不能高于最高年龄',
      ),
    );
  }
  if (
    rules.minSkillLevel &&
    rules.maxSkillLevel &&
    compareVocationalLevels(rules.minSkillLevel, rules.maxSkillLevel) > 0
  ) {
    issues.push(
      fieldError(
        field,
        COMPETITION_ELIGIBILITY_RULES.SKILL_RANGE_INVALID,
        '最低技能等级不能高于最高技能等级',
      ),
    );
  }
  return issues;
}

/**
 * Every reason the candidate may not enter (empty: eligible). Reasons are refusals, each
 * with a rule code and a Chinese explanation shown on the registration list.
 */
export function eligibilityReasons(
  candidate: EligibilityCandidate,
  rules: EligibilityRules,
): FieldError[] {
  const reasons: FieldError[] = [];
  const R = COMPETITION_ELIGIBILITY_RULES;
  const hasAgeRule = typeof rules.minAge === 'number' || typeof rules.maxAge === 'number';
  if (hasAgeRule) {
    if (candidate.birthDate === null) {
      reasons.push(
        fieldError('birthDate', R.BIRTH_DATE_REQUIRED, '本赛有年龄限制，需填写出生日期'),
      );
    } else {
      const age = yearsBetween(candidate.birthDate, rules.ageOn);
      if (typeof rules.minAge === 'number' && age < rules.minAge) {
        reasons.push(
          fieldError(
            'birthDate',
            R.TOO_YOUNG,
            `截至 ${rules.ageOn} 年满 ${age} 周岁，本赛要求不小于 ${rules.minAge} 周岁`,
          ),
        );
      }
      if (typeof rules.maxAge === 'number' && age > rules.maxAge) {
        reasons.push(
          fieldError(
            'birthDate',
            R.TOO_OLD,
            `截至 ${rules.ageOn} 年满 ${age} 周岁，本赛要求不超过 ${rules.maxAge} 周岁`,
          ),
        );
      }
    }
  }
  if (
    rules.minSkillLevel &&
    compareVocationalLevels(candidate.skillLevel, rules.minSkillLevel) < 0
  ) {
    reasons.push(
      fieldError(
        'skillLevel',
        R.SKILL_LEVEL_TOO_LOW,
        `现技能等级为${vocationalLevelLabel(candidate.skillLevel)}，本赛要求不低于${VOCATIONAL_LEVEL_LABELS[rules.minSkillLevel]}`,
      ),
    );
  }
  if (
    rules.maxSkillLevel &&
    compareVocationalLevels(candidate.skillLevel, rules.maxSkillLevel) > 0
  ) {
    reasons.push(
      fieldError(
        'skillLevel',
        R.SKILL_LEVEL_TOO_HIGH,
        `现技能等级为${vocationalLevelLabel(candidate.skillLevel)}，本赛要求不高于${VOCATIONAL_LEVEL_LABELS[rules.maxSkillLevel]}`,
      ),
    );
  }
  if (
    rules.regionOrganizationId &&
    !candidate.employerLineageIds.includes(rules.regionOrganizationId)
  ) {
    reasons.push(
      fieldError(
        'employerId',
        R.EMPLOYER_OUTSIDE_REGION,
        `工作单位不在${rules.regionName ?? '主办方'}辖区内`,
      ),
    );
  }
  return reasons;
}
