import { type FieldError, fieldError } from '../shared/domain-error.js';

/**
 * Labour competitions on a major project (重点工程劳动竞赛): participating units are assessed
 * each period on six dimensions — 比质量、比安全、比进度、比创新、比文明、比管理 — each scored out
 * of 100 and weighted; a cumulative leaderboard sums the period scores; each period's best
 * unit gets the red flag (流动红旗).
 *
 * Scores are hundredths (95.5 → 9550), weights basis points summing to 10 000.
 */

export const LABOUR_DIMENSIONS = Object.freeze([
  'QUALITY',
  'SAFETY',
  'PROGRESS',
  'INNOVATION',
  'CIVILITY',
  'MANAGEMENT',
] as const);

export type LabourDimension = (typeof LABOUR_DIMENSIONS)[number];

export const LABOUR_DIMENSION_LABELS: Readonly<Record<LabourDimension, string>> = Object.freeze({
  QUALITY: '比质量',
  SAFETY: '比安全',
  PROGRESS: '比进度',
  INNOVATION: '比创新',
  CIVILITY: '比文明',
  MANAGEMENT: '比管理',
});

export type LabourWeights = Readonly<Record<LabourDimension, number>>;

/** Default weights: quality, safety, progress 20 % each; innovation, management 15 %; civility 10 %. */
export const DEFAULT_LABOUR_WEIGHTS: LabourWeights = Object.freeze({
  QUALITY: 2000,
  SAFETY: 2000,
  PROGRESS: 2000,
  INNOVATION: 1500,
  CIVILITY: 1000,
  MANAGEMENT: 1500,
});

export const COMPETITION_LABOUR_RULES = Object.freeze({
  WEIGHTS_SUM: 'COMPETITION_LABOUR_WEIGHTS_SUM',
  DIMENSION_SCORE_RANGE: 'COMPETITION_LABOUR_SCORE_RANGE',
  DIMENSION_MISSING: 'COMPETITION_LABOUR_DIMENSION_MISSING',
} as const);

export function labourWeightIssues(weights: LabourWeights, field = 'weights'): FieldError[] {
  const values = LABOUR_DIMENSIONS.map((dimension) => weights[dimension]);
  if (
    values.some((w) => !Number.isInteger(w) || w < 0) ||
    values.reduce((a, b) => a + b, 0) !== 10000
  ) {
    return [
      fieldError(field, COMPETITION_LABOUR_RULES.WEIGHTS_SUM, '六个比拼维度的权重之和应为 100%'),
    ];
  }
  return [];
}

/** One unit's dimension scores in one period (hundredths, 0–10 000 each). */
export type LabourPeriodScores = Readonly<Partial<Record<LabourDimension, number>>>;

export function labourScoreIssues(scores: LabourPeriodScores, field = 'scores'): FieldError[] {
  const issues: FieldError[] = [];
  for (const dimension of LABOUR_DIMENSIONS) {
    const score = scores[dimension];
    if (score === undefined) {
      issues.push(
        fieldError(
          `${field}.${dimension}`,
          COMPETITION_LABOUR_RULES.DIMENSION_MISSING,
          `缺少「${LABOUR_DIMENSION_LABELS[dimension]}」得分`,
        ),
      );
    } else if (!Number.isInteger(score) || score < 0 || score > 10000) {
      issues.push(
        fieldError(
          `${field}.${dimension}`,
          COMPETITION_LABOUR_RULES.DIMENSION_SCORE_RANGE,
          `「${LABOUR_DIMENSION_LABELS[dimension]}」得分应在 0–100 之间，最多两位小数`,
        ),
      );
    }
  }
  return issues;
}

/** A unit's weighted period score (hundredths), or null when a dimension is not yet scored. */
export function labourPeriodScore(
  scores: LabourPeriodScores,
  weights: LabourWeights = DEFAULT_LABOUR_WEIGHTS,
): number | null {
  let sum = 0;
  for (const dimension of LABOUR_DIMENSIONS) {
    const score = scores[dimension];
    if (score === undefined) return null;
    sum += score * weights[dimension];
  }
  return Math.floor((2 * sum + 10000) / 20000);
}

