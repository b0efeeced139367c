// A workspace written at an earlier version by the record writes, holding the social value
// records the portfolio's running totals are made from: returns in every status, verified,
// queried, rejected and waiting lines, record-only lines, yearly targets, an extra measure (on a
// contract with commitments and on one without), a deleted line, a deleted return, a deleted
// commitment with lines and a deleted contract with returns. For the migration tests.

import Database from 'better-sqlite3';
import { expect } from 'vitest';
import { migrate } from '../../electron/db/migrate';
import { migrations } from '../../electron/db/migrations';
import { ensureCouncilProfile } from '../../electron/db/profile-repository';
import { deleteRecord, insertRecord } from '../../electron/db/records';
import { workspaceFileIn } from '../../electron/workspace-location';
import { lineVerifications, returnStatuses } from '../../shared/social-value';
import { seedFramework } from './seed-framework';
import type { TempDirs } from './temp-workspace';

export const officer = 'Priya Shah';

/** The workspace at `version`, and its live contracts. */
export async function socialValueWorkspaceAt(
  temp: TempDirs,
  version: number,
): Promise<{ file: string; live: string[] }> {
  const file = workspaceFileIn(await temp.make());
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    migrate(db, file, migrations.slice(0, version));
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
    expect(db.pragma('user_version', { simple: true })).toBe(version);
    return { file, live: [contracts[0], contracts[1], contracts[3]] as string[] };
  } finally {
    db.close();
  }
}
