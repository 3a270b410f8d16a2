import {
  maskIdNumber,
  maskPhone,
  ROSTER_COLUMNS,
  ROSTER_FIELDS,
  type RosterCell,
  type RosterField,
  type RosterRowCells,
} from '@gonghui/domain';

/**
 * exceljs cell values reduced to the domain's plain {@link RosterCell}: rich text is joined,
 * hyperlinks give their text, formulas their cached result, error cells their code ('#N/A').
 */
export function plainCell(value: unknown): RosterCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return value;
  }
  if (value instanceof Date) return value;
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (Array.isArray(record.richText)) {
      return (record.richText as { text?: unknown }[])
        .map((part) => (typeof part.text === 'string' ? part.text : ''))
        .join('');
    }
    if ('formula' in record || 'sharedFormula' in record) return plainCell(record.result);
    if ('text' in record) return plainCell(record.text);
    if ('error' in record) return String(record.error);
  }
  return null;
}

/** A row's values (exceljs `row.values`: 1-based, sparse) as 0-based plain cells. */
export function plainRow(values: unknown): RosterCell[] {
  if (!Array.isArray(values)) return [];
  const cells: RosterCell[] = [];
  for (let index = 1; index < values.length; index += 1) cells.push(plainCell(values[index]));
  return cells;
}

/** A cell as report text: dates as YYYY-MM-DD, the rest as written. */
export function cellText(cell: RosterCell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) {
    return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  }
  if (typeof cell === 'number' && Number.isInteger(cell)) return cell.toFixed(0);
  return String(cell).trim();
}

/** The text of each roster cell of a row, the ID number and the phone masked (for reports). */
export function maskedRowText(cells: RosterRowCells): Partial<Record<RosterField, string>> {
  const text: Partial<Record<RosterField, string>> = {};
  for (const field of ROSTER_FIELDS) {
    const value = cellText(cells[field]);
    if (value === '') continue;
    text[field] =
      field === 'idNumber' ? maskIdNumber(value) : field === 'phone' ? maskPhone(value) : value;
  }
  return text;
}

/** The Chinese header of a field's column ('—' for a problem not tied to a column). */
export function columnHeaderOf(field: string): string {
  return (ROSTER_COLUMNS as Record<string, { header: string }>)[field]?.header ?? '—';
}
