import {
  CALENDAR_DATE_RULES,
  type CalendarDate,
  calendarDateFromParts,
} from '../shared/calendar-date.js';
import { type FieldError, fieldError } from '../shared/domain-error.js';
import { err, ok, type Result } from '../shared/result.js';
import { mapSheetHeader } from '../shared/sheet-header.js';
import {
  type NewEmploymentGroup,
  parseMigrantWorkerFlag,
  parseNewEmploymentGroup,
} from './employment-groups.js';
import { memberIdentityKey } from './identity.js';
import { checkJoining, type JoiningInput } from './joining.js';
import { type MobilePhone, parseMobilePhone } from './phone.js';
import {
  ID_NUMBER_RULES,
  parseResidentIdNumber,
  type ResidentIdNumber,
  type Sex,
} from './resident-id-number.js';

/**
 * Excel rosters (会员花名册): the columns of an imported roster, how its header row is matched,
 * and how one row becomes a member candidate or a list of problems. Pure: the gateway reads the
 * workbook and turns each cell into a plain value ({@link RosterCell}) first.
 */

/** The fields of a roster row, in the order of the template's columns. */
export const ROSTER_FIELDS = Object.freeze([
  'name',
  'idNumber',
  'phone',
  'joinedOn',
  'isMigrant',
  'employmentGroup',
  'employerName',
] as const);

export type RosterField = (typeof ROSTER_FIELDS)[number];

/** Each field's column header (matched by name, any order) and whether the column must exist. */
export const ROSTER_COLUMNS: Readonly<
  Record<RosterField, { readonly header: string; readonly required: boolean }>
> = Object.freeze({
  name: { header: '姓名', required: true },
  idNumber: { header: '身份证号', required: true },
  phone: { header: '手机号', required: false },
  joinedOn: { header: '入会日期', required: true },
  isMigrant: { header: '是否农民工', required: false },
  employmentGroup: { header: '新就业形态群体', required: false },
  employerName: { header: '工作单位', required: false },
});

/**
 * A cell as the spreadsheet reader gives it, reduced to a plain value: text, a number, a
 * boolean, a date (an Excel date cell; its UTC calendar day is the date) or empty.
 */
export type RosterCell = string | number | boolean | Date | null | undefined;

/** The cells of one row, by field (a column missing from the file is undefined). */
export type RosterRowCells = Partial<Record<RosterField, RosterCell>>;

/** Stable rule codes of roster-specific problems (other rules come from the field parsers). */
export const ROSTER_RULES = Object.freeze({
  HEADER_MISSING: 'ROSTER_HEADER_MISSING',
  COLUMN_MISSING: 'ROSTER_COLUMN_MISSING',
  COLUMN_DUPLICATE: 'ROSTER_COLUMN_DUPLICATE',
  ID_NUMBER_NOT_TEXT: 'ROSTER_ID_NUMBER_NOT_TEXT',
  ID_NUMBER_DUPLICATE: 'ROSTER_ID_NUMBER_DUPLICATE',
  ID_NUMBER_ALREADY_MEMBER: 'ID_NUMBER_ALREADY_MEMBER',
  DATE_FORMAT: 'ROSTER_DATE_FORMAT',
  NAME_EMPTY: 'MEMBER_NAME_EMPTY',
  NAME_TOO_LONG: 'MEMBER_NAME_TOO_LONG',
  EMPLOYER_NAME_TOO_LONG: 'EMPLOYER_NAME_TOO_LONG',
  CELL_NOT_TEXT: 'ROSTER_CELL_NOT_TEXT',
} as const);

/** Longest accepted 姓名 and 工作单位 (the same limits as the member form). */
export const MEMBER_NAME_MAX_LENGTH = 50;
export const EMPLOYER_NAME_MAX_LENGTH = 100;

/** Where each field's column is (0-based positions in the header row). */
export type RosterHeaderMap = Readonly<Partial<Record<RosterField, number>>>;

/**
 * Matches a header row to the roster columns by name: surrounding and inner spaces and
 * full-width forms do not matter, order does not matter, unknown columns are ignored. Fails with
 * every problem at once: ROSTER_HEADER_MISSING when the row is empty, ROSTER_COLUMN_MISSING for
 * each required column not found, ROSTER_COLUMN_DUPLICATE for a known column present twice.
 * Field of each problem: the missing or repeated roster field; 'file' for an empty header.
 */
