// The page lines up with the header at any width: the page's content starts where the app's
// name does, on the home page, a list and a record alike, with space between header and page.

import type { Page } from '@playwright/test';
import type { WebHostProcess } from '../web-host-process';
import { expect, test } from './fixtures';

async function createSupplier(host: WebHostProcess): Promise<string> {
  const response = await fetch(`${host.origin}/api/suppliers.create`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ name: 'Charnwood Catering Ltd', postcode: 'LE11 3AB' }),
  });
  const result = (await response.json()) as { ok: true; value: { id: string } };
  return result.value.id;
}

/** Where the app's name and the page's heading start, and the gap below the header. */
async function edges(page: Page) {
  const appName = await page.locator('.app-name').boundingBox();
  const header = await page.locator('.app-header').boundingBox();
  const heading = await page.getByRole('heading', { level: 1 }).boundingBox();
  if (!appName || !header || !heading) throw new Error('The page has no header or heading');
  return {
    appNameLeft: Math.round(appName.x),
    headingLeft: Math.round(heading.x),
    gapBelowHeader: Math.round(heading.y - (header.y + header.height)),
  };
}

for (const width of [1366, 1920, 1024]) {
  test(`at ${width} px wide the page lines up with the header`, async ({ page, app }) => {
    const supplierId = await createSupplier(app.host);
    await page.setViewportSize({ width, height: 768 });
    await page.goto(app.host.address);
    for (const [path, title] of [
      ['/', null],
      ['/suppliers', 'Suppliers'],
      [`/suppliers/${supplierId}`, 'Charnwood Catering Ltd'],
    ] as const) {
      await page.goto(`${app.host.origin}/#${path}`);
      const heading = page.getByRole('heading', { level: 1 });
      await expect(title ? heading.filter({ hasText: title }) : heading).toBeVisible();
      const at = await edges(page);
      expect(at.headingLeft, path).toBe(at.appNameLeft);
      expect(at.gapBelowHeader, path).toBeGreaterThanOrEqual(16);
    }
  });
}
