// Migration 7 (saved import mapping profiles) on a workspace written at version 6 holding
// records: every row is kept as it was, and the profiles table takes a profile, one live name
// at a time (a deleted profile's name can be used again).

import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../electron/db/migrate';
import { migrations } from '../../electron/db/migrations';
import { ensureCouncilProfile } from '../../electron/db/profile-repository';
import { deleteRecord, insertRecord } from '../../electron/db/records';
import { workspaceFileIn } from '../../electron/workspace-location';
import { saveImportProfile } from '../../electron/db/import-profile-repository';
import { dumpTables, openMigrated, tableNames, useTempDirs } from './temp-workspace';

const temp = useTempDirs();
const officer = 'Priya Shah';

async function versionSixWorkspace() {
  const file = workspaceFileIn(await temp.make());
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    migrate(db, file, migrations.slice(0, 6));
    ensureCouncilProfile(db);
    const supplier = insertRecord(db, 'suppliers', { name: 'Acme Ltd', name_key: 'acme' }, officer);
    insertRecord(
      db,
      'contracts',
      {
        reference: 'C-1',
        title: 'Parks',
        supplier_id: supplier,
        category: 'services',
        value_pence: 100_000,
        start_date: '2025-04-01',
        end_date: '2027-03-31',
        status: 'active',
      },
      officer,
    );
    expect(db.pragma('user_version', { simple: true })).toBe(6);
    expect(tableNames(db)).not.toContain('import_profiles');
    return { file, dump: dumpTables(db) };
  } finally {
    db.close();
  }
}

describe('migration 7 on a version 6 workspace holding records', () => {
  it('keeps every row and adds the import profiles table', async () => {
    const { file, dump } = await versionSixWorkspace();
    const opened = openMigrated(temp, file, 6);
    const after = dumpTables(opened.db);
    for (const table of ['suppliers', 'contracts', 'change_log']) {
      expect(after[table], table).toEqual(expect.arrayContaining(dump[table] ?? []));
    }
    expect(tableNames(opened.db)).toContain('import_profiles');

    const fields = {
      name: 'Our register',
      kind: 'contracts' as const,
      headings: ['Ref'],
      mapping: { reference: 'Ref' },
    };
    const id = saveImportProfile(opened.db, fields, officer);
    expect(() =>
      insertRecord(
        opened.db,
        'import_profiles',
        {
          name: 'our REGISTER',
          record_kind: 'contracts',
          header_signature: 'ref',
          headings: '[]',
          mapping: '{}',
        },
        officer,
      ),
    ).toThrow(/UNIQUE/);
    expect(() =>
      insertRecord(
        opened.db,
        'import_profiles',
        {
          name: 'Other',
          record_kind: 'widgets',
          header_signature: 'ref',
          headings: '[]',
          mapping: '{}',
        },
        officer,
      ),
    ).toThrow(/CHECK/);
    deleteRecord(opened.db, 'import_profiles', id, officer);
    expect(saveImportProfile(opened.db, fields, officer)).not.toBe(id);
  });
});
