// The Electron host end to end, where an Electron binary exists. Here (see DESIGN.md section 5)
// its download is blocked, so this skips and the web host suite covers the screens.
// Never require('electron') to find the binary: that starts the download and ends the process.

import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';

const root = fileURLToPath(new URL('../..', import.meta.url));
const builtMain = join(root, 'dist', 'electron', 'main.mjs');

/** The Electron executable if it has been downloaded, found the way the electron package does. */
function electronBinary(): string | undefined {
  const packageDir = join(root, 'node_modules', 'electron');
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const relative = readFileSync(pathFile, 'utf8').trim();
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(packageDir, 'dist');
  const binary = join(distDir, relative);
  return existsSync(binary) ? binary : undefined;
}

const binary = electronBinary();

test.describe('Electron host', () => {
  test.skip(
    binary === undefined,
    'Electron binary not available on this machine (its download is blocked), so the Electron host is covered by unit tests and the web host suite',
  );

  let dataDir = '';
  let app: ElectronApplication | undefined;

  test.beforeEach(async () => {
    expect(existsSync(builtMain), `${builtMain} is missing: run npm run build first`).toBe(true);
    dataDir = mkdtempSync(join(tmpdir(), 'svt-electron-'));
    const env = Object.fromEntries(
      Object.entries(process.env).filter(
        (entry): entry is [string, string] => entry[1] !== undefined,
      ),
    );
    app = await electron.launch({
      executablePath: binary,
      // The project folder: Electron reads package.json, whose "main" is dist/electron/main.mjs,
      // so the app runs under its own name and version.
      args: [root],
      cwd: root,
      env: { ...env, SVT_DATA_DIR: dataDir, SVT_OFFICER: 'E2E Officer' },
    });
  });

  const running = (): ElectronApplication => {
    if (!app) throw new Error('Electron did not start');
    return app;
  };

  test.afterEach(async () => {
    await app?.close();
    app = undefined;
    rmSync(dataDir, { recursive: true, force: true });
  });

  test('opens the screens in a locked-down window, on a workspace in its own data folder', async () => {
    const page = await running().firstWindow();
    await expect(page).toHaveTitle(/Social Value Tracker/);
    await expect(page.getByRole('heading', { name: /council profile/i })).toBeVisible();

    const bridge = await page.evaluate(() => {
      const api = (window as unknown as { api?: Record<string, unknown> }).api;
      return { keys: api ? Object.keys(api) : null, call: typeof api?.call };
    });
    expect(bridge).toEqual({ keys: ['call'], call: 'function' });
    expect(await page.evaluate(() => [typeof require, typeof process])).toEqual([
      'undefined',
      'undefined',
    ]);

    const info = await page.evaluate(() =>
      (
        window as unknown as { api: { call: (m: string, i: unknown) => Promise<{ ok: boolean }> } }
      ).api.call('workspace.info', {}),
    );
    expect(info.ok).toBe(true);
    expect(existsSync(join(dataDir, 'workspace.svt'))).toBe(true);
  });

  test('refuses new windows and navigation away from the app', async () => {
    const page = await running().firstWindow();
    await expect(page.getByRole('heading', { name: /council profile/i })).toBeVisible();

    expect(await page.evaluate(() => window.open('https://example.com/') === null)).toBe(true);
    expect(running().windows()).toHaveLength(1);

    const refused = running().waitForEvent('console', (message) =>
      message.text().includes('refused navigation'),
    );
    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    await refused;
    expect(page.url()).toMatch(/^file:.*\/renderer\/index\.html/);
  });
});
