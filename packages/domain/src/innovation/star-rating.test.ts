import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CalendarDate, parseCalendarDate } from '../shared/calendar-date.js';
import {
  checkEvaluationYear,
  checkStarMeasures,
  computeStarRating,
  DEFAULT_STAR_RUBRIC,
  formatPoints,
  missedEvaluationYears,
  STAR_CRITERIA,
  STAR_RATING_RULES,
  type StarMeasures,
  type StarRubric,
  starRatingChange,
  starRubricIssues,
} from './star-rating.js';

function d(text: string): CalendarDate {
  const parsed = parseCalendarDate(text);
  if (!parsed.ok) throw new Error(text);
  return parsed.value;
}

const WAN = 1_000_000; // 1 万元 in fen

describe('the default rubric', () => {
  it('is a usable rubric', () => {
    expect(starRubricIssues(DEFAULT_STAR_RUBRIC)).toEqual([]);
  });

  it.each<[string, StarMeasures, number, string]>([
    [
      'a studio at the top of every criterion',
      {
        RESULTS_AND_PATENTS: 8,
        PEOPLE_TRAINED: 10,
        ECONOMIC_BENEFIT: 500 * WAN,
        FACILITIES_AND_RULES: 10,
        ACTIVITY: 12,
      },
      5,
      '100',
    ],
    [
      // 30×85% + 20×80% + 25×60% + 10×80% + 15×60% = 25.5+16+15+8+9 = 73.5
      'a good studio just under four stars',
      {
        RESULTS_AND_PATENTS: 6,
        PEOPLE_TRAINED: 5,
        ECONOMIC_BENEFIT: 60 * WAN,
        FACILITIES_AND_RULES: 8,
        ACTIVITY: 4,
      },
      3,
      '73.5',
    ],
    [
      // 30×85% + 20×80% + 25×80% + 10×80% + 15×60% = 25.5+16+20+8+9 = 78.5
      'the same studio with 100 万元 of benefit',
      {
        RESULTS_AND_PATENTS: 6,
        PEOPLE_TRAINED: 5,
        ECONOMIC_BENEFIT: 100 * WAN,
        FACILITIES_AND_RULES: 8,
        ACTIVITY: 4,
      },
      4,
      '78.5',
    ],
    [
      'an idle studio',
      {
        RESULTS_AND_PATENTS: 0,
        PEOPLE_TRAINED: 0,
        ECONOMIC_BENEFIT: 0,
        FACILITIES_AND_RULES: 3,
        ACTIVITY: 1,
      },
      1,
      '0',
    ],
    [
      // 30×40% + 20×40% + 25×40% + 10×60% + 15×40% = 12+8+10+6+6 = 42
      'a studio at the first band everywhere',
      {
        RESULTS_AND_PATENTS: 1,
        PEOPLE_TRAINED: 1,
        ECONOMIC_BENEFIT: 10 * WAN,
        FACILITIES_AND_RULES: 6,
        ACTIVITY: 2,
      },
      2,
      '42',
    ],
  ])('%s', (_name, measures, stars, score) => {
    const rating = computeStarRating(measures);
    expect(rating.stars).toBe(stars);
    expect(formatPoints(rating.scoreHundredths)).toBe(score);
    expect(rating.breakdown.map((line) => line.criterion)).toEqual([...STAR_CRITERIA]);
    expect(rating.explanation).toContain(`达到 ${stars} 星`);
  });

  it('explains each criterion with its band, its points and the next band', () => {
    const rating = computeStarRating({
      RESULTS_AND_PATENTS: 6,
      PEOPLE_TRAINED: 0,
      ECONOMIC_BENEFIT: 60 * WAN,
      FACILITIES_AND_RULES: 8,
      ACTIVITY: 4,
    });
    const results = rating.breakdown[0];
    expect(results?.explanation).toBe('创新成果和专利 6 项，达到 ≥5 项 档（85%），得 25.5 / 30 分');
    expect(results?.nextBandMin).toBe(8);
    expect(rating.breakdown[1]?.explanation).toBe(
      '名师带徒培养人数 0 人，未达到最低档（≥1 人），得 0 / 20 分',
    );
    expect(rating.breakdown[2]?.explanation).toContain('600,000.00 元');
  });
});

