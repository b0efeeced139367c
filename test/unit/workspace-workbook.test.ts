// The whole-workspace workbook from tables given page by page: a contents sheet, a sheet per
// table, typed cells, inline strings, and rows that arrive over many pages kept in order.

import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import type { CellValue, SheetColumn } from '../../electron/excel/sheet-cells';
import { workbookBytes, writeWorkbookFile } from '../../electron/excel/streamed-workbook';
import { addWorkspaceSheets, type TableToWrite } from '../../electron/excel/workspace-workbook';
import { expectNoFormulaCells, loadWorkbook, sheetText } from '../fixtures/written-files';

const columns: SheetColumn[] = [
  { header: 'id', kind: 'text' },
  { header: 'value_pence', kind: 'money' },
  { header: 'start_date', kind: 'date' },
  { header: 'created_at', kind: 'dateTime' },
  { header: 'quantity', kind: 'decimal' },
  { header: 'bytes (size in bytes)', kind: 'number' },
];

function table(name: string, rows: CellValue[][], pageSize = 2): TableToWrite {
  return {
    name,
    columns,
    rowCount: rows.length,
    *pages() {
      for (let i = 0; i < rows.length; i += pageSize) yield rows.slice(i, i + pageSize);
    },
  };
}

const rows: CellValue[][] = [
  ['a', 12_345, '2026-03-31', '2026-11-30T14:15:09.138Z', 2.5, 1_024],
  ['=HYPERLINK("http://evil")', -3_728_00, '01-Jan-2000', null, -1, null],
  ['@SUM(A1)', 0, null, 'not a time', 0, 0],
];

async function workbookOf(tables: TableToWrite[]): Promise<ExcelJS.Workbook> {
  const bytes = await workbookBytes((book) => addWorkspaceSheets(book, tables));
  await expectNoFormulaCells(bytes);
  return loadWorkbook(bytes);
}

describe('the whole-workspace workbook', () => {
  it('lists every table with its rows on a contents sheet, then a sheet each', async () => {
    const book = await workbookOf([table('contracts', rows), table('empty_table', [])]);
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual([
      'Contents',
      'contracts',
      'empty_table',
    ]);
    expect(sheetText(book.getWorksheet('Contents') as ExcelJS.Worksheet)).toEqual([
      ['Sheet', 'Rows'],
      ['contracts', '3'],
      ['empty_table', '0'],
    ]);
    expect(sheetText(book.getWorksheet('empty_table') as ExcelJS.Worksheet)).toEqual([
      columns.map((column) => column.header),
    ]);
  });

  it('writes money, dates and numbers as typed cells, and text as the same text', async () => {
    const sheet = (await workbookOf([table('contracts', rows)])).getWorksheet('contracts');
    if (!sheet) throw new Error('no sheet');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getRow(1).font?.bold).toBe(true);
    const [first, second, third] = [2, 3, 4].map((r) => sheet.getRow(r));
    expect(first?.getCell(2)).toMatchObject({ type: ExcelJS.ValueType.Number, value: 123.45 });
    expect(first?.getCell(2).numFmt).toContain('£');
    expect(first?.getCell(3).value).toEqual(new Date('2026-03-31T00:00:00.000Z'));
    expect(first?.getCell(4).value).toEqual(new Date('2026-11-30T14:15:09.138Z'));
    expect(first?.getCell(5).value).toBe(2.5);
    expect(first?.getCell(6).value).toBe(1_024);
    expect(second?.getCell(1).text).toBe('=HYPERLINK("http://evil")');
    expect(second?.getCell(2).value).toBe(-3_728);
    // A date column's value that is not an ISO date stays its text, never an invalid date.
    expect(second?.getCell(3).text).toBe('01-Jan-2000');
    expect(second?.getCell(5).value).toBe(-1);
    expect(third?.getCell(1).text).toBe('@SUM(A1)');
    expect(third?.getCell(4).text).toBe('not a time');
  });

  it('keeps rows that come over many pages in order', async () => {
    const many = Array.from({ length: 1_001 }, (_, i): CellValue[] => [
      `row ${i}`,
      i,
      null,
      null,
      null,
      null,
    ]);
    const sheet = (await workbookOf([table('change_log', many, 100)])).getWorksheet('change_log');
    expect(sheet?.rowCount).toBe(1_002);
    expect(sheet?.getRow(1_002).getCell(1).text).toBe('row 1000');
  });

  it("cuts a table name longer than Excel's 31 characters for its sheet", async () => {
    const long = 'a_table_name_that_is_longer_than_excel_allows';
    const book = await workbookOf([table(long, rows)]);
    expect(book.worksheets[1]?.name).toBe(long.slice(0, 31));
  });
});

describe('writeWorkbookFile', () => {
  const dirs: string[] = [];
  afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

  it('writes the same workbook straight to a file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'svt-workbook-'));
    dirs.push(dir);
    const file = join(dir, 'workspace.xlsx');
    await writeWorkbookFile(file, (book) => addWorkspaceSheets(book, [table('contracts', rows)]));
    const sheet = (await loadWorkbook(await readFile(file))).getWorksheet('contracts');
    expect(sheet?.rowCount).toBe(4);
  });
});
