import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  aggregateAspect,
  aggregationConfigIssues,
  COMPETITION_SCORING_RULES,
  checkMark,
  checkRecusal,
  formatCenti,
  type MarkingScheme,
  markingSchemeIssues,
  marksToCenti,
  scoreEntry,
} from './scoring.js';

const welding: MarkingScheme = {
  theoryWeightBp: 3000,
  practicalWeightBp: 7000,
  aspects: [
    { code: 'THEORY', name: '理论知识考试', part: 'THEORY', maxCenti: 10000 },
    { code: 'PLATE', name: '板对接焊', part: 'PRACTICAL', maxCenti: 6000 },
    { code: 'PIPE', name: '管对接焊', part: 'PRACTICAL', maxCenti: 4000 },
  ],
};

describe('aggregateAspect', () => {
  it.each<[string, (number | null)[], number | null, number[]]>([
    ['five judges: drop highest and lowest', [8000, 8500, 9000, 9500, 6000], 8500, [6000, 9500]],
    ['seven judges', [7000, 7100, 7200, 7300, 7400, 7500, 9900], 7300, [7000, 9900]],
    ['four judges: plain average', [8000, 8500, 9000, 9500], 8750, []],
    ['three judges, rounded half up', [8000, 8000, 8001], 8000, []],
    ['average rounds half up', [1, 2], 2, []],
    ['one judge', [5000], 5000, []],
    ['a zero mark is a mark', [0, 0, 0], 0, []],
  ])('%s', (_label, marks, expected, dropped) => {
    const aggregate = aggregateAspect(marks);
    expect(aggregate.state).toBe('SCORED');
    if (aggregate.state === 'SCORED') {
      expect(aggregate.centi).toBe(expected);
      expect(aggregate.dropped).toEqual(dropped);
    }
  });

  it('is pending, never zero, while a judge has not submitted', () => {
    expect(aggregateAspect([9000, null, 8000, 8500, 9100])).toEqual({
      state: 'PENDING',
      submitted: 4,
      expected: 5,
    });
    expect(aggregateAspect([])).toEqual({ state: 'PENDING', submitted: 0, expected: 0 });
  });

  it('trims from a configurable number of judges, or never', () => {
    const marks = [6000, 8000, 9000];
    expect(aggregateAspect(marks, { trimFromJudges: 3 })).toMatchObject({ centi: 8000 });
    const five = [6000, 8000, 9000, 9000, 10000];
    expect(aggregateAspect(five, { trimFromJudges: null })).toMatchObject({ centi: 8400 });
    expect(aggregationConfigIssues({ trimFromJudges: 2 })[0]?.rule).toBe(
      COMPETITION_SCORING_RULES.TRIM_THRESHOLD_INVALID,
    );
    expect(aggregationConfigIssues({ trimFromJudges: null })).toEqual([]);
  });

  it('stays between the lowest and highest mark (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10000 }), { minLength: 1, maxLength: 12 }),
        (marks) => {
          const aggregate = aggregateAspect(marks);
          if (aggregate.state !== 'SCORED') return false;
          return aggregate.centi >= Math.min(...marks) && aggregate.centi <= Math.max(...marks);
        },
      ),
    );
  });

  it('is pending whenever any judge is missing (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: 0, max: 10000 })), { minLength: 1, maxLength: 9 }),
        (marks) => {
          const aggregate = aggregateAspect(marks);
          return marks.includes(null) === (aggregate.state === 'PENDING');
        },
      ),
    );
  });
});

