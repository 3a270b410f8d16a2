import { type CalendarDate, calendarDateParts, compareDates } from '../shared/calendar-date.js';
import { type FieldError, fieldError } from '../shared/domain-error.js';
import { type Fen, formatYuan } from '../shared/money.js';
import { err, ok, type Result } from '../shared/result.js';

/**
 * The yearly star rating of a studio (星级评定, 1–5 stars), DOMAIN.md §4.
 *
 * A year's evaluation measures each criterion of a rubric (results and patents, people trained
 * 名师带徒, economic benefit, facilities and rules, activity). Each criterion has a weight (its
 * share of 100 points) and scoring bands: reaching a band's threshold earns that band's
 * percentage of the weight. The total score falls in a star band. The rubric and the bands are
 * configuration; {@link DEFAULT_STAR_RUBRIC} holds realistic defaults.
 *
 * Scores are kept in hundredths of a point (integers) so that no rounding decides a star.
 */

/** The rubric's criteria. */
export const STAR_CRITERIA = Object.freeze([
  'RESULTS_AND_PATENTS',
  'PEOPLE_TRAINED',
  'ECONOMIC_BENEFIT',
  'FACILITIES_AND_RULES',
  'ACTIVITY',
] as const);

/** One criterion. See {@link STAR_CRITERION_LABELS}. */
export type StarCriterion = (typeof STAR_CRITERIA)[number];

/** Chinese display names of the criteria. */
export const STAR_CRITERION_LABELS: Readonly<Record<StarCriterion, string>> = Object.freeze({
  RESULTS_AND_PATENTS: '创新成果和专利',
  PEOPLE_TRAINED: '名师带徒培养人数',
  ECONOMIC_BENEFIT: '经济效益',
  FACILITIES_AND_RULES: '场地设施和制度建设',
  ACTIVITY: '活动开展',
});

/**
 * What each criterion measures: RESULTS_AND_PATENTS a number of results (项), PEOPLE_TRAINED a
 * number of people (人), ECONOMIC_BENEFIT an amount in fen, FACILITIES_AND_RULES the
 * assessors' mark out of 10 (分), ACTIVITY a number of activities (次).
 */
export const STAR_CRITERION_UNITS: Readonly<Record<StarCriterion, string>> = Object.freeze({
  RESULTS_AND_PATENTS: '项',
  PEOPLE_TRAINED: '人',
  ECONOMIC_BENEFIT: '分',
  FACILITIES_AND_RULES: '分',
  ACTIVITY: '次',
});

/** Narrows an untrusted string to a {@link StarCriterion}. */
export function isStarCriterion(value: string): value is StarCriterion {
  return (STAR_CRITERIA as readonly string[]).includes(value);
}

/** A scoring band: a measure of at least `min` earns `percent` % of the criterion's weight. */
export type RubricBand = { readonly min: number; readonly percent: number };

/** One criterion of a rubric. */
export type RubricCriterion = {
  readonly criterion: StarCriterion;
  /** Points out of 100 (integers; the rubric's weights sum to 100). */
  readonly weight: number;
  /** Ascending in `min` and in `percent`. A measure below the first band earns nothing. */
  readonly bands: readonly RubricBand[];
};

/** A star band: a score (out of 100) of at least `minScore` earns `stars`. */
export type StarBand = { readonly stars: number; readonly minScore: number };

/** A star rubric (评定细则). */
export type StarRubric = {
  readonly criteria: readonly RubricCriterion[];
  /** One band for each of 1–5 stars; the 1-star band starts at 0. */
  readonly starBands: readonly StarBand[];
};

const TEN_THOUSAND_YUAN = 1_000_000; // fen

