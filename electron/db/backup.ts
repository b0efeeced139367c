// Backup copies of a workspace, taken with VACUUM INTO: a consistent copy even while in use.

import { mkdirSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import type { Database } from 'better-sqlite3';

/** The folder beside the workspace file that holds its backups. */
export function backupFolder(workspaceFile: string): string {
  return join(dirname(workspaceFile), 'backups');
}

/** workspace-2026-11-22T10-15-30-123Z-before-migration.svt */
function backupFileName(workspaceFile: string, reason: string, at: Date): string {
  const stem = basename(workspaceFile, extname(workspaceFile));
  const stamp = at.toISOString().replace(/[:.]/g, '-');
  return `${stem}-${stamp}-${reason}${extname(workspaceFile) || '.svt'}`;
}

/** Copies the open workspace into its backups folder and returns the copy's path. */
export function backUp(db: Database, workspaceFile: string, reason: string): string {
  const folder = backupFolder(workspaceFile);
  mkdirSync(folder, { recursive: true });
  const target = join(folder, backupFileName(workspaceFile, reason, new Date()));
  db.prepare('VACUUM INTO ?').run(target);
  return target;
}
