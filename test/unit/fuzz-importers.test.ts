// Property-based tests of the importers with generated input: bytes of every kind, CSV text with
// quotes, line breaks and odd characters, framework files with random cells, and real workbooks
// cut short or with bytes changed. Each must end in a correct result or a clear message (an
// UnreadableFile error, or problems in a preview), never an unexpected exception or a hang.

import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeText, parseCsv } from '../../electron/excel/csv-text';
import { readFrameworkFile } from '../../electron/excel/framework-import';
import { readReturnFile } from '../../electron/excel/return-import';
import { readTableFile, UnreadableFile } from '../../electron/excel/table-file';
import { validFrameworkWorkbook } from '../fixtures/malformed/corpus';
import { reportCounts, soakFactor } from '../trust-counts';

const factor = soakFactor();
const runs = (n: number) => ({ numRuns: n * factor, seed: 20261130 });
const hangLimitMs = 10_000;
let tried = 0;

/** Fails, rather than waits for ever, when an importer does not finish. */
async function finishing<T>(work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${hangLimitMs} ms`)), hangLimitMs);
  });
  try {
    return await Promise.race([work, hang]);
  } finally {
    clearTimeout(timer);
  }
}

/** A table as a spreadsheet program writes it: every cell quoted, quotes doubled, CRLF. */
function toCsv(rows: string[][]): string {
  return rows
    .map((row) => row.map((cell) => `"${cell.replaceAll('"', '""')}"`).join(','))
    .join('\r\n');
}

/** Rows of a .csv or .xlsx, or the UnreadableFile message; anything else thrown fails. */
async function tableOrMessage(name: string, bytes: Uint8Array) {
  try {
    const table = await finishing(readTableFile(name, bytes));
    expect(table.rows.every((row) => row.every((cell) => typeof cell === 'string'))).toBe(true);
    return table;
  } catch (error) {
    if (!(error instanceof UnreadableFile)) throw error;
    expect(error.message.length).toBeGreaterThan(10);
    return error.message;
  }
}

let workbook: Uint8Array;
beforeAll(async () => {
  workbook = await validFrameworkWorkbook();
});

afterAll(() => {
  reportCounts({ suite: 'importer fuzz', inputsTried: tried, faultsInjected: 0, recordsLost: 0 });
});

describe('CSV text', () => {
  it('decodes any bytes to text, and UTF-8 exactly', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme' }),
        fc.uint8Array({ maxLength: 300 }),
        (text, bytes) => {
          tried += 2;
          expect(decodeText(new TextEncoder().encode(text))).toEqual({ text, encoding: 'utf-8' });
          expect(typeof decodeText(bytes).text).toBe('string');
        },
      ),
      runs(300),
    );
  });

  it('reads back every table written with quotes, commas and line breaks in its cells', () => {
    const cell = fc.string({
      unit: fc.constantFrom('a', 'Z', ' ', ',', '"', '\n', '\r\n', '£', '–', '0'),
    });
    // Rows with something in them: a row of empty cells alone in a file may read as no row (a
    // known edge of the CSV reader, reported to its owner; importers skip blank rows anyway).
    const row = fc
      .array(cell, { minLength: 1, maxLength: 6 })
      .filter((cells) => cells.some((text) => text !== ''));
    const table = fc.array(row, { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(table, (rows) => {
        tried++;
        expect(parseCsv(toCsv(rows))).toEqual(rows);
      }),
      runs(300),
    );
  });
});

describe('a chosen file, as bytes', () => {
  it('is read as rows or refused with a reason, whatever the bytes and name', async () => {
    const name = fc.constantFrom('file.csv', 'file.xlsx', 'file.xls', 'file.txt', 'file');
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 2000 }),
      // A zip's signature, then noise: taken for a workbook, and must be refused as one.
      fc
        .uint8Array({ maxLength: 2000 })
        .map((rest) => new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...rest])),
    );
    await fc.assert(
      fc.asyncProperty(name, bytes, async (fileName, content) => {
        tried++;
        await tableOrMessage(fileName, content);
      }),
      runs(150),
    );
  });

  it('is read or refused when it is a real workbook cut short or with bytes changed', async () => {
    const damage = fc.record({
      cutAt: fc.option(fc.nat(), { nil: undefined }),
      changes: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }),
    });
    await fc.assert(
      fc.asyncProperty(damage, async ({ cutAt, changes }) => {
        tried++;
        const bytes = workbook.slice(0, cutAt === undefined ? undefined : cutAt % workbook.length);
        for (const [at, value] of changes) if (bytes.length > 0) bytes[at % bytes.length] = value;
        await tableOrMessage('measures.xlsx', bytes);
        const preview = await finishing(readFrameworkFile('measures.xlsx', bytes));
        expect(preview.problems.length + preview.measures.length).toBeGreaterThan(0);
        const parsed = await finishing(readReturnFile('return.xlsx', bytes, () => {}));
        expect(parsed.problems.length).toBeGreaterThan(0);
      }),
      runs(40),
    );
  });
});

describe('a framework file with random cells', () => {
  const header = fc.shuffledSubarray(
    ['Code', 'Title', 'Unit', 'Theme', 'Outcome', 'Proxy value', 'Guidance', 'Kind', 'Notes'],
    {
      minLength: 1,
    },
  );
  const cell = fc.oneof(
    fc.string({ maxLength: 30 }),
    fc.constantFrom(
      '',
      'LOC1',
      'LOC1',
      'hours',
      'FTE',
      '£12.50',
      '-3',
      '1e999',
      'N/A',
      '=1+1',
      ' ',
    ),
  );

  it('gets a preview whose problems say where; with none, every measure has a unique code', async () => {
    await fc.assert(
      fc.asyncProperty(
        header,
        fc.array(fc.array(cell, { maxLength: 10 }), { maxLength: 25 }),
        async (columns, rows) => {
          tried++;
          const bytes = new TextEncoder().encode(toCsv([columns, ...rows]));
          const preview = await finishing(readFrameworkFile('measures.csv', bytes));
          for (const issue of [...preview.problems, ...preview.warnings]) {
            expect(issue.message.length).toBeGreaterThan(5);
            if (issue.row !== null) expect(issue.row).toBeLessThanOrEqual(rows.length + 1);
          }
          if (preview.problems.length === 0) {
            const codes = preview.measures.map((measure) => measure.code);
            expect(codes.every((code) => code.trim().length > 0)).toBe(true);
            expect(new Set(codes).size).toBe(codes.length);
          }
        },
      ),
      runs(150),
    );
  });
});