describe('a configured rubric', () => {
  const flat: StarRubric = {
    criteria: [
      { criterion: 'RESULTS_AND_PATENTS', weight: 50, bands: [{ min: 1, percent: 100 }] },
      { criterion: 'ACTIVITY', weight: 50, bands: [{ min: 10, percent: 100 }] },
    ],
    starBands: [
      { stars: 5, minScore: 100 },
      { stars: 4, minScore: 80 },
      { stars: 3, minScore: 50 },
      { stars: 2, minScore: 20 },
      { stars: 1, minScore: 0 },
    ],
  };

  it('only scores and asks for its own criteria', () => {
    expect(starRubricIssues(flat)).toEqual([]);
    expect(computeStarRating({ RESULTS_AND_PATENTS: 1, ACTIVITY: 0 }, flat).stars).toBe(3);
    expect(checkStarMeasures({ RESULTS_AND_PATENTS: 1, ACTIVITY: 0 }, flat).ok).toBe(true);
  });

  it.each<[string, StarRubric, string]>([
    [
      'weights that do not sum to 100',
      {
        ...flat,
        criteria: [{ criterion: 'ACTIVITY', weight: 60, bands: [{ min: 1, percent: 100 }] }],
      },
      STAR_RATING_RULES.RUBRIC_WEIGHTS,
    ],
    [
      'bands that go down',
      {
        ...flat,
        criteria: [
          {
            criterion: 'ACTIVITY',
            weight: 100,
            bands: [
              { min: 5, percent: 80 },
              { min: 3, percent: 90 },
            ],
          },
        ],
      },
      STAR_RATING_RULES.RUBRIC_BANDS,
    ],
    [
      'a criterion twice',
      {
        ...flat,
        criteria: [
          { criterion: 'ACTIVITY', weight: 50, bands: [{ min: 1, percent: 100 }] },
          { criterion: 'ACTIVITY', weight: 50, bands: [{ min: 1, percent: 100 }] },
        ],
      },
      STAR_RATING_RULES.RUBRIC_CRITERION,
    ],
    [
      'a missing star band',
      { ...flat, starBands: flat.starBands.slice(0, 4) },
      STAR_RATING_RULES.RUBRIC_STAR_BANDS,
    ],
    [
      'star bands out of order',
      {
        ...flat,
        starBands: [
          { stars: 5, minScore: 60 },
          { stars: 4, minScore: 80 },
          { stars: 3, minScore: 50 },
          { stars: 2, minScore: 20 },
          { stars: 1, minScore: 0 },
        ],
      },
      STAR_RATING_RULES.RUBRIC_STAR_BANDS,
    ],
  ])('refuses %s', (_name, rubric, rule) => {
    expect(starRubricIssues(rubric).map((issue) => issue.rule)).toContain(rule);
  });
});

describe('checkStarMeasures', () => {
  it('reports every missing or bad measure under its criterion', () => {
    const result = checkStarMeasures({
      RESULTS_AND_PATENTS: -1,
      PEOPLE_TRAINED: 1.5,
      FACILITIES_AND_RULES: 11,
      ACTIVITY: 3,
    });
    expect(result.ok ? [] : result.error.map((e) => [e.field, e.rule])).toEqual([
      ['RESULTS_AND_PATENTS', STAR_RATING_RULES.MEASURE_INVALID],
      ['PEOPLE_TRAINED', STAR_RATING_RULES.MEASURE_INVALID],
      ['ECONOMIC_BENEFIT', STAR_RATING_RULES.MEASURE_MISSING],
      ['FACILITIES_AND_RULES', STAR_RATING_RULES.FACILITIES_RANGE],
    ]);
  });
});

