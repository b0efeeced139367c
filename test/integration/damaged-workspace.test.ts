// A workspace that fails its integrity check: the host still starts, says what is wrong, offers
// the newest backup that passes its own check, answers every other call with the reason, and
// restoring that backup brings the workspace back.

import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backUp } from '../../electron/db/backup';
import { WorkspaceSession } from '../../electron/workspace-session';
import { addSuppliers, openSessionWorkspace } from './backup-session';
import { damageWorkspace } from './damage-workspace';
import { officer } from './seed-records';
import { callApi, expectError, expectOk, makeNewerWorkspace, useTempDirs } from './temp-workspace';

const temp = useTempDirs();

/** A workspace with a good manual backup, then a newer copy that is itself damaged. */
async function damagedWithBackups() {
  const workspace = await openSessionWorkspace(temp);
  await addSuppliers(workspace.ctx(), ['Beacon Catering Ltd', 'Quorn Builders Ltd']);
  const { db } = workspace.session.workspace;
  const good = backUp(db, workspace.file, 'manual', new Date('2026-11-01T09:00:00Z'));
  const bad = backUp(db, workspace.file, 'manual', new Date('2026-11-02T09:00:00Z'));
  workspace.session.close();
  copyFileSync(workspace.file, bad);
  damageWorkspace(bad);
  damageWorkspace(workspace.file);
  const session = new WorkspaceSession(workspace.file, officer);
  temp.onCleanup(() => session.close());
  return { ...workspace, session, good, bad };
}

describe('a damaged workspace', () => {
  it('opens in recovery, naming the newest backup that passes its own integrity check', async () => {
    const { session, file, good } = await damagedWithBackups();
    const health = expectOk(await callApi(session.context(), 'workspace.health', {}));
    expect(health).toMatchObject({
      state: 'damaged',
      file,
      message: expect.stringMatching(
        /failed its integrity check \([\s\S]+\)\. Restore it from a backup\.$/,
      ),
      newestGoodBackup: { file: good, reason: 'manual', counts: { suppliers: 2 } },
    });
  });

  it('answers every other call with the reason, and lists its backups', async () => {
    const { session } = await damagedWithBackups();
    const ctx = session.context();
    for (const method of ['suppliers.list', 'backups.create', 'workspace.counts'] as const) {
      const error = expectError(await callApi(ctx, method, {} as never));
      expect(error.code).toBe('workspace');
      expect(error.message).toMatch(/failed its integrity check/);
    }
    const list = expectOk(await callApi(ctx, 'backups.list', {}));
    expect(list.backups).toHaveLength(2);
  });

  it('is brought back by restoring the backup offered, keeping the damaged file aside', async () => {
    const { session, good, file } = await damagedWithBackups();
    const damagedBytes = readFileSync(file);
    const health = expectOk(await callApi(session.context(), 'workspace.health', {}));
    const offered = health.state === 'damaged' ? health.newestGoodBackup : null;
    const outcome = expectOk(
      await callApi(session.context(), 'backups.restore', { name: offered?.name ?? '' }),
    );
    expect(outcome.restored.file).toBe(good);
    expect(expectOk(await callApi(session.context(), 'workspace.health', {}))).toEqual({
      state: 'ok',
      file,
    });
    const suppliers = expectOk(
      await callApi(session.context(), 'suppliers.list', { offset: 0, limit: 10 }),
    );
    expect(suppliers.rows.map((row) => row.name).sort()).toEqual([
      'Beacon Catering Ltd',
      'Quorn Builders Ltd',
    ]);
    // The damaged file was kept aside byte for byte.
    const list = expectOk(await callApi(session.context(), 'backups.list', {}));
    const aside = list.backups.find((backup) => backup.file === outcome.safetyCopy);
    expect(aside?.reason).toBe('before-restore');
    expect(readFileSync(aside?.file ?? '')).toEqual(damagedBytes);
    expect(aside?.file.startsWith(join(file, '..', 'backups'))).toBe(true);
  });

  it('offers no backup when none passes its check', async () => {
    const workspace = await openSessionWorkspace(temp);
    workspace.session.close();
    damageWorkspace(workspace.file);
    const session = new WorkspaceSession(workspace.file, officer);
    temp.onCleanup(() => session.close());
    expect(session.health()).toMatchObject({ state: 'damaged', newestGoodBackup: null });
  });
});

describe('a workspace that cannot be opened for another reason', () => {
  it('says why and offers no restore (a newer app wrote it)', async () => {
    const dataDir = await temp.make();
    const { file } = await openSessionWorkspace(temp, dataDir).then((w) => {
      w.session.close();
      return w;
    });
    makeNewerWorkspace(file);
    const session = new WorkspaceSession(file, officer);
    temp.onCleanup(() => session.close());
    expect(session.health()).toMatchObject({
      state: 'unopenable',
      message: expect.stringMatching(/newer version of Social Value Tracker/),
      newestGoodBackup: null,
    });
  });
});
