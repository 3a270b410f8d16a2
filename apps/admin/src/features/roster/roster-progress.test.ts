import { describe, expect, it } from 'vitest';
import { catalogues } from '../../i18n/catalogue';
import {
  importOutcomeKey,
  importProgressPercent,
  importStatusPresentation,
  isImportFinished,
} from './roster-progress';

describe('importProgressPercent', () => {
  it.each([
    // status, totalRows, processedRows, percent
    ['QUEUED', null, 0, null],
    ['RUNNING', null, 120, null],
    ['RUNNING', 200, 0, 0],
    ['RUNNING', 200, 50, 25],
    ['RUNNING', 3, 1, 33],
    ['RUNNING', 3, 2, 66],
    ['RUNNING', 200, 199, 99],
    // Every row processed but not yet finished (writing the report): not 100 yet.
    ['RUNNING', 200, 200, 99],
    ['RUNNING', 200, 250, 99],
    ['RUNNING', 200, -5, 0],
    ['RUNNING', 0, 0, 0],
    ['SUCCEEDED', 200, 200, 100],
    ['SUCCEEDED', 0, 0, 100],
    ['SUCCEEDED', null, 0, 100],
    ['FAILED', 200, 80, 40],
    ['FAILED', 0, 0, 100],
    ['FAILED', null, 0, null],
  ] as const)('%s %s/%s → %s', (status, totalRows, processedRows, percent) => {
    expect(importProgressPercent({ status, totalRows, processedRows })).toBe(percent);
  });

  it('never goes backwards while rows are processed', () => {
    const total = 37;
    let previous = -1;
    for (let processed = 0; processed <= total; processed += 1) {
      const percent = importProgressPercent({
        status: 'RUNNING',
        totalRows: total,
        processedRows: processed,
      });
      expect(percent).not.toBeNull();
      expect(percent).toBeGreaterThanOrEqual(previous);
      expect(percent).toBeLessThan(100);
      previous = percent ?? 0;
    }
  });
});

describe('import status', () => {
  it('is finished only when it succeeded or failed', () => {
    expect(isImportFinished('QUEUED')).toBe(false);
    expect(isImportFinished('RUNNING')).toBe(false);
    expect(isImportFinished('SUCCEEDED')).toBe(true);
    expect(isImportFinished('FAILED')).toBe(true);
    expect(isImportFinished('PAUSED')).toBe(false);
  });

  it('reads in both languages and looks like what it means', () => {
    const zh = catalogues['zh-CN'].messages;
    const en = catalogues.en.messages;
    const words = (status: string) => {
      const presentation = importStatusPresentation(status);
      if (!presentation) throw new Error(status);
      return [zh[presentation.labelKey], en[presentation.labelKey], presentation.progress];
    };
    expect(words('QUEUED')).toEqual(['排队中', 'Queued', 'active']);
    expect(words('RUNNING')).toEqual(['导入中', 'Running', 'active']);
    expect(words('SUCCEEDED')).toEqual(['已完成', 'Finished', 'success']);
    expect(words('FAILED')).toEqual(['失败', 'Failed', 'exception']);
  });

  it('has no wording for a status this build does not know', () => {
    expect(importStatusPresentation('PAUSED')).toBeNull();
    expect(importStatusPresentation('toString')).toBeNull();
  });

  it('sums up a finished import', () => {
    expect(importOutcomeKey('RUNNING', 0)).toBeNull();
    expect(importOutcomeKey('SUCCEEDED', 0)).toBe('roster.outcome.clean');
    expect(importOutcomeKey('SUCCEEDED', 3)).toBe('roster.outcome.withIssues');
    expect(importOutcomeKey('FAILED', 0)).toBe('roster.outcome.failed');
  });
});
