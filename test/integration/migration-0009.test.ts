// Migration 9 (return line notes) on a workspace written at version 8 holding a queried return:
// opened with the real code, it is upgraded, keeps every row as it was, and each queried or
// rejected line gets its note from the return's note; a verified or pending line gets none.

import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../electron/db/migrate';
import { migrations } from '../../electron/db/migrations';
import { openWorkspace } from '../../electron/db/open';
import { ensureCouncilProfile } from '../../electron/db/profile-repository';
import { insertRecord } from '../../electron/db/records';
import { workspaceFileIn } from '../../electron/workspace-location';
import { seedFramework } from './seed-framework';
import { dumpTables, latestSchemaVersion, useTempDirs } from './temp-workspace';

const temp = useTempDirs();
const officer = 'Priya Shah';

/** A version 8 workspace with a return whose lines are queried, rejected, verified and pending. */
async function versionEightWorkspace(): Promise<{ file: string; lines: Record<string, string> }> {
  const file = workspaceFileIn(await temp.make());
  const old = new Database(file);
  old.pragma('journal_mode = WAL');
  migrate(old, file, migrations.slice(0, 8));
  ensureCouncilProfile(old);
  const measures = seedFramework(old, [
    { code: 'LOC1', unit: 'FTE' },
    { code: 'APP1', unit: 'weeks' },
    { code: 'VOL1', unit: 'hours' },
    { code: 'CO2', unit: 'tCO2e' },
  ]);
  const supplier = insertRecord(
    old,
    'suppliers',
    { name: 'Soar Valley Care Ltd', name_key: 'soar valley care' },
    officer,
  );
  const contract = insertRecord(
    old,
    'contracts',
    {
      reference: 'C-001',
      title: 'Home care',
      supplier_id: supplier,
      category: 'services',
      value_pence: 100_000_000,
      start_date: '2025-04-01',
      end_date: '2027-03-31',
      status: 'active',
    },
    officer,
  );
  const returnId = insertRecord(
    old,
    'returns',
    {
      contract_id: contract,
      period_start: '2025-04-01',
      period_end: '2025-06-30',
      period_label: 'Q1 2025/26',
      status: 'queried',
      status_note:
        'LOC1 (queried): Which payroll is this from?\nAPP1 (rejected): Not an apprenticeship: a work placement',
    },
    officer,
  );
  const lines: Record<string, string> = {};
  for (const [code, verification] of [
    ['LOC1', 'queried'],
    ['APP1', 'rejected'],
    ['VOL1', 'verified'],
    ['CO2', 'pending'],
  ] as const) {
    lines[code] = insertRecord(
      old,
      'return_lines',
      { return_id: returnId, measure_id: measures[code] as string, quantity: 2, verification },
      officer,
    );
  }
  old.close();
  return { file, lines };
}

describe('migration 9', () => {
  it("moves each queried or rejected line's note from its return onto the line, keeping every row", async () => {
    const { file, lines } = await versionEightWorkspace();
    const before = new Database(file, { readonly: true });
    const rowsBefore = dumpTables(before);
    before.close();

    const { db } = openWorkspace(file);
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion);
      const after = dumpTables(db);
      // Every row is still there; the lines only gain their note.
      for (const [table, rows] of Object.entries(rowsBefore)) {
        if (table === 'return_lines') continue;
        expect(after[table], table).toEqual(expect.arrayContaining(rows));
      }
      const noteOf = (id: string | undefined) =>
        (
          db.prepare('SELECT verification_note FROM return_lines WHERE id = ?').get(id) as {
            verification_note: string | null;
          }
        ).verification_note;
      expect(noteOf(lines.LOC1)).toBe('Which payroll is this from?');
      expect(noteOf(lines.APP1)).toBe('Not an apprenticeship: a work placement');
      expect(noteOf(lines.VOL1)).toBeNull();
      expect(noteOf(lines.CO2)).toBeNull();
      const withoutNotes = (after.return_lines as Record<string, unknown>[]).map(
        ({ verification_note: _, ...rest }) => rest,
      );
      expect(withoutNotes).toEqual(expect.arrayContaining(rowsBefore.return_lines ?? []));
      const indexes = db
        .prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND name LIKE 'return%'")
        .pluck()
        .all();
      expect(indexes).toEqual(
        expect.arrayContaining([
          'return_lines_by_return',
          'returns_by_period_and_id',
          'returns_by_submitted',
          'returns_by_status_order',
          'returns_by_contract_and_period',
          'returns_for_lists',
        ]),
      );
    } finally {
      db.close();
    }
  });
});