/** Realistic defaults (weights 30/20/25/10/15; 5 ★ from 90 points, 4 ★ 75, 3 ★ 60, 2 ★ 40). */
export const DEFAULT_STAR_RUBRIC: StarRubric = Object.freeze({
  criteria: Object.freeze([
    {
      criterion: 'RESULTS_AND_PATENTS',
      weight: 30,
      bands: [
        { min: 1, percent: 40 },
        { min: 3, percent: 70 },
        { min: 5, percent: 85 },
        { min: 8, percent: 100 },
      ],
    },
    {
      criterion: 'PEOPLE_TRAINED',
      weight: 20,
      bands: [
        { min: 1, percent: 40 },
        { min: 3, percent: 60 },
        { min: 5, percent: 80 },
        { min: 10, percent: 100 },
      ],
    },
    {
      criterion: 'ECONOMIC_BENEFIT',
      weight: 25,
      bands: [
        { min: 10 * TEN_THOUSAND_YUAN, percent: 40 },
        { min: 50 * TEN_THOUSAND_YUAN, percent: 60 },
        { min: 100 * TEN_THOUSAND_YUAN, percent: 80 },
        { min: 500 * TEN_THOUSAND_YUAN, percent: 100 },
      ],
    },
    {
      criterion: 'FACILITIES_AND_RULES',
      weight: 10,
      bands: [
        { min: 4, percent: 40 },
        { min: 6, percent: 60 },
        { min: 8, percent: 80 },
        { min: 10, percent: 100 },
      ],
    },
    {
      criterion: 'ACTIVITY',
      weight: 15,
      bands: [
        { min: 2, percent: 40 },
        { min: 4, percent: 60 },
        { min: 6, percent: 80 },
        { min: 12, percent: 100 },
      ],
    },
  ] satisfies RubricCriterion[]),
  starBands: Object.freeze([
    { stars: 5, minScore: 90 },
    { stars: 4, minScore: 75 },
    { stars: 3, minScore: 60 },
    { stars: 2, minScore: 40 },
    { stars: 1, minScore: 0 },
  ]),
});

/** Stable rule codes of the star rating. */
export const STAR_RATING_RULES = Object.freeze({
  RUBRIC_WEIGHTS: 'INNOVATION_RUBRIC_WEIGHTS',
  RUBRIC_CRITERION: 'INNOVATION_RUBRIC_CRITERION',
  RUBRIC_BANDS: 'INNOVATION_RUBRIC_BANDS',
  RUBRIC_STAR_BANDS: 'INNOVATION_RUBRIC_STAR_BANDS',
  MEASURE_MISSING: 'INNOVATION_EVALUATION_MEASURE_MISSING',
  MEASURE_INVALID: 'INNOVATION_EVALUATION_MEASURE_INVALID',
  FACILITIES_RANGE: 'INNOVATION_EVALUATION_FACILITIES_RANGE',
  YEAR_BEFORE_FOUNDING: 'INNOVATION_EVALUATION_BEFORE_FOUNDING',
  YEAR_IN_FUTURE: 'INNOVATION_EVALUATION_YEAR_IN_FUTURE',
  YEAR_EVALUATED: 'INNOVATION_EVALUATION_YEAR_EVALUATED',
  NOT_ACTIVE: 'INNOVATION_EVALUATION_STUDIO_NOT_ACTIVE',
} as const);

