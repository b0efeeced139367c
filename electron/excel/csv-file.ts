// Rows in, CSV bytes out, as Excel opens them right: UTF-8 with a byte-order mark (without it
// Excel reads UTF-8 as Windows-1252 and £ becomes Â£), lines ending CRLF, RFC 4180 quoting.
// Text goes through the formula guard; numbers are written as numbers. Pure: no files.

import { csvText } from './formula-guard';
import type { CellValue, SheetColumn } from './sheet-cells';

export type CsvCell = string | number | null;

const byteOrderMark = '\ufeff';
const needsQuotes = /[",\r\n]/;

function csvCell(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  const text = csvText(cell);
  // Guarded text is quoted as well, as OWASP advises.
  return needsQuotes.test(text) || text !== cell ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvBytes(header: readonly string[], rows: Iterable<readonly CsvCell[]>): Buffer {
  const lines = [header.map(csvCell).join(',')];
  for (const row of rows) lines.push(row.map(csvCell).join(','));
  return Buffer.from(`${byteOrderMark}${lines.join('\r\n')}\r\n`, 'utf8');
}

/**
 * A row of typed cells (sheet-cells.ts) as CSV cells: money as plain pounds (1234.56), dates as
 * ISO (2026-03-31, which Excel reads as a date in any regional setting), yes/no as Yes or No.
 */
export function csvRow(columns: readonly SheetColumn[], row: readonly CellValue[]): CsvCell[] {
  return row.map((value, index) => {
    if (value === null) return null;
    const kind = columns[index]?.kind ?? 'text';
    if (kind === 'money') return Number(value) / 100;
    if (kind === 'yesNo') return value ? 'Yes' : 'No';
    if (kind === 'number' || kind === 'decimal') return Number(value);
    return String(value);
  });
}
