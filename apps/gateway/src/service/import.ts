import { Readable } from 'node:stream';
import {
  checkPositionRegion,
  type FieldError,
  isBlankServiceImportRow,
  matchServiceImportHeader,
  SERVICE_IMPORT_COLUMNS,
  SERVICE_IMPORT_RULES,
  type ServiceImportHeaderMap,
  type ServiceImportRowCells,
  type ServicePositionRecord,
  serviceImportRowCells,
  servicePositionKey,
  validateServiceImportRow,
} from '@gonghui/domain';
import ExcelJS from 'exceljs';
import { writeAudit } from '../auth/audit.js';
import type { StaffViewer } from '../auth/viewer.js';
import { prisma } from '../db.js';
import { ValidationError } from '../errors.js';
import { logger } from '../logger.js';
import { plainRow } from '../roster/cells.js';
import { today } from '../shared-dates.js';
import { positionColumns } from './records.js';

/**
 * Excel import of service positions (服务阵地台账), the roster import's approach at the size of a
 * station list: the workbook is streamed with exceljs's WorkbookReader (never built in memory),
 * the header matched by name, every row checked by the domain, and the good rows written in
 * batches — each batch with its audit row in one transaction — so a bad row never costs a good
 * one. Unlike rosters (tens of thousands of rows, run in the background) a station list is
 * small: the import runs within the request and answers with the counts and every row's problems.
 */

/** The largest workbook accepted. */
export const maxServiceImportBytes = 5 * 1024 * 1024;
/** The most data rows read from one file; the rest are reported, not imported. */
export const maxServiceImportRows = 5_000;
/** Rows written per transaction. */
const BATCH_SIZE = 200;
/** The most issues listed in the answer (the counts cover all of them). */
export const maxListedIssues = 500;

export interface ServiceImportIssue {
  rowNumber: number;
  column: string;
  field: string;
  rule: string;
  message: string;
}

export interface ServiceImportResult {
  fileName: string;
  totalRows: number;
  imported: number;
  alreadyRegistered: number;
  failed: number;
  issueCount: number;
  issues: ServiceImportIssue[];
}

interface HostUnion {
  id: string;
  lineageIds: string[];
  regionCode: string;
  kind: string;
}

function columnOf(field: string): string {
  return (SERVICE_IMPORT_COLUMNS as Record<string, { header: string }>)[field]?.header ?? '—';
}

/** An xlsx file is a zip archive: it starts with "PK\x03\x04". */
function looksLikeXlsx(head: Uint8Array): boolean {
  return head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
}

/** Whole-file checks: name, size, zip signature. Returns the bytes. */
export async function readServiceImportFile(file: File) {
  const name = file.name.trim();
  if (!/\.xlsx$/i.test(name)) {
    throw ValidationError.of(
      'file',
      'SERVICE_IMPORT_FILE_TYPE',
      '请上传 Excel 工作簿（.xlsx 文件）',
    );
  }
  if (file.size === 0) {
    throw ValidationError.of('file', 'SERVICE_IMPORT_FILE_EMPTY', '上传的文件是空的');
  }
  if (file.size > maxServiceImportBytes) {
    throw ValidationError.of(
      'file',
      'SERVICE_IMPORT_FILE_TOO_LARGE',
      `文件过大：最大 ${maxServiceImportBytes / 1024 / 1024} MB`,
    );
  }
  const bytes = Buffer.from(await file.arrayBuffer());
  if (!looksLikeXlsx(bytes)) {
    throw ValidationError.of(
      'file',
      'SERVICE_IMPORT_FILE_TYPE',
      '该文件不是有效的 Excel 工作簿（.xlsx）',
    );
  }
  return { fileName: name.slice(-200), bytes };
}

class ServiceFileError extends Error {}

/** The data rows of the first worksheet, streamed, after its header row; blank rows skipped. */
async function* streamServiceRows(
  bytes: Uint8Array,
): AsyncGenerator<{ rowNumber: number; cells: ServiceImportRowCells }> {
  const input = Readable.from([Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)]);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  let header: ServiceImportHeaderMap | null = null;
  try {
    for await (const worksheet of reader) {
      for await (const row of worksheet) {
        const cells = plainRow(row.values);
        if (header === null) {
          const matched = matchServiceImportHeader(cells);
          if (!matched.ok) {
            throw new ServiceFileError(matched.error.map((problem) => problem.message).join('；'));
          }
          header = matched.value;
          continue;
        }
        const byField = serviceImportRowCells(header, cells);
        if (!isBlankServiceImportRow(byField)) yield { rowNumber: row.number, cells: byField };
      }
      break; // the first worksheet only
    }
  } catch (error) {
    if (error instanceof ServiceFileError) throw error;
    logger.info({ err: error }, 'service position workbook could not be read');
    throw new ServiceFileError(
      '无法读取该文件：请上传 Excel 工作簿（.xlsx），可按导入模板的表头填写',
    );
  }
  if (header === null) {
    throw new ServiceFileError('第 1 行应为表头（阵地名称、阵地类型、地址、纬度、经度等）');
  }
}

