// A restore as the screens run it: a backup chosen, confirmed, then restored through the API.

import { useState } from 'react';
import type { BackupInfo, RestoreOutcome } from '../../../shared/backup';
import { call } from '../../api-client';

export interface RestoreFlow {
  chosen: BackupInfo | null;
  restoring: boolean;
  problem: string | undefined;
  choose(backup: BackupInfo): void;
  cancel(): void;
  /** Restores the backup chosen (after the officer confirmed). */
  confirm(): Promise<void>;
  /** Restores at once, where the button itself names the backup and says what happens. */
  restoreNow(backup: BackupInfo): Promise<void>;
}

export function useRestore(
  onRestored: (backup: BackupInfo, outcome: RestoreOutcome) => void,
): RestoreFlow {
  const [chosen, setChosen] = useState<BackupInfo | null>(null);
  const [restoring, setRestoring] = useState(false);
  const [problem, setProblem] = useState<string>();
  async function restoreNow(backup: BackupInfo) {
    setRestoring(true);
    setProblem(undefined);
    try {
      const outcome = await call('backups.restore', { name: backup.name });
      setChosen(null);
      onRestored(backup, outcome);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setRestoring(false);
    }
  }
  return {
    chosen,
    restoring,
    problem,
    choose(backup) {
      setProblem(undefined);
      setChosen(backup);
    },
    cancel() {
      setProblem(undefined);
      setChosen(null);
    },
    confirm: () => (chosen ? restoreNow(chosen) : Promise.resolve()),
    restoreNow,
  };
}
