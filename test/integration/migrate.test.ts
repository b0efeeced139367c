// Migrations: a backup before upgrading a workspace that has data, and all pending migrations in
// one transaction, so a failing one leaves the file exactly as it was.

import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { backupFolder } from '../../electron/db/backup';
import { applicationId, migrate } from '../../electron/db/migrate';
import { migrations, type Migration } from '../../electron/db/migrations';
import { openWorkspace } from '../../electron/db/open';
import { getCouncilProfile, saveCouncilProfile } from '../../electron/db/profile-repository';
import { AppError } from '../../shared/result';
import {
  countRows,
  dumpTables,
  openTempWorkspace,
  tableNames,
  useTempDirs,
  withRawDb,
  type TempWorkspace,
} from './temp-workspace';

const temp = useTempDirs();

// The app's own migrations bring a workspace to `current`; the tests add versions after it.
const current = migrations.length;
const next = current + 1;

const widgetId = '6f1c1d2e-8a4b-4c3d-9e5f-0a1b2c3d4e5f';

/** A next version that adds a table with a row; `spy` sees the backups folder as it starts. */
function addWidgets(spy?: (backups: string[]) => void): Migration {
  return {
    version: next,
    name: 'widgets (test)',
    up(db) {
      spy?.(readdirSync(join(dirname(db.name), 'backups')));
      db.exec('CREATE TABLE test_widgets (id TEXT PRIMARY KEY, name TEXT NOT NULL) STRICT');
      db.prepare('INSERT INTO test_widgets (id, name) VALUES (?, ?)').run(widgetId, 'Acme Ltd');
    },
  };
}

/** A migration that changes things and then fails part way through. */
function failing(version: number): Migration {
  return {
    version,
    name: 'broken (test)',
    up(db) {
      db.exec('CREATE TABLE half_done (id TEXT PRIMARY KEY) STRICT');
      db.exec("UPDATE council_profile SET council_name = 'Changed by a broken migration'");
      throw new Error('column "oops" does not exist');
    },
  };
}

/** A workspace at the current version holding the council's own data. */
async function workspaceWithData(): Promise<TempWorkspace> {
  const workspace = await openTempWorkspace(temp);
  const profile = getCouncilProfile(workspace.db);
  saveCouncilProfile(
    workspace.db,
    { ...profile, councilName: 'Northshire County Council' },
    'Priya Shah',
  );
  return workspace;
}

function captureError(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  return expect.fail('expected the migration to fail');
}

describe('upgrading a workspace with data', () => {
  it('takes a backup holding the old version before running the new migration', async () => {
    const { db, file } = await workspaceWithData();
    const dataBefore = dumpTables(db);
    let backupsWhenMigrationStarted: string[] = [];

    const outcome = migrate(db, file, [
      ...migrations,
      addWidgets((backups) => (backupsWhenMigrationStarted = backups)),
    ]);

    expect(outcome.from).toBe(current);
    expect(outcome.to).toBe(next);
    expect(outcome.backupFile).not.toBeNull();
    const backupFile = outcome.backupFile as string;
    expect(dirname(backupFile)).toBe(backupFolder(file));
    expect(basename(backupFile)).toMatch(
      new RegExp(`^workspace-.*-before-migration-to-v${next}\\.svt$`),
    );
    expect(backupsWhenMigrationStarted).toEqual([basename(backupFile)]);

    withRawDb(
      backupFile,
      (backup) => {
        expect(backup.pragma('user_version', { simple: true })).toBe(current);
        expect(backup.pragma('application_id', { simple: true })).toBe(applicationId);
        expect(backup.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(tableNames(backup)).not.toContain('test_widgets');
        expect(dumpTables(backup)).toEqual(dataBefore);
      },
      { readonly: true },
    );

    expect(db.pragma('user_version', { simple: true })).toBe(next);
    expect(db.prepare('SELECT name FROM test_widgets').all()).toEqual([{ name: 'Acme Ltd' }]);
    expect(getCouncilProfile(db).councilName).toBe('Northshire County Council');
  });

  it('takes no backup when there is nothing to migrate', async () => {
    const { db, file } = await workspaceWithData();
    expect(migrate(db, file, migrations)).toEqual({ from: current, to: current, backupFile: null });
    expect(existsSync(backupFolder(file))).toBe(false);
  });
});

describe('a migration that fails', () => {
  it('rolls back completely and says which migration failed and that nothing changed', async () => {
    const { db, file } = await workspaceWithData();
    const before = dumpTables(db);

    const error = captureError(() => migrate(db, file, [...migrations, failing(next)]));

    expect(error.code).toBe('workspace');
    expect(error.message).toContain(file);
    expect(error.message).toContain(`format ${next}`);
    expect(error.message).toContain('broken (test)');
    expect(error.message).toContain('column "oops" does not exist');
    expect(error.message).toMatch(/has not been changed/);

    expect(db.pragma('user_version', { simple: true })).toBe(current);
    expect(tableNames(db)).not.toContain('half_done');
    expect(dumpTables(db)).toEqual(before);

    // The backup was still taken first, and the message says where it is.
    const backups = readdirSync(backupFolder(file));
    expect(backups).toHaveLength(1);
    expect(error.message).toContain(join(backupFolder(file), backups[0] as string));
  });

  it('undoes the earlier pending migrations too: all of them run in one transaction', async () => {
    const { db, file } = await workspaceWithData();
    const before = dumpTables(db);

    captureError(() => migrate(db, file, [...migrations, addWidgets(), failing(next + 1)]));

    expect(db.pragma('user_version', { simple: true })).toBe(current);
    expect(tableNames(db)).not.toContain('test_widgets');
    expect(dumpTables(db)).toEqual(before);
  });

  it('leaves the workspace openable by this version afterwards', async () => {
    const { db, file } = await workspaceWithData();
    captureError(() => migrate(db, file, [...migrations, failing(next)]));
    db.close();

    const reopened = openWorkspace(file);
    temp.onCleanup(() => reopened.db.close());
    expect(reopened.migration.from).toBe(current);
    expect(getCouncilProfile(reopened.db).councilName).toBe('Northshire County Council');
  });

  it('leaves a new file without schema, version or application id when the first one fails', async () => {
    const file = join(await temp.make(), 'new.svt');
    const db = new Database(file);
    temp.onCleanup(() => db.close());

    const error = captureError(() => migrate(db, file, [failing(1)]));

    expect(error.code).toBe('workspace');
    expect(db.pragma('user_version', { simple: true })).toBe(0);
    expect(db.pragma('application_id', { simple: true })).toBe(0);
    expect(tableNames(db)).toEqual([]);
    expect(existsSync(backupFolder(file))).toBe(false);
    expect(countRows(db, 'sqlite_schema')).toBe(0);
  });
});
