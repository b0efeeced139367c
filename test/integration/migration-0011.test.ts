// Migration 11 (portfolio figures) on a workspace written at version 10 holding social value
// records (social-value-workspace.ts): the migration reshapes the running totals and leaves them
// empty, with no basis; opening the workspace with the real code backs it up, upgrades it, then
// works the figures out for the council's year start and reporting frequency, exactly as a
// rebuild from scratch does, without changing a record; the dashboard then gives what each
// contract's own page, which reads the lines themselves, adds up to.

import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../electron/db/migrate';
import { dashboardAgainstPages } from './dashboard-against-pages';
import { compareTotals } from './portfolio-totals-rules';
import { officer, socialValueWorkspaceAt } from './social-value-workspace';
import { dumpTables, openMigrated, useTempDirs, withRawDb } from './temp-workspace';

const temp = useTempDirs();

describe('migration 11 on a version 10 workspace holding returns', () => {
  it('leaves the reshaped running totals empty for the app to work out', async () => {
    const { file } = await socialValueWorkspaceAt(temp, 10);
    const db = new Database(file);
    try {
      migrate(db, file);
      const count = (table: string) =>
        db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
      expect(count('portfolio_basis')).toBe(0);
      expect(count('portfolio_contracts')).toBe(0);
      expect(count('portfolio_commitments')).toBe(0);
      expect(count('line_delivery')).toBeGreaterThan(0);
    } finally {
      db.close();
    }
  });

  it('keeps a backup of the version 10 file and changes none of its records', async () => {
    const { file } = await socialValueWorkspaceAt(temp, 10);
    const before = withRawDb(file, dumpTables, { readonly: true });

    const opened = openMigrated(temp, file, 10);
    const after = dumpTables(opened.db);
    for (const table of ['returns', 'return_lines', 'commitments', 'contracts', 'line_delivery']) {
      expect(after[table], table).toEqual(before[table]);
    }
    expect(after.change_log).toEqual(expect.arrayContaining(before.change_log ?? []));
    expect(opened.db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('works the figures out on opening, for the council profile, as a rebuild does', async () => {
    const { file, live } = await socialValueWorkspaceAt(temp, 10);
    const opened = openMigrated(temp, file, 10);

    expect(opened.db.prepare('SELECT * FROM portfolio_basis').get()).toEqual({
      id: 1,
      financial_year_start_month: 4,
      reporting_frequency: 'quarterly',
    });
    const { kept, rebuilt } = compareTotals(opened.db);
    expect(kept.portfolio_contracts).toHaveLength(2);
    expect(kept.portfolio_commitments).toHaveLength(8);
    expect(kept.portfolio_targets).toHaveLength(2);
    expect(kept.portfolio_unsent.length).toBeGreaterThan(0);
    expect(kept.portfolio_committed.length).toBeGreaterThan(0);
    expect(kept).toEqual(rebuilt);

    const ctx = { db: opened.db, file, officer };
    for (const when of ['2026-06-30', '2026-02-15']) {
      const { dashboard, shown, fromPages } = await dashboardAgainstPages(ctx, live, when);
      expect(dashboard.headline.commitments).toBe(5);
      if (when === '2026-06-30') expect(shown).toEqual(fromPages);
    }
  });
});
