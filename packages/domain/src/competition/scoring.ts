import { type FieldError, fieldError } from '../shared/domain-error.js';
import { err, ok, type Result } from '../shared/result.js';

/**
 * Marking (评分): a scheme per stage with a theory part and a practical part, each weighted,
 * and aspects (评分项) with maximum marks. Several judges (裁判) score each aspect; their marks
 * are aggregated per aspect, aspects summed per part, parts weighted into a total out of 100.
 *
 * All marks are integers in hundredths (centi-marks: 87.25 marks is 8725), so sums and
 * comparisons are exact; an average is rounded half up to the hundredth.
 */

export const MARKING_PARTS = Object.freeze(['THEORY', 'PRACTICAL'] as const);
/** 理论 / 实操. */
export type MarkingPart = (typeof MARKING_PARTS)[number];
export const MARKING_PART_LABELS: Readonly<Record<MarkingPart, string>> = Object.freeze({
  THEORY: '理论知识',
  PRACTICAL: '实际操作',
});

/** One aspect (评分项) of a stage. */
export type MarkingAspect = {
  readonly code: string;
  readonly name: string;
  readonly part: MarkingPart;
  /** Maximum marks, in hundredths. */
  readonly maxCenti: number;
};

/** A stage's marking scheme. Weights are basis points summing to 10 000 (30 % = 3000). */
export type MarkingScheme = {
  readonly theoryWeightBp: number;
  readonly practicalWeightBp: number;
  readonly aspects: readonly MarkingAspect[];
};

export const COMPETITION_SCORING_RULES = Object.freeze({
  WEIGHTS_SUM: 'COMPETITION_WEIGHTS_SUM',
  ASPECT_CODE_DUPLICATE: 'COMPETITION_ASPECT_CODE_DUPLICATE',
  ASPECT_MAX_INVALID: 'COMPETITION_ASPECT_MAX_INVALID',
  PART_WITHOUT_ASPECTS: 'COMPETITION_PART_WITHOUT_ASPECTS',
  NO_ASPECTS: 'COMPETITION_NO_ASPECTS',
  MARK_OUT_OF_RANGE: 'COMPETITION_MARK_OUT_OF_RANGE',
  MARK_PRECISION: 'COMPETITION_MARK_PRECISION',
  TRIM_THRESHOLD_INVALID: 'COMPETITION_TRIM_THRESHOLD_INVALID',
  JUDGE_RECUSED: 'COMPETITION_JUDGE_RECUSED',
} as const);

/** The usual skills-competition split: theory 30 %, practical 70 % (DOMAIN.md §5). */
export const DEFAULT_MARKING_WEIGHTS = Object.freeze({
  theoryWeightBp: 3000,
  practicalWeightBp: 7000,
});

/** Every problem of a scheme (empty: valid). */
export function markingSchemeIssues(scheme: MarkingScheme, field = 'scheme'): FieldError[] {
  const R = COMPETITION_SCORING_RULES;
  const issues: FieldError[] = [];
  const weights = [scheme.theoryWeightBp, scheme.practicalWeightBp];
  if (
    weights.some((w) => !Number.isInteger(w) || w < 0) ||
    scheme.theoryWeightBp + scheme.practicalWeightBp !== 10000
  ) {
    issues.push(fieldError(`${field}.weights`, R.WEIGHTS_SUM, '理论与实操权重之和应为 100%'));
  }
  if (scheme.aspects.length === 0) {
    issues.push(fieldError(`${field}.aspects`, R.NO_ASPECTS, '至少需要一个评分项'));
  }
  const seen = new Set<string>();
  scheme.aspects.forEach((aspect, index) => {
    if (seen.has(aspect.code)) {
      issues.push(
        fieldError(
          `${field}.aspects.${index}.code`,
          R.ASPECT_CODE_DUPLICATE,
          `评分项代码「${aspect.code}」重复`,
        ),
      );
    }
    seen.add(aspect.code);
    if (!Number.isInteger(aspect.maxCenti) || aspect.maxCenti <= 0 || aspect.maxCenti > 100000) {
      issues.push(
        fieldError(
          `${field}.aspects.${index}.maxCenti`,
          R.ASPECT_MAX_INVALID,
          `评分项「${aspect.name}」的满分应在 0.01–1000 分之间`,
        ),
      );
    }
  });
  for (const part of MARKING_PARTS) {
    const weight = part === 'THEORY' ? scheme.theoryWeightBp : scheme.practicalWeightBp;
    if (weight > 0 && !scheme.aspects.some((aspect) => aspect.part === part)) {
      issues.push(
        fieldError(
          `${field}.aspects`,
          R.PART_WITHOUT_ASPECTS,
          `${MARKING_PART_LABELS[part]}占权重 ${weight / 100}%，但没有评分项`,
        ),
      );
    }
  }
  return issues;
}

