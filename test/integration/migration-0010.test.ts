// Migration 10 (portfolio totals) on a workspace written at version 9 by the record writes, with
// returns in every status, verified, queried, rejected and waiting lines, record-only lines, an
// extra measure (on a contract with commitments and on one without), a deleted line, a deleted
// return, a deleted commitment with lines and a deleted contract with returns: opened with the
// real code, it is backed up, upgraded, changes none of the records, fills the running totals
// exactly as the app works them out from scratch, and the dashboard then gives what each
// contract's own page, which reads the lines themselves, adds up to.

import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../electron/db/migrate';
import { migrations } from '../../electron/db/migrations';
import { ensureCouncilProfile } from '../../electron/db/profile-repository';
import { deleteRecord, insertRecord } from '../../electron/db/records';
import { workspaceFileIn } from '../../electron/workspace-location';
import { lineVerifications, returnStatuses } from '../../shared/social-value';
import { dashboardAgainstPages } from './dashboard-against-pages';
import { compareTotals } from './portfolio-totals-rules';
import { seedFramework } from './seed-framework';
import { dumpTables, openMigrated, useTempDirs, withRawDb } from './temp-workspace';

const temp = useTempDirs();
const officer = 'Priya Shah';
const asOf = '2026-06-30';

/** A version 9 workspace; the records written as the version 9 app writes them. */
async function versionNineWorkspace(): Promise<{ file: string; live: string[] }> {
  const file = workspaceFileIn(await temp.make());
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    migrate(db, file, migrations.slice(0, 9));
    ensureCouncilProfile(db);
    const measures = seedFramework(db, [
      { code: 'Q1', kind: 'quantity', proxyPence: 3_000_000 },
      { code: 'Q2', kind: 'quantity', proxyPence: 1_500 },
      { code: 'M1', kind: 'money', proxyPence: 100 },
      { code: 'R1', kind: 'record-only' },
    ]);
    const insert = (table: string, fields: Record<string, string | number | null>) =>
      insertRecord(db, table, fields, officer);
    const supplier = insert('suppliers', { name: 'Soar Valley Care Ltd', name_key: 'soar' });
    const contracts: string[] = [];
    let n = 0;
    for (let c = 0; c < 4; c += 1) {
      const contract = insert('contracts', {
        reference: `CON-${c}`,
        title: `Contract ${c}`,
        supplier_id: supplier,
        category: 'services',
        value_pence: 1_000_000_00,
        start_date: '2025-04-01',
        end_date: '2027-03-31',
        directorate: c === 2 ? 'Place' : 'People',
        status: 'active',
      });
      contracts.push(contract);
      // The last contract has no commitments: only an extra measure reported.
      const codes = c === 3 ? [] : (['Q1', 'Q2', 'R1'] as const);
      const committed = codes.map((code) => {
        const measure = measures[code] as string;
        const id = insert('commitments', {
          contract_id: contract,
          measure_id: measure,
          quantity: code === 'R1' ? 0 : 10 + c,
          yearly_targets:
            c === 1 && code === 'Q1'
              ? JSON.stringify([
                  { financialYear: '2025/26', quantity: 4 },
                  { financialYear: '2026/27', quantity: 7 },
                ])
              : '[]',
          proxy_pence: code === 'Q1' ? 3_000_000 : 1_500,
        });
        return { id, measure, code };
      });
      for (let quarter = 0; quarter < 5; quarter += 1) {
        const month = 4 + quarter * 3;
        const year = 2025 + Math.floor((month - 1) / 12);
        const start = `${year}-${String(((month - 1) % 12) + 1).padStart(2, '0')}-01`;
        const status = returnStatuses[(quarter + c) % returnStatuses.length] ?? 'submitted';
        const returnId = insert('returns', {
          contract_id: contract,
          period_start: start,
          period_end: start,
          period_label: `Q${quarter}`,
          status,
        });
        for (const { id, measure, code } of committed) {
          const line = insert('return_lines', {
            return_id: returnId,
            measure_id: measure,
            commitment_id: id,
            quantity: code === 'R1' ? null : ([1.005, 2.5, 0, 3.3333333][n % 4] ?? 1),
            proxy_pence: code === 'Q1' ? 3_000_000 : 1_500,
            verification: lineVerifications[n % lineVerifications.length] ?? 'pending',
          });
          if (n % 11 === 5) deleteRecord(db, 'return_lines', line, officer);
          n += 1;
        }
        if (quarter === 1 || c === 3) {
          // An extra measure, committed to by no one.
          insert('return_lines', {
            return_id: returnId,
            measure_id: measures.M1 as string,
            commitment_id: null,
            quantity: 2_500.5,
            proxy_pence: 100,
            verification: 'verified',
          });
        }
        if (c === 1 && quarter === 2) deleteRecord(db, 'returns', returnId, officer);
      }
      if (c === 0) deleteRecord(db, 'commitments', committed[1]?.id as string, officer);
    }
    deleteRecord(db, 'contracts', contracts[2] as string, officer);
    expect(db.pragma('user_version', { simple: true })).toBe(9);
    return { file, live: [contracts[0], contracts[1], contracts[3]] as string[] };
  } finally {
    db.close();
  }
}

describe('migration 10 on a version 9 workspace holding returns', () => {
  it('keeps a backup of the version 9 file and changes none of its records', async () => {
    const { file } = await versionNineWorkspace();
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
    const { file } = await versionNineWorkspace();
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
    const { file, live } = await versionNineWorkspace();
    const opened = openMigrated(temp, file, 9);
    const ctx = { db: opened.db, file, officer };

    for (const when of [asOf, '2026-02-15']) {
      const { dashboard, shown, fromPages } = await dashboardAgainstPages(ctx, live, when);
      expect(dashboard.headline.verifiedPence).toBeGreaterThan(0);
      if (when === asOf) expect(shown).toEqual(fromPages);
    }
  });
});
