/**
 * CSV and TSV text of a table, for export and the clipboard. Pure: no DOM.
 *
 * - RFC 4180: fields separated by `,` (or a tab for TSV), records by CRLF; a field containing the
 *   separator, a double quote, CR or LF is quoted, and its quotes doubled.
 * - Formula injection (CSV injection) neutralised: a **text** cell whose first character is
 *   `=`, `+`, `-`, `@`, a tab or CR is prefixed with `'`, so a spreadsheet shows it as text and never
 *   evaluates it. **Number** cells are written as plain decimals without the prefix (a negative
 *   amount `-50.00` stays a number), but only when they really are a plain decimal
 *   (`/^-?\d+(\.\d+)?$/`): anything else given as a number is treated as text, so data can never
 *   slip a formula through a number column.
 * - The file form starts with a UTF-8 byte order mark, so Excel opens Chinese names correctly.
 */

/** A cell: text from data (neutralised) or a number we generated (written as is). */
export type CsvCell = string | number | { readonly number: string } | null | undefined;

/** UTF-8 byte order mark. */
export const BOM = '\uFEFF';

const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;
const FORMULA_START = /^[=+\-@\t\r]/;

/** A number cell from a decimal string (e.g. an amount): written without the formula guard. */
export function numberCell(value: string): CsvCell {
  return { number: value };
}

/** The text of one cell before quoting: numbers as plain decimals, text neutralised. */
export function cellText(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') {
    const text = Number.isFinite(cell) ? String(cell) : '';
    return PLAIN_DECIMAL.test(text) ? text : neutralise(text);
  }
  if (typeof cell === 'object') return PLAIN_DECIMAL.test(cell.number) ? cell.number : neutralise(cell.number);
  return neutralise(cell);
}

/** Prefixes a text that a spreadsheet would read as a formula with `'`. */
export function neutralise(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** Quotes a field when it contains the separator, a quote, CR or LF (RFC 4180). */
export function quoteField(text: string, separator: string): string {
  if (text.includes(separator) || /["\r\n]/.test(text)) return `"${text.replace(/"/g, '""')}"`;
  return text;
}

/** One record: cells neutralised, quoted and joined (no line break). */
export function formatRecord(cells: readonly CsvCell[], separator = ','): string {
  let line = '';
  for (let i = 0; i < cells.length; i++) {
    if (i > 0) line += separator;
    line += quoteField(cellText(cells[i]), separator);
  }
  return line;
}

/** Records joined with CRLF, each ending with CRLF. */
export function formatRecords(records: Iterable<readonly CsvCell[]>, separator = ','): string {
  let text = '';
  for (const record of records) text += `${formatRecord(record, separator)}\r\n`;
  return text;
}

/** A CSV file's text: BOM, then the records. */
export function toCsv(records: Iterable<readonly CsvCell[]>): string {
  return BOM + formatRecords(records, ',');
}

/** Tab-separated text for the clipboard (spreadsheets paste it into cells); no BOM. */
export function toTsv(records: Iterable<readonly CsvCell[]>): string {
  return formatRecords(records, '\t');
}