/** Every problem of a rubric (empty when it can be used). */
export function starRubricIssues(rubric: StarRubric): FieldError[] {
  const issues: FieldError[] = [];
  const seen = new Set<StarCriterion>();
  let total = 0;
  for (const [index, item] of rubric.criteria.entries()) {
    const field = `criteria[${index}]`;
    if (seen.has(item.criterion)) {
      issues.push(
        fieldError(
          field,
          STAR_RATING_RULES.RUBRIC_CRITERION,
          `评定细则重复列出「${item.criterion}」`,
        ),
      );
    }
    seen.add(item.criterion);
    if (!Number.isInteger(item.weight) || item.weight <= 0) {
      issues.push(fieldError(field, STAR_RATING_RULES.RUBRIC_WEIGHTS, '各项权重须为正整数'));
    }
    total += item.weight;
    if (item.bands.length === 0) {
      issues.push(fieldError(field, STAR_RATING_RULES.RUBRIC_BANDS, '每项须至少有一个评分档'));
    }
    for (let i = 0; i < item.bands.length; i += 1) {
      const band = item.bands[i];
      const previous = i === 0 ? undefined : item.bands[i - 1];
      if (
        band === undefined ||
        !Number.isSafeInteger(band.min) ||
        band.min < 0 ||
        !Number.isInteger(band.percent) ||
        band.percent <= 0 ||
        band.percent > 100 ||
        (previous !== undefined && (band.min <= previous.min || band.percent <= previous.percent))
      ) {
        issues.push(
          fieldError(
            `${field}.bands[${i}]`,
            STAR_RATING_RULES.RUBRIC_BANDS,
            '评分档的门槛和得分比例须逐档递增，比例在 1–100 之间',
          ),
        );
      }
    }
  }
  if (total !== 100) {
    issues.push(
      fieldError(
        'criteria',
        STAR_RATING_RULES.RUBRIC_WEIGHTS,
        `各项权重之和须为 100，现为 ${total}`,
      ),
    );
  }
  const stars = rubric.starBands.map((band) => band.stars).sort((a, b) => a - b);
  const sorted = [...rubric.starBands].sort((a, b) => a.stars - b.stars);
  const monotonic = sorted.every(
    (band, i) => i === 0 || band.minScore > (sorted[i - 1]?.minScore ?? Number.POSITIVE_INFINITY),
  );
  if (
    stars.join(',') !== '1,2,3,4,5' ||
    sorted[0]?.minScore !== 0 ||
    !monotonic ||
    sorted.some((band) => band.minScore < 0 || band.minScore > 100)
  ) {
    issues.push(
      fieldError(
        'starBands',
        STAR_RATING_RULES.RUBRIC_STAR_BANDS,
        '星级分档须覆盖 1–5 星各一档，1 星从 0 分起，星级越高门槛越高（不超过 100 分）',
      ),
    );
  }
  return issues;
}

/** A year's measures, one per criterion (non-negative integers; money in fen). */
export type StarMeasures = Readonly<Partial<Record<StarCriterion, number>>>;

/** Checks a year's measures against a rubric. */
export function checkStarMeasures(
  measures: StarMeasures,
  rubric: StarRubric = DEFAULT_STAR_RUBRIC,
): Result<Readonly<Record<StarCriterion, number>>, FieldError[]> {
  const issues: FieldError[] = [];
  const checked: Partial<Record<StarCriterion, number>> = {};
  for (const { criterion } of rubric.criteria) {
    const value = measures[criterion];
    const label = STAR_CRITERION_LABELS[criterion];
    if (value === undefined) {
      issues.push(fieldError(criterion, STAR_RATING_RULES.MEASURE_MISSING, `请填写「${label}」`));
    } else if (!Number.isSafeInteger(value) || value < 0) {
      issues.push(
        fieldError(criterion, STAR_RATING_RULES.MEASURE_INVALID, `「${label}」须为不小于 0 的整数`),
      );
    } else if (criterion === 'FACILITIES_AND_RULES' && value > 10) {
      issues.push(
        fieldError(
          criterion,
          STAR_RATING_RULES.FACILITIES_RANGE,
          '场地设施和制度建设按 0–10 分打分',
        ),
      );
    } else {
      checked[criterion] = value;
    }
  }
  if (issues.length > 0) {
    return err(issues);
  }
  for (const criterion of STAR_CRITERIA) {
    checked[criterion] ??= 0;
  }
  return ok(checked as Record<StarCriterion, number>);
}

/** How one criterion scored. */
export type StarCriterionScore = {
  readonly criterion: StarCriterion;
  readonly label: string;
  readonly measure: number;
  readonly weight: number;
  /** The threshold of the band reached, or null when none. */
  readonly bandMin: number | null;
  readonly percent: number;
  /** Points earned, in hundredths of a point. */
  readonly pointsHundredths: number;
  /** The next band's threshold, or null at the top band. */
  readonly nextBandMin: number | null;
  /** Plain Chinese explanation, e.g. 「创新成果和专利 6 项，达到 ≥5 项档（85%），得 25.5 / 30 分」. */
  readonly explanation: string;
};

