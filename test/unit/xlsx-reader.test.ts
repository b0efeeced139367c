// The one streaming .xlsx reader (xlsx-reader.ts): every kind of cell read as exceljs's own
// streaming reader reads it (the two compared on the same workbook), from bytes and from disk,
// stored as well as deflated parts, hidden sheets listed, reading stopped part way, and files
// that are no workbook refused.

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotAWorkbook, XlsxWorkbook, type XlsxRow } from '../../electron/excel/xlsx-reader';
import { zipOf } from '../fixtures/register-files';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'svt-xlsx-reader-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A workbook with every kind of cell, a hidden second sheet and a gap between rows. */
async function everyKindOfCell(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Return & notes');
  sheet.addRow(['Text', 'Number', 'Date', 'Yes', 'Formula', 'Error', 'Rich', 'Escaped']);
  sheet.addRow([
    'Café <b> & "quotes"',
    77317.54000000001,
    new Date(Date.UTC(2023, 3, 1, 1, 0)),
    true,
    { formula: 'B2*2', result: 154635.08 },
    { error: '#REF!' },
    { richText: [{ text: 'Bold ' }, { text: 'and plain' }] },
    'tab\there',
  ]);
  sheet.getCell('C2').numFmt = 'dd/mm/yyyy hh:mm';
  sheet.getRow(5).values = ['after a gap', -3, { formula: 'A1&"x"', result: 'Textx' }];
  sheet.getCell('D5').value = { formula: 'NOW()' };
  sheet.getCell('E5').value = new Date(Date.UTC(2024, 0, 31));
  sheet.getCell('E5').numFmt = 'd-mmm-yy';
  sheet.getCell('F5').value = 45000;
  sheet.getCell('F5').numFmt = '#,##0.00';
  const hidden = workbook.addWorksheet('Metadata', { state: 'hidden' });
  hidden.addRow(['key', 'value']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** exceljs's streaming reader's rows of every sheet, as { number, values }. */
async function exceljsRows(bytes: Buffer): Promise<{ number: number; values: unknown[] }[][]> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([bytes]), {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  const sheets: { number: number; values: unknown[] }[][] = [];
  for await (const worksheet of reader) {
    const rows: { number: number; values: unknown[] }[] = [];
    for await (const row of worksheet as AsyncIterable<ExcelJS.Row>) {
      const values = (row.values as unknown[]).map((value) =>
        value && typeof value === 'object' && 'richText' in value
          ? (value as ExcelJS.CellRichTextValue).richText.map((part) => part.text).join('')
          : value,
      );
      rows.push({ number: row.number, values });
    }
    sheets.push(rows);
  }
  return sheets;
}

async function ourRows(workbook: XlsxWorkbook) {
  const sheets: XlsxRow[][] = [];
  for (const sheet of workbook.sheets) {
    const rows: XlsxRow[] = [];
    for await (const row of workbook.rows(sheet)) rows.push(row);
    sheets.push(rows);
  }
  return sheets;
}

/** Values compared as plain data: a sparse array's holes and undefined are the same. */
const plain = (sheets: { number: number; values: unknown[] }[][]) =>
  sheets.map((rows) =>
    rows.map(({ number, values }) => ({
      number,
      values: Array.from(values, (value) =>
        value instanceof Date ? value.toISOString() : (value ?? null),
      ),
    })),
  );

/** The same workbook with every part stored (not deflated). */
async function stored(bytes: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
}

describe('XlsxWorkbook', () => {
  it('reads every kind of cell as exceljs reads it', async () => {
    const bytes = await everyKindOfCell();
    const ours = await ourRows(await XlsxWorkbook.open({ bytes }));
    expect(plain(ours)).toEqual(plain(await exceljsRows(bytes)));
    expect(ours[0]?.[1]?.values.slice(1)).toEqual([
      'Café <b> & "quotes"',
      77317.54000000001,
      new Date('2023-04-01T01:00:00.000Z'),
      true,
      { formula: 'B2*2', result: 154635.08 },
      { error: '#REF!' },
      'Bold and plain',
      'tab\there',
    ]);
    expect(ours[0]?.[2]?.number).toBe(5);
    expect(ours[0]?.[2]?.values[4]).toEqual({ formula: 'NOW()' });
  });

  it('lists every sheet with its state, hidden ones too', async () => {
    const workbook = await XlsxWorkbook.open({ bytes: await everyKindOfCell() });
    expect(workbook.sheets.map(({ name, state }) => ({ name, state }))).toEqual([
      { name: 'Return & notes', state: 'visible' },
      { name: 'Metadata', state: 'hidden' },
    ]);
  });

  it('reads the same from disk as from bytes, and stored parts as deflated ones', async () => {
    const bytes = await everyKindOfCell();
    const path = join(dir, 'every-kind.xlsx');
    await writeFile(path, await stored(bytes));
    const fromBytes = await ourRows(await XlsxWorkbook.open({ bytes }));
    expect(await ourRows(await XlsxWorkbook.open({ path }))).toEqual(fromBytes);
  });

  it('stops reading when the loop stops, and reports how far through the sheet it is', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Long');
    for (let n = 1; n <= 20_000; n++) sheet.addRow([`Row ${n}`, n]);
    const path = join(dir, 'long.xlsx');
    await writeFile(path, Buffer.from(await workbook.xlsx.writeBuffer()));
    const reader = await XlsxWorkbook.open({ path });
    const fractions: number[] = [];
    let read = 0;
    for await (const row of reader.rows(reader.sheets[0] as never, (f) => fractions.push(f))) {
      read = row.number;
      if (row.number === 10) break;
    }
    expect(read).toBe(10);
    expect(Math.max(...fractions)).toBeLessThan(1);
    const all: number[] = [];
    for await (const row of reader.rows(reader.sheets[0] as never)) all.push(row.number);
    expect(all).toHaveLength(20_000);
    expect(all.at(-1)).toBe(20_000);
  });

  it('refuses a zip that is no workbook, and a damaged or cut-short zip, saying why', async () => {
    const refusal = async (bytes: Uint8Array) => {
      const error = await XlsxWorkbook.open({ bytes }).then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(NotAWorkbook);
      return (error as Error).message;
    };
    expect(await refusal(zipOf({ 'readme.txt': 'hello' }))).toMatch(/not an Excel workbook/);
    expect(await refusal(Buffer.from('PK\u0003\u0004 not really a zip'))).toMatch(/damaged/);
    const bytes = await everyKindOfCell();
    expect(await refusal(bytes.subarray(0, bytes.length - 100))).toMatch(/damaged/);
    // A directory whose entries point past the end of the file.
    const pointingPast = Buffer.from(bytes);
    const directory = pointingPast.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    pointingPast.writeUInt32LE(0x7fffffff, directory + 42);
    const opened = await XlsxWorkbook.open({ bytes: pointingPast }).then(
      async (workbook) => {
        for (const sheet of workbook.sheets) for await (const row of workbook.rows(sheet)) void row;
        return null;
      },
      (e: unknown) => e,
    );
    expect(opened).toBeInstanceOf(NotAWorkbook);
  });
});
