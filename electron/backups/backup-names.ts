// Backup file names: "workspace-2026-11-22T10-15-30-123Z-daily.svt" says whose copy it is, when
// it was taken and why, so the folder explains itself and the list needs no index file.

import { basename, extname } from 'node:path';
import type { BackupReason } from '../../shared/backup';

const stampPattern = '\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2}-\\d{3}Z';

export function backupFileName(workspaceFile: string, reason: string, at: Date): string {
  const stem = basename(workspaceFile, extname(workspaceFile));
  const stamp = at.toISOString().replace(/[:.]/g, '-');
  return `${stem}-${stamp}-${reason}${extname(workspaceFile) || '.svt'}`;
}

export interface ParsedBackupName {
  takenAt: Date;
  reason: BackupReason;
}

function reasonOf(text: string): BackupReason | null {
  if (text === 'daily' || text === 'manual' || text === 'before-restore') return text;
  if (text.startsWith('before-migration')) return 'before-migration';
  return null;
}

/** The time and reason of one of this workspace's backups; null for any other file. */
export function parseBackupName(workspaceFile: string, name: string): ParsedBackupName | null {
  const stem = basename(workspaceFile, extname(workspaceFile));
  const extension = extname(workspaceFile) || '.svt';
  if (!name.startsWith(`${stem}-`) || !name.endsWith(extension)) return null;
  const rest = name.slice(stem.length + 1, name.length - extension.length);
  const match = new RegExp(`^(${stampPattern})-(.+)$`).exec(rest);
  if (!match?.[1] || !match[2]) return null;
  const reason = reasonOf(match[2]);
  if (!reason) return null;
  const [date, time] = match[1].split('T') as [string, string];
  const [hours, minutes, seconds, millis] = time.slice(0, -1).split('-');
  const takenAt = new Date(`${date}T${hours}:${minutes}:${seconds}.${millis}Z`);
  return Number.isNaN(takenAt.getTime()) ? null : { takenAt, reason };
}