/** Converts marks (a decimal such as 87.25) to hundredths, refusing more than two decimals. */
export function marksToCenti(marks: number, field = 'marks'): Result<number, FieldError> {
  const centi = Math.round(marks * 100);
  if (!Number.isFinite(marks) || Math.abs(centi - marks * 100) > 1e-6) {
    return err(fieldError(field, COMPETITION_SCORING_RULES.MARK_PRECISION, '分数最多保留两位小数'));
  }
  return ok(centi);
}

/** Formats hundredths as marks: 8725 → "87.25", 9000 → "90". */
export function formatCenti(centi: number): string {
  const sign = centi < 0 ? '-' : '';
  const abs = Math.abs(centi);
  const whole = Math.floor(abs / 100);
  const fraction = abs % 100;
  if (fraction === 0) return `${sign}${whole}`;
  return `${sign}${whole}.${String(fraction).padStart(2, '0').replace(/0$/, '')}`;
}

/** Checks one judge's mark against the aspect's maximum. */
export function checkMark(
  aspect: MarkingAspect,
  centi: number,
  field = 'marks',
): Result<number, FieldError> {
  if (!Number.isInteger(centi) || centi < 0 || centi > aspect.maxCenti) {
    return err(
      fieldError(
        field,
        COMPETITION_SCORING_RULES.MARK_OUT_OF_RANGE,
        `「${aspect.name}」的分数应在 0–${formatCenti(aspect.maxCenti)} 分之间`,
      ),
    );
  }
  return ok(centi);
}

/**
 * 回避: a judge may not score a contestant (or team) from their own employer. Enforced, not
 * advised: the score is refused.
 */
export function checkRecusal(
  judgeEmployerId: string | null,
  entrantEmployerIds: readonly string[],
  field = 'entryId',
): Result<void, FieldError> {
  if (judgeEmployerId !== null && entrantEmployerIds.includes(judgeEmployerId)) {
    return err(
      fieldError(
        field,
        COMPETITION_SCORING_RULES.JUDGE_RECUSED,
        '裁判与参赛选手来自同一工作单位，应当回避，不能为其评分',
      ),
    );
  }
  return ok(undefined);
}

/** How judges' marks on one aspect are combined. */
export type AggregationConfig = {
  /**
   * With at least this many judges' marks, the highest and lowest are dropped (去掉一个最高分
   * 和一个最低分) before averaging. Default 5; null never trims.
   */
  readonly trimFromJudges: number | null;
};

export const DEFAULT_AGGREGATION: AggregationConfig = Object.freeze({ trimFromJudges: 5 });

export function aggregationConfigIssues(config: AggregationConfig, field = 'trimFromJudges') {
  if (
    config.trimFromJudges !== null &&
    (!Number.isInteger(config.trimFromJudges) || config.trimFromJudges < 3)
  ) {
    return [
      fieldError(
        field,
        COMPETITION_SCORING_RULES.TRIM_THRESHOLD_INVALID,
        '去掉最高最低分的裁判人数下限应不少于 3 人',
      ),
    ];
  }
  return [];
}

