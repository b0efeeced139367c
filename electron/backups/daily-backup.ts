// The daily backup: taken on the first open of each day (this machine's calendar day), then the
// daily copies are rotated so the newest N are kept (N from the backup settings). Copies taken
// before a migration or a restore, and those made with "Back up now", are never rotated away:
// they are the way back from a step the officer or the app chose to take.

import { rmSync } from 'node:fs';
import type { Database } from 'better-sqlite3';
import { calendarDateOf } from '../../shared/calendar-date';
import { backUp } from '../db/backup';
import { backupFiles } from './backup-catalogue';
import { readBackupSettings } from './backup-settings';

/** Removes the daily backups beyond the newest `keep`; returns the files removed. */
export function rotateDailyBackups(workspaceFile: string, keep: number): string[] {
  const stale = backupFiles(workspaceFile)
    .filter((backup) => backup.reason === 'daily')
    .slice(keep);
  for (const backup of stale) rmSync(backup.file, { force: true });
  return stale.map((backup) => backup.file);
}

/** Takes today's backup unless one exists already; returns its path, or null when not due. */
export function takeDailyBackupIfDue(
  db: Database,
  workspaceFile: string,
  now: Date = new Date(),
): string | null {
  const today = calendarDateOf(now);
  const taken = backupFiles(workspaceFile).some(
    (backup) => backup.reason === 'daily' && calendarDateOf(backup.takenAt) === today,
  );
  if (taken) return null;
  const file = backUp(db, workspaceFile, 'daily', now);
  rotateDailyBackups(workspaceFile, readBackupSettings(workspaceFile).keepDaily);
  return file;
}
