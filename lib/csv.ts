/** A value that goes into one CSV cell; null and undefined leave the cell empty. */
export type CsvValue = string | number | boolean | null | undefined;

// Spreadsheets run a cell that starts with one of these as a formula (OWASP "CSV injection"): =, +, -, @, and a
// tab or carriage return before one of them.
const formulaStarts = new Set(['=', '+', '-', '@', '\t', '\r']);

/**
 * One cell of RFC 4180 CSV. Text that a spreadsheet would run as a formula gets a leading apostrophe first
 * (`=HYPERLINK(…)` → `'=HYPERLINK(…)`), so a player's name or a host page can never execute in the reader's
 * Excel; numbers and booleans are Ripple's own figures and are written as they are (a negative number stays a
 * number). A cell holding a comma, a double quote, CR or LF is quoted, its quotes doubled.
 */
export function toCsvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const guarded = formulaStarts.has(value.charAt(0)) ? `'${value}` : value;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

/** One CSV record: its cells joined by commas and ended by CRLF, as RFC 4180 has it. */
export function toCsvRow(values: readonly CsvValue[]): string {
  return `${values.map(toCsvCell).join(',')}\r\n`;
}

/** A whole CSV document: the header record, then one record per row. */
export function toCsv(header: readonly string[], rows: Iterable<readonly CsvValue[]>): string {
  let out = toCsvRow(header);
  for (const row of rows) out += toCsvRow(row);
  return out;
}

/**
 * The UTF-8 byte order mark. Excel reads a CSV file without it in the machine's legacy code page, which turns
 * Arabic result titles into mojibake; the studio's downloads start with it, the API's CSV (read by programs) not.
 */
export const utf8Bom = '\uFEFF';
