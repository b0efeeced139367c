// Backup file names say whose copy it is, when it was taken and why; anything else in the
// folder is not taken for a backup.

import { describe, expect, it } from 'vitest';
import { backupFileName, parseBackupName } from '../../electron/backups/backup-names';

const workspace = '/data/Blaby council.svt';
const at = new Date('2026-11-30T14:23:21.821Z');

describe('backup file names', () => {
  it('name the workspace, the moment and the reason, and read back the same', () => {
    const name = backupFileName(workspace, 'daily', at);
    expect(name).toBe('Blaby council-2026-11-30T14-23-21-821Z-daily.svt');
    expect(parseBackupName(workspace, name)).toEqual({ takenAt: at, reason: 'daily' });
  });

  it('read every reason, a migration copy whatever version it names', () => {
    for (const reason of ['manual', 'before-restore', 'daily'] as const) {
      expect(parseBackupName(workspace, backupFileName(workspace, reason, at))?.reason).toBe(
        reason,
      );
    }
    expect(
      parseBackupName(workspace, backupFileName(workspace, 'before-migration-to-v12', at))?.reason,
    ).toBe('before-migration');
  });

  it('take nothing else for a backup of this workspace', () => {
    for (const name of [
      'Blaby council.backup-settings.json',
      'Other council-2026-11-30T14-23-21-821Z-daily.svt',
      'Blaby council-2026-11-30T14-23-21-821Z-daily.svt-wal',
      'Blaby council-2026-11-30T14-23-21-821Z-holiday.svt',
      'Blaby council-2026-13-45T99-99-99-999Z-daily.svt',
      'Blaby council-yesterday-daily.svt',
    ]) {
      expect(parseBackupName(workspace, name), name).toBeNull();
    }
  });
});
