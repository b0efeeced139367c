// svt stats: counts of every record type in the workspace.

import { currentOfficer } from '../workspace-location';
import { WorkspaceSession } from '../workspace-session';
import { call } from './call';
import type { Command } from './command';

export const statsCommand: Command = {
  summary: 'counts of every record type (--json for one JSON object)',
  async run({ file, json }, output) {
    const session = new WorkspaceSession(file, currentOfficer());
    try {
      const stats = await call(session.context(), 'workspace.stats', {});
      output.stdout(
        json
          ? JSON.stringify(stats)
          : Object.entries(stats)
              .map(([name, count]) => `${name.padEnd(20)}${count}`)
              .join('\n'),
      );
      return 0;
    } finally {
      session.close();
    }
  },
};
