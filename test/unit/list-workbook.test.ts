// Rows to .xlsx: text a spreadsheet would run as a formula is kept as a string cell, and each kind of cell
// (text, money, date, number, yes/no) comes out as the right Excel type and format.

import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { listWorkbook, type CellValue, type SheetColumn } from '../../electron/excel/list-workbook';

const columns: SheetColumn[] = [
  { header: 'Name', kind: 'text' },
  { header: 'Value (£)', kind: 'money' },
  { header: 'Start', kind: 'date' },
  { header: 'Contracts', kind: 'number' },
  { header: 'Local', kind: 'yesNo' },
];

async function read(rows: CellValue[][]): Promise<ExcelJS.Worksheet> {
  const bytes = await listWorkbook('Suppliers', columns, rows);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook.getWorksheet('Suppliers') as ExcelJS.Worksheet;
}

describe('listWorkbook', () => {
  it('writes a bold, frozen header row with a filter', async () => {
    const sheet = await read([['Acme', 100, '2026-01-01', 1, true]]);
    const header = sheet.getRow(1);
    expect(columns.map((_, i) => header.getCell(i + 1).value)).toEqual(
      columns.map((c) => c.header),
    );
    expect(header.font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
  });

  it('writes each kind of cell as its Excel type', async () => {
    const sheet = await read([['Acme Ltd', 12_345_678, '2026-02-28', 42, true]]);
    const row = sheet.getRow(2);

    expect(row.getCell(1)).toMatchObject({ type: ExcelJS.ValueType.String, value: 'Acme Ltd' });
    expect(row.getCell(2)).toMatchObject({ type: ExcelJS.ValueType.Number, value: 123_456.78 });
    expect(row.getCell(2).numFmt).toContain('£');
    expect(row.getCell(3).type).toBe(ExcelJS.ValueType.Date);
    expect(row.getCell(3).value).toEqual(new Date('2026-02-28T00:00:00.000Z'));
    expect(row.getCell(3).numFmt).toBe('dd/mm/yyyy');
    expect(row.getCell(4)).toMatchObject({ type: ExcelJS.ValueType.Number, value: 42 });
    expect(row.getCell(5)).toMatchObject({ type: ExcelJS.ValueType.String, value: 'Yes' });
  });

  it('writes money in pounds without losing pence, and false as No', async () => {
    const sheet = await read([
      ['a', 1, '2024-01-01', 0, false],
      ['b', 0, '2024-12-31', 1, false],
      ['c', 99_999_999_999, '2000-02-29', 2, true],
    ]);
    expect([2, 3, 4].map((r) => sheet.getRow(r).getCell(2).value)).toEqual([
      0.01, 0, 999_999_999.99,
    ]);
    expect(sheet.getRow(2).getCell(5).value).toBe('No');
    expect(sheet.getRow(4).getCell(3).value).toEqual(new Date('2000-02-29T00:00:00.000Z'));
  });

  it('leaves null cells empty, whatever their kind', async () => {
    const sheet = await read([['Acme', null, null, null, null]]);
    const row = sheet.getRow(2);
    for (const column of [2, 3, 4, 5]) {
      expect(row.getCell(column).type).toBe(ExcelJS.ValueType.Null);
    }
  });

  it('writes formula-like text as the same text in a string cell, never as a formula', async () => {
    const sheet = await read([['=SUM(A1:A9)', 1, '2026-01-01', 1, true]]);
    const cell = sheet.getRow(2).getCell(1);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe('=SUM(A1:A9)');
    expect(cell.formula).toBeFalsy();
  });

  it('writes numbers given to a text column as text', async () => {
    const sheet = await read([[1234567, 1, '2026-01-01', 1, true]]);
    expect(sheet.getRow(2).getCell(1)).toMatchObject({
      type: ExcelJS.ValueType.String,
      value: '1234567',
    });
  });

  it('writes one row per row given, in order', async () => {
    const names = Array.from({ length: 25 }, (_, i) => `Supplier ${i}`);
    const sheet = await read(names.map((name) => [name, 0, '2026-01-01', 0, false]));
    expect(sheet.rowCount).toBe(26);
    expect(names.map((_, i) => sheet.getRow(i + 2).getCell(1).value)).toEqual(names);
  });
});
