// How a backup is described to the officer: why it was taken, its size, and what it holds.

import type {
  BackupCounts,
  BackupInfo,
  BackupReason,
  RestoreOutcome,
} from '../../../shared/backup';
import { formatMoment } from '../../format-date';

const reasonLabels: Record<BackupReason, string> = {
  daily: 'Daily',
  manual: 'Back up now',
  'before-restore': 'Before a restore',
  'before-migration': 'Before an update',
};

export const reasonLabel = (reason: BackupReason): string => reasonLabels[reason];

/** "840 KB", "12.4 MB". */
export function sizeLabel(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

const countNouns: [keyof BackupCounts, string, string][] = [
  ['suppliers', 'supplier', 'suppliers'],
  ['exercises', 'exercise', 'exercises'],
  ['contracts', 'contract', 'contracts'],
  ['returns', 'return', 'returns'],
];

/** "12 suppliers, 3 exercises, 9 contracts, 1 return". */
export function countsLabel(counts: BackupCounts): string {
  return countNouns
    .map(
      ([key, one, many]) =>
        `${counts[key].toLocaleString('en-GB')} ${counts[key] === 1 ? one : many}`,
    )
    .join(', ');
}

/** "the backup taken on 3 May 2025 at 14:05". */
export const backupTitle = (backup: BackupInfo): string =>
  `the backup taken on ${formatMoment(backup.takenAt)}`;

/** What the officer is told after a restore; `where` says where the copy kept first is listed. */
export function restoredNotice(backup: BackupInfo, outcome: RestoreOutcome, where: string): string {
  const kept = outcome.safetyCopy
    ? ` The workspace as it was just before is kept at ${where}, as “${reasonLabel('before-restore')}”.`
    : '';
  return `Restored ${backupTitle(backup)}.${kept}`;
}
