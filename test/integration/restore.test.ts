// Restoring a backup: the copy is checked first, the workspace as it was is kept (so a restore
// can itself be undone), the file is swapped whole and reopened; refusals change nothing.

import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { backUp } from '../../electron/db/backup';
import { migrate } from '../../electron/db/migrate';
import { migrations } from '../../electron/db/migrations';
import { addSuppliers, openSessionWorkspace } from './backup-session';
import { damageWorkspace } from './damage-workspace';
import {
  callApi,
  countRows,
  expectError,
  expectOk,
  latestSchemaVersion,
  makeForeignDatabase,
  makeNewerWorkspace,
  snapshotFolder,
  useTempDirs,
  withRawDb,
} from './temp-workspace';

const temp = useTempDirs();

const supplierNames = (ctx: { db: { prepare(sql: string): { all(): unknown[] } } }) =>
  (ctx.db.prepare('SELECT name FROM suppliers ORDER BY name').all() as { name: string }[]).map(
    (row) => row.name,
  );

describe('restoring a backup from the list', () => {
  it('brings back the copy, keeps the workspace as it was, and can itself be undone', async () => {
    const { ctx, file } = await openSessionWorkspace(temp);
    await addSuppliers(ctx(), ['Beacon Catering Ltd']);
    const earlier = expectOk(await callApi(ctx(), 'backups.create', {}));
    await addSuppliers(ctx(), ['Quorn Builders Ltd', 'Syston Skills CIC']);

    const outcome = expectOk(await callApi(ctx(), 'backups.restore', { name: earlier.name }));

    expect(supplierNames(ctx())).toEqual(['Beacon Catering Ltd']);
    expect(outcome.restored).toMatchObject({ file: earlier.file, counts: { suppliers: 1 } });
    expect(outcome.safetyCopy).toMatch(/-before-restore\.svt$/);
    expect(existsSync(`${file}-journal`)).toBe(false);
    const list = expectOk(await callApi(ctx(), 'backups.list', {}));
    const safety = list.backups.find((backup) => backup.file === outcome.safetyCopy);
    expect(safety).toMatchObject({ reason: 'before-restore', counts: { suppliers: 3 } });

    // The restore is reversible: restoring the safety copy brings the three suppliers back.
    expectOk(await callApi(ctx(), 'backups.restore', { name: safety?.name ?? '' }));
    expect(supplierNames(ctx())).toEqual([
      'Beacon Catering Ltd',
      'Quorn Builders Ltd',
      'Syston Skills CIC',
    ]);
    // The reopened workspace takes new work and passes its integrity check.
    await addSuppliers(ctx(), ['Wymeswold Woodcraft Ltd']);
    expect(ctx().db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(countRows(ctx().db, 'change_log', "table_name = 'suppliers'")).toBe(4);
  });

  it('brings an older-format backup up to date when it is reopened', async () => {
    const { ctx, session, backups } = await openSessionWorkspace(temp);
    const name = 'workspace-2026-01-01T09-00-00-000Z-manual.svt';
    const older = join(backups, name);
    mkdirSync(backups, { recursive: true });
    const db = new Database(older);
    migrate(db, older, migrations.slice(0, 4));
    db.close();
    expectOk(await callApi(ctx(), 'backups.restore', { name }));
    expect(session.workspace.migration).toMatchObject({ from: 4, to: latestSchemaVersion });
    expect(ctx().db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion);
  });

  it('puts the workspace back when the copy will not open once in place', async () => {
    const { ctx, session, file, backups } = await openSessionWorkspace(temp);
    await addSuppliers(ctx(), ['Beacon Catering Ltd']);
    // Marked as one format older than it is: its last migration then fails on reopening.
    const copy = backUp(session.workspace.db, file, 'manual');
    withRawDb(copy, (db) => db.pragma(`user_version = ${latestSchemaVersion - 1}`));
    await addSuppliers(ctx(), ['Quorn Builders Ltd']);

    const error = expectError(
      await callApi(ctx(), 'backups.restore', { name: copy.slice(backups.length + 1) }),
    );
    expect(error.code).toBe('refused');
    expect(error.message).toMatch(
      /could not be opened once in place \(.+\), so it was not restored\./,
    );
    expect(error.message).toMatch(/The workspace has been put back as it was\.$/);
    expect(supplierNames(ctx())).toEqual(['Beacon Catering Ltd', 'Quorn Builders Ltd']);
  });
});

describe('a restore that is refused changes nothing', () => {
  async function expectRefused(
    arrange: (backups: string, file: string) => string,
    message: RegExp,
  ) {
    const workspace = await openSessionWorkspace(temp);
    await addSuppliers(workspace.ctx(), ['Beacon Catering Ltd']);
    backUp(workspace.session.workspace.db, workspace.file, 'manual');
    const name = arrange(workspace.backups, workspace.file);
    // Reading a WAL-mode file leaves SQLite's empty -wal and -shm beside it; nothing else changes.
    const snapshot = () =>
      Object.fromEntries(
        Object.entries(snapshotFolder(workspace.dataDir)).filter(
          ([path]) => !/^backups.*-(wal|shm)$/.test(path),
        ),
      );
    const before = snapshot();
    const error = expectError(await callApi(workspace.ctx(), 'backups.restore', { name }));
    expect(error.message).toMatch(message);
    expect(snapshot()).toEqual(before);
    expect(supplierNames(workspace.ctx())).toEqual(['Beacon Catering Ltd']);
    return error;
  }

  const name = 'workspace-2026-01-01T09-00-00-000Z-manual.svt';

  it('refuses a file that is not a workspace', async () => {
    const error = await expectRefused((backups) => {
      makeForeignDatabase(join(backups, name));
      return name;
    }, /is not a Social Value Tracker workspace\. It was not restored; the workspace has not been changed\./);
    expect(error.code).toBe('refused');
  });

  it('refuses a file that is not a database at all', async () => {
    await expectRefused((backups) => {
      writeFileSync(join(backups, name), 'name,amount\nAcme,100\n');
      return name;
    }, /is not a Social Value Tracker workspace \(file is not a database\)/);
  });

  it('refuses a workspace from a newer version of the app', async () => {
    await expectRefused((backups) => {
      makeNewerWorkspace(join(backups, name));
      return name;
    }, /newer version of Social Value Tracker/);
  });

  it('refuses a copy that fails its integrity check', async () => {
    await expectRefused((backups, file) => {
      const copy = join(backups, name);
      withRawDb(file, (db) => db.prepare('VACUUM INTO ?').run(copy));
      damageWorkspace(copy);
      return name;
    }, /failed its integrity check/);
  });

  it('refuses a name that is not in the list, and a path outside the backups folder', async () => {
    const missing = await expectRefused(() => name, /There is no backup called/);
    expect(missing.code).toBe('not_found');
    const outside = await expectRefused(() => '../workspace.svt', /Choose a backup from the list/);
    expect(outside.code).toBe('invalid_input');
  });
});
