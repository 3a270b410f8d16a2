import { addYears, type CalendarDate, calendarDateParts } from '../shared/calendar-date.js';
import { type FieldError, fieldError } from '../shared/domain-error.js';
import { err, ok, type Result } from '../shared/result.js';
import type { HardshipClassification } from './classification.js';
import { HARDSHIP_CATEGORY_LABELS, type HardshipCategory } from './rule-set.js';

/**
 * The hardship registry (困难职工档案): a file per member household, reviewed yearly (动态管理),
 * closed when the household is out of hardship (解困脱困) and reopened if it falls back into it.
 */

/** ACTIVE 在档 / EXITED 已解困脱困. */
export const HARDSHIP_FILE_STATES = Object.freeze(['ACTIVE', 'EXITED'] as const);

/** A file's state. */
export type HardshipFileState = (typeof HARDSHIP_FILE_STATES)[number];

/** Chinese names of the states. */
export const HARDSHIP_FILE_STATE_LABELS: Readonly<Record<HardshipFileState, string>> =
  Object.freeze({ ACTIVE: '在档', EXITED: '已解困脱困' });

/** Causes of hardship (致困原因), several per household. */
export const HARDSHIP_CAUSES = Object.freeze([
  'ILLNESS',
  'DISABILITY',
  'EDUCATION',
  'UNEMPLOYMENT',
  'LOW_WAGE',
  'ACCIDENT',
  'DISASTER',
  'SINGLE_PARENT',
  'OTHER',
] as const);

/** One cause. */
export type HardshipCause = (typeof HARDSHIP_CAUSES)[number];

/** Chinese names of the causes. */
export const HARDSHIP_CAUSE_LABELS: Readonly<Record<HardshipCause, string>> = Object.freeze({
  ILLNESS: '因病',
  DISABILITY: '因残',
  EDUCATION: '因学',
  UNEMPLOYMENT: '失业、下岗或欠薪',
  LOW_WAGE: '收入低',
  ACCIDENT: '意外事故',
  DISASTER: '自然灾害',
  SINGLE_PARENT: '单亲家庭',
  OTHER: '其他',
});

/** Narrows an untrusted string. */
export function isHardshipCause(value: string): value is HardshipCause {
  return (HARDSHIP_CAUSES as readonly string[]).includes(value);
}

/** Reasons a file closes (解困脱困原因). */
export const HARDSHIP_EXIT_REASONS = Object.freeze([
  'INCOME_RAISED',
  'REEMPLOYED',
  'RECOVERED',
  'CHILDREN_FINISHED_SCHOOL',
  'NO_LONGER_QUALIFIES',
  'EXCLUDED',
  'DECEASED',
  'LEFT_UNION',
  'OTHER',
] as const);

/** One exit reason. */
export type HardshipExitReason = (typeof HARDSHIP_EXIT_REASONS)[number];

/** Chinese names of the exit reasons. */
export const HARDSHIP_EXIT_REASON_LABELS: Readonly<Record<HardshipExitReason, string>> =
  Object.freeze({
    INCOME_RAISED: '家庭收入提高',
    REEMPLOYED: '实现就业或再就业',
    RECOVERED: '病患康复',
    CHILDREN_FINISHED_SCHOOL: '子女完成学业',
    NO_LONGER_QUALIFIES: '复核不再符合认定条件',
    EXCLUDED: '发现不予帮扶情形',
    DECEASED: '职工去世',
    LEFT_UNION: '职工离开本单位工会',
    OTHER: '其他',
  });

/** Narrows an untrusted string. */
export function isHardshipExitReason(value: string): value is HardshipExitReason {
  return (HARDSHIP_EXIT_REASONS as readonly string[]).includes(value);
}

/** Relation of a household member to the worker (与职工关系). */
export const HOUSEHOLD_RELATIONS = Object.freeze([
  'SELF',
  'SPOUSE',
  'CHILD',
  'PARENT',
  'SIBLING',
  'OTHER',
] as const);

/** One relation. */
export type HouseholdRelation = (typeof HOUSEHOLD_RELATIONS)[number];

/** Chinese names of the relations. */
export const HOUSEHOLD_RELATION_LABELS: Readonly<Record<HouseholdRelation, string>> = Object.freeze(
  {
    SELF: '本人',
    SPOUSE: '配偶',
    CHILD: '子女',
    PARENT: '父母',
    SIBLING: '兄弟姐妹',
    OTHER: '其他',
  },
);

/** Narrows an untrusted string. */
export function isHouseholdRelation(value: string): value is HouseholdRelation {
  return (HOUSEHOLD_RELATIONS as readonly string[]).includes(value);
}

