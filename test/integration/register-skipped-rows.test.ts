// The rows a register import left out, downloaded as a workbook to put right: Norfolk's 2,480
// skipped rows, each with its cells as in the file, its row number and why, from the preview and
// again once imported; a formula comes back as text and a blank heading stays blank; a workbook put
// right imports again under the mapping saved for the file it came from; a job no longer there is
// refused.

import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Context } from '../../electron/api/context';
import { parseCsv } from '../../electron/excel/csv-text';
import { skippedRowColumns } from '../../electron/excel/skipped-rows-workbook';
import type { ExportedFile } from '../../shared/exported-file';
import {
  importRegister,
  ourRegisterProfile,
  previewRegister,
  registerFile,
} from './register-import-flow';
import { openRecordsWorkspace } from './seed-records';
import { callApi, countRows, expectError, expectOk, useTempDirs } from './temp-workspace';

const temp = useTempDirs();
const norfolk = registerFile('norfolk-contracts-register.csv');

async function download(ctx: Context, jobId: string): Promise<ExportedFile> {
  return expectOk(await callApi(ctx, 'registerImport.skippedRows', { jobId }));
}

/** The workbook's rows as text, its heading row first. */
async function rowsOf(file: ExportedFile): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('Skipped rows') ?? expect.fail('No Skipped rows sheet');
  const width = sheet.columnCount;
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    rows.push(Array.from({ length: width }, (_, i) => row.getCell(i + 1).text));
  });
  return rows;
}

describe('downloading the rows an import left out', () => {
  it("gives every one of Norfolk's skipped rows with its cells, row number and reason", async () => {
    const { ctx } = await openRecordsWorkspace(temp);
    const { outline, jobId, preview } = await previewRegister(
      ctx,
      'norfolk.csv',
      readFileSync(norfolk),
    );
    expect(preview.skipped).toHaveLength(2480);
    const file = await download(ctx, jobId);
    expect(file.fileName).toBe('norfolk skipped rows.xlsx');
    const [headings, ...rows] = await rowsOf(file);
    const fileHeadings = outline.columns.map((c) => c.heading);
    expect(headings).toEqual([...skippedRowColumns, ...fileHeadings]);
    expect(rows).toHaveLength(2480);

    const records = parseCsv(readFileSync(norfolk, 'utf-8'));
    const width = fileHeadings.length;
    for (const [index, skipped] of preview.skipped.entries()) {
      const row = rows[index] as string[];
      const original = records[skipped.row - 1] as string[];
      expect(row.slice(0, 3)).toEqual([String(skipped.row), skipped.kind, skipped.reason]);
      expect(row.slice(3)).toEqual(
        Array.from({ length: width }, (_, i) => (original[i] ?? '').trim() && original[i]),
      );
    }
    expect(rows.find((row) => row[0] === '295')?.slice(1, 3)).toEqual([
      'Negative amount',
      "Contract value: (3728) is minus £3,728.00, and a contract's whole-life value cannot be negative",
    ]);

    // Once imported, the job keeps the import's report: the same rows, downloaded again.
    const report = expectOk(await callApi(ctx, 'registerImport.confirm', { jobId }));
    expect(report.skipped).toEqual(preview.skipped);
    expect(await rowsOf(await download(ctx, jobId))).toEqual([headings, ...rows]);
    const again = expectError(await callApi(ctx, 'registerImport.confirm', { jobId }));
    expect(again.message).toBe('norfolk.csv is imported already.');

    expectOk(await callApi(ctx, 'registerImport.cancel', { jobId }));
    const gone = expectError(await callApi(ctx, 'registerImport.skippedRows', { jobId }));
    expect(gone.message).toMatch(/no longer under way/);
  });

  it('a workbook of skipped rows, put right, imports again under the mapping saved for its file', async () => {
    const { ctx, db } = await openRecordsWorkspace(temp);
    // The third column has no heading (notes): it stays blank in the workbook of skipped rows.
    const headings = ['Ref', 'What', '', 'Who', 'From', 'To'];
    expectOk(
      await callApi(ctx, 'importProfiles.save', {
        ...ourRegisterProfile,
        headings,
      }),
    );
    const csv = [
      headings.join(','),
      'R-1,Roads,,Tarmac Ltd,01/04/2024,31/03/2025',
      'R-2,Bins,Start date to follow,Veolia Ltd,,31/03/2026',
      'R-3,Parks,,=HYPERLINK("x"),01/04/2024,31/03/2026',
    ].join('\n');
    const { jobId, preview } = await previewRegister(ctx, 'ours.csv', Buffer.from(csv));
    expect(preview.skipped.map((s) => [s.row, s.kind])).toEqual([
      [3, 'No start date'],
      [4, 'Formula without a value'],
    ]);
    const report = expectOk(await callApi(ctx, 'registerImport.confirm', { jobId }));
    expect(report.imported).toBe(1);

    const file = await download(ctx, jobId);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.contentBase64, 'base64') as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Skipped rows') ?? expect.fail('No Skipped rows sheet');
    const texts = (row: number) =>
      Array.from({ length: 9 }, (_, i) => sheet.getRow(row).getCell(i + 1).text);
    expect(texts(1)).toEqual([...skippedRowColumns, 'Ref', 'What', '', 'Who', 'From', 'To']);
    expect(texts(2).slice(3)).toEqual([
      'R-2',
      'Bins',
      'Start date to follow',
      'Veolia Ltd',
      '',
      '31/03/2026',
    ]);
    // The formula comes back as the text it was, in a cell that runs nothing.
    expect(sheet.getRow(3).getCell(7).text).toBe('=HYPERLINK("x")');
    expect(sheet.getRow(3).getCell(7).formula).toBeUndefined();
    sheet.getRow(2).getCell(8).value = '01/04/2025';
    sheet.getRow(3).getCell(7).value = 'Green Spaces Ltd';
    const putRight = Buffer.from(await workbook.xlsx.writeBuffer());

    const outline = expectOk(
      await callApi(ctx, 'registerImport.open', {
        fileName: file.fileName,
        contentBase64: putRight.toString('base64'),
      }),
    );
    expect(outline.recognised).toEqual({ name: 'Our register', kind: 'contracts', builtIn: false });
    const again = await importRegister(ctx, file.fileName, putRight);
    expect(again).toMatchObject({ rows: 2, imported: 2, skipped: [] });
    expect(
      db.prepare("SELECT start_date FROM contracts WHERE reference = 'R-2'").pluck().get(),
    ).toBe('2025-04-01');
    expect(countRows(db, 'contracts', 'deleted_at IS NULL')).toBe(3);
  });
});
