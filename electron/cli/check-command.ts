// svt check: opens or creates the workspace, migrates it, checks its integrity, says what it found.

import { currentOfficer } from '../workspace-location';
import { WorkspaceSession } from '../workspace-session';
import { call } from './call';
import type { Command } from './command';

export const checkCommand: Command = {
  summary: 'open or create the workspace, migrate it, check its integrity',
  async run({ file, json }, output) {
    const session = new WorkspaceSession(file, currentOfficer());
    try {
      const { created, migration } = session.workspace;
      const ctx = session.context();
      const info = await call(ctx, 'workspace.info', {});
      const profile = await call(ctx, 'profile.get', {});
      const stats = await call(ctx, 'workspace.stats', {});
      const report = {
        file: info.file,
        created,
        schemaVersion: info.schemaVersion,
        migratedFrom: migration.from === migration.to ? null : migration.from,
        backupFile: migration.backupFile,
        integrity: 'ok',
        council: profile.councilName,
        stats,
      };
      if (json) {
        output.stdout(JSON.stringify(report));
        return 0;
      }
      output.stdout(
        [
          `Workspace: ${report.file}${created ? ' (created now)' : ''}`,
          `Format: version ${report.schemaVersion}${
            report.migratedFrom === null
              ? ', up to date'
              : `, brought up from version ${report.migratedFrom}`
          }`,
          ...(report.backupFile ? [`Backup taken first: ${report.backupFile}`] : []),
          'Integrity check: ok',
          `Council: ${report.council}`,
          `Records: ${Object.entries(stats)
            .map(([name, count]) => `${name} ${count}`)
            .join(', ')}`,
          'The workspace is healthy.',
        ].join('\n'),
      );
      return 0;
    } finally {
      session.close();
    }
  },
};
