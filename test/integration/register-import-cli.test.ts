// svt import register: --json gives rows, imported, updated, unchanged, skipped (each row with
// its reason) and errors; --dry-run writes nothing; --profile and --kind choose the mapping;
// measures go to the framework import; a bad file exits non-zero with the message on stderr.

import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run-cli';
import { workspaceFileIn } from '../../electron/workspace-location';
import { registerFile } from './register-import-flow';
import { captureOutput, countRows, useTempDirs, withRawDb } from './temp-workspace';

const temp = useTempDirs();

async function svt(...argv: string[]) {
  const { written, output } = captureOutput();
  const code = await runCli(argv, output);
  return { code, stdout: written.stdout.join('\n'), stderr: written.stderr.join('\n') };
}

const contracts = (dataDir: string) =>
  withRawDb(workspaceFileIn(dataDir), (db) => countRows(db, 'contracts', 'deleted_at IS NULL'));

describe('svt import register', () => {
  it('imports the Norfolk register and reports it as JSON', async () => {
    const dataDir = await temp.make();
    const { code, stdout, stderr } = await svt(
      'import',
      'register',
      registerFile('norfolk-contracts-register.csv'),
      '--data-dir',
      dataDir,
      '--json',
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as Record<string, unknown> & {
      skipped: { row: number; reason: string }[];
    };
    expect(result).toMatchObject({
      rows: 5729,
      imported: 3249,
      updated: 0,
      unchanged: 0,
      errors: [],
    });
    expect(result.skipped).toHaveLength(2480);
    expect(result.skipped[0]).toEqual({
      row: 2,
      reason: 'There is no start date, and a new contract needs one',
    });
    expect(contracts(dataDir)).toBe(3249);
  });

  it('--dry-run reports what would be done and writes nothing; a second import finds it unchanged', async () => {
    const dataDir = await temp.make();
    const file = registerFile('city-of-london-corporation-award_20200713-20200720.csv');
    const dry = await svt('import', 'register', file, '--data-dir', dataDir, '--dry-run', '--json');
    expect(JSON.parse(dry.stdout)).toMatchObject({ dryRun: true, rows: 2, imported: 2 });
    expect(contracts(dataDir)).toBe(0);
    expect((await svt('import', 'register', file, '--data-dir', dataDir)).code).toBe(0);
    const again = await svt('import', 'register', file, '--data-dir', dataDir);
    expect(again.stdout).toContain('unchanged 2');
    expect(contracts(dataDir)).toBe(2);
  });

  it('--kind suppliers reads a Contracts Finder award file as a supplier list', async () => {
    const dataDir = await temp.make();
    const { code, stdout } = await svt(
      'import',
      'register',
      registerFile('telford-wrekin-council-award_20200727-20200803.csv'),
      '--data-dir',
      dataDir,
      '--kind',
      'suppliers',
      '--json',
    );
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ kind: 'suppliers', errors: [] });
  });

  it('--profile names a built-in profile; an unknown one is refused', async () => {
    const dataDir = await temp.make();
    const file = registerFile('nottingham-city-council-award_20200720-20200727.csv');
    const known = await svt(
      'import',
      'register',
      file,
      '--data-dir',
      dataDir,
      '--profile',
      'Contracts Finder award notices',
      '--json',
    );
    expect(JSON.parse(known.stdout)).toMatchObject({ kind: 'contracts', imported: 2 });
    const unknown = await svt(
      'import',
      'register',
      file,
      '--data-dir',
      dataDir,
      '--profile',
      'Nonesuch',
    );
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/There is no mapping profile called "Nonesuch"/);
  });

  it('--kind measures imports a framework file as a new version', async () => {
    const dataDir = await temp.make();
    const { code, stdout, stderr } = await svt(
      'import',
      'register',
      '/work/shared/data/frameworks/essex-quarterly-return-measures.csv',
      '--data-dir',
      dataDir,
      '--kind',
      'measures',
      '--json',
    );
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ kind: 'measures', imported: 37, errors: [] });
  });

  it('a bad file exits 1 with the message on stderr and writes nothing', async () => {
    const dir = await temp.make();
    const dataDir = join(dir, 'data');
    const bad = join(dir, 'photo.xlsx');
    writeFileSync(bad, Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]));
    const { code, stdout, stderr } = await svt('import', 'register', bad, '--data-dir', dataDir);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^photo\.xlsx is not a spreadsheet this app can read/);
    expect(contracts(dataDir)).toBe(0);

    const missing = await svt(
      'import',
      'register',
      join(dir, 'nowhere.csv'),
      '--data-dir',
      dataDir,
    );
    expect(missing).toMatchObject({
      code: 1,
      stderr: `There is no file ${join(dir, 'nowhere.csv')}.`,
    });
  });

  it('a file whose columns cannot give the needed fields exits 1, saying which', async () => {
    const dataDir = await temp.make();
    const { code, stderr } = await svt(
      'import',
      'register',
      registerFile('telford-wrekin-council-award_20200727-20200803.csv'),
      '--data-dir',
      dataDir,
    );
    expect(code).toBe(1);
    expect(stderr).toMatch(/Start date, End date: they are needed to import contracts/);
  });

  it('usage problems exit 2', async () => {
    const dataDir = await temp.make();
    expect((await svt('import', 'register', '--data-dir', dataDir)).code).toBe(2);
    expect((await svt('import', 'everything', '--data-dir', dataDir)).code).toBe(2);
    const kind = await svt(
      'import',
      'register',
      'x.csv',
      '--kind',
      'widgets',
      '--data-dir',
      dataDir,
    );
    expect(kind).toMatchObject({ code: 2 });
    expect(kind.stderr).toMatch(/--kind must be one of contracts, exercises, suppliers, measures/);
  });
});
