// What a restore needs before it touches anything: a source that is a healthy workspace this app
// can read, and a copy of the workspace as it is now, so the restore can itself be undone.

import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Database } from 'better-sqlite3';
import type { RestoreOutcome } from '../../shared/backup';
import { AppError } from '../../shared/result';
import { backUp, backupFolder } from '../db/backup';
import { inspectWorkspaceFile } from './backup-catalogue';
import { backupFileName } from './backup-names';

/** Refuses a source that is the workspace itself, not a workspace, newer, or damaged. */
export function checkRestorable(source: string, workspaceFile: string): RestoreOutcome['restored'] {
  const file = resolve(source);
  if (file === resolve(workspaceFile)) {
    throw new AppError(
      'refused',
      `${file} is the workspace itself, so there is nothing to restore.`,
    );
  }
  const inspected = inspectWorkspaceFile(file, { checkIntegrity: true });
  if (inspected.problem !== null || inspected.schemaVersion === null || !inspected.counts) {
    throw new AppError(
      'refused',
      `${inspected.problem ?? `${file} could not be read.`} It was not restored; the workspace has not been changed.`,
    );
  }
  return { file, schemaVersion: inspected.schemaVersion, counts: inspected.counts };
}

const reason = 'before-restore';

/** A consistent copy of the open workspace, taken through SQLite. */
export function copyOpenWorkspace(db: Database, workspaceFile: string): string {
  return backUp(db, workspaceFile, reason);
}

/**
 * A byte-for-byte copy of a workspace that cannot be opened (with its WAL, if any), so even a
 * damaged file is kept; null when there is no file.
 */
export function copyUnopenableWorkspace(workspaceFile: string): string | null {
  if (!existsSync(workspaceFile)) return null;
  const folder = backupFolder(workspaceFile);
  mkdirSync(folder, { recursive: true });
  const target = join(folder, backupFileName(workspaceFile, reason, new Date()));
  copyFileSync(workspaceFile, target);
  if (existsSync(`${workspaceFile}-wal`)) copyFileSync(`${workspaceFile}-wal`, `${target}-wal`);
  return target;
}
