// How backups are described on the Backups page and the recovery screen.

import { describe, expect, it } from 'vitest';
import type { BackupInfo } from '../../shared/backup';
import {
  countsLabel,
  reasonLabel,
  restoredNotice,
  sizeLabel,
} from '../../renderer/pages/backups/backup-labels';

const counts = {
  suppliers: 1,
  exercises: 0,
  contracts: 1_250,
  commitments: 4,
  returns: 2,
  changes: 90,
};

describe('backup labels', () => {
  it('say sizes in KB below a megabyte, else MB to one place', () => {
    expect(sizeLabel(100)).toBe('1 KB');
    expect(sizeLabel(300_000)).toBe('293 KB');
    expect(sizeLabel(2_936_012)).toBe('2.8 MB');
  });

  it('count records in words, one or many', () => {
    expect(countsLabel(counts)).toBe('1 supplier, 0 exercises, 1,250 contracts, 2 returns');
  });

  it('name each reason as the officer knows it', () => {
    expect(reasonLabel('manual')).toBe('Back up now');
    expect(reasonLabel('before-migration')).toBe('Before an update');
  });

  it('say after a restore where the workspace as it was is kept, when it was', () => {
    const backup = { takenAt: '2026-11-30T14:23:00.000Z' } as BackupInfo;
    const restored = { file: '/b.svt', schemaVersion: 8, counts };
    expect(
      restoredNotice(backup, { restored, safetyCopy: '/x.svt' }, 'the top of the list'),
    ).toMatch(
      /^Restored the backup taken on 30 November 2026 at \d\d:23\. The workspace as it was just before is kept at the top of the list, as “Before a restore”\.$/,
    );
    expect(restoredNotice(backup, { restored, safetyCopy: null }, 'anywhere')).toMatch(
      /at \d\d:23\.$/,
    );
  });
});
