// svt restore --from FILE: puts a checked backup in place of the workspace, keeping a copy of the
// workspace as it was. A file that is not a workspace, is newer than the app or fails its
// integrity check is refused and nothing is changed.

import { AppError } from '../../shared/result';
import { checkRestorable } from '../backups/restore-checks';
import { currentOfficer } from '../workspace-location';
import { WorkspaceSession } from '../workspace-session';
import type { Command } from './command';

export const restoreCommand: Command = {
  summary: 'restore the workspace from a backup (--from FILE); the current file is kept first',
  run({ file, json, from }, output) {
    if (!from) {
      throw new AppError('invalid_input', 'Name the backup to restore: svt restore --from FILE.');
    }
    // Checked before the workspace is opened, so a refusal leaves everything as it was.
    checkRestorable(from, file);
    const session = new WorkspaceSession(file, currentOfficer());
    try {
      const outcome = session.restore(from);
      if (json) {
        output.stdout(JSON.stringify(outcome));
        return Promise.resolve(0);
      }
      const counts = Object.entries(outcome.restored.counts)
        .map(([name, count]) => `${name} ${count}`)
        .join(', ');
      output.stdout(
        [
          `Restored ${session.file} from ${outcome.restored.file}`,
          `Records: ${counts}`,
          ...(outcome.safetyCopy
            ? [`The workspace as it was is kept at ${outcome.safetyCopy}`]
            : []),
        ].join('\n'),
      );
      return Promise.resolve(0);
    } finally {
      session.close();
    }
  },
};
