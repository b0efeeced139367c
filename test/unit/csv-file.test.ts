// Rows to CSV bytes: BOM, CRLF, RFC 4180 quoting, the formula guard, and numbers as numbers. Read
// back with the app's own CSV reader.

import { describe, expect, it } from 'vitest';
import { csvBytes, csvRow } from '../../electron/excel/csv-file';
import type { SheetColumn } from '../../electron/excel/sheet-cells';
import { csvRows } from '../fixtures/written-files';

describe('csvBytes', () => {
  it('writes a BOM, CRLF line ends, and quotes only what needs it', () => {
    const bytes = csvBytes(
      ['Name', 'Note'],
      [
        ['Acme, Ltd', 'said "hello"\r\nthen left'],
        ['Plain', null],
      ],
    );
    const text = bytes.toString('utf8');
    expect(text).toBe('\ufeffName,Note\r\n"Acme, Ltd","said ""hello""\r\nthen left"\r\nPlain,\r\n');
    expect(csvRows(bytes)).toEqual([
      ['Name', 'Note'],
      ['Acme, Ltd', 'said "hello"\r\nthen left'],
      ['Plain', ''],
    ]);
  });

  it('neutralises formula-like text with a quoted apostrophe and leaves numbers as numbers', () => {
    const bytes = csvBytes(
      ['Text', 'Number'],
      [
        ['=HYPERLINK("http://evil")', -12.5],
        ['@SUM(A1)', 0],
        ['+1', 1234567.89],
        ['-2+3', -3728],
      ],
    );
    const text = bytes.toString('utf8');
    expect(text).toContain('"\'=HYPERLINK(""http://evil"")",-12.5\r\n');
    expect(text).toContain(`"'@SUM(A1)",0\r\n`);
    expect(text).toContain(`"'+1",1234567.89\r\n`);
    expect(text).toContain(`"'-2+3",-3728\r\n`);
    expect(
      csvRows(bytes)
        .slice(1)
        .map((row) => row[0]?.[0]),
    ).toEqual(["'", "'", "'", "'"]);
  });

  it('writes £ and accented letters as UTF-8', () => {
    const bytes = csvBytes(['Name'], [['Café £5']]);
    expect(csvRows(bytes)[1]).toEqual(['Café £5']);
  });
});

describe('csvRow', () => {
  const columns: SheetColumn[] = [
    { header: 'Value', kind: 'money' },
    { header: 'Start', kind: 'date' },
    { header: 'SME', kind: 'yesNo' },
    { header: 'Count', kind: 'number' },
    { header: 'Name', kind: 'text' },
  ];

  it('writes money as plain pounds, dates as ISO and yes/no as words', () => {
    expect(csvRow(columns, [12_345_678, '2026-03-31', true, 3, 'Acme'])).toEqual([
      123456.78,
      '2026-03-31',
      'Yes',
      3,
      'Acme',
    ]);
    expect(csvRow(columns, [100, '2026-01-01', false, 0, '-5'])).toEqual([
      1,
      '2026-01-01',
      'No',
      0,
      '-5',
    ]);
  });

  it('leaves unknown values empty, not No or 0', () => {
    expect(csvRow(columns, [null, null, null, null, null])).toEqual([null, null, null, null, null]);
  });
});