/**
 * Imports a workbook into the union: checks every row, skips rows that repeat an earlier row or
 * a position the union already runs (same name and address, not closed), and writes the rest.
 */
export async function importServicePositions(
  viewer: StaffViewer,
  union: HostUnion,
  fileName: string,
  bytes: Uint8Array,
): Promise<ServiceImportResult> {
  const existing = await prisma.servicePosition.findMany({
    where: { organizationId: union.id, status: { not: 'CLOSED' } },
    select: { name: true, address: true },
  });
  const registered = new Set(existing.map(servicePositionKey));
  const seenRows = new Map<string, number>();
  const issues: ServiceImportIssue[] = [];
  let issueCount = 0;
  const counts = { totalRows: 0, imported: 0, alreadyRegistered: 0, failed: 0 };
  let batch: ServicePositionRecord[] = [];

  const report = (rowNumber: number, problems: readonly FieldError[]) => {
    issueCount += problems.length;
    for (const problem of problems) {
      if (issues.length >= maxListedIssues) break;
      issues.push({
        rowNumber,
        column: columnOf(problem.field),
        field: problem.field,
        rule: problem.rule,
        message: problem.message,
      });
    }
  };

  const flush = async () => {
    if (batch.length === 0) return;
    const rows = batch;
    batch = [];
    await prisma.$transaction(async (tx) => {
      await tx.servicePosition.createMany({
        data: rows.map((record) => ({
          ...positionColumns(record),
          organizationId: union.id,
          lineageIds: union.lineageIds,
          importedFrom: fileName,
          createdByStaffId: viewer.staffId,
        })),
      });
      await writeAudit(tx, viewer, {
        action: 'service.position.import',
        targetType: 'Organization',
        targetId: union.id,
        organizationId: union.id,
        lineageIds: union.lineageIds,
        after: { fileName, imported: rows.length },
      });
    });
    counts.imported += rows.length;
  };

  try {
    for await (const row of streamServiceRows(bytes)) {
      counts.totalRows += 1;
      if (counts.totalRows > maxServiceImportRows) {
        counts.failed += 1;
        if (counts.totalRows === maxServiceImportRows + 1) {
          report(row.rowNumber, [
            {
              field: 'file',
              rule: 'SERVICE_IMPORT_TOO_MANY_ROWS',
              message: `一次最多导入 ${maxServiceImportRows} 行：从本行起未导入，请拆分文件`,
            },
          ]);
        }
        continue;
      }
      const checked = validateServiceImportRow(row.cells, today());
      if (!checked.ok) {
        counts.failed += 1;
        report(row.rowNumber, checked.error);
        continue;
      }
      const region = checkPositionRegion(
        checked.value.regionCode,
        union.regionCode,
        union.kind === 'NATIONAL_FEDERATION',
      );
      if (!region.ok) {
        counts.failed += 1;
        report(row.rowNumber, [region.error]);
        continue;
      }
      const key = servicePositionKey(checked.value);
      const earlier = seenRows.get(key);
      if (earlier !== undefined) {
        counts.failed += 1;
        report(row.rowNumber, [
          {
            field: 'name',
            rule: SERVICE_IMPORT_RULES.DUPLICATE_ROW,
            message: `与第 ${earlier} 行的名称和地址相同`,
          },
        ]);
        continue;
      }
      seenRows.set(key, row.rowNumber);
      if (registered.has(key)) {
        counts.alreadyRegistered += 1;
        continue;
      }
      batch.push(checked.value);
      if (batch.length >= BATCH_SIZE) await flush();
    }
    await flush();
  } catch (error) {
    if (error instanceof ServiceFileError) {
      // A header problem refuses the file; a file that breaks off later keeps the rows read.
      if (counts.totalRows === 0) {
        throw ValidationError.of('file', 'SERVICE_IMPORT_FILE', error.message);
      }
      await flush();
      report(0, [{ field: 'file', rule: 'SERVICE_IMPORT_FILE', message: error.message }]);
    } else {
      throw error;
    }
  }
  return { fileName, ...counts, issueCount, issues };
}
