// svt stats: counts of every record type in the workspace, and its social value figures.

import { currentOfficer } from '../workspace-location';
import { WorkspaceSession } from '../workspace-session';
import { call } from './call';
import type { Command } from './command';

/** One line a figure: "contracts 50"; counts by name on a line each ("ragGreen 3"). */
function statLines(name: string, value: number | Record<string, number>): string[] {
  if (typeof value === 'number') return [`${name.padEnd(24)}${value}`];
  return Object.entries(value).flatMap(([part, count]) =>
    statLines(`${name}${part.charAt(0).toUpperCase()}${part.slice(1)}`, count),
  );
}

export const statsCommand: Command = {
  summary: 'counts of every record type and social value figures (--json for one JSON object)',
  async run({ file, json }, output) {
    const session = new WorkspaceSession(file, currentOfficer());
    try {
      const stats = await call(session.context(), 'workspace.stats', {});
      output.stdout(
        json
          ? JSON.stringify(stats)
          : Object.entries(stats)
              .flatMap(([name, value]) => statLines(name, value))
              .join('\n'),
      );
      return 0;
    } finally {
      session.close();
    }
  },
};
