import type { CalendarDate } from '../shared/calendar-date.js';
import { type FieldError, fieldError } from '../shared/domain-error.js';
import { err, type Result } from '../shared/result.js';
import { mapSheetHeader } from '../shared/sheet-header.js';
import { checkServicePosition, type ServicePositionRecord } from './position.js';
import {
  LIBRARY_LEVEL_LABELS,
  LIBRARY_LEVELS,
  type LibraryLevel,
  SERVICE_POSITION_KIND_ALIASES,
  SERVICE_POSITION_KIND_LABELS,
  SERVICE_POSITION_KINDS,
  SERVICE_POSITION_STATUS_LABELS,
  SERVICE_POSITION_STATUSES,
  type ServicePositionKind,
  type ServicePositionStatus,
} from './position-kinds.js';

/**
 * Excel imports of service positions (服务阵地台账): the columns, how the header row is matched
 * and how one row becomes a position or a list of problems. The gateway reads the workbook and
 * gives each cell as a plain value.
 */

export const SERVICE_IMPORT_FIELDS = Object.freeze([
  'name',
  'kind',
  'libraryLevel',
  'regionCode',
  'address',
  'latitude',
  'longitude',
  'openingHours',
  'services',
  'capacity',
  'hostName',
  'status',
  'openedOn',
  'closedOn',
] as const);

export type ServiceImportField = (typeof SERVICE_IMPORT_FIELDS)[number];

export const SERVICE_IMPORT_COLUMNS: Readonly<
  Record<ServiceImportField, { readonly header: string; readonly required: boolean }>
> = Object.freeze({
  name: { header: '阵地名称', required: true },
  kind: { header: '阵地类型', required: true },
  libraryLevel: { header: '书屋级别', required: false },
  regionCode: { header: '行政区划代码', required: true },
  address: { header: '地址', required: true },
  latitude: { header: '纬度', required: true },
  longitude: { header: '经度', required: true },
  openingHours: { header: '开放时间', required: true },
  services: { header: '服务内容', required: false },
  capacity: { header: '容纳人数', required: false },
  hostName: { header: '承办单位', required: false },
  status: { header: '状态', required: false },
  openedOn: { header: '启用日期', required: false },
  closedOn: { header: '撤销日期', required: false },
});

/** A cell as the spreadsheet reader gives it, reduced to a plain value. */
export type ServiceImportCell = string | number | boolean | Date | null | undefined;

export type ServiceImportRowCells = Partial<Record<ServiceImportField, ServiceImportCell>>;

export type ServiceImportHeaderMap = Readonly<Partial<Record<ServiceImportField, number>>>;

export const SERVICE_IMPORT_RULES = Object.freeze({
  HEADER_MISSING: 'SERVICE_IMPORT_HEADER_MISSING',
  COLUMN_MISSING: 'SERVICE_IMPORT_COLUMN_MISSING',
  COLUMN_DUPLICATE: 'SERVICE_IMPORT_COLUMN_DUPLICATE',
  NUMBER: 'SERVICE_IMPORT_NUMBER',
  DUPLICATE_ROW: 'SERVICE_IMPORT_DUPLICATE_ROW',
  ALREADY_REGISTERED: 'SERVICE_POSITION_ALREADY_REGISTERED',
} as const);

/**
 * Matches the header row by name (spaces, full-width forms and a trailing note in brackets such
 * as 「纬度（GCJ-02）」 do not matter; order does not matter; unknown columns are ignored). Fails
 * with every problem: SERVICE_IMPORT_HEADER_MISSING, _COLUMN_MISSING, _COLUMN_DUPLICATE.
 */
export function matchServiceImportHeader(
  headerCells: readonly ServiceImportCell[],
): Result<ServiceImportHeaderMap, readonly FieldError[]> {
  return mapSheetHeader(headerCells, {
    fields: SERVICE_IMPORT_FIELDS,
    columns: SERVICE_IMPORT_COLUMNS,
    rules: SERVICE_IMPORT_RULES,
    headerMissingMessage:
      '第 1 行应为表头（阵地名称、阵地类型、地址、纬度、经度等），请使用导入模板',
    ignoreTrailingNote: true,
  });
}

/** The row's cells by field. */
export function serviceImportRowCells(
  header: ServiceImportHeaderMap,
  cells: readonly ServiceImportCell[],
): ServiceImportRowCells {
  const row: ServiceImportRowCells = {};
  for (const field of SERVICE_IMPORT_FIELDS) {
    const position = header[field];
    if (position !== undefined) row[field] = cells[position];
  }
  return row;
}

/** A cell as text: strings trimmed, numbers in plain form, dates as YYYY-MM-DD. */
export function serviceCellText(cell: ServiceImportCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell.trim();
  if (typeof cell === 'number') return Number.isInteger(cell) ? cell.toFixed(0) : String(cell);
  if (typeof cell === 'boolean') return cell ? '是' : '否';
  return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
}

