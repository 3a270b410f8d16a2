import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../shared/calendar-date.js';
import { type EligibilityRules, eligibilityReasons, eligibilityRuleIssues } from './eligibility.js';

const d = (text: string) => text as CalendarDate;

const rules: EligibilityRules = {
  minAge: 18,
  maxAge: 55,
  ageOn: d('2025-09-01'),
  minSkillLevel: 'INTERMEDIATE',
  maxSkillLevel: 'TECHNICIAN',
  regionOrganizationId: 'langfang',
  regionName: '廊坊市总工会',
};

describe('eligibilityReasons', () => {
  it('admits someone who meets every condition', () => {
    expect(
      eligibilityReasons(
        {
          birthDate: d('1990-03-01'),
          skillLevel: 'SENIOR',
          employerLineageIds: ['hebei', 'langfang', 'acme'],
        },
        rules,
      ),
    ).toEqual([]);
  });

  it.each<[string, string, VocationalLevelInput, string[], string[]]>([
    [
      'too young on the reference day',
      '2007-09-02',
      'SENIOR',
      ['langfang'],
      ['COMPETITION_TOO_YOUNG'],
    ],
    ['exactly 18 that day', '2007-09-01', 'SENIOR', ['langfang'], []],
    ['too old', '1969-01-01', 'SENIOR', ['langfang'], ['COMPETITION_TOO_OLD']],
    ['level too low', '1990-01-01', 'JUNIOR', ['langfang'], ['COMPETITION_SKILL_LEVEL_TOO_LOW']],
    ['no level at all', '1990-01-01', null, ['langfang'], ['COMPETITION_SKILL_LEVEL_TOO_LOW']],
    [
      'level too high',
      '1990-01-01',
      'SENIOR_TECHNICIAN',
      ['langfang'],
      ['COMPETITION_SKILL_LEVEL_TOO_HIGH'],
    ],
    [
      'employer elsewhere',
      '1990-01-01',
      'SENIOR',
      ['tianjin'],
      ['COMPETITION_EMPLOYER_OUTSIDE_REGION'],
    ],
    [
      'several reasons at once',
      '2010-01-01',
      'JUNIOR',
      ['tianjin'],
      [
        'COMPETITION_TOO_YOUNG',
        'COMPETITION_SKILL_LEVEL_TOO_LOW',
        'COMPETITION_EMPLOYER_OUTSIDE_REGION',
      ],
    ],
  ])('%s', (_label, birthDate, skillLevel, lineage, expected) => {
    const reasons = eligibilityReasons(
      { birthDate: d(birthDate), skillLevel, employerLineageIds: lineage },
      rules,
    );
    expect(reasons.map((reason) => reason.rule)).toEqual(expected);
    for (const reason of reasons) expect(reason.message).toMatch(/\p{Script=Han}/u);
  });

  it('asks for a birth date only when there is an age rule', () => {
    expect(
      eligibilityReasons(
        { birthDate: null, skillLevel: 'SENIOR', employerLineageIds: ['langfang'] },
        rules,
      ).map((r) => r.rule),
    ).toEqual(['COMPETITION_BIRTH_DATE_REQUIRED']);
    expect(
      eligibilityReasons(
        { birthDate: null, skillLevel: null, employerLineageIds: [] },
        { ageOn: d('2025-01-01') },
      ),
    ).toEqual([]);
  });

  it('names the region in the reason', () => {
    const [reason] = eligibilityReasons(
      { birthDate: d('1990-01-01'), skillLevel: 'SENIOR', employerLineageIds: ['x'] },
      rules,
    );
    expect(reason?.message).toBe('工作单位不在廊坊市总工会辖区内');
  });
});

type VocationalLevelInput = Parameters<typeof eligibilityReasons>[0]['skillLevel'];

describe('eligibilityRuleIssues', () => {
  it('refuses inverted ranges', () => {
    expect(eligibilityRuleIssues({ ...rules, minAge: 60, maxAge: 50 })[0]?.rule).toBe(
      'COMPETITION_AGE_RANGE_INVALID',
    );
    expect(
      eligibilityRuleIssues({ ...rules, minSkillLevel: 'TECHNICIAN', maxSkillLevel: 'JUNIOR' })[0]
        ?.rule,
    ).toBe('COMPETITION_SKILL_RANGE_INVALID');
    expect(eligibilityRuleIssues({ ...rules, minAge: 10 })[0]?.rule).toBe(
      'COMPETITION_AGE_RANGE_INVALID',
    );
    expect(eligibilityRuleIssues(rules)).toEqual([]);
  });
});
