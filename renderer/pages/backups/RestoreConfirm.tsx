// The confirmation before a restore: what the workspace goes back to, and that the workspace as
// it is now is kept first, so the restore can itself be undone.

import { useEffect, useRef } from 'react';
import type { BackupInfo } from '../../../shared/backup';
import { backupTitle, countsLabel } from './backup-labels';

interface Props {
  backup: BackupInfo;
  restoring: boolean;
  problem: string | undefined;
  onConfirm(): void;
  onCancel(): void;
}

export function RestoreConfirm({ backup, restoring, problem, onConfirm, onCancel }: Props) {
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => panel.current?.focus(), []);
  return (
    <div
      className="confirm-panel"
      role="region"
      aria-labelledby="confirm-restore-title"
      tabIndex={-1}
      ref={panel}
    >
      <h2 id="confirm-restore-title">Restore {backupTitle(backup)}?</h2>
      <p>
        The workspace goes back to how it was then
        {backup.counts ? `: ${countsLabel(backup.counts)}` : ''}. Nothing is lost: the workspace as
        it is now is copied to the backups first, so you can restore it again.
      </p>
      {problem && (
        <p className="error-message" role="alert">
          It was not restored. {problem}
        </p>
      )}
      <div className="button-row">
        <button type="button" className="button-warning" onClick={onConfirm} disabled={restoring}>
          {restoring ? 'Restoring…' : 'Yes, restore this backup'}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel} disabled={restoring}>
          Cancel
        </button>
      </div>
    </div>
  );
}
