import {
  type ParsedResidentIdNumber,
  parseResidentIdNumber,
  type ResidentIdNumber,
} from './resident-id-number.js';

/**
 * One person is one member (一人一会籍): the normalised resident ID number is unique across the
 * whole tree. These helpers give the key to look a person up by and find repeated people in an
 * imported roster.
 */

/**
 * The key that identifies a person as a member: the normalised 18-character ID number (trimmed,
 * check character 'x' uppercased to 'X'), as produced by `parseResidentIdNumber`. Store and
 * look up members by it, so '370202198001011234' and ' 370202198001011234 ' are the same person.
 */
export function memberIdentityKey(parsed: ParsedResidentIdNumber): ResidentIdNumber {
  return parsed.idNumber;
}

/** One row of a roster being imported: its spreadsheet row number and the ID number cell. */
export type RosterIdNumberRow = {
  readonly row: number;
  readonly idNumber: string;
};

/** Rows of a roster that name the same person. */
export type DuplicateIdNumberGroup = {
  /** The shared identity key. Sensitive: mask it (`maskIdNumber`) before showing it to staff. */
  readonly idNumber: ResidentIdNumber;
  /** The row numbers, ascending; at least two. */
  readonly rows: readonly number[];
};

/**
 * The groups of roster rows whose ID numbers are the same person after normalisation
 * (`parseResidentIdNumber`: spaces trimmed, lowercase 'x' counts as 'X'), so the import can
 * report "第 3、17 行身份证号重复". Rows whose ID number does not parse are ignored here — row
 * validation reports them. Groups are ordered by their first row; a row number listed twice in
 * the input appears once.
 */
export function findDuplicateIdNumbers(
  rows: readonly RosterIdNumberRow[],
): readonly DuplicateIdNumberGroup[] {
  const rowsByKey = new Map<ResidentIdNumber, Set<number>>();
  for (const { row, idNumber } of rows) {
    const parsed = parseResidentIdNumber(idNumber);
    if (!parsed.ok) {
      continue;
    }
    const key = memberIdentityKey(parsed.value);
    const seen = rowsByKey.get(key);
    if (seen === undefined) {
      rowsByKey.set(key, new Set([row]));
    } else {
      seen.add(row);
    }
  }
  const groups: DuplicateIdNumberGroup[] = [];
  for (const [idNumber, rowSet] of rowsByKey) {
    if (rowSet.size > 1) {
      groups.push({ idNumber, rows: [...rowSet].sort((a, b) => a - b) });
    }
  }
  return groups.sort((a, b) => (a.rows[0] ?? 0) - (b.rows[0] ?? 0));
}
