// Rows in, .xlsx bytes out: one sheet with a bold, frozen header row, money as £ numbers and
// dates as real Excel dates. Pure: no database. Text is always written as text, never as a
// formula, and text that a spreadsheet would read as one (= + - @) is marked as text.

import ExcelJS from 'exceljs';

export type CellKind = 'text' | 'money' | 'date' | 'number' | 'yesNo';
export type CellValue = string | number | boolean | null;

export interface SheetColumn {
  header: string;
  kind: CellKind;
  width?: number;
}

const formulaStart = /^[=+\-@\t\r]/;

/** Text a spreadsheet would take for a formula gets a leading apostrophe, so it stays text. */
export function safeText(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}

function cellValue(value: CellValue, kind: CellKind): ExcelJS.CellValue {
  if (value === null) return null;
  if (kind === 'money') return Number(value) / 100;
  if (kind === 'date') {
    const [year, month, day] = String(value).split('-').map(Number);
    return new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1));
  }
  if (kind === 'yesNo') return value ? 'Yes' : 'No';
  if (kind === 'number') return Number(value);
  return safeText(String(value));
}

const formats: Partial<Record<CellKind, string>> = {
  money: '£#,##0.00;[Red]-£#,##0.00',
  date: 'dd/mm/yyyy',
  number: '#,##0',
};

export async function listWorkbook(
  sheetName: string,
  columns: SheetColumn[],
  rows: CellValue[][],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Social Value Tracker';
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((column) => ({
    header: column.header,
    width: column.width ?? Math.max(12, column.header.length + 2),
    style: formats[column.kind] ? { numFmt: formats[column.kind] } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    sheet.addRow(row.map((value, index) => cellValue(value, columns[index]?.kind ?? 'text')));
  }
  if (rows.length > 0) {
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
