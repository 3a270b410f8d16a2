import { type FieldError, fieldError } from './domain-error.js';
import { err, ok, type Result } from './result.js';

/** One column an Excel import knows: the header it is found by and whether it must be there. */
export type SheetColumn = { readonly header: string; readonly required: boolean };

/** The rule codes an import reports its header problems under. */
export type SheetHeaderRules = {
  readonly HEADER_MISSING: string;
  readonly COLUMN_MISSING: string;
  readonly COLUMN_DUPLICATE: string;
};

/** Where each field's column is (0-based positions in the header row). */
export type SheetHeaderMap<Field extends string> = Readonly<Partial<Record<Field, number>>>;

/**
 * A header as compared: full-width forms folded (NFKC), all spaces dropped and, when
 * `ignoreTrailingNote`, a trailing note in brackets removed (「纬度（GCJ-02）」 is 「纬度」).
 */
export function normaliseSheetHeader(text: string, ignoreTrailingNote = false): string {
  const folded = text.normalize('NFKC').replace(/\s+/g, '');
  return ignoreTrailingNote ? folded.replace(/[(（][^)）]*[)）]$/, '') : folded;
}

/**
 * Matches the header row of an Excel import to its columns by name: spaces and full-width forms
 * do not matter (nor a trailing note in brackets, with `ignoreTrailingNote`), order does not
 * matter, unknown columns are ignored. Fails with every problem at once: HEADER_MISSING (field
 * 'file', with `headerMissingMessage`) when the row has no text, COLUMN_MISSING for each required
 * column not found, COLUMN_DUPLICATE for a known column present twice; the field of a column
 * problem is the column's field.
 */
export function mapSheetHeader<Field extends string>(
  headerCells: readonly unknown[],
  sheet: {
    readonly fields: readonly Field[];
    readonly columns: Readonly<Record<Field, SheetColumn>>;
    readonly rules: SheetHeaderRules;
    readonly headerMissingMessage: string;
    readonly ignoreTrailingNote?: boolean;
  },
): Result<SheetHeaderMap<Field>, readonly FieldError[]> {
  const normalise = (text: string) => normaliseSheetHeader(text, sheet.ignoreTrailingNote);
  const byHeader = new Map<string, Field>(
    sheet.fields.map((field) => [normalise(sheet.columns[field].header), field]),
  );
  const map: Partial<Record<Field, number>> = {};
  const problems: FieldError[] = [];
  let anyText = false;
  headerCells.forEach((cell, position) => {
    if (typeof cell !== 'string' || cell.trim() === '') return;
    anyText = true;
    const field = byHeader.get(normalise(cell));
    if (field === undefined) return;
    if (map[field] !== undefined) {
      problems.push(
        fieldError(
          field,
          sheet.rules.COLUMN_DUPLICATE,
          `表头中「${sheet.columns[field].header}」列出现了两次`,
        ),
      );
      return;
    }
    map[field] = position;
  });
  if (!anyText) {
    return err([fieldError('file', sheet.rules.HEADER_MISSING, sheet.headerMissingMessage)]);
  }
  for (const field of sheet.fields) {
    if (sheet.columns[field].required && map[field] === undefined) {
      problems.push(
        fieldError(
          field,
          sheet.rules.COLUMN_MISSING,
          `缺少必填列「${sheet.columns[field].header}」`,
        ),
      );
    }
  }
  return problems.length > 0 ? err(problems) : ok(map);
}
