// Puts a copy of a checked backup in place of the (closed) workspace file without ever leaving a
// half-written workspace: the copy is made in a temp file beside the workspace, flushed to disk,
// then renamed over it in one step; the old file's WAL, shared-memory and journal files go
// first, so SQLite can never replay them into the restored file.

import { closeSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';

const sidecars = ['-wal', '-shm', '-journal'];

function flush(path: string, flags: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(path, flags);
    fsyncSync(fd);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Flushes a folder's entries (the rename); folders cannot be opened for this on Windows. */
function flushFolder(folder: string): void {
  try {
    flush(folder, 'r');
  } catch {
    // Windows: renames are durable once MoveFileEx returns.
  }
}

/**
 * Copies `source` (read through SQLite, so a source with its own WAL is copied whole) to a temp
 * file beside `target`, flushes it, and renames it over `target`. The target must be closed.
 */
export function replaceWorkspaceFile(source: string, target: string): void {
  const temp = join(dirname(target), `.${basename(target)}.restoring-${randomUUID()}`);
  try {
    const db = new Database(source, { readonly: true, fileMustExist: true });
    try {
      db.prepare('VACUUM INTO ?').run(temp);
    } finally {
      db.close();
    }
    flush(temp, 'r+');
    for (const sidecar of sidecars) rmSync(`${target}${sidecar}`, { force: true });
    renameSync(temp, target);
    flushFolder(dirname(target));
  } finally {
    rmSync(temp, { force: true });
  }
}
