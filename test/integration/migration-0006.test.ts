// Migration 6 (the import history) on a workspace written at version 5 holding records: every
// row is kept as it was, and the imports and import_rows tables take an import with its rows.

import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { recordImport } from '../../electron/db/import-history-repository';
import { migrate } from '../../electron/db/migrate';
import { migrations } from '../../electron/db/migrations';
import { ensureCouncilProfile } from '../../electron/db/profile-repository';
import { insertRecord } from '../../electron/db/records';
import { workspaceFileIn } from '../../electron/workspace-location';
import { dumpTables, openMigrated, tableNames, useTempDirs } from './temp-workspace';

const temp = useTempDirs();
const officer = 'Priya Shah';

async function versionFiveWorkspace() {
  const file = workspaceFileIn(await temp.make());
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    migrate(db, file, migrations.slice(0, 5));
    ensureCouncilProfile(db);
    insertRecord(db, 'suppliers', { name: 'Acme Ltd', name_key: 'acme' }, officer);
    expect(db.pragma('user_version', { simple: true })).toBe(5);
    expect(tableNames(db)).not.toContain('imports');
    return { file, dump: dumpTables(db) };
  } finally {
    db.close();
  }
}

describe('migration 6 on a version 5 workspace holding records', () => {
  it('keeps every row and adds the import history, which takes an import and its rows', async () => {
    const { file, dump } = await versionFiveWorkspace();
    const opened = openMigrated(temp, file, 5);
    const after = dumpTables(opened.db);
    for (const table of ['suppliers', 'council_profile', 'change_log']) {
      expect(after[table], table).toEqual(expect.arrayContaining(dump[table] ?? []));
    }
    const { db } = opened;
    const supplier = db.prepare('SELECT id FROM suppliers').get() as { id: string };
    const id = recordImport(
      db,
      { kind: 'register', fileName: 'r.csv', fileSha256: 'ab', summary: 'One', counts: { a: 1 } },
      [{ table: 'suppliers', rowId: supplier.id, action: 'updated', before: { name: 'Acme' } }],
      officer,
    );
    expect(db.prepare('SELECT kind, counts, undone_at, version FROM imports').all()).toEqual([
      { kind: 'register', counts: '{"a":1}', undone_at: null, version: 1 },
    ]);
    expect(
      db.prepare('SELECT import_id, action, version_after, before_values FROM import_rows').all(),
    ).toEqual([
      { import_id: id, action: 'updated', version_after: 1, before_values: '{"name":"Acme"}' },
    ]);
    expect(() =>
      db
        .prepare(
          `INSERT INTO import_rows (id, import_id, table_name, row_id, action, version_after, position, created_at, updated_at, updated_by)
         VALUES ('x', ?, 'suppliers', 'y', 'merged', 1, 0, 'now', 'now', 'me')`,
        )
        .run(id),
    ).toThrow(/CHECK constraint failed/);
  });
});