export function matchRosterHeader(
  headerCells: readonly RosterCell[],
): Result<RosterHeaderMap, readonly FieldError[]> {
  return mapSheetHeader(headerCells, {
    fields: ROSTER_FIELDS,
    columns: ROSTER_COLUMNS,
    rules: ROSTER_RULES,
    headerMissingMessage: '第 1 行应为表头（姓名、身份证号、入会日期等），请使用导入模板',
  });
}

/** The row's cells by field, picked from its cells by position. */
export function rosterRowCells(
  header: RosterHeaderMap,
  cells: readonly RosterCell[],
): RosterRowCells {
  const row: RosterRowCells = {};
  for (const field of ROSTER_FIELDS) {
    const position = header[field];
    if (position !== undefined) row[field] = cells[position];
  }
  return row;
}

function isBlankCell(cell: RosterCell): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

/** True when every cell of the row is empty: such rows are skipped, not reported. */
export function isBlankRosterRow(cells: RosterRowCells): boolean {
  return ROSTER_FIELDS.every((field) => isBlankCell(cells[field]));
}

/**
 * Roster problems are stored and shown in lists: the ID-number messages that quote the birth
 * date read from the number say so without the date.
 */
function withoutBirthDate(problem: FieldError): FieldError {
  const generic: Partial<Record<string, string>> = {
    [ID_NUMBER_RULES.BIRTH_DATE_INVALID]: '身份证号中的出生日期不存在，请核对',
    [ID_NUMBER_RULES.BIRTH_DATE_TOO_EARLY]: '身份证号中的出生日期早于 1900 年，请核对',
    [ID_NUMBER_RULES.BIRTH_DATE_FUTURE]: '身份证号中的出生日期晚于今天，请核对',
  };
  const message = generic[problem.rule];
  return message === undefined ? problem : { ...problem, message };
}

/** A row that passed every check: what the gateway needs to record the member. */
export type RosterMemberCandidate = {
  readonly name: string;
  /** The identity key (normalised ID number). Sensitive: encrypt before storing. */
  readonly idNumber: ResidentIdNumber;
  readonly sex: Sex;
  readonly birthDate: CalendarDate;
  readonly phone: MobilePhone | null;
  readonly joinedOn: CalendarDate;
  readonly isMigrant: boolean;
  readonly employmentGroup: NewEmploymentGroup | null;
  readonly employerName: string | null;
};

/** What rows are checked against: the union they join and today's date (Asia/Shanghai). */
export type RosterRowContext = {
  readonly organization: JoiningInput['organization'];
  readonly today: CalendarDate;
};

const EXCEL_EPOCH_DAY_OFFSET = 25_569; // serial of 1970-01-01 in the 1900 date system
const MS_PER_DAY = 86_400_000;

/** A cell as text: strings trimmed, numbers in plain decimal form, booleans as 是/否. */
function cellText(cell: RosterCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell.trim();
  if (typeof cell === 'number') return Number.isInteger(cell) ? cell.toFixed(0) : String(cell);
  if (typeof cell === 'boolean') return cell ? '是' : '否';
  return '';
}

function dateFromInstant(instant: Date, field: string): Result<CalendarDate, FieldError> {
  if (Number.isNaN(instant.getTime())) {
    return err(fieldError(field, CALENDAR_DATE_RULES.INVALID, '日期无效'));
  }
  return calendarDateFromParts(
    instant.getUTCFullYear(),
    instant.getUTCMonth() + 1,
    instant.getUTCDate(),
    field,
  );
}

const DATE_TEXT_PATTERNS: readonly RegExp[] = [
  /^(\d{4})-(\d{1,2})-(\d{1,2})$/,
  /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/,
  /^(\d{4})年(\d{1,2})月(\d{1,2})日$/,
];