export type LabourAssessment = {
  readonly unitId: string;
  readonly periodId: string;
  readonly scores: LabourPeriodScores;
};

export type LabourPeriodResult = {
  readonly periodId: string;
  /** Units with their weighted score, best first (null: not fully scored, last). */
  readonly units: readonly { unitId: string; scoreCenti: number | null; rank: number | null }[];
  /** The red flag (流动红旗): the best unit(s) of the period; ties share it; none while unscored. */
  readonly redFlagUnitIds: readonly string[];
};

function rankScores(rows: { unitId: string; scoreCenti: number | null }[]) {
  const scored = rows
    .filter((row) => row.scoreCenti !== null)
    .sort(
      (a, b) =>
        (b.scoreCenti as number) - (a.scoreCenti as number) || (a.unitId < b.unitId ? -1 : 1),
    );
  const ranked = scored.map((row, i) => ({ ...row, rank: i + 1 }));
  for (let i = 1; i < ranked.length; i += 1) {
    const previous = ranked[i - 1] as { scoreCenti: number | null; rank: number };
    const current = ranked[i] as { scoreCenti: number | null; rank: number };
    if (previous.scoreCenti === current.scoreCenti) current.rank = previous.rank;
  }
  const unscored = rows
    .filter((row) => row.scoreCenti === null)
    .map((row) => ({ ...row, rank: null }));
  return [...ranked, ...unscored];
}

/** One period's results and red flag. */
export function labourPeriodResult(
  periodId: string,
  unitIds: readonly string[],
  assessments: readonly LabourAssessment[],
  weights: LabourWeights = DEFAULT_LABOUR_WEIGHTS,
): LabourPeriodResult {
  const rows = unitIds.map((unitId) => {
    const assessment = assessments.find((a) => a.periodId === periodId && a.unitId === unitId);
    return {
      unitId,
      scoreCenti: assessment ? labourPeriodScore(assessment.scores, weights) : null,
    };
  });
  const units = rankScores(rows);
  return {
    periodId,
    units,
    redFlagUnitIds: units.filter((unit) => unit.rank === 1).map((unit) => unit.unitId),
  };
}

export type LabourLeaderboardRow = {
  readonly unitId: string;
  /** Sum of the unit's scored periods (hundredths). */
  readonly cumulativeCenti: number;
  readonly periodsScored: number;
  readonly redFlags: number;
  readonly rank: number;
};

/**
 * The cumulative leaderboard over the given periods: the sum of each unit's period scores
 * (a period not yet fully scored adds nothing), ranked high to low, ties sharing a rank; the
 * red flags each unit has won are counted.
 */
export function labourLeaderboard(
  unitIds: readonly string[],
  periodIds: readonly string[],
  assessments: readonly LabourAssessment[],
  weights: LabourWeights = DEFAULT_LABOUR_WEIGHTS,
): LabourLeaderboardRow[] {
  const periods = periodIds.map((periodId) =>
    labourPeriodResult(periodId, unitIds, assessments, weights),
  );
  const rows = unitIds.map((unitId) => {
    let cumulativeCenti = 0;
    let periodsScored = 0;
    let redFlags = 0;
    for (const period of periods) {
      const row = period.units.find((unit) => unit.unitId === unitId);
      if (row?.scoreCenti !== null && row?.scoreCenti !== undefined) {
        cumulativeCenti += row.scoreCenti;
        periodsScored += 1;
      }
      if (period.redFlagUnitIds.includes(unitId)) redFlags += 1;
    }
    return { unitId, cumulativeCenti, periodsScored, redFlags };
  });
  const sorted = rows.sort(
    (a, b) => b.cumulativeCenti - a.cumulativeCenti || (a.unitId < b.unitId ? -1 : 1),
  );
  return sorted.map((row, i) => {
    let rank = i + 1;
    for (
      let j = i - 1;
      j >= 0 && (sorted[j] as typeof row).cumulativeCenti === row.cumulativeCenti;
      j -= 1
    )
      rank = j + 1;
    return { ...row, rank };
  });
}
