// svt: the command line over the same handlers as the app. Returns the exit code.

import { parseArgs } from 'node:util';
import { AppError } from '../../shared/result';
import { defaultDataDir, workspaceFileIn } from '../workspace-location';
import { backupCommand } from './backup-command';
import { checkCommand } from './check-command';
import type { CliOutput, Command } from './command';
import { demoCommand } from './demo-command';
import { exportCommand } from './export-command';
import { importCommand } from './import-command';
import { reportCommand } from './report-command';
import { restoreCommand } from './restore-command';
import { statsCommand } from './stats-command';
import { templateCommand } from './template-command';

const commands: Record<string, Command> = {
  check: checkCommand,
  stats: statsCommand,
  demo: demoCommand,
  export: exportCommand,
  import: importCommand,
  backup: backupCommand,
  restore: restoreCommand,
  report: reportCommand,
  template: templateCommand,
};

const nameWidth = Math.max(...Object.keys(commands).map((name) => name.length)) + 2;
const usage = `Usage: svt COMMAND [--data-dir DIR] [--json]
Commands:
${Object.entries(commands)
  .map(([name, command]) => `  ${name.padEnd(nameWidth)}${command.summary}`)
  .join('\n')}`;

export async function runCli(argv: string[], output: CliOutput): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        'data-dir': { type: 'string' },
        json: { type: 'boolean', default: false },
        large: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
        format: { type: 'string' },
        out: { type: 'string' },
        from: { type: 'string' },
        template: { type: 'string' },
        period: { type: 'string' },
        report: { type: 'string' },
        directorate: { type: 'string' },
        profile: { type: 'string' },
        kind: { type: 'string' },
        contract: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    output.stderr(`${(error as Error).message}\n${usage}`);
    return 2;
  }
  const [name] = parsed.positionals;
  if (parsed.values.help || name === undefined) {
    (parsed.values.help ? output.stdout : output.stderr)(usage);
    return parsed.values.help ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    output.stderr(`svt has no command "${name}".\n${usage}`);
    return 2;
  }
  try {
    return await command.run(
      {
        file: workspaceFileIn(parsed.values['data-dir'] ?? defaultDataDir()),
        json: parsed.values.json,
        large: parsed.values.large,
        args: parsed.positionals.slice(1),
        format: parsed.values.format,
        out: parsed.values.out,
        from: parsed.values.from,
        template: parsed.values.template,
        period: parsed.values.period,
        report: parsed.values.report,
        directorate: parsed.values.directorate,
        profile: parsed.values.profile,
        kind: parsed.values.kind,
        contract: parsed.values.contract,
        dryRun: parsed.values['dry-run'],
      },
      output,
    );
  } catch (error) {
    output.stderr(
      error instanceof AppError ? error.message : String((error as Error).stack ?? error),
    );
    return 1;
  }
}
