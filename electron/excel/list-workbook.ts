// Rows in, .xlsx bytes out: one sheet with a bold, frozen header row, money as £ numbers and
// dates as real Excel dates (sheet-cells.ts). Pure: no database. Text is always written as a
// string cell, never as a formula (formula-guard.ts).

import ExcelJS from 'exceljs';
import { rowValues, sheetColumns, type CellValue, type SheetColumn } from './sheet-cells';

export type { CellValue, SheetColumn } from './sheet-cells';

export async function listWorkbook(
  sheetName: string,
  columns: SheetColumn[],
  rows: CellValue[][],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Social Value Tracker';
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = sheetColumns(columns);
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(rowValues(columns, row));
  if (rows.length > 0) {
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
