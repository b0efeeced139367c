// svt template return --contract REF --period PERIOD --out FILE: a supplier return template
// for one contract and period, written whole or not at all.

import { rename, rm, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { AppError } from '../../shared/result';
import type { Context } from '../api/context';
import { currentOfficer } from '../workspace-location';
import { WorkspaceSession } from '../workspace-session';
import { call } from './call';
import type { CliOutput, Command, CommandOptions } from './command';

const usage =
  'Usage: svt template return --contract REF --period PERIOD --out FILE [--data-dir DIR] [--json]';

function argumentProblem({ args, contract, period, out }: CommandOptions): string | null {
  const [subject, ...extra] = args;
  if (subject !== 'return') {
    return subject === undefined
      ? 'Say which template: svt template return.'
      : `svt template has no template "${subject}": say return.`;
  }
  if (extra.length > 0) return `svt template return takes no "${extra.join(' ')}".`;
  if (!contract) return "Say which contract: --contract and the contract's reference.";
  if (!period) return 'Say which reporting period: --period, for example "Q1 2025/26".';
  if (!out) return 'Say where to write the template: --out FILE.';
  return null;
}

/** The live contract with this reference (case ignored). */
async function contractIdOf(ctx: Context, reference: string): Promise<string> {
  const page = await call(ctx, 'contracts.list', { search: reference, limit: 50 });
  const found = page.rows.find((row) => row.reference.toLowerCase() === reference.toLowerCase());
  if (!found) throw new AppError('not_found', `No contract has the reference ${reference}.`);
  return found.id;
}

export const templateCommand: Command = {
  summary:
    'write a supplier return template: template return --contract REF --period PERIOD --out FILE',
  async run(options: CommandOptions, output: CliOutput) {
    const problem = argumentProblem(options);
    if (problem) {
      output.stderr(`${problem}\n${usage}`);
      return 2;
    }
    const out = resolve(options.out as string);
    const session = new WorkspaceSession(options.file, currentOfficer());
    try {
      const ctx = session.context();
      const contractId = await contractIdOf(ctx, options.contract as string);
      const file = await call(ctx, 'returnTemplates.download', {
        contractId,
        period: options.period as string,
      });
      const partial = `${out}.partial`;
      try {
        await writeFile(partial, Buffer.from(file.contentBase64, 'base64'));
        await rename(partial, out);
      } catch (error) {
        await rm(partial, { force: true });
        output.stderr(`Could not write ${out}: ${(error as Error).message}`);
        return 1;
      }
      output.stdout(
        options.json
          ? JSON.stringify({ file: out, contract: options.contract, period: options.period })
          : `Wrote the return template for ${options.contract} ${options.period} to ${out}`,
      );
      return 0;
    } finally {
      session.close();
    }
  },
};
