// Migration 5 (social value speed) on a workspace written at version 4 that holds returns in
// every status, with verified, queried, rejected and waiting lines, record-only lines, an extra
// measure, a deleted line and a deleted return: opened with the real code, it is backed up,
// upgraded, and line_delivery holds exactly the lines the shared rules count (and what the
// app's current code works out, though the migration no longer calls it); the dashboard
// then gives what each contract's own page, which reads the lines themselves, adds up to.

import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../electron/db/migrate';
import { migrations } from '../../electron/db/migrations';
import { ensureCouncilProfile } from '../../electron/db/profile-repository';
import { insertRecord } from '../../electron/db/records';
import { workspaceFileIn } from '../../electron/workspace-location';
import { lineVerifications, returnStatuses } from '../../shared/social-value';
import { dashboardAgainstPages } from './dashboard-against-pages';
import { compare } from './line-delivery-rules';
import { seedFramework } from './seed-framework';
import { dumpTables, openMigrated, useTempDirs, withRawDb } from './temp-workspace';

const temp = useTempDirs();
const officer = 'Priya Shah';
const asOf = '2026-06-30';

/** A version 4 workspace: suppliers and contracts through the record writes, the social value
 * straight into its tables (the version 4 app's writes would also touch line_delivery). */
async function versionFourWorkspace(): Promise<{ file: string; contracts: string[] }> {
  const file = workspaceFileIn(await temp.make());
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    migrate(db, file, migrations.slice(0, 4));
    ensureCouncilProfile(db);
    const measures = seedFramework(db, [
      { code: 'Q1', kind: 'quantity', proxyPence: 3_000_000 },
      { code: 'Q2', kind: 'quantity', proxyPence: 1_500 },
      { code: 'M1', kind: 'money', proxyPence: 100 },
      { code: 'R1', kind: 'record-only' },
    ]);
    const at = new Date().toISOString();
    const stamp = [at, at, 'test'];
    const commit = db.prepare(
      `INSERT INTO commitments (id, contract_id, measure_id, quantity, proxy_pence, created_at, updated_at, updated_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const addReturn = db.prepare(
      `INSERT INTO returns (id, contract_id, period_start, period_end, period_label, status, deleted_at, created_at, updated_at, updated_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const addLine = db.prepare(
      `INSERT INTO return_lines (id, return_id, measure_id, commitment_id, quantity, proxy_pence, verification, deleted_at, created_at, updated_at, updated_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const supplier = insertRecord(
      db,
      'suppliers',
      { name: 'Soar Valley Care Ltd', name_key: 'soar valley care' },
      officer,
    );
    const contracts: string[] = [];
    let n = 0;
    for (let c = 0; c < 3; c += 1) {
      const contract = insertRecord(
        db,
        'contracts',
        {
          reference: `CON-${c}`,
          title: `Contract ${c}`,
          supplier_id: supplier,
          category: 'services',
          value_pence: 1_000_000_00,
          start_date: '2025-04-01',
          end_date: '2027-03-31',
          directorate: c === 2 ? 'Place' : 'People',
          status: 'active',
        },
        officer,
      );
      contracts.push(contract);
      const committed = (['Q1', 'Q2', 'R1'] as const).map((code) => {
        const id = randomUUID();
        const measure = measures[code] as string;
        commit.run(
          id,
          contract,
          measure,
          code === 'R1' ? 0 : 10 + c,
          code === 'Q1' ? 3_000_000 : 1_500,
          ...stamp,
        );
        return { id, measure, code };
      });
      for (let quarter = 0; quarter < 5; quarter += 1) {
        const month = 4 + quarter * 3;
        const year = 2025 + Math.floor((month - 1) / 12);
        const start = `${year}-${String(((month - 1) % 12) + 1).padStart(2, '0')}-01`;
        const status = returnStatuses[(quarter + c) % returnStatuses.length] ?? 'submitted';
        const returnId = randomUUID();
        const deleted = c === 1 && quarter === 2 ? at : null;
        addReturn.run(returnId, contract, start, start, `Q${quarter}`, status, deleted, ...stamp);
        for (const { id, measure, code } of committed) {
          const verification = lineVerifications[n % lineVerifications.length] ?? 'pending';
          const quantity = code === 'R1' ? null : ([1.005, 2.5, 0, 3.3333333][n % 4] ?? 1);
          const lineDeleted = n % 11 === 5 ? at : null;
          addLine.run(
            randomUUID(),
            returnId,
            measure,
            id,
            quantity,
            code === 'Q1' ? 3_000_000 : 1_500,
            verification,
            lineDeleted,
            ...stamp,
          );
          n += 1;
        }
        if (quarter === 1) {
          // An extra measure, committed to by no one.
          addLine.run(
            randomUUID(),
            returnId,
            measures.M1,
            null,
            2_500.5,
            100,
            'verified',
            null,
            ...stamp,
          );
        }
      }
    }
    expect(db.pragma('user_version', { simple: true })).toBe(4);
    return { file, contracts };
  } finally {
    db.close();
  }
}

/** The rows in the columns the earlier rows had: later migrations add columns (migration 9). */
function inColumnsOf(rows: unknown[] = [], earlier: unknown[] = []): unknown[] {
  const columns = Object.keys((earlier[0] ?? {}) as Record<string, unknown>);
  return rows.map((row) =>
    Object.fromEntries(columns.map((column) => [column, (row as Record<string, unknown>)[column]])),
  );
}

describe('migration 5 on a version 4 workspace holding returns', () => {
  it('keeps a backup of the version 4 file and changes none of its rows', async () => {
    const { file } = await versionFourWorkspace();
    const before = withRawDb(file, dumpTables, { readonly: true });

    const opened = openMigrated(temp, file, 4);
    const after = dumpTables(opened.db);
    for (const table of ['returns', 'return_lines', 'commitments', 'contracts']) {
      expect(inColumnsOf(after[table], before[table]), table).toEqual(before[table]);
    }
    // Later migrations may log rows of their own (report templates), never change these.
    expect(after.change_log).toEqual(expect.arrayContaining(before.change_log ?? []));
    expect(opened.db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('fills line_delivery with exactly the lines the shared rules count', async () => {
    const { file } = await versionFourWorkspace();
    const opened = openMigrated(temp, file, 4);

    const { kept, rebuilt, byRules } = compare(opened.db);
    expect(kept.length).toBeGreaterThan(10);
    expect(kept).toEqual(byRules);
    // The migration's own frozen fill gives what the app's current code works out.
    expect(kept).toEqual(rebuilt);
  });

  it('gives the dashboard what the contracts own pages add up to', async () => {
    const { file, contracts } = await versionFourWorkspace();
    const opened = openMigrated(temp, file, 4);
    const ctx = { db: opened.db, file, officer };

    const { dashboard, shown, fromPages } = await dashboardAgainstPages(ctx, contracts, asOf);
    expect(dashboard.headline.verifiedPence).toBeGreaterThan(0);
    expect(shown).toEqual(fromPages);
  });
});
