// svt import WHAT FILE ...: each kind of import is its own subcommand.

import type { CliOutput, Command, CommandOptions } from './command';
import { importRegister, importRegisterUsage } from './import-register-command';
import { importReturn, importReturnUsage } from './import-return-command';

const subcommands: Record<
  string,
  { usage: string; run: (o: CommandOptions, out: CliOutput) => Promise<number> }
> = {
  register: { usage: importRegisterUsage, run: importRegister },
  return: { usage: importReturnUsage, run: importReturn },
};

const usage = `Usage: ${Object.values(subcommands)
  .map((s) => s.usage)
  .join('\n       ')}`;

export const importCommand: Command = {
  summary:
    'import a spreadsheet: svt import register FILE (contracts, exercises, suppliers, measures), svt import return FILE (a supplier return)',
  async run(options, output) {
    const [what] = options.args;
    const subcommand = what === undefined ? undefined : subcommands[what];
    if (!subcommand) {
      output.stderr(
        `${what === undefined ? 'Say what to import.' : `svt import cannot import "${what}".`}\n${usage}`,
      );
      return 2;
    }
    return subcommand.run(options, output);
  },
};
