import { type CalendarDate, computeIdNumberCheckCharacter } from '@gonghui/domain';
import { describe, expect, it } from 'vitest';
import { checkIdNumber, phoneProblem, statusChangeTargets, todayInChina } from './member-rules';

const today = '2026-12-02' as CalendarDate;
const first17 = '37020219850317002';
const valid = `${first17}${computeIdNumberCheckCharacter(first17)}`;
const wrongCheck = `${first17}${computeIdNumberCheckCharacter(first17) === '0' ? '1' : '0'}`;

describe('checkIdNumber', () => {
  it('derives sex and birth date from a valid number', () => {
    expect(checkIdNumber(valid, today)).toEqual({
      ok: true,
      idNumber: valid,
      sex: 'FEMALE',
      birthDate: '1985-03-17',
    });
    const male = '37020219850317001';
    const maleNumber = `${male}${computeIdNumberCheckCharacter(male)}`.toLowerCase();
    expect(checkIdNumber(maleNumber, today)).toMatchObject({ ok: true, sex: 'MALE' });
  });

  it('names the expected check character', () => {
    expect(checkIdNumber(wrongCheck, today)).toEqual({
      ok: false,
      message: `身份证号校验码错误，应为 ${computeIdNumberCheckCharacter(first17)}`,
    });
  });

  it('explains a short, empty or future-born number in Chinese', () => {
    expect(checkIdNumber('3702021985', today)).toEqual({
      ok: false,
      message: '身份证号应为 18 位，当前为 10 位',
    });
    expect(checkIdNumber('', today)).toEqual({ ok: false, message: '请填写身份证号' });
    expect(checkIdNumber(undefined, today)).toEqual({ ok: false, message: '请填写身份证号' });
    const born = '37020220270101001';
    const future = `${born}${computeIdNumberCheckCharacter(born)}`;
    expect(checkIdNumber(future, today)).toMatchObject({ ok: false });
  });
});

describe('phoneProblem', () => {
  it('lets an empty phone pass and checks anything else', () => {
    expect(phoneProblem('')).toBeNull();
    expect(phoneProblem('   ')).toBeNull();
    expect(phoneProblem(undefined)).toBeNull();
    expect(phoneProblem('138 1234 5678')).toBeNull();
    expect(phoneProblem('1381234567')).toBe('手机号应为 11 位数字');
    expect(phoneProblem('12812345678')).toBe('手机号应以 13–19 开头');
  });
});

describe('statusChangeTargets', () => {
  it('offers only the domain transitions that are plain status changes', () => {
    expect(statusChangeTargets('ACTIVE')).toEqual(['RETIRED_KEPT', 'LAPSED', 'EXPELLED']);
    expect(statusChangeTargets('LAPSED')).toEqual(['ACTIVE']);
    expect(statusChangeTargets('EXPELLED')).toEqual([]);
    expect(statusChangeTargets('TRANSFERRED_OUT')).toEqual([]);
  });
});

describe('todayInChina', () => {
  it('is the calendar day in Asia/Shanghai', () => {
    expect(todayInChina(new Date('2026-12-01T16:30:00Z'))).toBe('2026-12-02');
    expect(todayInChina(new Date('2026-12-01T15:59:59Z'))).toBe('2026-12-01');
  });
});
