// svt export register --format csv|xlsx --out FILE: the Transparency Code contract register.
// svt export workspace --out FILE: the whole workspace, a sheet per table, streamed to the file.
// The file appears whole or not at all: it is written beside the target, then renamed.

import { rename, rm, stat, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { registerFormats, type RegisterFormat } from '../../shared/exports';
import { registerBytes, writeWorkspaceFile } from '../exports/export-files';
import { currentOfficer } from '../workspace-location';
import { WorkspaceSession } from '../workspace-session';
import type { CliOutput, Command, CommandOptions } from './command';

const usage = `Usage: svt export register --format csv|xlsx --out FILE [--data-dir DIR]
       svt export workspace --out FILE [--data-dir DIR]`;

const isFormat = (text: string | undefined): text is RegisterFormat =>
  registerFormats.some((format) => format === text);

/** What is wrong with the arguments, or null when they are sound. */
function argumentProblem({ args, format, out }: CommandOptions): string | null {
  const [subject, ...extra] = args;
  if (subject !== 'register' && subject !== 'workspace') {
    return subject === undefined
      ? 'Say what to export: register or workspace.'
      : `svt export cannot export "${subject}": say register or workspace.`;
  }
  if (extra.length > 0) return `svt export takes one thing to export, not "${extra.join(' ')}".`;
  if (subject === 'register' && !isFormat(format)) {
    return format === undefined
      ? 'Say which format: --format csv or --format xlsx.'
      : `--format must be csv or xlsx, not "${format}".`;
  }
  if (subject === 'workspace' && format !== undefined && format !== 'xlsx') {
    return 'The workspace is exported as .xlsx only: leave out --format.';
  }
  if (!out) return 'Say where to write the file: --out FILE.';
  return null;
}

async function writeWhole(out: string, write: (path: string) => Promise<void>): Promise<void> {
  const partial = `${out}.partial`;
  try {
    await write(partial);
    await rename(partial, out);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}

export const exportCommand: Command = {
  summary: 'export the contract register (register --format csv|xlsx) or the whole workspace',
  async run(options: CommandOptions, output: CliOutput) {
    const problem = argumentProblem(options);
    if (problem) {
      output.stderr(`${problem}\n${usage}`);
      return 2;
    }
    const out = resolve(options.out as string);
    const session = new WorkspaceSession(options.file, currentOfficer());
    try {
      const { db } = session.context();
      const started = performance.now();
      try {
        if (options.args[0] === 'register') {
          const bytes = await registerBytes(db, options.format as RegisterFormat);
          await writeWhole(out, (path) => writeFile(path, bytes));
        } else {
          await writeWhole(out, (path) => writeWorkspaceFile(db, path));
        }
      } catch (error) {
        output.stderr(`Could not write ${out}: ${(error as Error).message}`);
        return 1;
      }
      const seconds = (performance.now() - started) / 1000;
      const { size } = await stat(out);
      output.stdout(
        options.json
          ? JSON.stringify({ file: out, bytes: size, seconds })
          : `Exported to ${out} (${(size / 1_048_576).toFixed(1)} MB) in ${seconds.toFixed(1)} s.`,
      );
      return 0;
    } finally {
      session.close();
    }
  },
};
