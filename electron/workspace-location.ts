// Where a workspace lives when none is named, and who the officer is.

import { homedir, userInfo } from 'node:os';
import { join, resolve } from 'node:path';

export const appName = 'Social Value Tracker';
export const workspaceFileName = 'workspace.svt';

/** The user data folder, the same one Electron's app.getPath('userData') gives this app. */
export function defaultDataDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), appName);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', appName);
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), appName);
}

export function workspaceFileIn(dataDir: string): string {
  return join(resolve(dataDir), workspaceFileName);
}

/** The name put on every change: SVT_OFFICER when set, otherwise the login name. */
export function currentOfficer(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.SVT_OFFICER?.trim();
  if (fromEnv) return fromEnv;
  try {
    return userInfo().username;
  } catch {
    return 'officer';
  }
}