/** Health of a household member (健康状况) — sensitive personal data. */
export const HEALTH_STATUSES = Object.freeze([
  'HEALTHY',
  'CHRONIC_ILLNESS',
  'SERIOUS_ILLNESS',
  'DISABLED',
] as const);

/** One health status. */
export type HealthStatus = (typeof HEALTH_STATUSES)[number];

/** Chinese names of the health statuses. */
export const HEALTH_STATUS_LABELS: Readonly<Record<HealthStatus, string>> = Object.freeze({
  HEALTHY: '健康',
  CHRONIC_ILLNESS: '慢性病',
  SERIOUS_ILLNESS: '大病',
  DISABLED: '残疾',
});

/** Narrows an untrusted string. */
export function isHealthStatus(value: string): value is HealthStatus {
  return (HEALTH_STATUSES as readonly string[]).includes(value);
}

/** Stable rule codes of the registry. */
export const HARDSHIP_FILE_RULES = Object.freeze({
  NOT_ACTIVE: 'AID_FILE_NOT_ACTIVE',
  NOT_EXITED: 'AID_FILE_NOT_EXITED',
  EXIT_DATE: 'AID_FILE_EXIT_DATE',
  EXIT_NOTE: 'AID_FILE_EXIT_NOTE',
  REVIEW_DATE: 'AID_FILE_REVIEW_DATE',
  NOT_QUALIFYING: 'AID_FILE_NOT_QUALIFYING',
  NO_SELF: 'AID_FILE_NO_SELF',
  CAUSES: 'AID_FILE_CAUSES',
  MEMBER_NAME: 'AID_FILE_MEMBER_NAME',
} as const);

/** Months between reviews: every file is reviewed at least yearly. */
export const HARDSHIP_REVIEW_INTERVAL_YEARS = 1;

/** The date the next review is due: one year after the last review (or the registration). */
export function nextReviewDue(lastReviewedOn: CalendarDate): CalendarDate {
  return addYears(lastReviewedOn, HARDSHIP_REVIEW_INTERVAL_YEARS);
}

/** True when an active file's review is due on `today` (or overdue). */
export function isReviewDue(
  file: { readonly state: HardshipFileState; readonly lastReviewedOn: CalendarDate },
  today: CalendarDate,
): boolean {
  return file.state === 'ACTIVE' && nextReviewDue(file.lastReviewedOn) <= today;
}

/** What a yearly review does with the new classification. */
export type ReviewOutcome = {
  /** KEEP: same category; RECLASSIFY: a new qualifying category; EXIT: no longer qualifies. */
  readonly action: 'KEEP' | 'RECLASSIFY' | 'EXIT';
  readonly category: HardshipCategory;
  readonly message: string;
};

/**
 * The outcome of a yearly review: the file keeps its category, moves to the new one, or — when
 * the household no longer qualifies — exits with reason NO_LONGER_QUALIFIES (or EXCLUDED when
 * an exclusion applies). Refused for a file that is not active, or a review dated before the
 * last one.
 */
export function reviewHardshipFile(
  file: {
    readonly state: HardshipFileState;
    readonly category: HardshipCategory;
    readonly lastReviewedOn: CalendarDate;
  },
  reviewedOn: CalendarDate,
  classification: HardshipClassification,
): Result<ReviewOutcome & { readonly exitReason: HardshipExitReason | null }, FieldError> {
  if (file.state !== 'ACTIVE') {
    return err(
      fieldError(
        'state',
        HARDSHIP_FILE_RULES.NOT_ACTIVE,
        '档案已解困脱困，不能复核；如再次致困请重新建档',
      ),
    );
  }
  if (reviewedOn < file.lastReviewedOn) {
    return err(
      fieldError(
        'reviewedOn',
        HARDSHIP_FILE_RULES.REVIEW_DATE,
        `复核日期不能早于上次复核日期 ${file.lastReviewedOn}`,
      ),
    );
  }
  const next = classification.category;
  if (next === 'NONE') {
    const exitReason: HardshipExitReason =
      classification.exclusions.length > 0 ? 'EXCLUDED' : 'NO_LONGER_QUALIFIES';
    return ok({
      action: 'EXIT',
      category: next,
      exitReason,
      message: `复核认定为${HARDSHIP_CATEGORY_LABELS.NONE}，于 ${reviewedOn} 解困脱困（${HARDSHIP_EXIT_REASON_LABELS[exitReason]}）`,
    });
  }
  if (next === file.category) {
    return ok({
      action: 'KEEP',
      category: next,
      exitReason: null,
      message: `复核仍为${HARDSHIP_CATEGORY_LABELS[next]}，下次复核 ${nextReviewDue(reviewedOn)} 前`,
    });
  }
  return ok({
    action: 'RECLASSIFY',
    category: next,
    exitReason: null,
    message: `复核由${HARDSHIP_CATEGORY_LABELS[file.category]}调整为${HARDSHIP_CATEGORY_LABELS[next]}`,
  });
}

