import { NATIONAL_DEFAULT_RULE_SET, QINGDAO_DEMO_RULE_SET } from '@gonghui/domain';
import { describe, expect, it } from 'vitest';
import { ruleSetFormValuesOf, ruleSetParametersOf } from './rule-set-form';

describe('the rule-set editor', () => {
  it('round-trips a complete rule set’s parameters', () => {
    const values = ruleSetFormValuesOf(NATIONAL_DEFAULT_RULE_SET.parameters);
    expect(values.lineYuan).toBe(800);
    expect(ruleSetParametersOf(values)).toEqual(NATIONAL_DEFAULT_RULE_SET.parameters);
  });

  it('keeps a regional override partial: blank fields stay inherited', () => {
    const values = ruleSetFormValuesOf(QINGDAO_DEMO_RULE_SET.parameters);
    expect(values).toMatchObject({ lineYuan: 1090, relativeLinePercent: 150, programsJson: '' });
    expect(ruleSetParametersOf({ ...values, lineYuan: 1150.5 })).toEqual({
      minimumLivingStandard: 115_050,
      relativeLinePercent: 150,
    });
  });

  it('refuses programs that are not JSON', () => {
    expect(() => ruleSetParametersOf({ programsJson: '{ winterRelief' })).toThrow(SyntaxError);
  });
});
