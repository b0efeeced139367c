// The screen shown instead of the app when the workspace could not be opened: what is wrong,
// the newest backup that passes its own integrity check (restored with one button; the damaged
// file is kept aside), and how to open another workspace instead.

import type { BackupInfo, RestoreOutcome, WorkspaceHealth } from '../../../shared/backup';
import { formatMoment } from '../../format-date';
import { countsLabel, reasonLabel } from './backup-labels';
import { useRestore } from './use-restore';

type Unhealthy = Exclude<WorkspaceHealth, { state: 'ok' }>;

interface Props {
  health: Unhealthy;
  onRestored(backup: BackupInfo, outcome: RestoreOutcome): void;
}

export function RecoveryPage({ health, onRestored }: Props) {
  const damaged = health.state === 'damaged';
  return (
    <>
      <header className="app-header">
        <div className="container header-row">
          <span className="app-name">Social Value Tracker</span>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="container recovery">
        <h1>This workspace cannot be opened</h1>
        <div className="error-summary" role="alert">
          {damaged ? (
            <>
              <h2>The workspace is damaged</h2>
              <p className="break-anywhere">
                Part of {health.file} cannot be read: it failed its integrity check. This can happen
                after a power cut, a full disk or a failing drive.
              </p>
              <details>
                <summary>What the check found</summary>
                <p className="break-anywhere">{health.message}</p>
              </details>
            </>
          ) : (
            <>
              <h2>The workspace could not be opened</h2>
              <p className="break-anywhere">{health.message}</p>
            </>
          )}
        </div>
        {damaged && <RestoreNewest backup={health.newestGoodBackup} onRestored={onRestored} />}
        <h2>Or open another workspace</h2>
        <p>
          {window.api
            ? 'Choose File, then Open workspace…, to open another workspace, or File, then Quit.'
            : 'Stop the web host and start it again with --data-dir naming another workspace folder.'}
        </p>
      </main>
    </>
  );
}

function RestoreNewest({
  backup,
  onRestored,
}: {
  backup: BackupInfo | null;
  onRestored: Props['onRestored'];
}) {
  const restore = useRestore(onRestored);
  if (!backup) {
    return (
      <p>
        No backup that passes its integrity check was found in the backups folder beside the
        workspace. If you keep copies elsewhere, restore one with the command line:{' '}
        <code>svt restore --from FILE</code>.
      </p>
    );
  }
  return (
    <section className="panel" aria-labelledby="restore-newest-title">
      <h2 id="restore-newest-title">Restore the newest good backup</h2>
      <p>
        The newest backup that passes its integrity check was taken on{' '}
        <strong>{formatMoment(backup.takenAt)}</strong> ({reasonLabel(backup.reason).toLowerCase()})
        {backup.counts ? ` and holds ${countsLabel(backup.counts)}` : ''}. Restoring puts it in
        place of the damaged file, which is kept in the backups folder. Work since the backup was
        taken will need to be entered again.
      </p>
      {restore.problem && (
        <p className="error-message" role="alert">
          It was not restored. {restore.problem}
        </p>
      )}
      <div className="button-row">
        <button
          type="button"
          className="button"
          disabled={restore.restoring}
          onClick={() => void restore.restoreNow(backup)}
        >
          {restore.restoring ? 'Restoring…' : 'Restore this backup'}
        </button>
      </div>
    </section>
  );
}