/**
 * Reads a roster date (入会日期): an Excel date cell (its UTC day), an Excel date serial number
 * (1900 date system, days since 1899-12-30), or text 'YYYY-MM-DD', 'YYYY/MM/DD' or 'YYYY年M月D日'
 * (month and day with or without a leading zero; spaces ignored). Fails with DATE_EMPTY,
 * ROSTER_DATE_FORMAT or DATE_INVALID (a day that does not exist).
 */
export function parseRosterDate(
  cell: RosterCell,
  field = 'joinedOn',
): Result<CalendarDate, FieldError> {
  if (cell instanceof Date) return dateFromInstant(cell, field);
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell) || cell < 1 || cell > 2_958_465) {
      return err(fieldError(field, ROSTER_RULES.DATE_FORMAT, `无法识别的日期「${cell}」`));
    }
    return dateFromInstant(
      new Date((Math.floor(cell) - EXCEL_EPOCH_DAY_OFFSET) * MS_PER_DAY),
      field,
    );
  }
  const text = cellText(cell).normalize('NFKC').replace(/\s+/g, '');
  if (text === '') return err(fieldError(field, CALENDAR_DATE_RULES.EMPTY, '请填写日期'));
  for (const pattern of DATE_TEXT_PATTERNS) {
    const match = pattern.exec(text);
    if (match) {
      return calendarDateFromParts(Number(match[1]), Number(match[2]), Number(match[3]), field);
    }
  }
  return err(
    fieldError(
      field,
      ROSTER_RULES.DATE_FORMAT,
      `无法识别的日期「${text.slice(0, 20)}」，应为 YYYY-MM-DD、YYYY/MM/DD 或 YYYY年M月D日`,
    ),
  );
}

/** Reads 姓名: trimmed, 1–50 characters (MEMBER_NAME_EMPTY, MEMBER_NAME_TOO_LONG). */
export function parseMemberName(cell: RosterCell, field = 'name'): Result<string, FieldError> {
  const text = cellText(cell);
  if (text === '') return err(fieldError(field, ROSTER_RULES.NAME_EMPTY, '请填写姓名'));
  if ([...text].length > MEMBER_NAME_MAX_LENGTH) {
    return err(
      fieldError(field, ROSTER_RULES.NAME_TOO_LONG, `姓名最多 ${MEMBER_NAME_MAX_LENGTH} 个字`),
    );
  }
  return ok(text);
}

/** Reads 工作单位: trimmed, empty is null, at most 100 characters (EMPLOYER_NAME_TOO_LONG). */
export function parseEmployerName(
  cell: RosterCell,
  field = 'employerName',
): Result<string | null, FieldError> {
  const text = cellText(cell);
  if (text === '') return ok(null);
  if ([...text].length > EMPLOYER_NAME_MAX_LENGTH) {
    return err(
      fieldError(
        field,
        ROSTER_RULES.EMPLOYER_NAME_TOO_LONG,
        `单位名称最多 ${EMPLOYER_NAME_MAX_LENGTH} 个字`,
      ),
    );
  }
  return ok(text);
}

/**
 * Checks one roster row and returns the member it records, or every problem found (at most one
 * per field, in column order). Uses the same rules as adding a member by hand:
 * - 姓名 {@link parseMemberName}; 身份证号 `parseResidentIdNumber` (with today, so a birth date
 *   in the future is refused). An ID number stored as an Excel number has lost its last digits:
 *   ROSTER_ID_NUMBER_NOT_TEXT asks for a text column;
 * - 手机号 `parseMobilePhone`, blank allowed; 入会日期 {@link parseRosterDate}, then
 *   `checkJoining` (not in the future, not before the union's founding nor the birth date);
 * - 是否农民工 `parseMigrantWorkerFlag` (blank = 否); 新就业形态群体 `parseNewEmploymentGroup`
 *   (blank = none); 工作单位 {@link parseEmployerName}.
 * Duplicates within the file and people already in the tree are checked apart
 * ({@link findRepeatedIdNumbers}, {@link alreadyMemberElsewhereIssue}).
 */
