// Backups in Chromium through the web host: Back up now, see the copy listed with what it holds,
// restore it with confirmation and undo that restore; the daily setting; and the recovery screen
// of a web host started on a damaged workspace.

import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { damageWorkspace } from '../integration/damage-workspace';
import { startWebHostProcess } from '../web-host-process';
import { api, expectNoAxeViolations } from './app-helpers';
import { expect, test } from './fixtures';
import { readWorkspace } from './stored';

const supplierNames = (dataDir: string) =>
  readWorkspace<{ name: string }>(dataDir, 'SELECT name FROM suppliers ORDER BY name').map(
    (row) => row.name,
  );

test('an officer backs up, restores the backup, then undoes the restore', async ({ page, app }) => {
  await api(app.host, 'suppliers.create', { name: 'Beacon Catering Ltd', postcode: 'LE11 3AB' });
  await page.goto(app.host.address);
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Council profile' })
    .click();
  await page.getByRole('link', { name: 'Backups of this workspace' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Backups' })).toBeVisible();
  await expect(page).toHaveTitle('Backups – Social Value Tracker');
  await expect(page.getByText('There are no backups yet.')).toBeVisible();

  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Backup made at / })).toBeVisible();
  const rows = page.locator('.backups-table tbody tr');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Back up now');
  await expect(rows.first()).toContainText('1 supplier, 0 exercises, 0 contracts, 0 returns');
  await expectNoAxeViolations(page);

  // Later work, then the restore: confirmed first, and the work is kept aside, not lost.
  await api(app.host, 'suppliers.create', { name: 'Quorn Builders Ltd', postcode: 'LE12 8AA' });
  // With the keyboard: the confirmation takes focus, and Cancel gives it back.
  const restoreButton = page.getByRole('button', { name: /^Restore the backup taken on / });
  await restoreButton.focus();
  await page.keyboard.press('Enter');
  const confirm = page.getByRole('region', { name: /^Restore the backup taken on .+\?$/ });
  await expect(confirm).toBeFocused();
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toHaveCount(0);
  await expect(restoreButton).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(confirm).toBeFocused();
  await expect(confirm).toContainText('Nothing is lost');
  await expectNoAxeViolations(page);
  await confirm.getByRole('button', { name: 'Yes, restore this backup' }).click();

  await expect(
    page.getByRole('status').filter({ hasText: /^Restored the backup taken on / }),
  ).toContainText('kept at the top of the list, as “Before a restore”');
  expect(supplierNames(app.dataDir)).toEqual(['Beacon Catering Ltd']);
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText('Before a restore');
  await expect(rows.first()).toContainText('2 suppliers');

  // Undo: restore the copy taken just before.
  await rows
    .first()
    .getByRole('button', { name: /^Restore/ })
    .click();
  await page.getByRole('button', { name: 'Yes, restore this backup' }).click();
  // A second copy is kept first, so the list grows by one.
  await expect(rows).toHaveCount(3);
  expect(supplierNames(app.dataDir)).toEqual(['Beacon Catering Ltd', 'Quorn Builders Ltd']);
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Suppliers' })
    .click();
  await expect(page.getByRole('link', { name: 'Quorn Builders Ltd' })).toBeVisible();
});

test('an officer sets how many daily backups to keep; a bad number is explained', async ({
  page,
  app,
}) => {
  await page.goto(app.host.address);
  await page.goto(`${app.host.origin}/#/backups`);
  const field = page.getByLabel('Number of daily backups to keep');
  await expect(field).toHaveValue('7');
  await field.fill('0');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('.field-error')).toContainText('Keep at least 1 daily backup');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page);

  await field.fill('14');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Saved: the newest 14 daily backups are kept.' }),
  ).toBeVisible();
  const stored = JSON.parse(
    await readFile(join(app.dataDir, 'backups', 'workspace.backup-settings.json'), 'utf8'),
  ) as unknown;
  expect(stored).toEqual({ keepDaily: 14 });
});

test('a web host started on a damaged workspace shows the recovery screen and restores the newest good backup', async ({
  page,
}) => {
  const dataDir = await mkdtemp(join(tmpdir(), 'svt-e2e-'));
  const svt = (...args: string[]) => {
    const run = spawnSync(process.execPath, ['dist/cli.mjs', ...args, '--data-dir', dataDir], {
      encoding: 'utf8',
    });
    expect(run.status, run.stderr).toBe(0);
  };
  svt('check');
  svt('backup');
  damageWorkspace(join(dataDir, 'workspace.svt'));
  const host = await startWebHostProcess(dataDir);
  try {
    await page.goto(host.address);
    await expect(
      page.getByRole('heading', { level: 1, name: 'This workspace cannot be opened' }),
    ).toBeVisible();
    await expect(page.getByRole('alert')).toContainText('failed its integrity check');
    await expect(
      page.getByRole('heading', { name: 'Restore the newest good backup' }),
    ).toBeVisible();
    await expect(
      page.getByText('Stop the web host and start it again with --data-dir'),
    ).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Restore this backup' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Your council' })).toBeVisible();
    await expect(
      page.getByRole('status').filter({ hasText: /^Restored the backup taken on / }),
    ).toBeVisible();
    expect(
      readWorkspace<{ ok: string }>(dataDir, 'SELECT quick_check AS ok FROM pragma_quick_check'),
    ).toEqual([{ ok: 'ok' }]);
  } finally {
    await host.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
});
