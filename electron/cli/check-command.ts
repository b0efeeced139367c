// svt check: opens or creates the workspace, migrates it, checks its integrity, says what it found.
// A workspace that cannot be opened exits 1, naming the newest backup that passes its own check.

import { dirname } from 'node:path';
import type { WorkspaceHealth } from '../../shared/backup';
import { backupFolder } from '../db/backup';
import { currentOfficer } from '../workspace-location';
import { WorkspaceSession } from '../workspace-session';
import { call } from './call';
import type { CliOutput, Command } from './command';

type Unhealthy = Exclude<WorkspaceHealth, { state: 'ok' }>;

function reportProblem(health: Unhealthy, json: boolean, output: CliOutput): number {
  const backup = health.newestGoodBackup;
  const advice =
    health.state !== 'damaged'
      ? []
      : backup
        ? [
            `Newest good backup: ${backup.file}`,
            `Restore it with: svt restore --data-dir "${dirname(health.file)}" --from "${backup.file}"`,
          ]
        : [`No backup that passes its integrity check was found in ${backupFolder(health.file)}.`];
  if (json) output.stdout(JSON.stringify({ ...health, integrity: 'failed' }));
  output.stderr([health.message, ...advice].join('\n'));
  return 1;
}

export const checkCommand: Command = {
  summary: 'open or create the workspace, migrate it, check its integrity',
  async run({ file, json }, output) {
    const session = new WorkspaceSession(file, currentOfficer());
    try {
      const health = session.health();
      if (health.state !== 'ok') return reportProblem(health, json, output);
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
