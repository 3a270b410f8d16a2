import { describe, expect, it } from 'vitest';
import {
  competitionInputOf,
  defaultWizardValues,
  stepOfField,
  WIZARD_STEP_FIELDS,
  wizardFieldOf,
} from './setup-form';

describe('competitionInputOf', () => {
  it('builds a two-stage skills competition with aspect codes per part and the chosen awards', () => {
    const values = {
      ...defaultWizardValues('org-1'),
      name: ' 2026年焊工技能竞赛 ',
      trade: ' 焊工 ',
      coOrganizers: ['市人社局', ' '],
      startsOn: '2026-05-10',
      endsOn: '2026-05-12',
      eligibility: {
        minAge: 18,
        maxAge: 55,
        minSkillLevel: 'INTERMEDIATE' as const,
        regionRestricted: true,
      },
      awardScheme: { medals: true, excellenceToPercent: 50 },
    };
    const input = competitionInputOf(values);
    expect(input.name).toBe('2026年焊工技能竞赛');
    expect(input.trade).toBe('焊工');
    expect(input.coOrganizers).toEqual(['市人社局']);
    expect(input.description).toBeNull();
    expect(input.stages.map((s) => [s.kind, s.name])).toEqual([
      ['PRELIMINARY', '初赛'],
      ['FINAL', '决赛'],
    ]);
    expect(input.stages[1]?.aspects.map((a) => a.code)).toEqual(['T1', 'P1', 'P2']);
    expect(input.eligibility).toEqual({
      minAge: 18,
      maxAge: 55,
      minSkillLevel: 'INTERMEDIATE',
      maxSkillLevel: null,
      regionRestricted: true,
    });
    expect(input.awardScheme).toEqual({ medals: true, excellenceToPercent: 50 });
  });

  it('makes a labour competition’s stages periods without aspects, entered by units', () => {
    const input = competitionInputOf({
      ...defaultWizardValues('org-1'),
      kind: 'LABOUR_PROJECT',
      name: '廊坊东站劳动竞赛',
      startsOn: '2026-01-01',
      endsOn: '2026-12-31',
    });
    expect(input.entryMode).toBe('TEAM');
    expect(input.eligibility).toBeNull();
    expect(input.stages.every((s) => s.kind === 'PERIOD' && s.aspects.length === 0)).toBe(true);
    expect(input.stages.map((s) => [s.theoryWeightPercent, s.practicalWeightPercent])).toEqual([
      [0, 100],
      [0, 100],
    ]);
  });

  it('sends share percentages as typed, an empty share as 0', () => {
    const input = competitionInputOf({
      ...defaultWizardValues('org-1'),
      awardScheme: { medals: false, firstPercent: 15, secondPercent: null, thirdPercent: 30 },
    });
    expect(input.awardScheme).toEqual({
      medals: false,
      firstPercent: 15,
      secondPercent: 0,
      thirdPercent: 30,
    });
  });
});

describe('the wizard’s fields', () => {
  it('puts each gateway finding on the step and field that shows it', () => {
    expect(wizardFieldOf(['stages', 1, 'weights'])).toEqual(['stages', 1, 'theoryWeightPercent']);
    expect(wizardFieldOf(['stages', 0, 'aspects', 2, 'code'])).toEqual([
      'stages',
      0,
      'aspects',
      2,
      'name',
    ]);
    expect(wizardFieldOf(['coOrganizers', 3])).toEqual(['coOrganizers']);
    expect(stepOfField(['name'])).toBe(0);
    expect(stepOfField(['stages', 1, 'aspects', 0, 'maxMarks'])).toBe(1);
    expect(stepOfField(['eligibility', 'minSkillLevel'])).toBe(2);
    expect(stepOfField(['awardScheme', 'firstPercent'])).toBe(3);
    expect(stepOfField(['somethingElse'])).toBe(WIZARD_STEP_FIELDS.length);
  });
});
