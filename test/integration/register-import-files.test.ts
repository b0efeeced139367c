// Register files as councils really save them, and bad ones: an .xlsx with a title row, padded
// headings, dates at 01:00, float noise and a total row; CSV in Windows-1252 with trailing
// all-comma rows; and files that are refused (no spreadsheet, empty, a zip that is no workbook,
// a 10 MB cell, a sheet cut off at Excel's last row) each with a clear message, writing nothing.
// Formulas, error cells and text in number cells leave their row out, saying why.

import { describe, expect, it } from 'vitest';
import type { Context } from '../../electron/api/context';
import { windows1252, xlsxOf, zipOf } from '../fixtures/register-files';
import { openRecordsWorkspace } from './seed-records';
import { importRegister, openRegister, skippedByKind } from './register-import-flow';
import { callApi, countRows, expectError, expectOk, useTempDirs } from './temp-workspace';

const temp = useTempDirs();

const stored = (ctx: Context) =>
  ctx.db
    .prepare(
      'SELECT reference, start_date, end_date, value_pence FROM contracts ORDER BY reference',
    )
    .all();

describe('files as councils save them', () => {
  it('an .xlsx with a title row, padded headings, dates at 01:00, float noise and a total row', async () => {
    const { ctx } = await openRecordsWorkspace(temp);
    const bst = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d, 1, 0));
    const bytes = await xlsxOf([
      ['Contracts register, published April 2025'],
      [],
      [' Reference ', 'Title', 'Supplier', 'Start', 'End', ' Amount '],
      ['X-1', 'Parks', 'Green Ltd', bst(2024, 4, 1), bst(2027, 3, 31), 77317.54000000001],
      ['X-2', 'Roads', 'Tarmac plc', '01/10/2024', '30-Sep-2026', ' 1,234.56 '],
      ['', 'Total', '', '', '', 78552.1],
    ]);
    const report = await importRegister(ctx, 'register.xlsx', bytes);
    expect(report).toMatchObject({ sheet: 'Register', rows: 3, imported: 2 });
    expect(report.skipped).toEqual([
      { row: 6, kind: 'Total row', reason: 'A total under the data, not a record' },
    ]);
    expect(stored(ctx)).toEqual([
      {
        reference: 'X-1',
        start_date: '2024-04-01',
        end_date: '2027-03-31',
        value_pence: 7_731_754,
      },
      { reference: 'X-2', start_date: '2024-10-01', end_date: '2026-09-30', value_pence: 123_456 },
    ]);
  });

  it('a Windows-1252 CSV with pound signs, curly quotes and trailing all-comma rows', async () => {
    const { ctx, db } = await openRecordsWorkspace(temp);
    const csv = windows1252(
      'Reference,Title,Supplier,Start date,End date,Value\r\nW-1,“Meals” – schools,Café Ltd,01/04/2024,31/03/2025,"£2,500"\r\n,,,,,\r\n,,,,,\r\n',
    );
    const report = await importRegister(ctx, 'meals.csv', csv);
    expect(report).toMatchObject({ rows: 1, blankRows: 2, imported: 1 });
    expect(db.prepare('SELECT title FROM contracts').get()).toEqual({ title: '“Meals” – schools' });
    expect(db.prepare("SELECT name FROM suppliers WHERE name LIKE 'Caf%'").get()).toEqual({
      name: 'Café Ltd',
    });
  });
});

describe('rows that cannot be imported are left out, saying why', () => {
  it('formulas with no value, error cells and text in number cells', async () => {
    const { ctx } = await openRecordsWorkspace(temp);
    const bytes = await xlsxOf([
      ['Reference', 'Title', 'Supplier', 'Start date', 'End date', 'Value'],
      ['F-1', 'Good', 'Acme Ltd', '01/04/2024', '31/03/2025', 100],
      [
        'F-2',
        'Formula',
        'Acme Ltd',
        '01/04/2024',
        '31/03/2025',
        { formula: 'Z99*2', result: { error: '#REF!' } },
      ],
      ['F-3', { error: '#REF!' }, 'Acme Ltd', '01/04/2024', '31/03/2025', 100],
      ['F-4', 'Text', 'Acme Ltd', '01/04/2024', '31/03/2025', 'about 100'],
    ]);
    const report = await importRegister(ctx, 'bad-cells.xlsx', bytes);
    expect(report.imported).toBe(1);
    expect(report.skipped).toEqual([
      {
        row: 3,
        kind: 'Formula without a value',
        reason:
          'Value: the cell holds the formula =Z99*2 with no value saved (or an error): open the file in Excel, let it calculate, and save it again',
      },
      {
        row: 4,
        kind: 'Spreadsheet error',
        reason: 'Title: the cell holds the spreadsheet error #REF!, not a value',
      },
      { row: 5, kind: 'Not an amount', reason: 'Value: "about 100" is not an amount of money' },
    ]);
    expect(stored(ctx)).toEqual([expect.objectContaining({ reference: 'F-1' })]);
  });

  it('an end date before the start date, in the words the contract form uses', async () => {
    const { ctx } = await openRecordsWorkspace(temp);
    const csv =
      'Reference,Title,Supplier,Start date,End date\nE-1,Backwards,Acme Ltd,01/04/2025,31/03/2024\n';
    const report = await importRegister(ctx, 'e.csv', Buffer.from(csv));
    expect(skippedByKind(report)).toEqual({ 'Not valid': 1 });
    expect(report.skipped[0]?.reason).toBe(
      'End date: The end date must be on or after the start date',
    );
  });
});

