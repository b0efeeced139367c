// Settings that belong to this machine, not to a council's data: the main window's place and
// the recent workspace files. Kept by electron-store in the user data folder, so create them
// only after that folder is settled (electron/main.ts honours SVT_DATA_DIR first).

import Store from 'electron-store';
import { addRecent, recentListFrom } from './recent-workspaces';
import { windowStateFrom, type WindowState } from './window-state';

type MachineSettings = {
  windowState?: WindowState;
  recentWorkspaces: string[];
};

export interface Settings {
  windowState(): WindowState | undefined;
  saveWindowState(state: WindowState): void;
  /** Most recent first. */
  recentWorkspaces(): string[];
  addRecentWorkspace(file: string): void;
}

export function openSettings(): Settings {
  const store = new Store<MachineSettings>({
    name: 'settings',
    defaults: { recentWorkspaces: [] },
    // Machine settings are disposable: a damaged file is replaced rather than stopping the app.
    clearInvalidConfig: true,
  });
  const recentWorkspaces = () => recentListFrom(store.get('recentWorkspaces'));
  return {
    windowState: () => windowStateFrom(store.get('windowState')),
    saveWindowState: (state) => store.set('windowState', state),
    recentWorkspaces,
    addRecentWorkspace: (file) =>
      store.set('recentWorkspaces', addRecent(recentWorkspaces(), file)),
  };
}
