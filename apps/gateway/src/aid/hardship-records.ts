import {
  type CalendarDate,
  calendarDateParts,
  classifyHardship,
  type FieldError,
  type HardshipClassification,
  type HealthStatus,
  type HouseholdFacts,
  type HouseholdRelation,
  isModelWorkerTitle,
  maskIdNumber,
  type ResolvedHardshipRules,
  type SchoolLevel,
} from '@gonghui/domain';
import { decryptPersonalData, encryptPersonalData } from '../auth/personal-data-crypto.js';
import { RuleViolationError, ValidationError } from '../errors.js';
import type { Prisma } from '../generated/prisma/client.js';

/**
 * How a hardship file's personal data is kept: the household (members, incomes, expenditures,
 * assets, the accident, documents) and the classification (its figures and reasons) are sealed
 * JSON, encrypted with the application key like a member's ID number. Only the category, the
 * causes, the state and the dates are in clear.
 */

const HOUSEHOLD_PURPOSE = 'aid.hardship.household';
const ASSESSMENT_PURPOSE = 'aid.hardship.assessment';

/** One person of the household as sealed. */
export type HouseholdMemberRecord = {
  readonly name: string;
  readonly relation: HouseholdRelation;
  /** Normalised resident ID number, when given. */
  readonly idNumber: string | null;
  readonly health: HealthStatus;
  readonly occupation: string | null;
  readonly schoolLevel: SchoolLevel | null;
  /** A model-worker title the person holds (e.g. 市劳动模范), as the caseworker recorded it. */
  readonly modelWorkerTitle: string | null;
};

/** The sealed household. */
export type HouseholdRecord = {
  readonly members: readonly HouseholdMemberRecord[];
  readonly facts: HouseholdFacts;
  /** 证明材料 received (e.g. '低保证', '住院发票'). */
  readonly documents: readonly string[];
  /** 困难情况说明. */
  readonly situation: string | null;
};

export function sealHousehold(household: HouseholdRecord): string {
  return encryptPersonalData(JSON.stringify(household), HOUSEHOLD_PURPOSE);
}

export function openHousehold(sealed: string): HouseholdRecord {
  return JSON.parse(decryptPersonalData(sealed, HOUSEHOLD_PURPOSE)) as HouseholdRecord;
}

export function sealAssessment(classification: HardshipClassification): string {
  return encryptPersonalData(JSON.stringify(classification), ASSESSMENT_PURPOSE);
}

export function openAssessment(sealed: string): HardshipClassification {
  return JSON.parse(decryptPersonalData(sealed, ASSESSMENT_PURPOSE)) as HardshipClassification;
}

/** '张三' → '张*', '欧阳娜娜' → '欧***': the surname only. */
export function maskPersonName(name: string): string {
  const characters = Array.from(name.trim());
  if (characters.length === 0) return '';
  return `${characters[0]}${'*'.repeat(Math.max(1, characters.length - 1))}`;
}

/** A masked household member for lists: relation, surname, whether an ID number is on file. */
export function maskedMember(member: HouseholdMemberRecord) {
  return {
    relation: member.relation,
    nameMasked: maskPersonName(member.name),
    idNumberMasked: member.idNumber ? maskIdNumber(member.idNumber) : null,
  };
}

/** Whole months from `from` to `to` (0 when `to` is earlier). */
export function monthsBetween(from: CalendarDate, to: CalendarDate): number {
  const a = calendarDateParts(from);
  const b = calendarDateParts(to);
  const months = (b.year - a.year) * 12 + (b.month - a.month) - (b.day < a.day ? 1 : 0);
  return Math.max(0, months);
}

/** Classifies, turning malformed facts into a ValidationError under `field`. */
export function classifyOrRefuse(
  facts: HouseholdFacts,
  rules: ResolvedHardshipRules,
  field: string,
): HardshipClassification {
  const result = classifyHardship(facts, rules);
  if (!result.ok) throw refuseFact(result.error, field);
  return result.value;
}

export function refuseFact(error: FieldError, field: string): ValidationError {
  return ValidationError.of(`${field}.${error.field}`, error.rule, error.message);
}

/** A household that does not qualify cannot be registered (or re-entered). */
export function notQualifying(classification: HardshipClassification, rule: string) {
  return new RuleViolationError(
    rule,
    `认定结果为${classification.categoryLabel}，不能纳入困难职工档案`,
    classification.reasons.map((message) => ({ field: 'household', rule, message })),
  );
}

/**
 * 困难劳模: a household member recorded with a model-worker title, or the worker holding a
 * published, unrevoked award of a model-worker title (劳动模范, 先进工作者).
 */
export async function isModelWorkerHousehold(
  db: Pick<Prisma.TransactionClient, 'honorAward'>,
  memberId: string,
  members: readonly HouseholdMemberRecord[],
): Promise<boolean> {
  if (members.some((member) => (member.modelWorkerTitle ?? '').trim() !== '')) return true;
  const awards = await db.honorAward.findMany({
    where: { nomination: { memberId }, revokedAt: null },
    select: { titleCode: true },
  });
  return awards.some((award) => isModelWorkerTitle(award.titleCode));
}