/**
 * Checks an exit (解困脱困): only an active file; the date is neither before its registration
 * (or last review) nor after today; OTHER needs a note.
 */
export function checkHardshipExit(
  file: { readonly state: HardshipFileState; readonly registeredOn: CalendarDate },
  exit: {
    readonly exitedOn: CalendarDate;
    readonly reason: HardshipExitReason;
    readonly note: string | null;
  },
  today: CalendarDate,
): Result<true, FieldError> {
  if (file.state !== 'ACTIVE') {
    return err(fieldError('state', HARDSHIP_FILE_RULES.NOT_ACTIVE, '档案已解困脱困'));
  }
  if (exit.exitedOn < file.registeredOn) {
    return err(
      fieldError(
        'exitedOn',
        HARDSHIP_FILE_RULES.EXIT_DATE,
        `解困脱困日期不能早于建档日期 ${file.registeredOn}`,
      ),
    );
  }
  if (exit.exitedOn > today) {
    return err(fieldError('exitedOn', HARDSHIP_FILE_RULES.EXIT_DATE, '解困脱困日期不能晚于今天'));
  }
  if (exit.reason === 'OTHER' && (exit.note ?? '').trim().length < 2) {
    return err(fieldError('note', HARDSHIP_FILE_RULES.EXIT_NOTE, '原因为“其他”时请说明具体情况'));
  }
  return ok(true);
}

/**
 * Checks a re-entry (再次致困重新纳入): only an exited file, on a date after its exit, and the new
 * classification must qualify.
 */
export function checkHardshipReentry(
  file: { readonly state: HardshipFileState; readonly exitedOn: CalendarDate | null },
  reenteredOn: CalendarDate,
  classification: HardshipClassification,
): Result<true, FieldError> {
  if (file.state !== 'EXITED') {
    return err(fieldError('state', HARDSHIP_FILE_RULES.NOT_EXITED, '档案仍在档，无需重新纳入'));
  }
  if (file.exitedOn !== null && reenteredOn <= file.exitedOn) {
    return err(
      fieldError(
        'reenteredOn',
        HARDSHIP_FILE_RULES.REVIEW_DATE,
        `重新纳入日期应晚于解困脱困日期 ${file.exitedOn}`,
      ),
    );
  }
  if (classification.category === 'NONE') {
    return err(
      fieldError(
        'household',
        HARDSHIP_FILE_RULES.NOT_QUALIFYING,
        `认定结果为${HARDSHIP_CATEGORY_LABELS.NONE}，不能重新纳入困难职工档案`,
      ),
    );
  }
  return ok(true);
}

/**
 * Checks a file's household list: exactly one SELF (the worker), every member named; at least
 * one cause of hardship.
 */
export function hardshipFileIssues(file: {
  readonly members: readonly { readonly relation: HouseholdRelation; readonly name: string }[];
  readonly causes: readonly HardshipCause[];
}): FieldError[] {
  const issues: FieldError[] = [];
  const selves = file.members.filter((member) => member.relation === 'SELF').length;
  if (selves !== 1) {
    issues.push(
      fieldError('members', HARDSHIP_FILE_RULES.NO_SELF, '家庭成员中应有且只有一位“本人”（职工）'),
    );
  }
  file.members.forEach((member, index) => {
    if (member.name.trim() === '') {
      issues.push(
        fieldError(`members.${index}.name`, HARDSHIP_FILE_RULES.MEMBER_NAME, '请填写家庭成员姓名'),
      );
    }
  });
  if (file.causes.length === 0 || file.causes.some((cause) => !isHardshipCause(cause))) {
    issues.push(fieldError('causes', HARDSHIP_FILE_RULES.CAUSES, '请至少选择一项致困原因'));
  }
  return issues;
}

/**
 * Honor titles that make a household a 困难劳模 household: 劳动模范 and 先进工作者 at any level,
 * including a deployment's own titles named that way (e.g. LANGFANG_MODEL_WORKER).
 */
export function isModelWorkerTitle(titleCode: string): boolean {
  return titleCode.endsWith('_MODEL_WORKER') || titleCode.endsWith('_ADVANCED_WORKER');
}

/** True when the year of `date` is `year` (for "helped out of hardship this year"). */
export function isInYear(date: CalendarDate, year: number): boolean {
  return calendarDateParts(date).year === year;
}
