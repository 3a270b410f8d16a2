import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../shared/calendar-date.js';
import type { HardshipClassification } from './classification.js';
import {
  checkHardshipExit,
  checkHardshipReentry,
  HARDSHIP_FILE_RULES,
  hardshipFileIssues,
  isModelWorkerTitle,
  isReviewDue,
  nextReviewDue,
  reviewHardshipFile,
} from './hardship-file.js';
import type { HardshipCategory } from './rule-set.js';

const d = (date: string) => date as CalendarDate;

function classification(category: HardshipCategory, exclusions: string[] = []) {
  return { category, exclusions } as unknown as HardshipClassification;
}

describe('yearly review', () => {
  it('is due a year after the last review, only for active files', () => {
    expect(nextReviewDue(d('2024-02-29'))).toBe('2025-02-28');
    const file = { state: 'ACTIVE' as const, lastReviewedOn: d('2024-11-01') };
    expect(isReviewDue(file, d('2025-10-31'))).toBe(false);
    expect(isReviewDue(file, d('2025-11-01'))).toBe(true);
    expect(isReviewDue({ ...file, state: 'EXITED' }, d('2026-11-01'))).toBe(false);
  });

  const file = {
    state: 'ACTIVE' as const,
    category: 'DEEP' as const,
    lastReviewedOn: d('2024-11-01'),
  };

  it.each<[HardshipCategory, string[], string, string | null]>([
    ['DEEP', [], 'KEEP', null],
    ['RELATIVE', [], 'RECLASSIFY', null],
    ['NONE', [], 'EXIT', 'NO_LONGER_QUALIFIES'],
    ['NONE', ['MULTIPLE_HOMES'], 'EXIT', 'EXCLUDED'],
  ])('re-classified %s (exclusions %j) → %s', (category, exclusions, action, exitReason) => {
    const outcome = reviewHardshipFile(file, d('2025-11-05'), classification(category, exclusions));
    expect(outcome.ok && outcome.value).toMatchObject({ action, exitReason, category });
  });

  it('says what changed', () => {
    const outcome = reviewHardshipFile(file, d('2025-11-05'), classification('RELATIVE'));
    expect(outcome.ok && outcome.value.message).toBe('复核由深度困难调整为相对困难');
  });

  it('refuses exited files and backdated reviews', () => {
    expect(
      reviewHardshipFile({ ...file, state: 'EXITED' }, d('2025-11-05'), classification('DEEP')),
    ).toMatchObject({ ok: false, error: { rule: HARDSHIP_FILE_RULES.NOT_ACTIVE } });
    expect(reviewHardshipFile(file, d('2024-10-31'), classification('DEEP'))).toMatchObject({
      ok: false,
      error: { rule: HARDSHIP_FILE_RULES.REVIEW_DATE },
    });
  });
});

describe('exit and re-entry', () => {
  const active = { state: 'ACTIVE' as const, registeredOn: d('2024-03-01') };
  const today = d('2025-11-01');

  it('accepts an exit between registration and today', () => {
    expect(
      checkHardshipExit(
        active,
        { exitedOn: d('2025-10-01'), reason: 'REEMPLOYED', note: null },
        today,
      ),
    ).toEqual({ ok: true, value: true });
  });

  it.each([
    [{ exitedOn: d('2024-02-28'), reason: 'REEMPLOYED' as const, note: null }, 'exitedOn'],
    [{ exitedOn: d('2025-11-02'), reason: 'REEMPLOYED' as const, note: null }, 'exitedOn'],
    [{ exitedOn: d('2025-10-01'), reason: 'OTHER' as const, note: ' ' }, 'note'],
  ])('refuses %j on %s', (exit, field) => {
    const result = checkHardshipExit(active, exit, today);
    expect(result.ok ? null : result.error.field).toBe(field);
  });

  it('refuses exiting twice', () => {
    const result = checkHardshipExit(
      { ...active, state: 'EXITED' },
      { exitedOn: d('2025-10-01'), reason: 'REEMPLOYED', note: null },
      today,
    );
    expect(result.ok ? null : result.error.rule).toBe(HARDSHIP_FILE_RULES.NOT_ACTIVE);
  });

  it('re-enters an exited file after its exit when it qualifies again', () => {
    const exited = { state: 'EXITED' as const, exitedOn: d('2025-01-10') };
    expect(checkHardshipReentry(exited, d('2025-06-01'), classification('ACCIDENT')).ok).toBe(true);
    expect(checkHardshipReentry(exited, d('2025-06-01'), classification('NONE'))).toMatchObject({
      ok: false,
      error: { rule: HARDSHIP_FILE_RULES.NOT_QUALIFYING },
    });
    expect(checkHardshipReentry(exited, d('2025-01-10'), classification('DEEP')).ok).toBe(false);
    expect(
      checkHardshipReentry(
        { state: 'ACTIVE', exitedOn: null },
        d('2025-06-01'),
        classification('DEEP'),
      ),
    ).toMatchObject({ ok: false, error: { rule: HARDSHIP_FILE_RULES.NOT_EXITED } });
  });
});

describe('file contents', () => {
  it('needs exactly one worker, named members and a cause', () => {
    expect(
      hardshipFileIssues({
        members: [
          { relation: 'SELF', name: '张三' },
          { relation: 'CHILD', name: '张小三' },
        ],
        causes: ['ILLNESS'],
      }),
    ).toEqual([]);
    expect(
      hardshipFileIssues({ members: [{ relation: 'SPOUSE', name: ' ' }], causes: [] }).map(
        (issue) => issue.field,
      ),
    ).toEqual(['members', 'members.0.name', 'causes']);
  });

  it('recognises model-worker titles', () => {
    for (const code of ['NATIONAL_MODEL_WORKER', 'CITY_ADVANCED_WORKER', 'LANGFANG_MODEL_WORKER']) {
      expect(isModelWorkerTitle(code), code).toBe(true);
    }
    for (const code of [
      'NATIONAL_MAY_DAY_MEDAL',
      'CITY_ADVANCED_COLLECTIVE',
      'QINGDAO_CRAFTSMAN',
    ]) {
      expect(isModelWorkerTitle(code), code).toBe(false);
    }
  });
});