export function validateRosterRow(
  cells: RosterRowCells,
  context: RosterRowContext,
): Result<RosterMemberCandidate, readonly FieldError[]> {
  const problems: FieldError[] = [];
  const name = parseMemberName(cells.name);
  if (!name.ok) problems.push(name.error);

  const idCell = cells.idNumber;
  const id =
    typeof idCell === 'number' && Math.abs(idCell) >= 1e15
      ? err(
          fieldError(
            'idNumber',
            ROSTER_RULES.ID_NUMBER_NOT_TEXT,
            '身份证号被保存为数字，末几位已丢失：请把该列设为“文本”格式后重新填写',
          ),
        )
      : parseResidentIdNumber(cellText(idCell), 'idNumber', context.today);
  if (!id.ok) problems.push(withoutBirthDate(id.error));

  const phoneText = cellText(cells.phone);
  const phone = phoneText === '' ? ok(null) : parseMobilePhone(phoneText, 'phone');
  if (!phone.ok) problems.push(phone.error);

  const joinedOn = parseRosterDate(cells.joinedOn, 'joinedOn');
  if (!joinedOn.ok) problems.push(joinedOn.error);
  else if (id.ok) {
    const joining = checkJoining({
      organization: context.organization,
      joinedOn: joinedOn.value,
      birthDate: id.value.birthDate,
      today: context.today,
    });
    if (!joining.ok) problems.push(joining.error);
  }

  const migrantCell = cells.isMigrant;
  const migrant = parseMigrantWorkerFlag(
    migrantCell instanceof Date ? String(migrantCell) : migrantCell,
    'isMigrant',
  );
  if (!migrant.ok) problems.push(migrant.error);

  const group = parseNewEmploymentGroup(cellText(cells.employmentGroup), 'employmentGroup');
  if (!group.ok) problems.push(group.error);

  const employer = parseEmployerName(cells.employerName);
  if (!employer.ok) problems.push(employer.error);

  if (
    problems.length > 0 ||
    !name.ok ||
    !id.ok ||
    !phone.ok ||
    !joinedOn.ok ||
    !migrant.ok ||
    !group.ok ||
    !employer.ok
  ) {
    return err(problems);
  }
  return ok({
    name: name.value,
    idNumber: memberIdentityKey(id.value),
    sex: id.value.sex,
    birthDate: id.value.birthDate,
    phone: phone.value,
    joinedOn: joinedOn.value,
    isMigrant: migrant.value,
    employmentGroup: group.value,
    employerName: employer.value,
  });
}

/** A row whose person already appeared on an earlier row of the same file. */
export type RepeatedRow = { readonly row: number; readonly firstRow: number };

/**
 * Finds rows naming a person seen on an earlier row, for a file read in batches: `rows` are the
 * valid rows of one batch (ascending row numbers), `earlier` the first row of each person in
 * the batches before. Returns each repeated row with the first row of its person, and the
 * first rows of the people new in this batch (merge them into `earlier` for the next batch).
 * The inputs are not changed.
 */
export function findRepeatedIdNumbers(
  rows: readonly { readonly row: number; readonly idNumber: ResidentIdNumber }[],
  earlier: ReadonlyMap<ResidentIdNumber, number> = new Map(),
): {
  readonly repeated: readonly RepeatedRow[];
  readonly newFirstRows: ReadonlyMap<ResidentIdNumber, number>;
} {
  const newFirstRows = new Map<ResidentIdNumber, number>();
  const repeated: RepeatedRow[] = [];
  for (const { row, idNumber } of rows) {
    const first = earlier.get(idNumber) ?? newFirstRows.get(idNumber);
    if (first === undefined) newFirstRows.set(idNumber, row);
    else repeated.push({ row, firstRow: first });
  }
  return { repeated, newFirstRows };
}

/** The problem reported on a row repeating the person of `firstRow`. */
export function repeatedRowIssue(firstRow: number): FieldError {
  return fieldError(
    'idNumber',
    ROSTER_RULES.ID_NUMBER_DUPLICATE,
    `与第 ${firstRow} 行身份证号重复（一人一会籍），本行未导入`,
  );
}

/** The problem reported on a row whose person is already a member of another union. */
export function alreadyMemberElsewhereIssue(): FieldError {
  return fieldError(
    'idNumber',
    ROSTER_RULES.ID_NUMBER_ALREADY_MEMBER,
    '已是其他工会会员，请办理转会',
  );
}