const measuresArb = fc.record({
  RESULTS_AND_PATENTS: fc.nat({ max: 20 }),
  PEOPLE_TRAINED: fc.nat({ max: 30 }),
  ECONOMIC_BENEFIT: fc.nat({ max: 1000 * WAN }),
  FACILITIES_AND_RULES: fc.nat({ max: 10 }),
  ACTIVITY: fc.nat({ max: 30 }),
});

describe('stars are monotonic in the measures (property)', () => {
  it('raising any measure never lowers the score nor the stars', () => {
    fc.assert(
      fc.property(
        measuresArb,
        fc.constantFrom(...STAR_CRITERIA),
        fc.nat({ max: 100 * WAN }),
        (measures, criterion, raise) => {
          const higher = {
            ...measures,
            [criterion]:
              criterion === 'FACILITIES_AND_RULES'
                ? Math.min(10, measures[criterion] + raise)
                : measures[criterion] + raise,
          };
          const before = computeStarRating(measures);
          const after = computeStarRating(higher);
          expect(after.scoreHundredths).toBeGreaterThanOrEqual(before.scoreHundredths);
          expect(after.stars).toBeGreaterThanOrEqual(before.stars);
        },
      ),
    );
  });

  it('the score is the sum of the breakdown and the stars are in 1–5', () => {
    fc.assert(
      fc.property(measuresArb, (measures) => {
        const rating = computeStarRating(measures);
        const sum = rating.breakdown.reduce((total, line) => total + line.pointsHundredths, 0);
        expect(rating.scoreHundredths).toBe(sum);
        expect(rating.stars).toBeGreaterThanOrEqual(1);
        expect(rating.stars).toBeLessThanOrEqual(5);
        expect(rating.scoreHundredths).toBeLessThanOrEqual(10_000);
      }),
    );
  });
});

describe('rating changes and evaluation years', () => {
  it.each<[number | null, number, string]>([
    [null, 3, 'INITIAL'],
    [3, 4, 'UPGRADE'],
    [4, 4, 'UNCHANGED'],
    [5, 2, 'DOWNGRADE'],
  ])('%s → %s is %s', (previous, next, change) => {
    expect(starRatingChange(previous, next)).toBe(change);
  });

  const base = {
    foundedOn: d('2021-05-10'),
    status: 'ACTIVE' as const,
    evaluatedYears: [2022, 2023],
    today: d('2026-12-02'),
  };

  it.each<[string, Partial<typeof base> & { year: number }, string | null]>([
    ['a new year', { year: 2024 }, null],
    ['the founding year', { year: 2021 }, null],
    ['a year before founding', { year: 2020 }, STAR_RATING_RULES.YEAR_BEFORE_FOUNDING],
    ['next year', { year: 2027 }, STAR_RATING_RULES.YEAR_IN_FUTURE],
    ['a year already rated (never overwritten)', { year: 2023 }, STAR_RATING_RULES.YEAR_EVALUATED],
    [
      'a suspended studio',
      { year: 2024, status: 'SUSPENDED' as never },
      STAR_RATING_RULES.NOT_ACTIVE,
    ],
  ])('%s', (_name, input, rule) => {
    const result = checkEvaluationYear({ ...base, ...input });
    expect(result.ok ? null : result.error.rule).toBe(rule);
  });

  it('flags the years whose evaluation is overdue', () => {
    // first full year 2022; 2024 due by 2025-03-31, 2025 due by 2026-03-31: both passed.
    expect(missedEvaluationYears(base)).toEqual([2024, 2025]);
    expect(missedEvaluationYears({ ...base, today: d('2026-03-31') })).toEqual([2024]);
    expect(missedEvaluationYears({ ...base, evaluatedYears: [2022, 2023, 2024, 2025] })).toEqual(
      [],
    );
    expect(missedEvaluationYears({ ...base, status: 'DELISTED' })).toEqual([]);
    expect(missedEvaluationYears(base, { dueMonth: 12, dueDay: 31, firstYearOffset: 0 })).toEqual([
      2021, 2024,
    ]);
  });
});