describe('scoreEntry', () => {
  it('weights theory 30 % and practical 70 %', () => {
    const score = scoreEntry(welding, {
      THEORY: [8000],
      PLATE: [5000, 5200, 5400, 5600, 5800],
      PIPE: [3000, 3000, 3600],
    });
    // plate: drop 5000 and 5800 → 5400; pipe 3200; practical 8600/10000 = 86 %
    expect(score.practicalCenti).toBe(8600);
    expect(score.theoryCenti).toBe(8000);
    expect(score.totalCenti).toBe(8420); // 0.3 × 80 + 0.7 × 86
  });

  it('has no total while an aspect is not yet scored', () => {
    const score = scoreEntry(welding, { THEORY: [8000], PLATE: [5000, null], PIPE: [3000] });
    expect(score.totalCenti).toBeNull();
    expect(score.practicalCenti).toBeNull();
    expect(score.theoryCenti).toBe(8000);
    expect(score.aspects.PLATE).toEqual({ state: 'PENDING', submitted: 1, expected: 2 });
  });

  it('a scheme that is practical only', () => {
    const scheme: MarkingScheme = {
      theoryWeightBp: 0,
      practicalWeightBp: 10000,
      aspects: [{ code: 'TASK', name: '实操', part: 'PRACTICAL', maxCenti: 5000 }],
    };
    expect(markingSchemeIssues(scheme)).toEqual([]);
    expect(scoreEntry(scheme, { TASK: [4500] }).totalCenti).toBe(9000);
  });
});

describe('markingSchemeIssues', () => {
  it('accepts the welding scheme', () => {
    expect(markingSchemeIssues(welding)).toEqual([]);
  });

  it.each<[string, MarkingScheme, string]>([
    ['weights not 100 %', { ...welding, practicalWeightBp: 6000 }, 'COMPETITION_WEIGHTS_SUM'],
    ['no aspects', { ...welding, aspects: [] }, 'COMPETITION_NO_ASPECTS'],
    [
      'duplicate code',
      {
        ...welding,
        aspects: [...welding.aspects, welding.aspects[1] as MarkingScheme['aspects'][number]],
      },
      'COMPETITION_ASPECT_CODE_DUPLICATE',
    ],
    [
      'zero maximum',
      {
        ...welding,
        aspects: [
          { code: 'X', name: 'X', part: 'PRACTICAL', maxCenti: 0 },
          welding.aspects[0] as never,
        ],
      },
      'COMPETITION_ASPECT_MAX_INVALID',
    ],
    [
      'weighted part without aspects',
      { ...welding, aspects: welding.aspects.filter((a) => a.part === 'PRACTICAL') },
      'COMPETITION_PART_WITHOUT_ASPECTS',
    ],
  ])('refuses %s', (_label, scheme, rule) => {
    expect(markingSchemeIssues(scheme).map((issue) => issue.rule)).toContain(rule);
  });
});

describe('marks', () => {
  it.each<[number, number | null]>([
    [87.25, 8725],
    [90, 9000],
    [0.1, 10],
    [87.255, null],
  ])('marksToCenti(%s)', (marks, centi) => {
    const result = marksToCenti(marks);
    expect(result.ok ? result.value : null).toBe(centi);
  });

  it.each<[number, string]>([
    [8725, '87.25'],
    [9000, '90'],
    [8750, '87.5'],
    [5, '0.05'],
  ])('formatCenti(%s) = %s', (centi, text) => {
    expect(formatCenti(centi)).toBe(text);
  });

  it('refuses marks above the maximum or negative', () => {
    const aspect = welding.aspects[1] as (typeof welding.aspects)[number];
    expect(checkMark(aspect, 6000).ok).toBe(true);
    expect(checkMark(aspect, 6001).ok).toBe(false);
    expect(checkMark(aspect, -1).ok).toBe(false);
  });
});

describe('recusal (回避)', () => {
  it('refuses a judge from the contestant’s own employer', () => {
    const result = checkRecusal('acme', ['acme']);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.rule).toBe('COMPETITION_JUDGE_RECUSED');
  });

  it('refuses when any member of a team is from the judge’s employer', () => {
    expect(checkRecusal('acme', ['other', 'acme']).ok).toBe(false);
  });

  it('allows a judge from elsewhere, or with no employer on record', () => {
    expect(checkRecusal('acme', ['other']).ok).toBe(true);
    expect(checkRecusal(null, ['acme']).ok).toBe(true);
  });
});
