import { describe, expect, it } from 'vitest';
import { type CalendarDate, parseCalendarDate } from '../shared/calendar-date.js';
import {
  checkLeadQualification,
  checkStudioName,
  checkStudioStatusChange,
  DEFAULT_LEAD_QUALIFICATION,
  type LeadCredentials,
  STUDIO_LEVEL_LABELS,
  STUDIO_LEVELS,
  STUDIO_RULES,
} from './studios.js';

function d(text: string): CalendarDate {
  const parsed = parseCalendarDate(text);
  if (!parsed.ok) throw new Error(text);
  return parsed.value;
}

describe('studio levels', () => {
  it('are national demonstration, provincial, city and district, each labelled', () => {
    expect(STUDIO_LEVELS).toEqual(['NATIONAL_DEMONSTRATION', 'PROVINCIAL', 'CITY', 'DISTRICT']);
    expect(STUDIO_LEVEL_LABELS.NATIONAL_DEMONSTRATION).toBe('全国示范性');
  });
});

describe('lead qualification', () => {
  it.each<[string, LeadCredentials, string[] | null]>([
    ['a city model worker', { honorCodes: ['CITY_MODEL_WORKER'], skillLevel: null }, ['HONOR']],
    ['a Qingdao craftsman', { honorCodes: ['QINGDAO_CRAFTSMAN'], skillLevel: 'SENIOR' }, ['HONOR']],
    ['a 技师', { honorCodes: [], skillLevel: 'TECHNICIAN' }, ['SKILL_LEVEL']],
    ['a 首席技师', { honorCodes: [], skillLevel: 'CHIEF_TECHNICIAN' }, ['SKILL_LEVEL']],
    [
      'a model worker and 高级技师',
      { honorCodes: ['NATIONAL_MODEL_WORKER'], skillLevel: 'SENIOR_TECHNICIAN' },
      ['HONOR', 'SKILL_LEVEL'],
    ],
    ['a 高级工 without honors', { honorCodes: [], skillLevel: 'SENIOR' }, null],
    ['a 最美职工 only', { honorCodes: ['MOST_BEAUTIFUL_WORKER'], skillLevel: null }, null],
    ['nobody', { honorCodes: [], skillLevel: null }, null],
  ])('%s', (_name, credentials, kinds) => {
    const result = checkLeadQualification(credentials);
    if (kinds === null) {
      expect(result.ok ? null : result.error.rule).toBe(STUDIO_RULES.LEAD_NOT_QUALIFIED);
    } else {
      expect(result.ok ? result.value.map((reason) => reason.kind) : result.error).toEqual(kinds);
    }
  });

  it('is configuration: a region may require 高级技师, or accept 最美职工', () => {
    const strict = {
      ...DEFAULT_LEAD_QUALIFICATION,
      minimumSkillLevel: 'SENIOR_TECHNICIAN' as const,
    };
    expect(checkLeadQualification({ honorCodes: [], skillLevel: 'TECHNICIAN' }, strict).ok).toBe(
      false,
    );
    const broad = { qualifyingHonorCodes: ['MOST_BEAUTIFUL_WORKER'], minimumSkillLevel: null };
    expect(
      checkLeadQualification({ honorCodes: ['MOST_BEAUTIFUL_WORKER'], skillLevel: null }, broad).ok,
    ).toBe(true);
    expect(
      checkLeadQualification({ honorCodes: [], skillLevel: 'CHIEF_TECHNICIAN' }, broad).ok,
    ).toBe(false);
  });
});

describe('studio names and status changes', () => {
  it('trims the name and refuses empty or too long names', () => {
    expect(checkStudioName('  王海劳模创新工作室 ')).toEqual({
      ok: true,
      value: '王海劳模创新工作室',
    });
    expect(checkStudioName(' ').ok).toBe(false);
    expect(checkStudioName('长'.repeat(61)).ok).toBe(false);
  });

  const active = { status: 'ACTIVE' as const, since: d('2022-01-01') };
  it.each<[string, Parameters<typeof checkStudioStatusChange>, string | null]>([
    ['suspend', [active, 'SUSPENDED', d('2024-03-01'), '领衔人调离'], null],
    ['de-list', [active, 'DELISTED', d('2024-03-01'), '连续两年未参加评定'], null],
    [
      'reinstate',
      [{ status: 'SUSPENDED', since: d('2024-03-01') }, 'ACTIVE', d('2024-09-01'), '新领衔人到任'],
      null,
    ],
    ['no change', [active, 'ACTIVE', d('2024-03-01'), 'x'], STUDIO_RULES.STATUS_MOVE],
    [
      'after de-listing',
      [{ status: 'DELISTED', since: d('2024-03-01') }, 'ACTIVE', d('2024-09-01'), 'x'],
      STUDIO_RULES.DELISTED,
    ],
    ['backdated', [active, 'SUSPENDED', d('2021-12-31'), 'x'], STUDIO_RULES.STATUS_DATE],
    ['without reason', [active, 'SUSPENDED', d('2024-03-01'), '  '], STUDIO_RULES.REASON_REQUIRED],
  ])('%s', (_name, args, rule) => {
    const result = checkStudioStatusChange(...args);
    expect(result.ok ? null : result.error.rule).toBe(rule);
  });
});
