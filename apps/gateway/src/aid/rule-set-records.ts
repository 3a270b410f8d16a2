import {
  AID_RULE_SET_RULES,
  type CalendarDate,
  EXPENDITURE_KINDS,
  HARDSHIP_EXCLUSIONS,
  type HardshipRuleSet,
  type PartialHardshipParameters,
  QUALIFYING_CATEGORIES,
  type ResolvedHardshipRules,
  regionChain,
  resolveHardshipRules,
  SCHOOL_LEVELS,
} from '@gonghui/domain';
import { z } from 'zod';
import { RuleViolationError, ValidationError } from '../errors.js';
import type { AidRuleSet, Prisma } from '../generated/prisma/client.js';
import { calendarDateOf } from '../shared-dates.js';

/**
 * Stored rule sets as the domain's HardshipRuleSet, and the rules in force for a region on a
 * date. The parameters column holds the domain's PartialHardshipParameters as JSON; its shape
 * is checked here (unknown keys refused) and its values by the domain's hardshipRuleSetIssues.
 */

type Db = Pick<Prisma.TransactionClient, 'aidRuleSet'>;

const fen = z.number().int();
const categoryAmounts = z.partialRecord(z.enum(QUALIFYING_CATEGORIES), fen);

/** The shape of PartialHardshipParameters; every key optional, no other keys. */
export const ruleSetParametersSchema = z.strictObject({
  minimumLivingStandard: fen.optional(),
  relativeLinePercent: z.number().int().optional(),
  accidentIncomeLinePercent: z.number().int().optional(),
  accidentWindowMonths: z.number().int().optional(),
  deductibleExpenditureKinds: z.array(z.enum(EXPENDITURE_KINDS)).optional(),
  exclusions: z.array(z.enum(HARDSHIP_EXCLUSIONS)).optional(),
  migrantWorker: z
    .strictObject({
      minLabourRelationMonths: z.number().int(),
      minMembershipMonths: z.number().int(),
    })
    .optional(),
  programs: z
    .strictObject({
      winterRelief: z.strictObject({ amountByCategory: categoryAmounts }).optional(),
      educationAid: z
        .strictObject({
          amountByCategoryAndLevel: z.partialRecord(
            z.enum(QUALIFYING_CATEGORIES),
            z.partialRecord(z.enum(SCHOOL_LEVELS), fen),
          ),
        })
        .optional(),
      medicalAid: z
        .strictObject({
          eligibleCategories: z.array(z.enum(QUALIFYING_CATEGORIES)),
          shareBasisPoints: z.number().int(),
          minimumOutOfPocket: fen,
          yearlyCap: fen,
        })
        .optional(),
      mutualMedical: z
        .strictObject({
          premium: fen,
          deductible: fen,
          ratioBasisPoints: z.number().int(),
          yearlyCap: fen,
        })
        .optional(),
      summerCooling: z.strictObject({ amountPerWorker: fen }).optional(),
    })
    .optional(),
});

/** Parses untrusted JSON into parameters, or a ValidationError naming each bad path. */
export function parseRuleSetParameters(value: unknown, field: string): PartialHardshipParameters {
  const parsed = ruleSetParametersSchema.safeParse(value);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({
      field: [field, ...issue.path.map(String)].join('.'),
      rule: AID_RULE_SET_RULES.KIND,
      message: `参数格式不正确：${issue.message}`,
    }));
    const [first, ...rest] = issues;
    throw first
      ? new ValidationError([first, ...rest])
      : ValidationError.of(field, AID_RULE_SET_RULES.KIND, '参数格式不正确');
  }
  return parsed.data as PartialHardshipParameters;
}

/** A stored row as the domain's rule set. */
export function ruleSetOf(row: AidRuleSet): HardshipRuleSet {
  return {
    regionCode: row.regionCode,
    regionName: row.regionName,
    version: row.version,
    effectiveFrom: calendarDateOf(row.effectiveFrom),
    effectiveTo: row.effectiveTo ? calendarDateOf(row.effectiveTo) : null,
    parameters: row.parameters as PartialHardshipParameters,
    ...(row.source ? { source: row.source } : {}),
  };
}

/** Every stored version of the regions a code inherits from. */
export async function ruleSetsForRegion(db: Db, regionCode: string): Promise<HardshipRuleSet[]> {
  const rows = await db.aidRuleSet.findMany({
    where: { regionCode: { in: regionChain(regionCode) } },
    orderBy: [{ regionCode: 'asc' }, { version: 'asc' }],
  });
  return rows.map(ruleSetOf);
}

/**
 * The rules in force for a region on a date, or a RuleViolationError (no national default in
 * force, or an incomplete chain) — a configuration problem the caller cannot fix by retyping.
 */
export async function rulesInForce(
  db: Db,
  regionCode: string,
  date: CalendarDate,
): Promise<ResolvedHardshipRules> {
  const resolved = resolveHardshipRules(await ruleSetsForRegion(db, regionCode), regionCode, date);
  if (!resolved.ok) throw new RuleViolationError(resolved.error.rule, resolved.error.message);
  return resolved.value;
}
