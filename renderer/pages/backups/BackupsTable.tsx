// The backups, newest first: when, why, size and what each holds, with a Restore button on each
// copy that can be read.

import type { BackupInfo } from '../../../shared/backup';
import { formatMoment } from '../../format-date';
import { countsLabel, reasonLabel, sizeLabel } from './backup-labels';

/** The id of a backup's Restore button, to give it focus back after a cancelled restore. */
export const restoreButtonId = (backup: BackupInfo) => `restore-${backup.name}`;

interface Props {
  backups: BackupInfo[];
  /** Disabled while a restore is under way or being confirmed. */
  busy: boolean;
  onRestore(backup: BackupInfo): void;
}

export function BackupsTable({ backups, busy, onRestore }: Props) {
  if (backups.length === 0) return <p>There are no backups yet.</p>;
  return (
    <table className="data-table backups-table">
      <caption className="visually-hidden">Backups of this workspace, newest first</caption>
      <thead>
        <tr>
          <th scope="col">Taken</th>
          <th scope="col">Reason</th>
          <th scope="col" className="numeric">
            Size
          </th>
          <th scope="col">Holds</th>
          <th scope="col">
            <span className="visually-hidden">Action</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {backups.map((backup) => (
          <tr key={backup.name}>
            <td>{formatMoment(backup.takenAt)}</td>
            <td>{reasonLabel(backup.reason)}</td>
            <td className="numeric">{sizeLabel(backup.sizeBytes)}</td>
            <td>
              {backup.counts ? (
                countsLabel(backup.counts)
              ) : (
                <span className="cell-error">Cannot be read: {backup.problem}</span>
              )}
            </td>
            <td>
              {backup.counts && (
                <button
                  type="button"
                  id={restoreButtonId(backup)}
                  className="link-button"
                  disabled={busy}
                  onClick={() => onRestore(backup)}
                >
                  Restore
                  <span className="visually-hidden">
                    {' '}
                    the backup taken on {formatMoment(backup.takenAt)}
                  </span>
                </button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
