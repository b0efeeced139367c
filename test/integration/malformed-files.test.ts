// The corpus of malformed spreadsheets (test/fixtures/malformed) through every importer and the
// API: each file ends in a clear message or a correct result, never a crash, and nothing is
// written when an import is refused.

import { describe, expect, it } from 'vitest';
import { readFrameworkFile } from '../../electron/excel/framework-import';
import { readReturnFile } from '../../electron/excel/return-import';
import { readTableFile, UnreadableFile } from '../../electron/excel/table-file';
import { malformedFiles } from '../fixtures/malformed/corpus';
import { openRecordsWorkspace } from './seed-records';
import { callApi, dumpTables, useTempDirs } from './temp-workspace';

const temp = useTempDirs();

/** The message a file gets from readTableFile, or its rows when it can be read. */
async function tableOutcome(
  name: string,
  bytes: Uint8Array,
): Promise<{ rows: string[][] } | { message: string }> {
  try {
    return { rows: (await readTableFile(name, bytes)).rows };
  } catch (error) {
    expect(error).toBeInstanceOf(UnreadableFile);
    return { message: (error as Error).message };
  }
}

describe.each(malformedFiles.map((file) => [file.name, file] as const))('%s', (name, file) => {
  it('is read into rows or refused with a reason, by the table reader', async () => {
    const outcome = await tableOutcome(name, await file.bytes());
    if ('message' in outcome) expect(outcome.message.length).toBeGreaterThan(10);
    else
      expect(outcome.rows.every((row) => row.every((cell) => typeof cell === 'string'))).toBe(true);
  });

  it('gets a preview from the framework importer, every problem saying where and what', async () => {
    const preview = await readFrameworkFile(name, await file.bytes());
    for (const problem of [...preview.problems, ...preview.warnings]) {
      expect(problem.message.length).toBeGreaterThan(5);
      expect(problem.sheet.length).toBeGreaterThan(0);
    }
    expect(preview.problems.length + preview.measures.length).toBeGreaterThan(0);
  });

  it('is refused by the return importer with a reason, never a crash', async () => {
    const parsed = await readReturnFile(name, await file.bytes(), () => {});
    expect(parsed.problems.length).toBeGreaterThan(0);
    expect(parsed.problems[0]?.message).toMatch(new RegExp(name.replace('.', '\\.')));
  });

  it('through the API: a clear answer, and a refused import writes nothing', async () => {
    const { ctx, db } = await openRecordsWorkspace(temp);
    const before = dumpTables(db);
    const contentBase64 = Buffer.from(await file.bytes()).toString('base64');
    const input = { fileName: name, contentBase64 };
    for (const result of [
      await callApi(ctx, 'framework.importPreview', input),
      await callApi(ctx, 'framework.import', {
        ...input,
        name: 'Broken',
        effectiveFrom: '2031-04-01',
      }),
      await callApi(ctx, 'returnImports.preview', input),
    ]) {
      if (!result.ok) {
        expect(result.error.code).not.toBe('internal');
        expect(result.error.message.length).toBeGreaterThan(10);
      }
    }
    const imported = await callApi(ctx, 'framework.import', {
      ...input,
      name: 'Broken',
      effectiveFrom: '2031-04-02',
    });
    if (!imported.ok) expect(dumpTables(db)).toEqual(before);
  });
});

describe('what the corpus files say', () => {
  const bytesOf = async (name: string) => {
    const file = malformedFiles.find((candidate) => candidate.name === name);
    if (!file) throw new Error(`No corpus file ${name}`);
    return file.bytes();
  };

  it('names the problem of files that cannot be read at all', async () => {
    expect(await tableOutcome('empty.xlsx', await bytesOf('empty.xlsx'))).toEqual({
      message: 'empty.xlsx is empty.',
    });
    expect(await tableOutcome('old-excel.xls', await bytesOf('old-excel.xls'))).toHaveProperty(
      'message',
      expect.stringMatching(/is not an \.xlsx workbook \(old \.xls files cannot be read\)/),
    );
    for (const name of ['truncated.xlsx', 'not-a-workbook.xlsx']) {
      expect(await tableOutcome(name, await bytesOf(name))).toHaveProperty(
        'message',
        expect.stringMatching(/^The workbook could not be opened|has no sheet/),
      );
    }
  });

  it('reads Windows-1252 text as the characters Excel meant', async () => {
    const preview = await readFrameworkFile('windows-1252.csv', await bytesOf('windows-1252.csv'));
    expect(preview.measures.map((measure) => measure.title)).toEqual([
      'Spend with local suppliers – “SMEs”',
    ]);
  });
});
