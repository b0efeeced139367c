// The recent workspace files list kept in machine settings: most recent first, no repeats,
// at most ten. Pure, so it is unit tested; electron/settings.ts stores it.

import { resolve } from 'node:path';

export const maxRecentWorkspaces = 10;

function sameFile(a: string, b: string, caseInsensitive: boolean): boolean {
  return caseInsensitive ? a.toLowerCase() === b.toLowerCase() : a === b;
}

/** The list with `file` moved (or added) to the front, repeats removed, cut to the maximum. */
export function addRecent(
  list: readonly string[],
  file: string,
  max: number = maxRecentWorkspaces,
  caseInsensitive: boolean = process.platform === 'win32',
): string[] {
  const full = resolve(file);
  const rest = list.filter((entry) => !sameFile(resolve(entry), full, caseInsensitive));
  return [full, ...rest].slice(0, max);
}

/** Whatever the settings file holds, as a clean list of paths (a hand-edited file may hold junk). */
export function recentListFrom(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  const paths = value.filter(
    (entry): entry is string => typeof entry === 'string' && entry.trim() !== '',
  );
  return [...new Set(paths)].slice(0, maxRecentWorkspaces);
}

/** The workspace used last, if its file is still there. */
export function lastUsedWorkspace(
  list: readonly string[],
  exists: (file: string) => boolean,
): string | undefined {
  const last = list[0];
  return last !== undefined && exists(last) ? last : undefined;
}
