// Backups: "Back up now", the list of copies with what each holds, restore with confirmation,
// and how many daily copies to keep.

import type { BackupList } from '../../../shared/backup';
import { showNotice } from '../../components/notice';
import { WhenLoaded } from '../../components/WhenLoaded';
import { useApi } from '../../use-api';
import { restoredNotice } from './backup-labels';
import { BackupsTable, restoreButtonId } from './BackupsTable';
import { BackUpNow } from './BackUpNow';
import { KeepDailyForm } from './KeepDailyForm';
import { RestoreConfirm } from './RestoreConfirm';
import { useRestore } from './use-restore';

export function BackupsPage() {
  const [loaded, reload] = useApi('backups.list', {});
  return (
    <>
      <h1>Backups</h1>
      <WhenLoaded loaded={loaded} what="the backups">
        {(list) => <Backups list={list} onChanged={reload} />}
      </WhenLoaded>
    </>
  );
}

function Backups({ list, onChanged }: { list: BackupList; onChanged(): void }) {
  const restore = useRestore((backup, outcome) => {
    showNotice({ path: '/backups', text: restoredNotice(backup, outcome, 'the top of the list') });
    onChanged();
  });
  return (
    <>
      <p className="lead">
        Copies of this workspace, kept on this computer in{' '}
        <span className="break-anywhere">{list.folder}</span>. A copy is taken on the first open of
        each day, before every update of the workspace format and before every restore.
      </p>
      <BackUpNow onMade={onChanged} />
      {restore.chosen && (
        <RestoreConfirm
          backup={restore.chosen}
          restoring={restore.restoring}
          problem={restore.problem}
          onConfirm={() => void restore.confirm()}
          onCancel={() => {
            const opener = restore.chosen && restoreButtonId(restore.chosen);
            restore.cancel();
            // The row's button is enabled again once the panel is gone.
            setTimeout(() => opener && document.getElementById(opener)?.focus());
          }}
        />
      )}
      <BackupsTable
        backups={list.backups}
        busy={restore.chosen !== null}
        onRestore={restore.choose}
      />
      <KeepDailyForm keepDaily={list.keepDaily} onSaved={onChanged} />
    </>
  );
}
