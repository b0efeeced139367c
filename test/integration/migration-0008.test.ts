// Migration 8 (reports) on a workspace written at version 7 that holds records: opened with the
// real code, it is upgraded, keeps every row as it was, gains the report tables, and is given
// the three built-in templates.

import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../electron/db/migrate';
import { migrations } from '../../electron/db/migrations';
import { openWorkspace } from '../../electron/db/open';
import { ensureCouncilProfile } from '../../electron/db/profile-repository';
import { insertRecord } from '../../electron/db/records';
import { workspaceFileIn } from '../../electron/workspace-location';
import {
  countRows,
  dumpTables,
  latestSchemaVersion,
  tableNames,
  useTempDirs,
} from './temp-workspace';

const temp = useTempDirs();

describe('migration 8', () => {
  it('adds the report tables to a version 7 workspace, keeping its rows, and seeds the templates', async () => {
    const file = workspaceFileIn(await temp.make());
    const old = new Database(file);
    old.pragma('journal_mode = WAL');
    migrate(old, file, migrations.slice(0, 7));
    ensureCouncilProfile(old);
    insertRecord(
      old,
      'suppliers',
      { name: 'Ó Briain & Co', name_key: 'o briain co' },
      'Priya Shah',
    );
    const before = dumpTables(old);
    expect(tableNames(old)).not.toContain('reports');
    old.close();

    const { db } = openWorkspace(file);
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion);
      const after = dumpTables(db);
      // Opening also seeds the starter framework and the templates: only rows added.
      for (const [table, rows] of Object.entries(before)) {
        expect(after[table], table).toEqual(expect.arrayContaining(rows));
      }
      expect(countRows(db, 'suppliers')).toBe(1);
      for (const table of ['reports', 'report_sections', 'report_blocks', 'report_templates']) {
        expect(tableNames(db)).toContain(table);
      }
      expect(countRows(db, 'report_templates', "updated_by = 'system'")).toBe(3);
    } finally {
      db.close();
    }
    // Opening again seeds nothing more.
    const again = openWorkspace(file);
    expect(countRows(again.db, 'report_templates')).toBe(3);
    again.db.close();
  });
});
