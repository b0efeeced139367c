// The workbook of rows an import left out: each row's number, what it was left out for and why,
// then the file's columns with its cells (blank cells blank, formula-like text as a string cell);
// and a saved mapping's headings signature, which leaves the added columns out.

import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { headingSignature } from '../../electron/excel/register-mapping';
import { skippedRowColumns, skippedRowsWorkbook } from '../../electron/excel/skipped-rows-workbook';

async function sheetOf(bytes: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook.getWorksheet('Skipped rows') as ExcelJS.Worksheet;
}

describe('skippedRowsWorkbook', () => {
  it("writes the row number, what for and why, then the file's columns", async () => {
    const sheet = await sheetOf(
      await skippedRowsWorkbook(
        ['Ref', 'Supplier', 'Start'],
        [
          {
            row: 7,
            kind: 'No start date',
            reason: 'There is no start date',
            cells: ['R-7', 'Acme'],
          },
          {
            row: 12,
            kind: 'Formula without a value',
            reason: 'Supplier: the cell holds a formula',
            cells: ['R-12', '=HYPERLINK("x")', '01/04/2024', 'beyond the headings'],
          },
        ],
      ),
    );
    const values = (row: number) =>
      Array.from({ length: 6 }, (_, i) => sheet.getRow(row).getCell(i + 1).value);
    expect(values(1)).toEqual([...skippedRowColumns, 'Ref', 'Supplier', 'Start']);
    expect(values(2)).toEqual([7, 'No start date', 'There is no start date', 'R-7', 'Acme', null]);
    expect(values(3)).toEqual([
      12,
      'Formula without a value',
      'Supplier: the cell holds a formula',
      'R-12',
      '=HYPERLINK("x")',
      '01/04/2024',
    ]);
    expect(sheet.getRow(3).getCell(5).type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getRow(3).getCell(7).value).toBeNull();
  });

  it('is matched to the mapping saved for the file it came from', () => {
    const headings = ['Ref', 'Supplier', 'Start'];
    expect(headingSignature([...skippedRowColumns, ...headings])).toBe(headingSignature(headings));
  });
});
