// svt backup: a copy of the workspace in its backups folder, with what it holds.

import { currentOfficer } from '../workspace-location';
import { WorkspaceSession } from '../workspace-session';
import { call } from './call';
import type { Command } from './command';

export const backupCommand: Command = {
  summary: 'copy the workspace into its backups folder now',
  async run({ file, json }, output) {
    const session = new WorkspaceSession(file, currentOfficer());
    try {
      const backup = await call(session.context(), 'backups.create', {});
      if (json) {
        output.stdout(JSON.stringify(backup));
        return 0;
      }
      const counts = Object.entries(backup.counts ?? {})
        .map(([name, count]) => `${name} ${count}`)
        .join(', ');
      output.stdout(`Backup made: ${backup.file}\nRecords: ${counts}`);
      return 0;
    } finally {
      session.close();
    }
  },
};
