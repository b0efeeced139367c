// Putting a copy in place of the workspace file: whole, flushed, renamed in one step, and never
// mixed with what the old file left beside it (a WAL with frames not yet checkpointed, its
// shared memory, a rollback journal), which SQLite would otherwise replay into the new file.

import { copyFileSync, existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { replaceWorkspaceFile } from '../../electron/backups/replace-workspace-file';
import { useTempDirs, withRawDb } from './temp-workspace';

const temp = useTempDirs();

function makeDatabase(file: string, names: string[]): void {
  withRawDb(
    file,
    (db) => {
      db.exec('CREATE TABLE suppliers (name TEXT)');
      for (const name of names) db.prepare('INSERT INTO suppliers VALUES (?)').run(name);
    },
    { readonly: false },
  );
}

/** A file as a crash leaves it: its latest rows only in a WAL that was never checkpointed. */
function crashedWithWal(dir: string): string {
  const live = join(dir, 'live.svt');
  const db = new Database(live);
  db.pragma('journal_mode = WAL');
  db.pragma('wal_autocheckpoint = 0');
  db.exec('CREATE TABLE suppliers (name TEXT)');
  for (let i = 0; i < 200; i++) db.prepare('INSERT INTO suppliers VALUES (?)').run(`Old ${i}`);
  const crashed = join(dir, 'workspace.svt');
  for (const suffix of ['', '-wal', '-shm'])
    copyFileSync(`${live}${suffix}`, `${crashed}${suffix}`);
  db.close();
  return crashed;
}

describe('replacing a workspace file', () => {
  it('never replays the old file’s WAL into the copy put in place', async () => {
    const dir = await temp.make();
    const target = crashedWithWal(dir);
    expect(existsSync(`${target}-wal`)).toBe(true);
    writeFileSync(`${target}-journal`, 'stale');
    const source = join(dir, 'backup.svt');
    new Database(source).close();
    makeDatabase(source, ['Beacon Catering Ltd']);

    replaceWorkspaceFile(source, target);

    withRawDb(target, (db) => {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.prepare('SELECT name FROM suppliers').all()).toEqual([
        { name: 'Beacon Catering Ltd' },
      ]);
    });
    expect(readdirSync(dir).sort()).toEqual(['backup.svt', 'live.svt', 'workspace.svt']);
  });

  it('copies a source that has its own WAL whole, and leaves no temp file when it fails', async () => {
    const dir = await temp.make();
    const source = crashedWithWal(dir);
    const target = join(dir, 'restored.svt');
    writeFileSync(target, 'the workspace as it was');
    replaceWorkspaceFile(source, target);
    withRawDb(target, (db) =>
      expect(db.prepare('SELECT count(*) AS n FROM suppliers').get()).toEqual({ n: 200 }),
    );

    expect(() => replaceWorkspaceFile(join(dir, 'missing.svt'), target)).toThrow();
    expect(readdirSync(dir).filter((name) => name.includes('restoring'))).toEqual([]);
    withRawDb(target, (db) =>
      expect(db.prepare('SELECT count(*) AS n FROM suppliers').get()).toEqual({ n: 200 }),
    );
  });
});
