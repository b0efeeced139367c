// svt template return and svt import return on a real workspace folder: a template written for
// a contract and period, filled in as a supplier would, a dry run that writes nothing, the
// import, and a bad file or a return already there refused with the message on standard error.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run-cli';
import { openWorkspace } from '../../electron/db/open';
import { workspaceFileIn } from '../../electron/workspace-location';
import { fillReturnTemplate } from '../fixtures/return-files';
import { seedFramework } from './seed-framework';
import { createContract, createSupplier } from './seed-records';
import {
  callApi,
  captureOutput,
  dumpTables,
  expectOk,
  useTempDirs,
  withRawDb,
} from './temp-workspace';

const temp = useTempDirs();

async function svt(...argv: string[]) {
  const { written, output } = captureOutput();
  const code = await runCli(argv, output);
  return { code, stdout: written.stdout.join('\n'), stderr: written.stderr.join('\n') };
}

/** A workspace folder holding contract C-CLI-001 with LOC1 committed; closed again. */
async function workspaceFolder(): Promise<string> {
  const dataDir = await temp.make();
  const { db, file } = openWorkspace(workspaceFileIn(dataDir));
  try {
    const ctx = { db, file, officer: 'Priya Shah' };
    const measures = seedFramework(db, [{ code: 'LOC1', unit: 'FTE', proxyPence: 3_000_000 }]);
    const supplier = await createSupplier(ctx, { name: 'Wreake Works Ltd' });
    const contract = await createContract(ctx, supplier.id, {
      reference: 'C-CLI-001',
      startDate: '2025-04-01',
      endDate: '2027-03-31',
    });
    expectOk(
      await callApi(ctx, 'commitments.create', {
        contractId: contract.id,
        measureId: measures.LOC1 as string,
        quantity: 4,
      }),
    );
  } finally {
    db.close();
  }
  return dataDir;
}

const stored = (dataDir: string) =>
  withRawDb(workspaceFileIn(dataDir), (db) => dumpTables(db), { readonly: true });

describe('svt template return and svt import return', () => {
  it('writes a template, imports it filled in (dry run first), and refuses it a second time', async () => {
    const dataDir = await workspaceFolder();
    const out = join(dataDir, 'template.xlsx');
    const made = await svt(
      'template',
      'return',
      '--data-dir',
      dataDir,
      '--contract',
      'c-cli-001',
      '--period',
      'Q1 2025/26',
      '--out',
      out,
    );
    expect(made).toMatchObject({ code: 0, stderr: '' });
    expect(made.stdout).toBe(`Wrote the return template for c-cli-001 Q1 2025/26 to ${out}`);
    const filled = join(dataDir, 'filled.xlsx');
    writeFileSync(filled, await fillReturnTemplate(readFileSync(out), { LOC1: { delivered: 2 } }));

    const before = stored(dataDir);
    const dry = await svt('import', 'return', filled, '--data-dir', dataDir, '--dry-run', '--json');
    expect(dry.code).toBe(0);
    expect(JSON.parse(dry.stdout)).toMatchObject({
      imported: false,
      dryRun: true,
      contract: { reference: 'C-CLI-001' },
      period: { label: 'Q1 2025/26' },
      savesAs: 'submitted',
      lines: [{ code: 'LOC1', quantity: 2 }],
    });
    expect(stored(dataDir)).toEqual(before);

    const done = await svt('import', 'return', filled, '--data-dir', dataDir);
    expect(done.code).toBe(0);
    expect(done.stdout).toBe(
      'filled.xlsx: C-CLI-001 Q1 2025/26: 1 line, to be saved as submitted\nfilled.xlsx: Return for C-CLI-001 Q1 2025/26: 1 line, submitted.',
    );
    const again = await svt('import', 'return', filled, '--data-dir', dataDir);
    expect(again.code).toBe(1);
    expect(again.stderr).toBe(
      'C-CLI-001 already has a return for Q1 2025/26 (submitted). Choose whether filled.xlsx replaces it or is skipped.',
    );
  });

  it('exits non-zero with the problems on standard error for a bad file, and for bad arguments', async () => {
    const dataDir = await workspaceFolder();
    const bad = join(dataDir, 'notes.xlsx');
    writeFileSync(bad, 'Not a workbook');
    const before = stored(dataDir);
    const refused = await svt('import', 'return', bad, '--data-dir', dataDir);
    expect(refused).toEqual({
      code: 1,
      stdout: '',
      stderr:
        'notes.xlsx was not imported: 1 problem.\nProblem: notes.xlsx is not an Excel workbook (.xlsx). Choose the return template the supplier filled in.',
    });
    expect(stored(dataDir)).toEqual(before);
    const noContract = await svt(
      'template',
      'return',
      '--data-dir',
      dataDir,
      '--contract',
      'C-NONE',
      '--period',
      'Q1 2025/26',
      '--out',
      join(dataDir, 'x.xlsx'),
    );
    expect(noContract).toMatchObject({ code: 1, stderr: 'No contract has the reference C-NONE.' });
    const noPeriod = await svt(
      'template',
      'return',
      '--data-dir',
      dataDir,
      '--contract',
      'C-CLI-001',
    );
    expect(noPeriod.code).toBe(2);
    expect(noPeriod.stderr).toMatch(/^Say which reporting period/);
    const badPeriod = await svt(
      'template',
      'return',
      '--data-dir',
      dataDir,
      '--contract',
      'C-CLI-001',
      '--period',
      'Q7 2025/26',
      '--out',
      join(dataDir, 'x.xlsx'),
    );
    expect(badPeriod.code).toBe(1);
    expect(badPeriod.stderr).toMatch(/^"Q7 2025\/26" is not a quarter/);
  });
});
