// Opening a workspace file: a new file gets the schema, pragmas and default profile; files that
// are newer, belong to another program or are not databases at all are refused and left alone.

import { randomBytes } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupFolder } from '../../electron/db/backup';
import { applicationId } from '../../electron/db/migrate';
import { migrations } from '../../electron/db/migrations';
import { openWorkspace } from '../../electron/db/open';
import { workspaceFileIn } from '../../electron/workspace-location';
import { defaultCouncilProfile } from '../../shared/council-profile';
import { AppError } from '../../shared/result';
import {
  countRows,
  dumpTables,
  isoTimestampPattern,
  makeForeignDatabase,
  makeNewerWorkspace,
  openTempWorkspace,
  recordTableNames,
  snapshotFolder,
  tableNames,
  useTempDirs,
  uuidPattern,
  withRawDb,
} from './temp-workspace';

const temp = useTempDirs();

/** Asserts that opening `file` is refused with a workspace error whose message matches. */
function expectRefused(file: string, message: RegExp): void {
  let thrown: unknown;
  try {
    openWorkspace(file).db.close();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(AppError);
  expect((thrown as AppError).code).toBe('workspace');
  expect((thrown as AppError).message).toContain(file);
  expect((thrown as AppError).message).toMatch(message);
}

describe('opening a new folder', () => {
  it('creates the workspace file with the schema version, application id and pragmas', async () => {
    const dataDir = join(await temp.make(), 'not', 'there', 'yet');
    const workspace = openWorkspace(workspaceFileIn(dataDir));
    temp.onCleanup(() => workspace.db.close());

    expect(workspace.created).toBe(true);
    expect(workspace.file).toBe(join(dataDir, 'workspace.svt'));
    expect(existsSync(workspace.file)).toBe(true);
    expect(workspace.migration).toEqual({ from: 0, to: migrations.length, backupFile: null });

    const { db } = workspace;
    expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
    expect(db.pragma('application_id', { simple: true })).toBe(0x53565431);
    expect(applicationId).toBe(0x53565431);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(tableNames(db)).toEqual(
      expect.arrayContaining(['change_log', 'council_profile', 'strategic_outcomes', 'thresholds']),
    );
    // No backup for a file that had nothing in it.
    expect(existsSync(backupFolder(workspace.file))).toBe(false);
  });

  it('writes what another connection sees: version, id and WAL are in the file itself', async () => {
    const { file, db } = await openTempWorkspace(temp);
    db.close();
    withRawDb(
      file,
      (raw) => {
        expect(raw.pragma('user_version', { simple: true })).toBe(migrations.length);
        expect(raw.pragma('application_id', { simple: true })).toBe(applicationId);
        expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
        expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
      },
      { readonly: true },
    );
  });

  it('adds the default council profile with its thresholds and outcomes', async () => {
    const { db } = await openTempWorkspace(temp);
    expect(countRows(db, 'council_profile')).toBe(1);
    expect(countRows(db, 'thresholds')).toBe(defaultCouncilProfile.thresholds.length);
    expect(countRows(db, 'strategic_outcomes')).toBe(
      defaultCouncilProfile.strategicOutcomes.length,
    );
    const profile = db.prepare('SELECT council_name FROM council_profile').get() as {
      council_name: string;
    };
    expect(profile.council_name).toBe(defaultCouncilProfile.councilName);
  });

  it('does not add a second profile, migrate again or take a backup when opened again', async () => {
    const { file, db } = await openTempWorkspace(temp);
    const first = dumpTables(db);
    db.close();

    const again = openWorkspace(file);
    temp.onCleanup(() => again.db.close());
    expect(again.created).toBe(false);
    expect(again.migration).toEqual({
      from: migrations.length,
      to: migrations.length,
      backupFile: null,
    });
    expect(countRows(again.db, 'council_profile')).toBe(1);
    expect(dumpTables(again.db)).toEqual(first);
    expect(existsSync(backupFolder(file))).toBe(false);
  });
});

describe('records in a new workspace', () => {
  it('has a UUID text primary key named id in every table of records, and UUIDs in every row', async () => {
    const { db } = await openTempWorkspace(temp);
    const records = recordTableNames(db);
    for (const table of records) {
      const columns = db.pragma(`table_info(${table})`) as {
        name: string;
        type: string;
        pk: number;
      }[];
      const keys = columns.filter((column) => column.pk > 0);
      expect(keys, table).toEqual([expect.objectContaining({ name: 'id', type: 'TEXT', pk: 1 })]);
      const ids = db.prepare(`SELECT id, typeof(id) AS type FROM ${table}`).all() as {
        id: string;
        type: string;
      }[];
      for (const row of ids) {
        expect(row.type, table).toBe('text');
        expect(row.id, table).toMatch(uuidPattern);
      }
    }
    const all = records.flatMap((table) =>
      (db.prepare(`SELECT id FROM ${table}`).all() as { id: string }[]).map((r) => r.id),
    );
    expect(new Set(all).size).toBe(all.length);
  });

  it('sets created and updated timestamps, officer and version, and logs each insert', async () => {
    const before = new Date().toISOString();
    const { db } = await openTempWorkspace(temp);
    const after = new Date().toISOString();
    for (const table of ['council_profile', 'thresholds', 'strategic_outcomes']) {
      const rows = db.prepare(`SELECT * FROM ${table}`).all() as {
        id: string;
        created_at: string;
        updated_at: string;
        updated_by: string;
        version: number;
        deleted_at: string | null;
      }[];
      expect(rows.length, table).toBeGreaterThan(0);
      for (const row of rows) {
        expect(row.created_at).toMatch(isoTimestampPattern);
        expect(row.created_at >= before && row.created_at <= after, row.created_at).toBe(true);
        expect(row.updated_at).toBe(row.created_at);
        expect(row.updated_by).toBe('system');
        expect(row.version).toBe(1);
        expect(row.deleted_at).toBeNull();
        const logged = db
          .prepare('SELECT * FROM change_log WHERE table_name = ? AND row_id = ?')
          .all(table, row.id) as { operation: string; officer: string; changed_at: string }[];
        expect(logged).toEqual([
          expect.objectContaining({
            operation: 'insert',
            officer: 'system',
            changed_at: row.created_at,
          }),
        ]);
      }
    }
  });
});

describe('files that are refused', () => {
  it('refuses a workspace from a newer version and leaves it untouched', async () => {
    const dataDir = await temp.make();
    const file = workspaceFileIn(dataDir);
    const newer = makeNewerWorkspace(file);
    const before = snapshotFolder(dataDir);

    expectRefused(file, /newer version of Social Value Tracker/);
    expectRefused(file, new RegExp(`format ${newer}; this app reads up to ${migrations.length}`));
    expectRefused(file, /has not been changed/);

    expect(snapshotFolder(dataDir)).toEqual(before);
    withRawDb(file, (raw) => {
      expect(raw.pragma('user_version', { simple: true })).toBe(newer);
      expect(tableNames(raw)).toContain('from_the_future');
    });
  });

  it("refuses another program's SQLite database and adds nothing to it", async () => {
    const dataDir = await temp.make();
    const file = join(dataDir, 'recipes.db');
    makeForeignDatabase(file);
    const before = snapshotFolder(dataDir);

    expectRefused(file, /is a database, but not a Social Value Tracker workspace/);

    expect(snapshotFolder(dataDir)).toEqual(before);
    withRawDb(file, (raw) => {
      expect(raw.pragma('application_id', { simple: true })).toBe(0);
      expect(tableNames(raw)).toEqual(['recipes']);
    });
  });

  it.each([
    ['random bytes', () => randomBytes(16 * 1024)],
    ['a text file', () => 'Minutes of the procurement board, 3 March.\n'.repeat(200)],
    ['a short text file', () => 'hello'],
  ])('refuses %s with a clear message and leaves it alone', async (_what, content) => {
    const dataDir = await temp.make();
    const file = join(dataDir, 'workspace.svt');
    writeFileSync(file, content());
    const before = snapshotFolder(dataDir);

    expectRefused(file, /is not a Social Value Tracker workspace or is damaged/);

    expect(snapshotFolder(dataDir)).toEqual(before);
  });
});
