// Entry of the svt command line.

import { runCli } from './cli/run-cli';

const code = await runCli(process.argv.slice(2), {
  stdout: (text) => console.log(text),
  stderr: (text) => console.error(text),
});
process.exitCode = code;
