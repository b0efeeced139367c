// Backups and recovery: the list, "Back up now", restore, the rotation setting, and the health of
// the workspace. None of them needs the workspace open except backups.create.

import { join } from 'node:path';
import type { ApiMethod } from '../../shared/api-contract';
import type { BackupList } from '../../shared/backup';
import { AppError } from '../../shared/result';
import { backupFiles, describeBackup, listBackups } from '../backups/backup-catalogue';
import { readBackupSettings, saveBackupSettings } from '../backups/backup-settings';
import { rotateDailyBackups } from '../backups/daily-backup';
import { backUp, backupFolder } from '../db/backup';
import type { Handlers } from './handler';

/** What a host answers while its workspace cannot be opened; every other method gets the reason. */
export const answeredWhileUnavailable: ReadonlySet<ApiMethod> = new Set<ApiMethod>([
  'workspace.health',
  'backups.list',
  'backups.restore',
  'backups.saveSettings',
]);

function backupList(file: string): BackupList {
  return {
    folder: backupFolder(file),
    keepDaily: readBackupSettings(file).keepDaily,
    backups: listBackups(file),
  };
}

export const backupHandlers: Handlers<
  | 'workspace.health'
  | 'backups.list'
  | 'backups.create'
  | 'backups.restore'
  | 'backups.saveSettings'
> = {
  'workspace.health': (_input, { file, session }) => session?.health() ?? { state: 'ok', file },
  'backups.list': (_input, { file }) => backupList(file),
  'backups.create': (_input, ctx) => {
    const copy = backUp(ctx.db, ctx.file, 'manual');
    const made = backupFiles(ctx.file).find((backup) => backup.file === copy);
    if (!made) throw new AppError('internal', `The backup ${copy} was made but cannot be found.`);
    return describeBackup(made);
  },
  'backups.restore': ({ name }, { file, session }) => {
    if (!session) {
      throw new AppError('refused', 'Restoring needs the app itself; this caller cannot restore.');
    }
    const backup = backupFiles(file).find((candidate) => candidate.name === name);
    if (!backup) {
      throw new AppError(
        'not_found',
        `There is no backup called ${name} in ${backupFolder(file)}. Reload the list and choose again.`,
      );
    }
    return session.restore(join(backupFolder(file), backup.name));
  },
  'backups.saveSettings': (settings, { file }) => {
    saveBackupSettings(file, settings);
    rotateDailyBackups(file, settings.keepDaily);
    return backupList(file);
  },
};
