// Backups of a workspace: what the list shows, the rotation setting, and the health of the open
// workspace (the screens show a recovery page when it is damaged).

import { z } from 'zod';

/** Why a backup was taken; the reason is part of the file name. */
export type BackupReason = 'daily' | 'manual' | 'before-restore' | 'before-migration';

/** Records held in a backup, read from the copy itself (opened read-only). */
export interface BackupCounts {
  suppliers: number;
  exercises: number;
  contracts: number;
  commitments: number;
  returns: number;
  changes: number;
}

export interface BackupInfo {
  /** The file name inside the backups folder: what a restore names. */
  name: string;
  /** Full path of the backup file. */
  file: string;
  reason: BackupReason;
  /** ISO timestamp, from the file name (when the copy was taken). */
  takenAt: string;
  sizeBytes: number;
  /** Workspace format of the copy; null when it could not be read. */
  schemaVersion: number | null;
  counts: BackupCounts | null;
  /** Why the copy could not be read, when it could not. */
  problem: string | null;
}

export interface BackupList {
  folder: string;
  /** How many daily backups are kept (the newest ones). */
  keepDaily: number;
  /** Newest first. */
  backups: BackupInfo[];
}

export const keepDailyLimits = { min: 1, max: 90, standard: 7 } as const;

export const backupSettingsSchema = z
  .object({
    keepDaily: z
      .number({ error: 'Enter how many daily backups to keep, as a whole number' })
      .int({ error: 'Enter how many daily backups to keep, as a whole number' })
      .min(keepDailyLimits.min, { error: `Keep at least ${keepDailyLimits.min} daily backup` })
      .max(keepDailyLimits.max, {
        error: `Keep at most ${keepDailyLimits.max} daily backups`,
      }),
  })
  .strict();
export type BackupSettings = z.infer<typeof backupSettingsSchema>;

/** A backup in the workspace's backups folder, by file name (never a path elsewhere). */
export const backupNameSchema = z
  .object({
    name: z
      .string()
      .min(1, { error: 'Choose a backup' })
      .max(255)
      .regex(/^[^/\\]+\.svt$/, { error: 'Choose a backup from the list' }),
  })
  .strict();

export interface RestoreOutcome {
  /** The copy that now stands as the workspace, as it was read before it was put in place. */
  restored: { file: string; schemaVersion: number; counts: BackupCounts };
  /** The copy of the workspace as it was just before, so the restore can itself be undone. */
  safetyCopy: string | null;
}

/** The open workspace: fine, damaged (failed its integrity check) or not openable at all. */
export type WorkspaceHealth =
  | { state: 'ok'; file: string }
  | {
      state: 'damaged' | 'unopenable';
      file: string;
      message: string;
      /** The newest backup that passed its own integrity check; null when there is none. */
      newestGoodBackup: BackupInfo | null;
    };
