// The Electron host's entry (electron/main.ts) run in Node against a stand-in `electron` module,
// since the real runtime cannot be downloaded here: the window it builds is locked down, every
// webContents is guarded, the session denies permissions and sends the CSP, IPC answers only the
// main window's own page, and a .svt named by the system (argv, a second instance, or macOS's
// open-file) becomes the workspace. The workspace itself is a real SQLite file.

import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { contentSecurityPolicy } from '../../electron/csp';
import { IpcChannel } from '../../electron/ipc-channels';
import { rendererUrlOf } from '../../electron/renderer-url';
import type { ApiResult } from '../../shared/result';
import { makeTempDir, removeTempDir } from './temp-workspace';

type Listener = (...args: unknown[]) => unknown;

const fake = vi.hoisted(() => {
  const appListeners = new Map<string, Listener[]>();
  const windows: FakeWindow[] = [];
  const ipcHandlers = new Map<string, Listener>();
  const session = {
    permissionRequest: undefined as Listener | undefined,
    permissionCheck: undefined as Listener | undefined,
    headersReceived: undefined as Listener | undefined,
  };
  class FakeWindow {
    readonly webContents = { reload: vi.fn() };
    readonly loaded: string[] = [];
    constructor(readonly options: { webPreferences: Record<string, unknown> }) {
      windows.push(this);
    }
    once() {}
    on() {}
    isDestroyed() {
      return false;
    }
    isMinimized() {
      return false;
    }
    focus() {}
    loadFile(file: string) {
      this.loaded.push(file);
      return Promise.resolve();
    }
  }
  /** How many windows existed when app.enableSandbox() was called; null until it is. */
  const sandbox = { enabledWithWindows: null as number | null };
  return { appListeners, windows, ipcHandlers, session, sandbox, FakeWindow, dataDir: '' };
});

vi.mock('electron', () => {
  const display = { workArea: { x: 0, y: 0, width: 1366, height: 768 } };
  return {
    app: {
      isPackaged: true,
      setPath: vi.fn(),
      getPath: () => fake.dataDir,
      getVersion: () => '0.1.0',
      requestSingleInstanceLock: () => true,
      enableSandbox: () => {
        fake.sandbox.enabledWithWindows = fake.windows.length;
      },
      whenReady: () => Promise.resolve(),
      quit: vi.fn(),
      exit: vi.fn(),
      on(name: string, listener: Listener) {
        fake.appListeners.set(name, [...(fake.appListeners.get(name) ?? []), listener]);
      },
    },
    BrowserWindow: fake.FakeWindow,
    screen: { getAllDisplays: () => [display], getPrimaryDisplay: () => display },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: Listener) => {
          fake.session.permissionRequest = handler;
        },
        setPermissionCheckHandler: (handler: Listener) => {
          fake.session.permissionCheck = handler;
        },
        webRequest: {
          onHeadersReceived: (handler: Listener) => {
            fake.session.headersReceived = handler;
          },
        },
      },
    },
    Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: (template: unknown) => template },
    dialog: { showErrorBox: vi.fn(), showMessageBox: vi.fn(async () => ({ response: 0 })) },
    ipcMain: {
      handle: (channel: string, handler: Listener) => fake.ipcHandlers.set(channel, handler),
      removeHandler: (channel: string) => fake.ipcHandlers.delete(channel),
    },
  };
});

// Machine settings live in electron-store, which needs Electron: an in-memory stand-in.
vi.mock('../../electron/settings', () => ({
  openSettings: () => {
    let recent: string[] = [];
    return {
      windowState: () => undefined,
      saveWindowState: () => undefined,
      recentWorkspaces: () => recent,
      addRecentWorkspace: (file: string) => {
        recent = [file, ...recent.filter((other) => other !== file)];
      },
    };
  },
}));

const rendererUrl = rendererUrlOf(
  join(new URL('../../renderer/index.html', import.meta.url).pathname),
);

let dir: string;
const argv = process.argv;

function emitApp(name: string, ...args: unknown[]): void {
  const listeners = fake.appListeners.get(name) ?? [];
  expect(listeners.length, `app.on('${name}')`).toBeGreaterThan(0);
  for (const listener of listeners) listener(...args);
}

const mainWindow = () => {
  const window = fake.windows[0];
  if (!window) throw new Error('main.ts made no window');
  return window;
};

/** An API call as the preload makes it, from a frame with these facts. */
async function callApi(
  method: string,
  frame: { url: string; parent: object | null } | null,
  sender: unknown = mainWindow().webContents,
): Promise<ApiResult<unknown>> {
  const handler = fake.ipcHandlers.get(IpcChannel.apiCall);
  if (!handler) throw new Error('no API handler');
  return (await handler({ sender, senderFrame: frame }, method, {})) as ApiResult<unknown>;
}

