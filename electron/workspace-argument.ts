// Which workspace file the operating system asked the app to open: a double-clicked .svt (the
// file association passes its path as an argument) or `Social Value Tracker file.svt` typed in
// a terminal. Pure, so it is unit tested; electron/main.ts hands it process.argv or the argv of
// a second instance.

import { extname, resolve } from 'node:path';

export const workspaceExtension = '.svt';

/**
 * The last argument naming a .svt file, made absolute against `cwd`; undefined when there is
 * none. argv[0] is the executable; Chromium switches (--flag, --flag=value) are never a file.
 */
export function workspaceFileFromArgv(argv: readonly string[], cwd: string): string | undefined {
  const named = argv
    .slice(1)
    .filter((arg) => !arg.startsWith('-') && extname(arg).toLowerCase() === workspaceExtension)
    .at(-1);
  return named === undefined ? undefined : resolve(cwd, named);
}