/** A computed star rating with the breakdown that explains it. */
export type StarRating = {
  readonly stars: number;
  /** The total, in hundredths of a point (0–10000). */
  readonly scoreHundredths: number;
  readonly breakdown: readonly StarCriterionScore[];
  /** The star band reached, e.g. 「总分 78.5 分，达到 4 星（≥75 分）」. */
  readonly explanation: string;
};

/** Formats hundredths of a point as points ('78.5', '90', '12.75'). */
export function formatPoints(hundredths: number): string {
  const whole = Math.trunc(hundredths / 100);
  const rest = Math.abs(hundredths % 100);
  if (rest === 0) {
    return String(whole);
  }
  return `${whole}.${String(rest).padStart(2, '0').replace(/0$/, '')}`;
}

function formatMeasure(criterion: StarCriterion, value: number): string {
  if (criterion === 'ECONOMIC_BENEFIT') {
    return `${formatYuan(value as Fen)} 元`;
  }
  return `${value} ${STAR_CRITERION_UNITS[criterion]}`;
}

/**
 * Turns a year's measures into stars with an explaining breakdown. Pure and monotonic: raising
 * any measure never lowers the score nor the stars. The measures must have passed
 * {@link checkStarMeasures} and the rubric {@link starRubricIssues}; anything missing counts 0.
 */
export function computeStarRating(
  measures: StarMeasures,
  rubric: StarRubric = DEFAULT_STAR_RUBRIC,
): StarRating {
  const breakdown: StarCriterionScore[] = [];
  let total = 0;
  for (const item of rubric.criteria) {
    const measure = measures[item.criterion] ?? 0;
    let reached: RubricBand | null = null;
    let next: RubricBand | null = null;
    for (const band of item.bands) {
      if (measure >= band.min) {
        reached = band;
      } else if (next === null) {
        next = band;
      }
    }
    const percent = reached?.percent ?? 0;
    const pointsHundredths = item.weight * percent;
    total += pointsHundredths;
    const label = STAR_CRITERION_LABELS[item.criterion];
    const measured = formatMeasure(item.criterion, measure);
    const explanation =
      reached === null
        ? `${label} ${measured}，未达到最低档（≥${formatMeasure(item.criterion, item.bands[0]?.min ?? 0)}），得 0 / ${item.weight} 分`
        : `${label} ${measured}，达到 ≥${formatMeasure(item.criterion, reached.min)} 档（${percent}%），得 ${formatPoints(pointsHundredths)} / ${item.weight} 分`;
    breakdown.push({
      criterion: item.criterion,
      label,
      measure,
      weight: item.weight,
      bandMin: reached?.min ?? null,
      percent,
      pointsHundredths,
      nextBandMin: next?.min ?? null,
      explanation,
    });
  }
  const bands = [...rubric.starBands].sort((a, b) => b.minScore - a.minScore);
  const band = bands.find((candidate) => total >= candidate.minScore * 100) ?? {
    stars: 1,
    minScore: 0,
  };
  return {
    stars: band.stars,
    scoreHundredths: total,
    breakdown,
    explanation: `总分 ${formatPoints(total)} 分，达到 ${band.stars} 星（≥${band.minScore} 分）`,
  };
}

/** How a new rating compares with the previous one. */
export const STAR_RATING_CHANGES = Object.freeze([
  'INITIAL',
  'UPGRADE',
  'UNCHANGED',
  'DOWNGRADE',
] as const);

/** INITIAL 首次评定, UPGRADE 升星, UNCHANGED 保持, DOWNGRADE 降星. */
export type StarRatingChange = (typeof STAR_RATING_CHANGES)[number];

