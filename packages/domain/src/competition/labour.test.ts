import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LABOUR_WEIGHTS,
  LABOUR_DIMENSIONS,
  type LabourAssessment,
  type LabourPeriodScores,
  labourLeaderboard,
  labourPeriodResult,
  labourPeriodScore,
  labourScoreIssues,
  labourWeightIssues,
} from './labour.js';

const all = (score: number): LabourPeriodScores =>
  Object.fromEntries(LABOUR_DIMENSIONS.map((d) => [d, score])) as LabourPeriodScores;

describe('labourPeriodScore', () => {
  it('weights the six dimensions', () => {
    expect(labourPeriodScore(all(9000))).toBe(9000);
    // quality 100, the rest 80: 0.2 × 100 + 0.8 × 80 = 84
    expect(labourPeriodScore({ ...all(8000), QUALITY: 10000 })).toBe(8400);
  });

  it('is not yet scored while a dimension is missing', () => {
    const { SAFETY: _s, ...rest } = all(9000);
    expect(labourPeriodScore(rest)).toBeNull();
    expect(labourScoreIssues(rest).map((i) => i.rule)).toEqual([
      'COMPETITION_LABOUR_DIMENSION_MISSING',
    ]);
  });

  it('checks weights and scores', () => {
    expect(labourWeightIssues(DEFAULT_LABOUR_WEIGHTS)).toEqual([]);
    expect(labourWeightIssues({ ...DEFAULT_LABOUR_WEIGHTS, QUALITY: 0 })).toHaveLength(1);
    expect(labourScoreIssues({ ...all(9000), PROGRESS: 10001 }).map((i) => i.rule)).toEqual([
      'COMPETITION_LABOUR_SCORE_RANGE',
    ]);
  });
});

describe('periods and the leaderboard', () => {
  const assessments: LabourAssessment[] = [
    { unitId: 'bridge', periodId: 'p1', scores: all(9500) },
    { unitId: 'station', periodId: 'p1', scores: all(9000) },
    { unitId: 'track', periodId: 'p1', scores: all(8800) },
    { unitId: 'bridge', periodId: 'p2', scores: all(8700) },
    { unitId: 'station', periodId: 'p2', scores: all(9600) },
    { unitId: 'track', periodId: 'p2', scores: all(9600) },
  ];

  it('gives each period’s red flag to its best unit, shared on a tie', () => {
    expect(
      labourPeriodResult('p1', ['bridge', 'station', 'track'], assessments).redFlagUnitIds,
    ).toEqual(['bridge']);
    expect(
      labourPeriodResult('p2', ['bridge', 'station', 'track'], assessments).redFlagUnitIds,
    ).toEqual(['station', 'track']);
  });

  it('no red flag for a period nobody has been scored in', () => {
    expect(labourPeriodResult('p3', ['bridge'], assessments).redFlagUnitIds).toEqual([]);
  });

  it('sums the periods into a cumulative leaderboard', () => {
    const board = labourLeaderboard(
      ['bridge', 'station', 'track', 'late'],
      ['p1', 'p2'],
      assessments,
    );
    expect(
      board.map((row) => [
        row.unitId,
        row.cumulativeCenti,
        row.rank,
        row.redFlags,
        row.periodsScored,
      ]),
    ).toEqual([
      ['station', 18600, 1, 1, 2],
      ['track', 18400, 2, 1, 2],
      ['bridge', 18200, 3, 1, 2],
      ['late', 0, 4, 0, 0],
    ]);
  });

  it('ties share a rank on the leaderboard', () => {
    const board = labourLeaderboard(
      ['a', 'b', 'c'],
      ['p1'],
      [
        { unitId: 'a', periodId: 'p1', scores: all(9000) },
        { unitId: 'b', periodId: 'p1', scores: all(9000) },
        { unitId: 'c', periodId: 'p1', scores: all(8000) },
      ],
    );
    expect(board.map((row) => row.rank)).toEqual([1, 1, 3]);
  });

  it('the leaderboard total is the sum of period scores and ranks are consistent (property)', () => {
    const units = ['a', 'b', 'c', 'd'];
    const periods = ['p1', 'p2', 'p3'];
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            unitId: fc.constantFrom(...units),
            periodId: fc.constantFrom(...periods),
            scores: fc.integer({ min: 0, max: 10000 }).map((score) => all(score)),
          }),
          { maxLength: 12 },
        ),
        (rows) => {
          const board = labourLeaderboard(units, periods, rows);
          expect(board.map((row) => row.unitId).sort()).toEqual([...units].sort());
          for (let i = 1; i < board.length; i += 1) {
            const above = board[i - 1];
            const below = board[i];
            if (!above || !below) continue;
            expect(above.cumulativeCenti).toBeGreaterThanOrEqual(below.cumulativeCenti);
            expect(above.rank <= below.rank).toBe(true);
          }
          const flags = board.reduce((sum, row) => sum + row.redFlags, 0);
          expect(flags).toBeGreaterThanOrEqual(new Set(rows.map((r) => r.periodId)).size);
        },
      ),
    );
  });
});
