// Backup copies of a workspace, taken with VACUUM INTO: a consistent copy even while in use.

import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Database } from 'better-sqlite3';
import { backupFileName } from '../backups/backup-names';

/** The folder beside the workspace file that holds its backups. */
export function backupFolder(workspaceFile: string): string {
  return join(dirname(workspaceFile), 'backups');
}

/** Copies the open workspace into its backups folder and returns the copy's path. */
export function backUp(
  db: Database,
  workspaceFile: string,
  reason: string,
  at: Date = new Date(),
): string {
  const folder = backupFolder(workspaceFile);
  mkdirSync(folder, { recursive: true });
  const target = join(folder, backupFileName(workspaceFile, reason, at));
  db.prepare('VACUUM INTO ?').run(target);
  return target;
}