/** Chinese display names of the rating changes. */
export const STAR_RATING_CHANGE_LABELS: Readonly<Record<StarRatingChange, string>> = Object.freeze({
  INITIAL: '首次评定',
  UPGRADE: '升星',
  UNCHANGED: '保持',
  DOWNGRADE: '降星',
});

/** Classifies a rating against the previous one (null when there was none). */
export function starRatingChange(previous: number | null, next: number): StarRatingChange {
  if (previous === null) {
    return 'INITIAL';
  }
  if (next > previous) {
    return 'UPGRADE';
  }
  return next < previous ? 'DOWNGRADE' : 'UNCHANGED';
}

/**
 * Checks that a studio may be evaluated for a year: it is active, the year is not before its
 * founding year nor after today's year, and the year has not been evaluated yet (a rating is
 * never overwritten; a correction is a new year's record or a status change).
 */
export function checkEvaluationYear(input: {
  readonly year: number;
  readonly foundedOn: CalendarDate;
  readonly status: 'ACTIVE' | 'SUSPENDED' | 'DELISTED';
  readonly evaluatedYears: readonly number[];
  readonly today: CalendarDate;
}): Result<number, FieldError> {
  const { year } = input;
  if (input.status !== 'ACTIVE') {
    return err(
      fieldError('year', STAR_RATING_RULES.NOT_ACTIVE, '只有正常状态的工作室才能评定星级'),
    );
  }
  if (!Number.isInteger(year) || year < calendarDateParts(input.foundedOn).year) {
    return err(
      fieldError('year', STAR_RATING_RULES.YEAR_BEFORE_FOUNDING, '评定年度不能早于工作室成立年度'),
    );
  }
  if (year > calendarDateParts(input.today).year) {
    return err(fieldError('year', STAR_RATING_RULES.YEAR_IN_FUTURE, '评定年度不能晚于今年'));
  }
  if (input.evaluatedYears.includes(year)) {
    return err(
      fieldError('year', STAR_RATING_RULES.YEAR_EVALUATED, `${year} 年度已评定，评定结果不能覆盖`),
    );
  }
  return ok(year);
}

/** When a year's evaluation is due: by this month and day of the following year. */
export type EvaluationSchedule = {
  readonly dueMonth: number;
  readonly dueDay: number;
  /** The first year evaluated, counted from the founding year (1 = the first full year). */
  readonly firstYearOffset: number;
};

/** The default: a year is evaluated by 31 March of the next; the first full year is the first. */
export const DEFAULT_EVALUATION_SCHEDULE: EvaluationSchedule = Object.freeze({
  dueMonth: 3,
  dueDay: 31,
  firstYearOffset: 1,
});

/**
 * The years whose evaluation is overdue for an active studio (a missed evaluation is flagged):
 * every year from the first evaluated one whose due date is before `today` and which has no
 * evaluation. Suspended and de-listed studios are not flagged.
 */
export function missedEvaluationYears(
  input: {
    readonly foundedOn: CalendarDate;
    readonly status: 'ACTIVE' | 'SUSPENDED' | 'DELISTED';
    readonly evaluatedYears: readonly number[];
    readonly today: CalendarDate;
  },
  schedule: EvaluationSchedule = DEFAULT_EVALUATION_SCHEDULE,
): number[] {
  if (input.status !== 'ACTIVE') {
    return [];
  }
  const evaluated = new Set(input.evaluatedYears);
  const first = calendarDateParts(input.foundedOn).year + schedule.firstYearOffset;
  const missed: number[] = [];
  const todayYear = calendarDateParts(input.today).year;
  const pad = (value: number) => String(value).padStart(2, '0');
  for (let year = first; year < todayYear; year += 1) {
    const due = `${year + 1}-${pad(schedule.dueMonth)}-${pad(schedule.dueDay)}` as CalendarDate;
    if (compareDates(due, input.today) < 0 && !evaluated.has(year)) {
      missed.push(year);
    }
  }
  return missed;
}
