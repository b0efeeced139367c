// Streaming a register file's rows: CSV in UTF-8, with a BOM or in Windows-1252; .xlsx with
// dates at 01:00, formulas and error cells; and the files that are refused, each with a message.

import { describe, expect, it } from 'vitest';
import { readSheetRows, type FileSource } from '../../electron/excel/sheet-rows';
import { UnreadableFile } from '../../electron/excel/table-file';
import { windows1252, withBom, xlsxOf, zipOf } from '../fixtures/register-files';

async function rowsOf(source: FileSource) {
  const reading = await readSheetRows(source);
  const rows: { row: number; cells: string[] }[] = [];
  for await (const row of reading.rows) rows.push(row);
  return { sheet: reading.sheet, rows };
}

async function refusal(source: FileSource): Promise<string> {
  try {
    await rowsOf(source);
  } catch (error) {
    expect(error).toBeInstanceOf(UnreadableFile);
    return (error as Error).message;
  }
  throw new Error('The file was read');
}

describe('readSheetRows: CSV', () => {
  it('reads UTF-8 with a byte-order mark without the mark', async () => {
    const { rows } = await rowsOf({ fileName: 'r.csv', bytes: withBom('Ref,Value\nC-1,£5\n') });
    expect(rows).toEqual([
      { row: 1, cells: ['Ref', 'Value'] },
      { row: 2, cells: ['C-1', '£5'] },
    ]);
  });

  it('reads Windows-1252, as older Excel saves it', async () => {
    const { rows } = await rowsOf({
      fileName: 'r.csv',
      bytes: windows1252('Ref,Value\r\nC-1,£1,234\r\nC-2,“Café” – €5\r\n'),
    });
    expect(rows[1]?.cells).toEqual(['C-1', '£1', '234']);
    expect(rows[2]?.cells).toEqual(['C-2', '“Café” – €5']);
  });
});

describe('readSheetRows: xlsx', () => {
  it('reads the first sheet, dates (at 01:00 too) as ISO datetimes, formulas as their results, errors as written', async () => {
    const bytes = await xlsxOf([
      ['Reference', 'Start', 'Value', 'Total'],
      [
        'C-1',
        new Date(Date.UTC(2023, 3, 1, 1, 0)),
        77317.54000000001,
        { formula: 'C2*2', result: 154635.08 },
      ],
      [
        'C-2',
        new Date(Date.UTC(2024, 0, 31)),
        { error: '#N/A' },
        { formula: 'A1+#REF!', result: { error: '#REF!' } },
      ],
    ]);
    const { sheet, rows } = await rowsOf({ fileName: 'r.xlsx', bytes });
    expect(sheet).toBe('Register');
    expect(rows[1]?.cells).toEqual([
      'C-1',
      '2023-04-01T01:00:00.000Z',
      '77317.54000000001',
      '154635.08',
    ]);
    // A formula whose saved result is an error (or missing) reads as the formula itself.
    expect(rows[2]?.cells).toEqual(['C-2', '2024-01-31T00:00:00.000Z', '#N/A', '=A1+#REF!']);
  });
});

describe('readSheetRows refuses, saying why', () => {
  it('an empty file', async () => {
    expect(await refusal({ fileName: 'empty.csv', bytes: new Uint8Array() })).toBe(
      'empty.csv is empty.',
    );
  });

  it('a file that is no spreadsheet', async () => {
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]);
    expect(await refusal({ fileName: 'photo.jpg', bytes: jpeg })).toMatch(
      /photo\.jpg is not a spreadsheet/,
    );
    expect(await refusal({ fileName: 'notes.xlsx', bytes: Buffer.from('hello') })).toMatch(
      /notes\.xlsx is not a spreadsheet/,
    );
  });

  it('an old .xls workbook', async () => {
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect(await refusal({ fileName: 'old.xls', bytes: ole })).toMatch(/old Excel \.xls/);
  });

  it('a zip that holds no workbook', async () => {
    const zip = zipOf({ 'readme.txt': 'not a workbook' });
    expect(await refusal({ fileName: 'register.xlsx', bytes: zip })).toMatch(
      /zip file but not an Excel workbook/,
    );
  });

  it('a cell longer than a spreadsheet cell can hold, naming row and column', async () => {
    const csv = Buffer.from(`Ref,Title\nC-1,"${'x'.repeat(40_000)}"\n`);
    expect(await refusal({ fileName: 'big.csv', bytes: csv })).toMatch(
      /row 2, column 2 holds more than 32,767 characters/,
    );
  });
});
