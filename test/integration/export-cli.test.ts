// svt export register and svt export workspace, in-process through runCli: the files they write,
// and a non-zero exit with the reason on standard error for every bad argument.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run-cli';
import { workspaceFileIn } from '../../electron/workspace-location';
import { csvRows, expectNoFormulaCells, loadWorkbook } from '../fixtures/written-files';
import { captureOutput, tableNames, useTempDirs, withRawDb } from './temp-workspace';

const temp = useTempDirs();

async function svt(...argv: string[]) {
  const { written, output } = captureOutput();
  const code = await runCli(argv, output);
  return { code, stdout: written.stdout.join('\n'), stderr: written.stderr.join('\n') };
}

/** A data folder holding the demo council. */
async function demoDataDir(): Promise<string> {
  const dataDir = await temp.make();
  expect((await svt('demo', '--data-dir', dataDir)).code).toBe(0);
  return dataDir;
}

describe('svt export register', () => {
  it('writes the register as CSV or XLSX and says where', async () => {
    const dataDir = await demoDataDir();
    const csvFile = join(dataDir, 'register.csv');
    const csv = await svt(
      'export',
      'register',
      '--data-dir',
      dataDir,
      '--format',
      'csv',
      '--out',
      csvFile,
    );
    expect(csv.code).toBe(0);
    expect(csv.stderr).toBe('');
    expect(csv.stdout).toMatch(
      new RegExp(`^Exported to ${csvFile} \\(0\\.\\d MB\\) in \\d+\\.\\d s\\.$`),
    );
    const rows = csvRows(readFileSync(csvFile));
    const stored = withRawDb(workspaceFileIn(dataDir), (db) =>
      db
        .prepare(
          'SELECT count(*) AS n FROM contracts WHERE deleted_at IS NULL AND value_pence > 500000',
        )
        .get(),
    ) as { n: number };
    expect(rows).toHaveLength(stored.n + 1);

    const xlsxFile = join(dataDir, 'register.xlsx');
    const xlsx = await svt(
      'export',
      'register',
      '--format',
      'xlsx',
      '--out',
      xlsxFile,
      '--data-dir',
      dataDir,
    );
    expect(xlsx.code).toBe(0);
    const bytes = readFileSync(xlsxFile);
    await expectNoFormulaCells(bytes);
    expect((await loadWorkbook(bytes)).worksheets[0]?.rowCount).toBe(stored.n + 1);
    expect(readdirSync(dataDir).filter((name) => name.endsWith('.partial'))).toEqual([]);
  });
});

describe('svt export workspace', () => {
  it('writes a sheet for every table, and JSON with --json', async () => {
    const dataDir = await demoDataDir();
    const out = join(dataDir, 'everything.xlsx');
    const run = await svt('export', 'workspace', '--data-dir', dataDir, '--out', out, '--json');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      file: out,
      bytes: statSync(out).size,
      seconds: expect.any(Number),
    });
    const book = await loadWorkbook(readFileSync(out));
    const tables = withRawDb(workspaceFileIn(dataDir), tableNames);
    expect(book.worksheets.map((sheet) => sheet.name).sort()).toEqual(
      ['Contents', ...tables].sort(),
    );
  });
});

describe('svt export with bad arguments', () => {
  it.each([
    [['export'], 'Say what to export: register or workspace.'],
    [['export', 'suppliers', '--out', 'x.csv'], 'svt export cannot export "suppliers"'],
    [['export', 'register', '--out', 'x.csv'], 'Say which format: --format csv or --format xlsx.'],
    [
      ['export', 'register', '--format', 'pdf', '--out', 'x.pdf'],
      '--format must be csv or xlsx, not "pdf".',
    ],
    [['export', 'register', '--format', 'csv'], 'Say where to write the file: --out FILE.'],
    [['export', 'workspace'], 'Say where to write the file: --out FILE.'],
    [
      ['export', 'workspace', '--format', 'csv', '--out', 'x.csv'],
      'The workspace is exported as .xlsx only',
    ],
    [
      ['export', 'register', 'extra', '--format', 'csv', '--out', 'x.csv'],
      'takes one thing to export',
    ],
  ])('svt %j exits 2 and says why on standard error', async (argv, message) => {
    const dataDir = await temp.make();
    const run = await svt(...argv, '--data-dir', dataDir);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(message);
    expect(run.stderr).toContain('Usage: svt export register');
    // Nothing was opened or made: a bad command line leaves the folder as it was.
    expect(readdirSync(dataDir)).toEqual([]);
  });

  it('exits 2 on an option svt does not know', async () => {
    const run = await svt('export', 'register', '--fromat', 'csv');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("Unknown option '--fromat'");
  });

  it.each([
    [['register', '--format', 'csv'], 'register.csv'],
    [['workspace'], 'workspace.xlsx'],
  ])(
    'svt export %j exits 1 and leaves no file when the folder to write in does not exist',
    async (args, name) => {
      const dataDir = await demoDataDir();
      const out = join(dataDir, 'no such folder', name);
      const run = await svt('export', ...args, '--out', out, '--data-dir', dataDir);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`Could not write ${out}`);
      expect(run.stderr).toContain('ENOENT');
      expect(existsSync(out)).toBe(false);
    },
  );
});
