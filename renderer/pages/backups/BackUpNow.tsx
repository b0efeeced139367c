// "Back up now": a copy of the workspace in its backups folder, said in a status line.

import { useState } from 'react';
import type { BackupInfo } from '../../../shared/backup';
import { call } from '../../api-client';
import { formatMoment } from '../../format-date';

export function BackUpNow({ onMade }: { onMade(backup: BackupInfo): void }) {
  const [state, setState] = useState<{ working: boolean; said: string; problem?: string }>({
    working: false,
    said: '',
  });
  async function backUp() {
    setState({ working: true, said: 'Backing up the workspace…' });
    try {
      const backup = await call('backups.create', {});
      setState({ working: false, said: `Backup made at ${formatMoment(backup.takenAt)}.` });
      onMade(backup);
    } catch (error) {
      setState({
        working: false,
        said: '',
        problem: error instanceof Error ? error.message : String(error),
      });
    }
  }
  return (
    <>
      <div className="button-row">
        <button type="button" className="button" onClick={backUp} disabled={state.working}>
          Back up now
        </button>
        <p role="status" className="meta">
          {state.said}
        </p>
      </div>
      {state.problem && (
        <p className="error-message" role="alert">
          The backup was not made. {state.problem}
        </p>
      )}
    </>
  );
}
