// The Electron host's entry: app lifecycle and the main window only. The screens reach the data
// through the API (electron/ipc.ts); every guard lives in electron/security.ts.

import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, Menu, screen, session } from 'electron';
import { AppError } from '../shared/result';
import { contentSecurityPolicy } from './csp';
import { bindApi } from './ipc';
import { applicationMenu, openWorkspaceAt, type MenuContext } from './menu';
import { lastUsedWorkspace } from './recent-workspaces';
import { electronPdfPrinter } from './print-window';
import { rendererUrlOf } from './renderer-url';
import {
  denyPermissions,
  enforceContentSecurityPolicy,
  guardEveryWebContents,
  secureWebPreferences,
} from './security';
import { openSettings, type Settings } from './settings';
import { initialBounds, minimumSize } from './window-state';
import { workspaceFileFromArgv } from './workspace-argument';
import { appName, currentOfficer, workspaceFileIn } from './workspace-location';
import { WorkspaceSession } from './workspace-session';

// Built layout: dist/electron/main.mjs, dist/electron/preload.cjs, dist/renderer/index.html.
const here = dirname(fileURLToPath(import.meta.url));
const preloadPath = join(here, 'preload.cjs');
const rendererIndex = join(here, '..', 'renderer', 'index.html');
const rendererUrl = rendererUrlOf(rendererIndex);
const saveWindowDelayMs = 500;

// SVT_DATA_DIR replaces the user data folder (settings, default workspace, single-instance
// lock), so tests never touch the real profile. It must be set before anything reads the path.
const dataDirOverride = process.env.SVT_DATA_DIR?.trim();
if (dataDirOverride) app.setPath('userData', resolve(dataDirOverride));

let mainWindow: BrowserWindow | null = null;

// A .svt the system asks us to open (double-clicked, or dropped on the icon on macOS): kept
// until the app is ready, then opened as the workspace.
let fileToOpen: string | undefined;
let openRequestedFile = (file: string): void => {
  fileToOpen = file;
};

/** Saves the window's place when it is closed, and a moment after each move or resize. */
function rememberPlace(window: BrowserWindow, settings: Settings): void {
  let timer: NodeJS.Timeout | undefined;
  const save = () => {
    clearTimeout(timer);
    if (window.isDestroyed()) return;
    settings.saveWindowState({ bounds: window.getNormalBounds(), maximised: window.isMaximized() });
  };
  const saveSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(save, saveWindowDelayMs);
  };
  window.on('resize', saveSoon);
  window.on('move', saveSoon);
  window.on('maximize', saveSoon);
  window.on('unmaximize', saveSoon);
  window.on('close', save);
}

function createMainWindow(settings: Settings): BrowserWindow {
  const start = initialBounds(
    settings.windowState(),
    screen.getAllDisplays().map((display) => display.workArea),
    screen.getPrimaryDisplay().workArea,
  );
  const window = new BrowserWindow({
    title: appName,
    show: false,
    width: start.width,
    height: start.height,
    x: start.x,
    y: start.y,
    minWidth: minimumSize.width,
    minHeight: minimumSize.height,
    webPreferences: secureWebPreferences(preloadPath, { devTools: !app.isPackaged }),
  });
  window.once('ready-to-show', () => {
    if (start.maximised) window.maximize();
    window.show();
  });
  rememberPlace(window, settings);
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  window.loadFile(rendererIndex).catch((error: unknown) => {
    console.error('The screens could not be loaded:', error);
  });
  return window;
}

/**
 * The .svt the app was asked to open, else the workspace used last if its file is still there,
 * otherwise the one in the data folder.
 */
function openStartingWorkspace(settings: Settings): WorkspaceSession {
  const file =
    fileToOpen ??
    workspaceFileFromArgv(process.argv, process.cwd()) ??
    lastUsedWorkspace(settings.recentWorkspaces(), existsSync) ??
    workspaceFileIn(app.getPath('userData'));
  const workspace = new WorkspaceSession(file, currentOfficer());
  settings.addRecentWorkspace(file);
  return workspace;
}

async function start(): Promise<void> {
  await app.whenReady();
  if (!existsSync(rendererIndex)) {
    throw new AppError(
      'internal',
      `The screens have not been built (no ${rendererIndex}); run npm run build.`,
    );
  }
  const settings = openSettings();
  const workspace = openStartingWorkspace(settings);
  app.on('will-quit', () => workspace.close());

  denyPermissions(session.defaultSession);
  enforceContentSecurityPolicy(session.defaultSession, contentSecurityPolicy);
  const printPdf = electronPdfPrinter(rendererIndex, preloadPath);
  bindApi({
    context: () => ({ ...workspace.context(), printPdf }),
    mainWindow: () => mainWindow,
    rendererUrl,
  });
  const menuContext: MenuContext = { session: workspace, settings, mainWindow: () => mainWindow };
  Menu.setApplicationMenu(applicationMenu(menuContext));
  openRequestedFile = (file) => void openWorkspaceAt(menuContext, file);

  mainWindow = createMainWindow(settings);
  app.on('activate', () => {
    mainWindow ??= createMainWindow(settings);
  });
}

function failToStart(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`${appName} could not start:`, error);
  // A workspace that cannot be opened does not end up here: the session keeps the reason and the
  // screens show the recovery page (restore the newest good backup). This is for the rest.
  dialog.showErrorBox(`${appName} could not start`, message);
  app.exit(1);
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.enableSandbox();
  // Every webContents, however it came to be, gets the navigation and window guards.
  guardEveryWebContents(app, rendererUrl);
  // macOS hands a double-clicked .svt over with this event, before or after the app is ready.
  app.on('open-file', (event, file) => {
    event.preventDefault();
    openRequestedFile(file);
  });
  // Windows and Linux start a second instance with the .svt as an argument; it gives way to us.
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const file = workspaceFileFromArgv(argv, workingDirectory);
    if (file !== undefined) openRequestedFile(file);
    if (mainWindow === null) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  start().catch(failToStart);
}
