// Crash safety: a child process saving records, importing a measures framework, a contracts
// register or a supplier's return, through the real repositories and handlers, is killed with
// SIGKILL at random moments, many times over (as many as the time allows, up to 30 of each);
// after each kill the workspace must pass SQLite's integrity and foreign key checks, its change
// log must match its rows, and it must hold every unit of work the child said was committed and
// no part-unit. npm run soak multiplies the repetitions and the time.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openWorkspace } from '../../electron/db/open';
import { workspaceFileIn } from '../../electron/workspace-location';
import { bundleCrashChild, crashRepeatedly, type CrashKind } from '../crash/crash-runner';
import { reportCounts, soakFactor } from '../trust-counts';
import { linesPerReturn } from '../crash/crash-units';
import { createContract, createSupplier } from './seed-records';
import { callApi, expectOk, useTempDirs } from './temp-workspace';

const temp = useTempDirs();
const factor = soakFactor();
const measuresPerImport = 40;
const repetitions = 30 * factor;

let child: string;
beforeAll(async () => {
  child = await bundleCrashChild();
}, 60_000);

/** A framework file of 40 measures, as a council might keep it. */
function frameworkCsv(dir: string): string {
  const rows = Array.from(
    { length: measuresPerImport },
    (_, i) => `M${i + 1},Measure ${i + 1},hours`,
  );
  const file = join(dir, 'measures.csv');
  writeFileSync(file, ['Code,Title,Unit', ...rows].join('\n'));
  return file;
}

/** A contract from April 2020 for 279 years (enough quarters for the soak), committed to two
 * measures, for returns quarter by quarter. */
async function contractForReturns(file: string): Promise<string> {
  const { db } = openWorkspace(file);
  try {
    const ctx = { db, file, officer: 'Crash Test' };
    const supplier = await createSupplier(ctx, { name: 'Soar Valley Care Ltd' });
    const contract = await createContract(ctx, supplier.id, {
      startDate: '2020-04-01',
      endDate: '2299-03-31',
    });
    const measures = expectOk(
      await callApi(ctx, 'commitments.measureChoices', { contractId: contract.id }),
    )
      .filter((measure) => measure.kind === 'quantity')
      .slice(0, linesPerReturn);
    for (const measure of measures) {
      expectOk(
        await callApi(ctx, 'commitments.create', {
          contractId: contract.id,
          measureId: measure.id,
          quantity: 100,
        }),
      );
    }
    return JSON.stringify({ contractId: contract.id, codes: measures.map((m) => m.code) });
  } finally {
    db.close();
  }
}

/** What the child needs besides the workspace, for each kind of work. */
async function extraFor(kind: CrashKind, dir: string, file: string): Promise<string> {
  if (kind === 'framework-import') return frameworkCsv(dir);
  if (kind === 'return-import') return contractForReturns(file);
  return '';
}

// Per kind: kills land from 0 to maxDelayMs after the child is ready (a unit of work takes
// longer for some kinds than others), and runs stop after budgetMs (x the soak's multiplier).
describe.each<[CrashKind, number, number]>([
  ['save', 150, 5_000],
  ['framework-import', 800, 6_000],
  ['register-import', 1500, 7_000],
  ['return-import', 1500, 7_000],
])('killed in the middle of a %s', (kind, maxDelayMs, budget) => {
  const budgetMs = budget * factor;
  it(
    'leaves a consistent workspace holding all or none of each unit of work, losing nothing',
    async () => {
      const dir = await temp.make();
      const file = workspaceFileIn(dir);
      openWorkspace(file).db.close();
      const stats = await crashRepeatedly({
        kind,
        file,
        child,
        repetitions,
        maxDelayMs,
        budgetMs,
        extra: await extraFor(kind, dir, file),
        measuresPerImport,
      });
      reportCounts({
        suite: `crash safety (${kind})`,
        inputsTried: stats.acknowledged,
        faultsInjected: stats.faults,
        recordsLost: stats.lost,
      });
      expect(stats.problems).toEqual([]);
      expect(stats.lost).toBe(0);
      // Kills happened (as many as the time allowed, at least a few), and the child did work
      // between them.
      expect(stats.faults).toBeGreaterThanOrEqual(3);
      expect(stats.acknowledged).toBeGreaterThan(0);
    },
    budgetMs + 30_000,
  );
});
