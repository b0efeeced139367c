// The sheet of rows an import left out: each row's number, what it was left out for and why,
// then the file's columns with its cells (blank cells blank, cells beyond the headings left out,
// formula-like text as text that runs nothing); and a saved mapping's headings signature, which
// leaves the added columns out.

import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { headingSignature } from '../../electron/excel/register-mapping';
import {
  addSkippedRowsSheet,
  skippedRowColumns,
  skippedRowValues,
  type SkippedRowCells,
} from '../../electron/excel/skipped-rows-workbook';
import { workbookBytes } from '../../electron/excel/streamed-workbook';

const headings = ['Ref', 'Supplier', 'Start'];

async function sheetOf(rows: SkippedRowCells[]): Promise<ExcelJS.Worksheet> {
  const bytes = await workbookBytes(async (book) => {
    await addSkippedRowsSheet(book, headings, [rows.map((row) => skippedRowValues(3, row))]);
  });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook.getWorksheet('Skipped rows') as ExcelJS.Worksheet;
}

describe('the sheet of skipped rows', () => {
  it("writes the row number, what for and why, then the file's columns", async () => {
    const sheet = await sheetOf([
      { row: 7, kind: 'No start date', reason: 'There is no start date', cells: ['R-7', 'Acme'] },
      {
        row: 12,
        kind: 'Formula without a value',
        reason: 'Supplier: the cell holds a formula',
        cells: ['R-12', '=HYPERLINK("x")', '01/04/2024', 'beyond the headings'],
      },
    ]);
    const texts = (row: number) =>
      Array.from({ length: 7 }, (_, i) => sheet.getRow(row).getCell(i + 1).text);
    expect(texts(1)).toEqual([...skippedRowColumns, ...headings, '']);
    expect(texts(2)).toEqual([
      '7',
      'No start date',
      'There is no start date',
      'R-7',
      'Acme',
      '',
      '',
    ]);
    expect(texts(3)).toEqual([
      '12',
      'Formula without a value',
      'Supplier: the cell holds a formula',
      'R-12',
      '=HYPERLINK("x")',
      '01/04/2024',
      '',
    ]);
    expect(sheet.getRow(2).getCell(1).value).toBe(7);
    const formula = sheet.getRow(3).getCell(5);
    expect(formula.type).not.toBe(ExcelJS.ValueType.Formula);
    expect(formula.formula).toBeUndefined();
  });

  it('is matched to the mapping saved for the file it came from', () => {
    expect(headingSignature([...skippedRowColumns, ...headings])).toBe(headingSignature(headings));
  });
});
