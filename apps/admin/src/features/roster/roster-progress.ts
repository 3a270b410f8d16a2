import type { MessageKey } from '../../i18n/catalogue';

/** The states of an import, as the schema's RosterImportStatus spells them. */
export type RosterImportStatus = 'QUEUED' | 'RUNNING' | 'SUCCEEDED' | 'FAILED';

/** The figures of an import the progress bar and counters show. */
export interface ImportCounts {
  status: string;
  totalRows: number | null;
  processedRows: number;
}

/** True once the gateway has finished with the import (no more polling). */
export function isImportFinished(status: string): boolean {
  return status === 'SUCCEEDED' || status === 'FAILED';
}

/**
 * processedRows / totalRows as a whole percentage, 0–100, rounded down so 100 means every row
 * is done; null while the total is unknown (the bar is indeterminate). A finished import with
 * no rows is 100; a running one never shows 100 before it finishes.
 */
export function importProgressPercent(counts: ImportCounts): number | null {
  if (counts.status === 'SUCCEEDED') return 100;
  const { totalRows, processedRows } = counts;
  if (totalRows === null || totalRows === undefined) return null;
  if (totalRows <= 0) return isImportFinished(counts.status) ? 100 : 0;
  const percent = Math.floor((Math.max(0, processedRows) * 100) / totalRows);
  const capped = Math.min(100, Math.max(0, percent));
  return capped === 100 && !isImportFinished(counts.status) ? 99 : capped;
}

export interface StatusPresentation {
  labelKey: MessageKey;
  /** antd Tag colour. */
  color: string;
  /** antd Progress status. */
  progress: 'active' | 'success' | 'exception' | 'normal';
}

const presentations: Record<RosterImportStatus, StatusPresentation> = {
  QUEUED: { labelKey: 'roster.status.QUEUED', color: 'default', progress: 'active' },
  RUNNING: { labelKey: 'roster.status.RUNNING', color: 'processing', progress: 'active' },
  SUCCEEDED: { labelKey: 'roster.status.SUCCEEDED', color: 'success', progress: 'success' },
  FAILED: { labelKey: 'roster.status.FAILED', color: 'error', progress: 'exception' },
};

/** How a status reads and looks; a status this build does not know reads as its code. */
export function importStatusPresentation(status: string): StatusPresentation | null {
  return Object.hasOwn(presentations, status)
    ? (presentations[status as RosterImportStatus] ?? null)
    : null;
}

/**
 * The one-line outcome of an import for the history list: what was imported, already a member,
 * failed, as message parameters; null until it finishes.
 */
export function importOutcomeKey(
  status: string,
  failedRows: number,
): 'roster.outcome.clean' | 'roster.outcome.withIssues' | 'roster.outcome.failed' | null {
  if (status === 'FAILED') return 'roster.outcome.failed';
  if (status !== 'SUCCEEDED') return null;
  return failedRows > 0 ? 'roster.outcome.withIssues' : 'roster.outcome.clean';
}

/** The figures of an import the line under the progress bar speaks of. */
export interface ImportFigures extends ImportCounts {
  importedRows: number;
  alreadyMemberRows: number;
  failedRows: number;
}

/**
 * The line under the progress bar: while running, rows processed of the total (or, before the
 * total is known, rows processed so far); once finished, the outcome by kind of row, or only
 * the rows processed when the file failed before its rows were counted.
 */
export function importRowsMessage(figures: ImportFigures): {
  key:
    | 'roster.resultSummary'
    | 'roster.resultProcessed'
    | 'roster.progressCounting'
    | 'roster.progressRows';
  params: Record<string, number>;
} {
  const processed = figures.processedRows;
  const total = figures.totalRows;
  if (isImportFinished(figures.status)) {
    return total === null
      ? { key: 'roster.resultProcessed', params: { processed } }
      : {
          key: 'roster.resultSummary',
          params: {
            total,
            imported: figures.importedRows,
            already: figures.alreadyMemberRows,
            failed: figures.failedRows,
          },
        };
  }
  return total === null
    ? { key: 'roster.progressCounting', params: { processed } }
    : { key: 'roster.progressRows', params: { processed, total } };
}