const ownFrame = () => ({ url: `${rendererUrl}#/contracts`, parent: null });

async function workspaceFile(): Promise<unknown> {
  const result = await callApi('workspace.info', ownFrame());
  if (!result.ok) throw new Error(result.error.message);
  return (result.value as { file: string }).file;
}

beforeAll(async () => {
  dir = await makeTempDir();
  fake.dataDir = join(dir, 'user-data');
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  // As a double-click on a workspace starts the packaged app.
  process.argv = [
    '/opt/Social Value Tracker/social-value-tracker',
    join(dir, 'Double-clicked.svt'),
  ];
  await import('../../electron/main');
  await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
});

afterAll(async () => {
  process.argv = argv;
  emitApp('will-quit');
  vi.restoreAllMocks();
  await removeTempDir(dir);
});

describe('the main window', () => {
  it('runs the screens sandboxed and isolated, with no Node and no <webview>', () => {
    const prefs = mainWindow().options.webPreferences;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      // Packaged: no developer tools.
      devTools: false,
    });
    expect(String(prefs.preload)).toMatch(/electron\/preload\.cjs$/);
    expect(mainWindow().loaded).toEqual([new URL(rendererUrl).pathname]);
  });

  it('turns the sandbox on for every renderer, before any window exists', () => {
    expect(fake.sandbox.enabledWithWindows).toBe(0);
  });
});

describe('every webContents', () => {
  it('is guarded as it is created: no navigation away, no new window', () => {
    const listeners = new Map<string, Listener>();
    let openHandler: Listener | undefined;
    const contents = {
      on: (name: string, listener: Listener) => listeners.set(name, listener),
      setWindowOpenHandler: (handler: Listener) => (openHandler = handler),
    };
    emitApp('web-contents-created', {}, contents);
    expect(openHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    const preventDefault = vi.fn();
    listeners.get('will-navigate')?.({ url: 'https://example.com/', preventDefault });
    expect(preventDefault).toHaveBeenCalledOnce();
  });
});

describe('the session', () => {
  it('denies every permission', () => {
    const callback = vi.fn();
    fake.session.permissionRequest?.({}, 'media', callback);
    expect(callback).toHaveBeenCalledExactlyOnceWith(false);
    expect(fake.session.permissionCheck?.({}, 'clipboard-read')).toBe(false);
  });

  it('sends the CSP on every response', () => {
    const callback = vi.fn();
    fake.session.headersReceived?.({ responseHeaders: {} }, callback);
    expect(callback).toHaveBeenCalledExactlyOnceWith({
      responseHeaders: { 'Content-Security-Policy': [contentSecurityPolicy] },
    });
  });
});

describe('IPC', () => {
  it('answers the main window’s own page', async () => {
    expect(await callApi('workspace.info', ownFrame())).toMatchObject({ ok: true });
  });

  it('drops a call from another webContents, a sub-frame, another page or a gone frame', async () => {
    const refusals = [
      await callApi('workspace.info', ownFrame(), { other: 'webContents' }),
      await callApi('workspace.info', { url: rendererUrl, parent: ownFrame() }),
      await callApi('workspace.info', { url: 'https://example.com/', parent: null }),
      await callApi('workspace.info', null),
    ];
    for (const result of refusals) {
      expect(result).toEqual({
        ok: false,
        error: { code: 'forbidden', message: 'This page may not use the app’s data.' },
      });
    }
  });
});

describe('opening a workspace the system names', () => {
  it('opens the .svt given on the command line (a double-click on Windows and Linux)', async () => {
    expect(await workspaceFile()).toBe(join(dir, 'Double-clicked.svt'));
  });

  it('switches to the .svt a second instance was started with, and reloads the screens', async () => {
    const reloads = mainWindow().webContents.reload.mock.calls.length;
    emitApp('second-instance', {}, ['social-value-tracker', 'Second.svt'], dir);
    await vi.waitFor(async () => expect(await workspaceFile()).toBe(join(dir, 'Second.svt')));
    expect(mainWindow().webContents.reload.mock.calls.length).toBe(reloads + 1);
  });

  it('switches to the file macOS hands over with open-file', async () => {
    const preventDefault = vi.fn();
    emitApp('open-file', { preventDefault }, join(dir, 'From Finder.svt'));
    expect(preventDefault).toHaveBeenCalledOnce();
    await vi.waitFor(async () => expect(await workspaceFile()).toBe(join(dir, 'From Finder.svt')));
  });
});
