// The application menu: create, open and back up workspaces, and About. Every failure ends in a
// dialog with a plain message; none of them stops the app.

import { existsSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import {
  app,
  dialog,
  Menu,
  type BrowserWindow,
  type FileFilter,
  type MenuItemConstructorOptions,
} from 'electron';
import { AppError } from '../shared/result';
import { backUp } from './db/backup';
import type { Settings } from './settings';
import { appName } from './workspace-location';
import type { WorkspaceSession } from './workspace-session';

export interface MenuContext {
  session: WorkspaceSession;
  settings: Settings;
  mainWindow: () => BrowserWindow | null;
}

const workspaceFilter: FileFilter[] = [{ name: `${appName} workspace`, extensions: ['svt'] }];

function messageOf(error: unknown): string {
  if (error instanceof AppError) return error.message;
  return `Something went wrong: ${error instanceof Error ? error.message : String(error)}`;
}

async function showError(ctx: MenuContext, title: string, error: unknown): Promise<void> {
  const options = { type: 'error' as const, title, message: title, detail: messageOf(error) };
  const window = ctx.mainWindow();
  await (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
}

async function showInfo(ctx: MenuContext, message: string, detail: string): Promise<void> {
  const options = { type: 'info' as const, title: appName, message, detail };
  const window = ctx.mainWindow();
  await (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
}

/** Opens (or creates) `file` as the workspace, remembers it and shows it. */
function switchWorkspace(ctx: MenuContext, file: string): void {
  if (file !== ctx.session.file) ctx.session.switchTo(file);
  ctx.settings.addRecentWorkspace(file);
  ctx.mainWindow()?.webContents.reload();
}

async function newWorkspace(ctx: MenuContext): Promise<void> {
  const here = dirname(ctx.session.file);
  const options = {
    title: 'New workspace',
    buttonLabel: 'Create',
    defaultPath: join(here, 'New workspace.svt'),
    filters: workspaceFilter,
    properties: ['createDirectory' as const],
  };
  const window = ctx.mainWindow();
  const chosen = await (window
    ? dialog.showSaveDialog(window, options)
    : dialog.showSaveDialog(options));
  if (chosen.canceled || !chosen.filePath) return;
  const file = extname(chosen.filePath) === '' ? `${chosen.filePath}.svt` : chosen.filePath;
  if (existsSync(file)) {
    // Never replace a workspace from "New": that would lose a council's data.
    await showError(
      ctx,
      'Workspace not created',
      new AppError(
        'refused',
        `${file} already exists. Use Open workspace… to open it, or choose another name.`,
      ),
    );
    return;
  }
  try {
    switchWorkspace(ctx, file);
  } catch (error) {
    await showError(ctx, 'Workspace not created', error);
  }
}

async function openWorkspaceFile(ctx: MenuContext): Promise<void> {
  const options = {
    title: 'Open workspace',
    defaultPath: dirname(ctx.session.file),
    filters: workspaceFilter,
    properties: ['openFile' as const],
  };
  const window = ctx.mainWindow();
  const chosen = await (window
    ? dialog.showOpenDialog(window, options)
    : dialog.showOpenDialog(options));
  const file = chosen.filePaths[0];
  if (chosen.canceled || file === undefined) return;
  await openWorkspaceAt(ctx, file);
}

/** Opens `file` as the workspace (from the Open dialog, or a .svt the system asked us to open). */
export async function openWorkspaceAt(ctx: MenuContext, file: string): Promise<void> {
  try {
    switchWorkspace(ctx, file);
  } catch (error) {
    await showError(ctx, 'Workspace not opened', error);
  }
}

async function backUpNow(ctx: MenuContext): Promise<void> {
  try {
    const { db, file } = ctx.session.workspace;
    const copy = backUp(db, file, 'manual');
    await showInfo(ctx, 'Backup made', `The workspace was copied to ${copy}`);
  } catch (error) {
    await showError(ctx, 'Backup not made', error);
  }
}

async function about(ctx: MenuContext): Promise<void> {
  await showInfo(ctx, appName, `Version ${app.getVersion()}\nWorkspace: ${ctx.session.file}`);
}

/** Runs a menu action; anything it throws is shown, never left to crash the main process. */
function action(ctx: MenuContext, run: (ctx: MenuContext) => Promise<void>): () => void {
  return () => {
    run(ctx).catch((error: unknown) => console.error('Menu action failed:', error));
  };
}

export function applicationMenu(ctx: MenuContext): Menu {
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'New workspace…', accelerator: 'CmdOrCtrl+N', click: action(ctx, newWorkspace) },
        {
          label: 'Open workspace…',
          accelerator: 'CmdOrCtrl+O',
          click: action(ctx, openWorkspaceFile),
        },
        { label: 'Back up now', click: action(ctx, backUpNow) },
        { type: 'separator' },
        { role: 'quit' },
      ],
    },
    // Cut, copy and paste in form fields need these roles on macOS.
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(app.isPackaged ? [] : [{ role: 'toggleDevTools' as const }]),
      ],
    },
    {
      role: 'help',
      submenu: [{ label: `About ${appName}`, click: action(ctx, about) }],
    },
  ];
  return Menu.buildFromTemplate(template);
}
