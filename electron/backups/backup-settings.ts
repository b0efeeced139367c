// How many daily backups to keep. Kept in a small JSON file in the backups folder, beside the
// copies it governs: every host (Electron, web host, command line) reads it without
// electron-store, and it belongs to this machine's copies, not to the council's data (a workspace
// handed to a colleague does not carry it). A missing or unreadable file means the standard.

import { readFileSync, writeFileSync, mkdirSync, renameSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { backupSettingsSchema, keepDailyLimits, type BackupSettings } from '../../shared/backup';
import { backupFolder } from '../db/backup';

export function backupSettingsFile(workspaceFile: string): string {
  const stem = basename(workspaceFile, extname(workspaceFile));
  return join(backupFolder(workspaceFile), `${stem}.backup-settings.json`);
}

export function readBackupSettings(workspaceFile: string): BackupSettings {
  try {
    const parsed = backupSettingsSchema.safeParse(
      JSON.parse(readFileSync(backupSettingsFile(workspaceFile), 'utf8')),
    );
    if (parsed.success) return parsed.data;
  } catch {
    // No file yet, or not JSON: the standard applies.
  }
  return { keepDaily: keepDailyLimits.standard };
}

/** Writes the settings whole (a temp file renamed over the old one, so never half-written). */
export function saveBackupSettings(workspaceFile: string, settings: BackupSettings): void {
  const file = backupSettingsFile(workspaceFile);
  mkdirSync(backupFolder(workspaceFile), { recursive: true });
  const temp = `${file}.saving`;
  writeFileSync(temp, `${JSON.stringify(settings, null, 2)}\n`);
  renameSync(temp, file);
}