/** Rounds a non-negative ratio to an integer, half up. */
function roundDiv(numerator: number, denominator: number): number {
  return Math.floor((2 * numerator + denominator) / (2 * denominator));
}

/**
 * The aggregate of one aspect for one entrant.
 *
 * - `PENDING`: some judge who must score it has not yet submitted (not yet scored — never 0);
 *   `submitted` of `expected` judges have.
 * - `SCORED`: every expected judge has submitted; `centi` is the average, trimmed when
 *   there are at least `trimFromJudges` marks.
 */
export type AspectAggregate =
  | { readonly state: 'PENDING'; readonly submitted: number; readonly expected: number }
  | {
      readonly state: 'SCORED';
      readonly centi: number;
      readonly counted: readonly number[];
      readonly dropped: readonly number[];
    };

/**
 * Aggregates the judges' marks on one aspect. `marks` has one slot per judge expected to
 * score it (recused judges are not expected); null is a judge who has not submitted.
 */
export function aggregateAspect(
  marks: readonly (number | null)[],
  config: AggregationConfig = DEFAULT_AGGREGATION,
): AspectAggregate {
  const submitted = marks.filter((mark): mark is number => mark !== null);
  if (marks.length === 0 || submitted.length < marks.length) {
    return { state: 'PENDING', submitted: submitted.length, expected: marks.length };
  }
  const sorted = [...submitted].sort((a, b) => a - b);
  const trim = config.trimFromJudges !== null && sorted.length >= config.trimFromJudges;
  const counted = trim ? sorted.slice(1, -1) : sorted;
  const dropped = trim ? [sorted[0] as number, sorted[sorted.length - 1] as number] : [];
  const sum = counted.reduce((total, mark) => total + mark, 0);
  return { state: 'SCORED', centi: roundDiv(sum, counted.length), counted, dropped };
}

/** An entrant's result under a scheme: null parts and total while any aspect is pending. */
export type EntryScore = {
  /** Theory part out of 100, in hundredths; null while pending. */
  readonly theoryCenti: number | null;
  /** Practical part out of 100, in hundredths; null while pending. */
  readonly practicalCenti: number | null;
  /** The weighted total out of 100, in hundredths; null while any aspect is pending. */
  readonly totalCenti: number | null;
  readonly aspects: Readonly<Record<string, AspectAggregate>>;
};

function partPercent(
  scheme: MarkingScheme,
  part: MarkingPart,
  aspects: Readonly<Record<string, AspectAggregate>>,
): number | null {
  const ofPart = scheme.aspects.filter((aspect) => aspect.part === part);
  if (ofPart.length === 0) return 0;
  let sum = 0;
  let max = 0;
  for (const aspect of ofPart) {
    const aggregate = aspects[aspect.code];
    if (aggregate?.state !== 'SCORED') return null;
    sum += aggregate.centi;
    max += aspect.maxCenti;
  }
  return roundDiv(sum * 10000, max);
}

/**
 * Scores an entrant: each aspect aggregated from `marksByAspect` (one slot per expected
 * judge), each part as a percentage of its maximum, the total weighted by the scheme.
 */
export function scoreEntry(
  scheme: MarkingScheme,
  marksByAspect: Readonly<Record<string, readonly (number | null)[]>>,
  config: AggregationConfig = DEFAULT_AGGREGATION,
): EntryScore {
  const aspects: Record<string, AspectAggregate> = {};
  for (const aspect of scheme.aspects) {
    aspects[aspect.code] = aggregateAspect(marksByAspect[aspect.code] ?? [], config);
  }
  const theory = partPercent(scheme, 'THEORY', aspects);
  const practical = partPercent(scheme, 'PRACTICAL', aspects);
  const total =
    theory === null || practical === null
      ? null
      : roundDiv(theory * scheme.theoryWeightBp + practical * scheme.practicalWeightBp, 10000);
  return {
    theoryCenti: theory,
    practicalCenti: practical,
    totalCenti: total,
    aspects,
  };
}
