// Backups: the daily copy on the first open of a day and its rotation, the setting that says how
// many to keep, "Back up now", and the list read from the copies themselves.

import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupSettingsFile, readBackupSettings } from '../../electron/backups/backup-settings';
import { rotateDailyBackups, takeDailyBackupIfDue } from '../../electron/backups/daily-backup';
import { backUp } from '../../electron/db/backup';
import { WorkspaceSession } from '../../electron/workspace-session';
import { addSuppliers, openSessionWorkspace } from './backup-session';
import { officer } from './seed-records';
import {
  callApi,
  expectError,
  expectOk,
  latestSchemaVersion,
  useTempDirs,
  withRawDb,
} from './temp-workspace';

const temp = useTempDirs();

const backupNames = (folder: string) => (existsSync(folder) ? readdirSync(folder).sort() : []);

describe('the daily backup', () => {
  it('is not taken when the workspace is created, then once on the first open of the day', async () => {
    const first = await openSessionWorkspace(temp);
    expect(backupNames(first.backups)).toEqual([]);
    await addSuppliers(first.ctx(), ['Anstey Apprenticeships Ltd']);
    first.session.close();

    const second = new WorkspaceSession(first.file, officer);
    second.close();
    const third = new WorkspaceSession(first.file, officer);
    third.close();

    const names = backupNames(first.backups);
    expect(names).toHaveLength(1);
    expect(names[0]).toMatch(/^workspace-\d{4}-\d{2}-\d{2}T[\d-]+Z-daily\.svt$/);
    withRawDb(join(first.backups, names[0] ?? ''), (db) =>
      expect(db.prepare('SELECT name FROM suppliers').all()).toEqual([
        { name: 'Anstey Apprenticeships Ltd' },
      ]),
    );
  });

  it('keeps the newest N daily copies and never rotates manual, migration or restore copies', async () => {
    const { session, file, backups, ctx } = await openSessionWorkspace(temp);
    const { db } = session.workspace;
    backUp(db, file, 'manual', new Date('2026-01-01T09:00:00Z'));
    backUp(db, file, 'before-migration-to-v8', new Date('2026-01-01T09:01:00Z'));
    backUp(db, file, 'before-restore', new Date('2026-01-01T09:02:00Z'));
    expectOk(await callApi(ctx(), 'backups.saveSettings', { keepDaily: 3 }));
    for (let day = 1; day <= 6; day++) {
      const taken = takeDailyBackupIfDue(db, file, new Date(`2026-02-0${day}T12:00:00Z`));
      expect(taken).not.toBeNull();
      // A second open on the same day takes nothing.
      expect(takeDailyBackupIfDue(db, file, new Date(`2026-02-0${day}T15:00:00Z`))).toBeNull();
    }

    const list = expectOk(await callApi(ctx(), 'backups.list', {}));
    expect(list.keepDaily).toBe(3);
    expect(list.backups.map((backup) => [backup.reason, backup.takenAt.slice(0, 10)])).toEqual([
      ['daily', '2026-02-06'],
      ['daily', '2026-02-05'],
      ['daily', '2026-02-04'],
      ['before-restore', '2026-01-01'],
      ['before-migration', '2026-01-01'],
      ['manual', '2026-01-01'],
    ]);
    expect(backupNames(backups)).toHaveLength(7); // six copies and the settings file

    // Keeping fewer takes effect at once.
    const fewer = expectOk(await callApi(ctx(), 'backups.saveSettings', { keepDaily: 1 }));
    expect(fewer.backups.filter((backup) => backup.reason === 'daily')).toHaveLength(1);
    expect(rotateDailyBackups(file, 1)).toEqual([]);
  });
});

describe('the setting of how many daily backups to keep', () => {
  it('is 7 until changed, lives in the backups folder, and survives reopening', async () => {
    const { file, ctx, session } = await openSessionWorkspace(temp);
    expect(expectOk(await callApi(ctx(), 'backups.list', {})).keepDaily).toBe(7);
    expectOk(await callApi(ctx(), 'backups.saveSettings', { keepDaily: 14 }));
    expect(backupSettingsFile(file)).toMatch(/backups[/\\]workspace\.backup-settings\.json$/);
    session.close();
    const again = new WorkspaceSession(file, officer);
    temp.onCleanup(() => again.close());
    expect(expectOk(await callApi(again.context(), 'backups.list', {})).keepDaily).toBe(14);
  });

  it('refuses a number out of range or not whole, naming the field', async () => {
    const { ctx, file } = await openSessionWorkspace(temp);
    for (const keepDaily of [0, 91, 2.5, '7']) {
      const error = expectError(
        await callApi(ctx(), 'backups.saveSettings', { keepDaily } as never),
      );
      expect(error.code).toBe('invalid_input');
      expect(error.details?.issues?.[0]?.path).toEqual(['keepDaily']);
    }
    expect(readBackupSettings(file).keepDaily).toBe(7);
  });

  it('falls back to the standard when the file is damaged', async () => {
    const { file, backups } = await openSessionWorkspace(temp);
    mkdirSync(backups);
    writeFileSync(backupSettingsFile(file), '{"keepDaily": "lots"');
    expect(readBackupSettings(file)).toEqual({ keepDaily: 7 });
  });
});

describe('Back up now and the list', () => {
  it('makes a manual copy and lists it with its size and the counts read from the copy', async () => {
    const { ctx, file } = await openSessionWorkspace(temp);
    await addSuppliers(ctx(), ['Beacon Catering Ltd', 'Quorn Builders Ltd']);
    const made = expectOk(await callApi(ctx(), 'backups.create', {}));
    await addSuppliers(ctx(), ['Syston Skills CIC']);

    expect(made.reason).toBe('manual');
    expect(made.file.startsWith(join(file, '..', 'backups'))).toBe(true);
    expect(made.schemaVersion).toBe(latestSchemaVersion);
    expect(made.counts).toMatchObject({ suppliers: 2, contracts: 0 });
    expect(made.sizeBytes).toBeGreaterThan(10_000);
    expect(made.problem).toBeNull();
    const list = expectOk(await callApi(ctx(), 'backups.list', {}));
    expect(list.backups).toEqual([made]);
  });

  it('lists a copy that cannot be read with the reason, and ignores files that are not its backups', async () => {
    const { ctx, backups, file, session } = await openSessionWorkspace(temp);
    backUp(session.workspace.db, file, 'manual');
    const [name] = backupNames(backups);
    writeFileSync(join(backups, name?.replace('manual', 'daily') ?? ''), 'not a database');
    writeFileSync(join(backups, 'holiday-photos.svt'), 'x');
    const list = expectOk(await callApi(ctx(), 'backups.list', {}));
    expect(list.backups).toHaveLength(2);
    const unreadable = list.backups.find((backup) => backup.reason === 'daily');
    expect(unreadable?.counts).toBeNull();
    expect(unreadable?.problem).toMatch(
      /is not a Social Value Tracker workspace \(file is not a database\)/,
    );
  });
});
