import {
  type AggregationConfig,
  type AwardScheme,
  type CalendarDate,
  DEFAULT_AWARD_SCHEME,
  DEFAULT_LABOUR_WEIGHTS,
  type EligibilityRules,
  type FieldError,
  isVocationalLevel,
  LABOUR_DIMENSIONS,
  type LabourPeriodScores,
  type LabourWeights,
  MARKING_PARTS,
  type MarkingScheme,
  type VocationalLevel,
} from '@gonghui/domain';
import { RuleViolationError, ValidationError } from '../errors.js';
import type { Prisma } from '../generated/prisma/client.js';
import { calendarDateOf } from '../shared-dates.js';

/**
 * The competition module's JSON columns read back as the domain's types. The gateway writes
 * them only from values the domain checked, so reading is a narrowing, not a validation; a
 * malformed value (never written by this code) reads as the safest default.
 */

type Json = Prisma.JsonValue;

function objectOf(value: Json | null | undefined): Record<string, Json> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, Json>)
    : {};
}

function intOrNull(value: Json | undefined): number | null {
  return typeof value === 'number' && Number.isInteger(value) ? value : null;
}

function levelOrNull(value: Json | undefined): VocationalLevel | null {
  return typeof value === 'string' && isVocationalLevel(value) ? value : null;
}

/** The stored eligibility conditions (without the reference date and region). */
export type StoredEligibility = {
  minAge: number | null;
  maxAge: number | null;
  minSkillLevel: VocationalLevel | null;
  maxSkillLevel: VocationalLevel | null;
  regionRestricted: boolean;
};

export function eligibilityOf(value: Json): StoredEligibility {
  const o = objectOf(value);
  return {
    minAge: intOrNull(o.minAge),
    maxAge: intOrNull(o.maxAge),
    minSkillLevel: levelOrNull(o.minSkillLevel),
    maxSkillLevel: levelOrNull(o.maxSkillLevel),
    regionRestricted: o.regionRestricted === true,
  };
}

/** The domain's rules for a competition row. */
export function eligibilityRulesOf(competition: {
  eligibility: Json;
  startsOn: Date;
  organizationId: string;
  organization?: { name: string } | null;
}): EligibilityRules {
  const stored = eligibilityOf(competition.eligibility);
  return {
    minAge: stored.minAge,
    maxAge: stored.maxAge,
    minSkillLevel: stored.minSkillLevel,
    maxSkillLevel: stored.maxSkillLevel,
    ageOn: calendarDateOf(competition.startsOn) as CalendarDate,
    regionOrganizationId: stored.regionRestricted ? competition.organizationId : null,
    regionName: competition.organization?.name ?? null,
  };
}

export function schemeOf(value: Json): MarkingScheme {
  const o = objectOf(value);
  const aspects = Array.isArray(o.aspects) ? o.aspects : [];
  return {
    theoryWeightBp: intOrNull(o.theoryWeightBp) ?? 0,
    practicalWeightBp: intOrNull(o.practicalWeightBp) ?? 10000,
    aspects: aspects.map((raw) => {
      const a = objectOf(raw);
      const part = MARKING_PARTS.find((p) => p === a.part) ?? 'PRACTICAL';
      return {
        code: String(a.code ?? ''),
        name: String(a.name ?? ''),
        part,
        maxCenti: intOrNull(a.maxCenti) ?? 0,
      };
    }),
  };
}

export function schemeJson(scheme: MarkingScheme): Prisma.InputJsonValue {
  return {
    theoryWeightBp: scheme.theoryWeightBp,
    practicalWeightBp: scheme.practicalWeightBp,
    aspects: scheme.aspects.map((a) => ({
      code: a.code,
      name: a.name,
      part: a.part,
      maxCenti: a.maxCenti,
    })),
  };
}

export function awardSchemeOf(value: Json): AwardScheme {
  const o = objectOf(value);
  if (o.kind === 'MEDALS')
    return { kind: 'MEDALS', excellenceToBp: intOrNull(o.excellenceToBp) ?? 5000 };
  if (o.kind === 'SHARES') {
    return {
      kind: 'SHARES',
      firstBp: intOrNull(o.firstBp) ?? 0,
      secondBp: intOrNull(o.secondBp) ?? 0,
      thirdBp: intOrNull(o.thirdBp) ?? 0,
    };
  }
  return DEFAULT_AWARD_SCHEME;
}

export function aggregationOf(trimFromJudges: number | null): AggregationConfig {
  return { trimFromJudges };
}

export function labourWeightsOf(value: Json | null): LabourWeights {
  const o = objectOf(value);
  if (LABOUR_DIMENSIONS.every((d) => intOrNull(o[d]) !== null)) {
    return Object.fromEntries(LABOUR_DIMENSIONS.map((d) => [d, o[d] as number])) as LabourWeights;
  }
  return DEFAULT_LABOUR_WEIGHTS;
}

export function labourScoresOf(value: Json): LabourPeriodScores {
  const o = objectOf(value);
  const scores: Partial<Record<(typeof LABOUR_DIMENSIONS)[number], number>> = {};
  for (const d of LABOUR_DIMENSIONS) {
    const score = intOrNull(o[d]);
    if (score !== null) scores[d] = score;
  }
  return scores;
}

export function reasonsOf(value: Json): FieldError[] {
  if (!Array.isArray(value)) return [];
  return value.map((raw) => {
    const o = objectOf(raw);
    return {
      field: String(o.field ?? ''),
      rule: String(o.rule ?? ''),
      message: String(o.message ?? ''),
    };
  });
}

function issues(errors: readonly FieldError[], prefix: string) {
  const mapped = errors.map((e) => ({
    field: prefix && !e.field.startsWith(prefix) ? `${prefix}.${e.field}` : e.field,
    rule: e.rule,
    message: e.message,
  }));
  const [first, ...rest] = mapped;
  if (!first) throw new Error('no issues');
  return [first, ...rest] as [typeof first, ...typeof rest];
}

/** Bad input with every issue the domain found (fields prefixed, e.g. `input`). */
export function invalid(errors: FieldError | readonly FieldError[], prefix = ''): ValidationError {
  return new ValidationError(
    issues(Array.isArray(errors) ? errors : [errors as FieldError], prefix),
  );
}

/** A workflow refusal with every reason. */
export function refused(
  errors: FieldError | readonly FieldError[],
  prefix = '',
): RuleViolationError {
  return RuleViolationError.of(
    issues(Array.isArray(errors) ? errors : [errors as FieldError], prefix),
  );
}