/** True when every cell is empty: such rows are skipped, not reported. */
export function isBlankServiceImportRow(cells: ServiceImportRowCells): boolean {
  return SERVICE_IMPORT_FIELDS.every((field) => serviceCellText(cells[field]) === '');
}

function byLabel<T extends string>(
  value: string,
  codes: readonly T[],
  labels: Readonly<Record<T, string>>,
  aliases: Readonly<Record<string, T>> = {},
): T | null {
  const compact = value.normalize('NFKC').replace(/\s+/g, '');
  if ((codes as readonly string[]).includes(compact.toUpperCase()))
    return compact.toUpperCase() as T;
  const labelled = codes.find((code) => labels[code] === compact);
  if (labelled !== undefined) return labelled;
  const alias = aliases[compact];
  if (alias !== undefined) return alias;
  // 全国示范职工书屋 → 全国级: a label written without 级.
  return codes.find((code) => compact.startsWith(labels[code].replace(/级$/, ''))) ?? null;
}

/** 阵地类型 from a label (户外劳动者服务站点), an alias (工会妈妈小屋) or a code. */
export function parseServicePositionKind(text: string): ServicePositionKind | null {
  return byLabel(
    text,
    SERVICE_POSITION_KINDS,
    SERVICE_POSITION_KIND_LABELS,
    SERVICE_POSITION_KIND_ALIASES,
  );
}

/** 书屋级别 from 全国级 / 全国 / 全国示范职工书屋 / NATIONAL …. */
export function parseLibraryLevel(text: string): LibraryLevel | null {
  return byLabel(text, LIBRARY_LEVELS, LIBRARY_LEVEL_LABELS);
}

/** 状态 from 开放 / 暂停开放 / 已撤销 or a code. */
export function parseServicePositionStatus(text: string): ServicePositionStatus | null {
  return byLabel(text, SERVICE_POSITION_STATUSES, SERVICE_POSITION_STATUS_LABELS, {
    正常: 'OPEN',
    暂停: 'SUSPENDED',
    撤销: 'CLOSED',
    关闭: 'CLOSED',
  });
}

function numberOf(
  cell: ServiceImportCell,
  field: ServiceImportField,
  problems: FieldError[],
): number | null {
  if (typeof cell === 'number') return cell;
  const value = serviceCellText(cell).normalize('NFKC');
  if (value === '') return null;
  const parsed = Number(value.replace(/[°度人,]/g, ''));
  if (!Number.isFinite(parsed)) {
    problems.push(
      fieldError(
        field,
        SERVICE_IMPORT_RULES.NUMBER,
        `「${SERVICE_IMPORT_COLUMNS[field].header}」应为数字：「${value.slice(0, 30)}」`,
      ),
    );
    return null;
  }
  return parsed;
}

/**
 * Checks one row: the cells are read (kind, level and status by their Chinese labels, numbers
 * from number or text cells, dates from date or 'YYYY-MM-DD' text cells) and the position checked by {@link checkServicePosition}. Every
 * problem is reported, each naming its column's field.
 */
export function validateServiceImportRow(
  cells: ServiceImportRowCells,
  today: CalendarDate,
): Result<ServicePositionRecord, readonly FieldError[]> {
  const problems: FieldError[] = [];
  const kindText = serviceCellText(cells.kind);
  const levelText = serviceCellText(cells.libraryLevel);
  const statusText = serviceCellText(cells.status);
  const latitude = numberOf(cells.latitude, 'latitude', problems);
  const longitude = numberOf(cells.longitude, 'longitude', problems);
  const capacity = numberOf(cells.capacity, 'capacity', problems);
  const level = levelText === '' ? null : (parseLibraryLevel(levelText) ?? levelText);
  const status = statusText === '' ? null : (parseServicePositionStatus(statusText) ?? statusText);
  const checked = checkServicePosition(
    {
      kind: parseServicePositionKind(kindText) ?? kindText,
      name: serviceCellText(cells.name),
      libraryLevel: level,
      regionCode: serviceCellText(cells.regionCode),
      address: serviceCellText(cells.address),
      latitude: latitude ?? Number.NaN,
      longitude: longitude ?? Number.NaN,
      openingHours: serviceCellText(cells.openingHours),
      services: [serviceCellText(cells.services)],
      capacity,
      hostName: serviceCellText(cells.hostName),
      status,
      openedOn: serviceCellText(cells.openedOn),
      closedOn: serviceCellText(cells.closedOn),
    },
    today,
  );
  if (checked.ok && problems.length === 0) return checked;
  // A number problem already explains an unreadable coordinate: drop the generic one.
  const numberFields = new Set(problems.map((problem) => problem.field));
  const rest = checked.ok
    ? []
    : checked.error.filter((problem) => !numberFields.has(problem.field));
  return err([...problems, ...rest]);
}

/** The key that makes two rows (or a row and a registered position) the same place. */
export function servicePositionKey(position: { name: string; address: string }): string {
  return `${position.name.normalize('NFKC').replace(/\s+/g, '')}|${position.address
    .normalize('NFKC')
    .replace(/\s+/g, '')}`;
}
