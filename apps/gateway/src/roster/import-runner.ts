import { Readable } from 'node:stream';
import {
  isBlankRosterRow,
  matchRosterHeader,
  type ResidentIdNumber,
  type RosterHeaderMap,
  rosterRowCells,
} from '@gonghui/domain';
import ExcelJS from 'exceljs';
import { prisma } from '../db.js';
import { logger } from '../logger.js';
import { plainRow } from './cells.js';
import {
  importRosterBatch,
  type RosterImportJobTarget,
  type RosterRow,
  UnionDissolvedDuringImport,
} from './import-batch.js';

/**
 * Roster imports run in the background of this process, one at a time, in the order they were
 * uploaded. The uploaded file is kept in memory only until its import has run, so an import
 * left QUEUED or RUNNING by a stopped process cannot be resumed: on start-up
 * {@link failInterruptedRosterImports} marks those FAILED (the rows already imported stay, and
 * uploading the same file again imports the rest without duplicates).
 */

/** Rows validated, looked up and recorded together (one transaction each). */
export const ROSTER_BATCH_SIZE = 500;

export interface RosterImportJob extends RosterImportJobTarget {
  /** The uploaded workbook. */
  file: Uint8Array;
}

const queue: RosterImportJob[] = [];
let draining: Promise<void> | null = null;

/** Queues an import; it starts when the ones before it have finished. */
export function enqueueRosterImport(job: RosterImportJob): void {
  queue.push(job);
  if (!draining) {
    draining = drain().finally(() => {
      draining = null;
    });
  }
}

/** Resolves when no import is queued or running (tests and the benchmark wait on it). */
export async function rosterImportsSettled(): Promise<void> {
  while (draining) await draining;
}

async function drain() {
  for (let job = queue.shift(); job; job = queue.shift()) {
    await runRosterImport(job);
  }
}

const FILE_UNREADABLE = '无法读取该文件：请上传 Excel 工作簿（.xlsx），可先下载导入模板';
const INTERRUPTED =
  '导入因服务重启而中断：已导入的行已保存，重新上传同一文件可导入其余的行（不会重复）';

/** A whole-file problem: the import ends FAILED with this message. */
class RosterFileError extends Error {}

async function finish(
  importId: string,
  status: 'SUCCEEDED' | 'FAILED',
  data: { totalRows?: number; failureMessage?: string },
) {
  await prisma.rosterImport.update({
    where: { id: importId },
    data: { status, finishedAt: new Date(), ...data },
  });
}

/**
 * The rows of the first worksheet, streamed: the header row is matched first (a whole-file
 * problem throws {@link RosterFileError}), then data rows are yielded as they are read,
 * blank rows skipped.
 */
export async function* streamRows(file: Uint8Array): AsyncGenerator<RosterRow> {
  const input = Readable.from([Buffer.from(file.buffer, file.byteOffset, file.byteLength)]);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  let header: RosterHeaderMap | null = null;
  let sawSheet = false;
  try {
    for await (const worksheet of reader) {
      sawSheet = true;
      for await (const row of worksheet) {
        const cells = plainRow(row.values);
        if (header === null) {
          const matched = matchRosterHeader(cells);
          if (!matched.ok) {
            throw new RosterFileError(matched.error.map((problem) => problem.message).join('；'));
          }
          header = matched.value;
          continue;
        }
        const byField = rosterRowCells(header, cells);
        if (!isBlankRosterRow(byField)) yield { rowNumber: row.number, cells: byField };
      }
      break; // the first worksheet only
    }
  } catch (error) {
    if (error instanceof RosterFileError) throw error;
    logger.info({ err: error }, 'roster file could not be read');
    throw new RosterFileError(FILE_UNREADABLE);
  }
  if (!sawSheet) throw new RosterFileError('文件中没有工作表');
  if (header === null) {
    throw new RosterFileError('第 1 行应为表头（姓名、身份证号、入会日期等），请使用导入模板');
  }
}

/** Runs one import to its end: SUCCEEDED (row problems are issues) or FAILED (whole file). */
export async function runRosterImport(job: RosterImportJob): Promise<void> {
  const { importId } = job;
  try {
    await prisma.rosterImport.update({
      where: { id: importId },
      data: { status: 'RUNNING', startedAt: new Date() },
    });
    const seen = new Map<ResidentIdNumber, number>();
    let total = 0;
    let batch: RosterRow[] = [];
    for await (const row of streamRows(job.file)) {
      batch.push(row);
      total += 1;
      if (batch.length >= ROSTER_BATCH_SIZE) {
        await importRosterBatch(job, batch, seen);
        batch = [];
      }
    }
    if (batch.length > 0) await importRosterBatch(job, batch, seen);
    await finish(importId, 'SUCCEEDED', { totalRows: total });
  } catch (error) {
    const message =
      error instanceof RosterFileError
        ? error.message
        : error instanceof UnionDissolvedDuringImport
          ? '导入期间该工会已撤销，其余的行未导入'
          : '导入因服务器错误而中断：已导入的行已保存，重新上传同一文件可导入其余的行（不会重复）';
    if (!(error instanceof RosterFileError || error instanceof UnionDissolvedDuringImport)) {
      logger.error({ err: error, importId }, 'roster import failed');
    }
    await finish(importId, 'FAILED', { failureMessage: message }).catch((cause: unknown) =>
      logger.error({ err: cause, importId }, 'could not mark a roster import failed'),
    );
  }
}

/**
 * Marks imports that a stopped process left QUEUED or RUNNING as FAILED (their file was only
 * in memory). Call once at start-up, before serving requests. Returns how many were marked.
 */
export async function failInterruptedRosterImports(): Promise<number> {
  const { count } = await prisma.rosterImport.updateMany({
    where: { status: { in: ['QUEUED', 'RUNNING'] } },
    data: { status: 'FAILED', failureMessage: INTERRUPTED, finishedAt: new Date() },
  });
  return count;
}