describe('files that are refused, writing nothing', () => {
  async function refusedAtOpen(fileName: string, bytes: Uint8Array) {
    const { ctx, db } = await openRecordsWorkspace(temp);
    const changes = countRows(db, 'change_log');
    const error = expectError(await openRegister(ctx, fileName, bytes));
    expect(countRows(db, 'change_log')).toBe(changes);
    return error;
  }

  it.each([
    [
      'not a spreadsheet',
      'photo.xlsx',
      Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]),
      /photo\.xlsx is not a spreadsheet this app can read/,
    ],
    [
      'a zip that is no workbook',
      'register.xlsx',
      zipOf({ 'word/document.xml': '<w/>' }),
      /zip file but not an Excel workbook/,
    ],
    [
      'no heading row',
      'numbers.csv',
      Buffer.from('1,2,3\n4,5,6\n'),
      /No row of headings was found/,
    ],
  ])('%s', async (_what, fileName, bytes, message) => {
    const error = await refusedAtOpen(fileName, bytes);
    expect(error.code).toBe('invalid_input');
    expect(error.message).toMatch(message);
  });

  it('an empty file (the screen says "empty.csv is empty." before sending it)', async () => {
    const error = await refusedAtOpen('empty.csv', Buffer.alloc(0));
    expect(error.details?.issues).toEqual([{ path: ['contentBase64'], message: 'Choose a file' }]);
  });

  async function failedWhileReading(fileName: string, bytes: Uint8Array): Promise<string> {
    const { ctx, db } = await openRecordsWorkspace(temp);
    const changes = countRows(db, 'change_log');
    const outline = expectOk(await openRegister(ctx, fileName, bytes));
    const { jobId } = expectOk(
      await callApi(ctx, 'registerImport.start', {
        uploadId: outline.uploadId,
        kind: 'contracts',
        mapping: outline.suggestions.contracts,
      }),
    );
    for (;;) {
      const state = expectOk(await callApi(ctx, 'registerImport.progress', { jobId }));
      if (state.state === 'failed') {
        expect(countRows(db, 'change_log')).toBe(changes);
        expect(countRows(db, 'contracts')).toBe(0);
        return state.message;
      }
      expect(state.state).not.toBe('ready');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  const header = 'Reference,Title,Supplier,Start date,End date\n';
  const goodRows = Array.from(
    { length: 40 },
    (_, i) => `R-${i},T,S Ltd,01/04/2024,31/03/2025\n`,
  ).join('');

  it('a 10 MB cell (found as soon as the file is opened)', async () => {
    const csv = Buffer.from(
      `${header}${goodRows}R-99,"${'x'.repeat(10 * 1024 * 1024)}",S Ltd,01/04/2024,31/03/2025\n`,
    );
    const error = await refusedAtOpen('huge-cell.csv', csv);
    expect(error.message).toBe(
      'huge-cell.csv, row 42, column 2 holds more than 32,767 characters, more than a spreadsheet cell can hold. Check the file: a stray quote mark can run many rows into one cell. Nothing was imported.',
    );
  });

  it("a sheet of 1,048,576 rows, Excel's last", async () => {
    const csv = Buffer.from(`${header}${goodRows}${'\n'.repeat(1_048_576 - 41)}`);
    expect(await failedWhileReading('full-sheet.csv', csv)).toMatch(
      /^full-sheet\.csv reaches row 1,048,576, Excel's last row, so rows beyond it were probably lost/,
    );
  });
});
