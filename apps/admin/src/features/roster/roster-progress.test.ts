import { describe, expect, it } from 'vitest';
import { catalogues, translate } from '../../i18n/catalogue';
import {
  importOutcomeKey,
  importProgressPercent,
  importRowsMessage,
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

describe('importRowsMessage', () => {
  const figures = { importedRows: 3, alreadyMemberRows: 1, failedRows: 2 };

  it('counts rows while the import runs', () => {
    expect(
      importRowsMessage({ status: 'RUNNING', totalRows: null, processedRows: 40, ...figures }),
    ).toEqual({ key: 'roster.progressCounting', params: { processed: 40 } });
    expect(
      importRowsMessage({ status: 'RUNNING', totalRows: 60, processedRows: 40, ...figures }),
    ).toEqual({ key: 'roster.progressRows', params: { processed: 40, total: 60 } });
    expect(
      importRowsMessage({ status: 'QUEUED', totalRows: null, processedRows: 0, ...figures }).key,
    ).toBe('roster.progressCounting');
  });

  it('sums up a finished import by kind of row', () => {
    expect(
      importRowsMessage({ status: 'SUCCEEDED', totalRows: 6, processedRows: 6, ...figures }),
    ).toEqual({
      key: 'roster.resultSummary',
      params: { total: 6, imported: 3, already: 1, failed: 2 },
    });
  });

  it('never says it is still counting once the import has failed', () => {
    expect(
      importRowsMessage({ status: 'FAILED', totalRows: null, processedRows: 0, ...figures }),
    ).toEqual({ key: 'roster.resultProcessed', params: { processed: 0 } });
    expect(
      importRowsMessage({ status: 'FAILED', totalRows: 10, processedRows: 4, ...figures }).key,
    ).toBe('roster.resultSummary');
  });

  it('fills every placeholder of the message it picks, in both languages', () => {
    const cases = [
      { status: 'RUNNING', totalRows: null, processedRows: 1 },
      { status: 'RUNNING', totalRows: 2, processedRows: 1 },
      { status: 'SUCCEEDED', totalRows: 2, processedRows: 2 },
      { status: 'FAILED', totalRows: null, processedRows: 0 },
    ];
    for (const counts of cases) {
      const { key, params } = importRowsMessage({ ...counts, ...figures });
      for (const locale of ['zh-CN', 'en'] as const) {
        expect(translate(catalogues[locale], key, params)).not.toMatch(/\{\w+\}/);
      }
    }
  });
});
