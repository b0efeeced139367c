// Migration 10 (portfolio totals) on a workspace written at version 9 holding social value
// records (social-value-workspace.ts): opened with the real code, it is backed up, upgraded,
// changes none of the records, fills the running totals exactly as the app works them out from
// scratch (migration 11 reshapes them next), and the dashboard then gives what each contract's
// own page, which reads the lines themselves, adds up to.

import { describe, expect, it } from 'vitest';
import { dashboardAgainstPages } from './dashboard-against-pages';
import { compareTotals } from './portfolio-totals-rules';
import { officer, socialValueWorkspaceAt } from './social-value-workspace';
import { dumpTables, openMigrated, useTempDirs, withRawDb } from './temp-workspace';

const temp = useTempDirs();
const asOf = '2026-06-30';

describe('migration 10 on a version 9 workspace holding returns', () => {
  it('keeps a backup of the version 9 file and changes none of its records', async () => {
    const { file } = await socialValueWorkspaceAt(temp, 9);
    const before = withRawDb(file, dumpTables, { readonly: true });

    const opened = openMigrated(temp, file, 9);
    const after = dumpTables(opened.db);
    for (const table of ['returns', 'commitments', 'contracts', 'line_delivery']) {
      expect(after[table], table).toEqual(before[table]);
    }
    // Opening may log rows of its own (report templates), never change these.
    expect(after.change_log).toEqual(expect.arrayContaining(before.change_log ?? []));
    expect(opened.db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('fills the running totals exactly as the app works them out from scratch', async () => {
    const { file } = await socialValueWorkspaceAt(temp, 9);
    const opened = openMigrated(temp, file, 9);

    const { kept, rebuilt } = compareTotals(opened.db);
    expect(kept.portfolio_contracts).toHaveLength(2);
    // Live commitments (two on the first contract, three on the second) and the extra
    // measure of the first, second and last contracts.
    expect(kept.portfolio_commitments).toHaveLength(8);
    expect(kept.delivery_by_period.length).toBeGreaterThan(3);
    expect(kept).toEqual(rebuilt);
  });

  it('gives the dashboard what the contracts own pages add up to', async () => {
    const { file, live } = await socialValueWorkspaceAt(temp, 9);
    const opened = openMigrated(temp, file, 9);
    const ctx = { db: opened.db, file, officer };

    for (const when of [asOf, '2026-02-15']) {
      const { dashboard, shown, fromPages } = await dashboardAgainstPages(ctx, live, when);
      expect(dashboard.headline.verifiedPence).toBeGreaterThan(0);
      if (when === asOf) expect(shown).toEqual(fromPages);
    }
  });
});
