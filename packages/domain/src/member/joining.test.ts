import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../shared/calendar-date.js';
import {
  checkJoining,
  checkStatusChangeDate,
  type JoiningInput,
  MEMBER_JOINING_RULES,
  MEMBER_STATUS_DATE_RULES,
} from './joining.js';

const d = (text: string) => text as CalendarDate;
const base: JoiningInput = {
  organization: { kind: 'GRASSROOTS_UNION', foundedOn: d('2000-01-01'), dissolvedOn: null },
  joinedOn: d('2010-05-01'),
  birthDate: d('1985-03-02'),
  today: d('2026-01-01'),
};

function ruleOf(input: JoiningInput) {
  const result = checkJoining(input);
  return result.ok ? null : result.error.rule;
}

describe('checkJoining', () => {
  it('accepts a join at a live grassroots-level union', () => {
    expect(checkJoining(base).ok).toBe(true);
    expect(
      ruleOf({ ...base, organization: { ...base.organization, kind: 'JOINT_GRASSROOTS_UNION' } }),
    ).toBeNull();
    expect(ruleOf({ ...base, joinedOn: d('2000-01-01') })).toBeNull();
  });

  it('refuses other kinds, dissolved unions, and impossible dates, in order', () => {
    expect(ruleOf({ ...base, organization: { ...base.organization, kind: 'BRANCH' } })).toBe(
      MEMBER_JOINING_RULES.ORGANIZATION_KIND,
    );
    expect(
      ruleOf({
        ...base,
        organization: { ...base.organization, kind: 'COUNTY_FEDERATION' },
        joinedOn: d('2030-01-01'),
      }),
    ).toBe(MEMBER_JOINING_RULES.ORGANIZATION_KIND);
    expect(
      ruleOf({ ...base, organization: { ...base.organization, dissolvedOn: d('2020-01-01') } }),
    ).toBe(MEMBER_JOINING_RULES.ORGANIZATION_DISSOLVED);
    expect(ruleOf({ ...base, joinedOn: d('2026-01-02') })).toBe(
      MEMBER_JOINING_RULES.DATE_IN_FUTURE,
    );
    expect(ruleOf({ ...base, joinedOn: d('1999-12-31') })).toBe(
      MEMBER_JOINING_RULES.BEFORE_FOUNDING,
    );
    expect(
      ruleOf({
        ...base,
        organization: { ...base.organization, foundedOn: null },
        joinedOn: d('1980-01-01'),
      }),
    ).toBe(MEMBER_JOINING_RULES.BEFORE_BIRTH);
  });

  it('names the field', () => {
    const result = checkJoining({ ...base, joinedOn: d('2027-01-01') });
    expect(result.ok ? null : result.error.field).toBe('joinedOn');
  });
});

describe('checkStatusChangeDate', () => {
  it('accepts a date between joining and today, and refuses others', () => {
    const rule = (effectiveOn: string) => {
      const result = checkStatusChangeDate(d('2010-05-01'), d(effectiveOn), d('2026-01-01'));
      return result.ok ? null : result.error.rule;
    };
    expect(rule('2010-05-01')).toBeNull();
    expect(rule('2026-01-01')).toBeNull();
    expect(rule('2026-01-02')).toBe(MEMBER_STATUS_DATE_RULES.DATE_IN_FUTURE);
    expect(rule('2010-04-30')).toBe(MEMBER_STATUS_DATE_RULES.BEFORE_JOINING);
  });
});
