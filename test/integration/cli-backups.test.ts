// svt backup, svt restore and svt check on a damaged workspace, in-process through runCli.

import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run-cli';
import { backUp } from '../../electron/db/backup';
import { openWorkspace } from '../../electron/db/open';
import { workspaceFileIn } from '../../electron/workspace-location';
import { addSuppliers } from './backup-session';
import { damageWorkspace } from './damage-workspace';
import { officer } from './seed-records';
import {
  captureOutput,
  countRows,
  makeForeignDatabase,
  makeNewerWorkspace,
  snapshotFolder,
  useTempDirs,
  withRawDb,
} from './temp-workspace';

const temp = useTempDirs();

async function svt(...argv: string[]) {
  const { written, output } = captureOutput();
  const code = await runCli(argv, output);
  return { code, stdout: written.stdout.join('\n'), stderr: written.stderr.join('\n') };
}

/** A workspace holding `suppliers` suppliers, closed. */
async function workspaceWith(suppliers: string[]): Promise<{ dataDir: string; file: string }> {
  const dataDir = await temp.make();
  const file = workspaceFileIn(dataDir);
  const { db } = openWorkspace(file);
  await addSuppliers({ db, file, officer }, suppliers);
  db.close();
  return { dataDir, file };
}

const suppliersIn = (file: string) => withRawDb(file, (db) => countRows(db, 'suppliers'));

describe('svt backup', () => {
  it('copies the workspace into its backups folder and says what the copy holds', async () => {
    const { dataDir } = await workspaceWith(['Beacon Catering Ltd']);
    const { code, stdout, stderr } = await svt('backup', '--data-dir', dataDir);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const copy = /^Backup made: (.+-manual\.svt)$/m.exec(stdout)?.[1] ?? '';
    expect(copy.startsWith(join(dataDir, 'backups'))).toBe(true);
    expect(stdout).toMatch(/^Records: suppliers 1, exercises 0, contracts 0/m);
    expect(suppliersIn(copy)).toBe(1);
  });
});

describe('svt restore', () => {
  it('puts the backup in place and keeps the workspace as it was', async () => {
    const { dataDir, file } = await workspaceWith(['Beacon Catering Ltd']);
    const copy = withRawDb(file, (db) => backUp(db, file, 'manual'));
    const again = openWorkspace(file);
    await addSuppliers({ db: again.db, file, officer }, ['Quorn Builders Ltd']);
    again.db.close();

    const { code, stdout, stderr } = await svt('restore', '--data-dir', dataDir, '--from', copy);

    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain(`Restored ${file} from ${copy}`);
    const kept = /^The workspace as it was is kept at (.+)$/m.exec(stdout)?.[1] ?? '';
    expect(suppliersIn(file)).toBe(1);
    expect(suppliersIn(kept)).toBe(2);
  });

  it('refuses without --from, exit 1', async () => {
    const { dataDir } = await workspaceWith([]);
    const { code, stderr } = await svt('restore', '--data-dir', dataDir);
    expect(code).toBe(1);
    expect(stderr).toBe('Name the backup to restore: svt restore --from FILE.');
  });

  it.each([
    ['not a workspace', makeForeignDatabase, /is not a Social Value Tracker workspace\./],
    ['newer than the app', (file: string) => void makeNewerWorkspace(file), /newer version/],
    [
      'damaged',
      (file: string) => {
        openWorkspace(file).db.close();
        damageWorkspace(file);
      },
      /failed its integrity check/,
    ],
    ['missing', () => undefined, /does not exist/],
  ])('refuses a file that is %s with exit 1, changing nothing', async (_what, make, message) => {
    const { dataDir } = await workspaceWith(['Beacon Catering Ltd']);
    const source = join(await temp.make(), 'offered.svt');
    make(source);
    const before = snapshotFolder(dataDir);
    const { code, stdout, stderr } = await svt('restore', '--data-dir', dataDir, '--from', source);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr).toMatch(/It was not restored; the workspace has not been changed\.$/);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(snapshotFolder(dataDir)).toEqual(before);
  });
});

describe('svt check on a damaged workspace', () => {
  it('exits 1, says what is wrong and names the newest good backup', async () => {
    const { dataDir, file } = await workspaceWith(['Beacon Catering Ltd']);
    const good = withRawDb(file, (db) => backUp(db, file, 'daily'));
    damageWorkspace(file);

    const { code, stdout, stderr } = await svt('check', '--data-dir', dataDir);

    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/failed its integrity check/);
    expect(stderr).toContain(`Newest good backup: ${good}`);
    expect(stderr).toContain(
      `Restore it with: svt restore --data-dir "${dataDir}" --from "${good}"`,
    );
    // Following the advice brings it back.
    expect((await svt('restore', '--data-dir', dataDir, '--from', good)).code).toBe(0);
    expect((await svt('check', '--data-dir', dataDir)).stdout).toContain(
      'The workspace is healthy.',
    );
  });

  it('says so when there is no good backup; --json reports the same on stdout', async () => {
    const { dataDir, file } = await workspaceWith([]);
    damageWorkspace(file);
    writeFileSync(join(dataDir, 'notes.txt'), 'not a backup');
    const { code, stdout, stderr } = await svt('check', '--data-dir', dataDir, '--json');
    expect(code).toBe(1);
    expect(stderr).toContain(
      `No backup that passes its integrity check was found in ${join(dataDir, 'backups')}.`,
    );
    expect(JSON.parse(stdout)).toMatchObject({
      state: 'damaged',
      integrity: 'failed',
      newestGoodBackup: null,
    });
    expect(existsSync(join(dataDir, 'backups'))).toBe(false);
  });
});
