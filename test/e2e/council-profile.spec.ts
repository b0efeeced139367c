import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { readWorkspace } from './stored';

async function openProfile(page: Page, address: string) {
  await page.goto(address);
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Council profile' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Council profile' })).toBeVisible();
  await expect(page).toHaveTitle('Council profile – Social Value Tracker');
}

test('an officer fills in the council profile, reloads, and finds it kept', async ({
  page,
  app,
}) => {
  await page.goto(app.host.address);
  await expect(page.getByRole('heading', { level: 1, name: 'Your council' })).toBeVisible();
  await openProfile(page, app.host.address);

  await page.getByLabel('Council name').fill('Blaby District Council');
  await page.getByLabel('Financial year starts in').selectOption({ label: 'January' });
  await page.getByLabel('Suppliers report').selectOption({ label: 'Half-yearly' });
  await page.getByLabel('Local area').fill('le1 - le19, LE65');
  await page.getByLabel('Green from (%)').fill('85');
  await page.getByLabel('Amber from (%)').fill('55');
  await page.getByLabel('Default social value weighting (%)').fill('15');

  await page.getByRole('button', { name: 'Add a threshold' }).click();
  const rows = page.locator('.edit-table tbody tr');
  const newRow = rows.last();
  const rowNumber = await rows.count();
  await newRow.getByLabel(`Category, row ${rowNumber}`).selectOption('works');
  await newRow.getByLabel(`Amount (£), row ${rowNumber}`).fill('£250,000.50');
  await newRow.getByLabel(`Effective from, row ${rowNumber}`).fill('2025-04-01');

  await page.getByLabel('Outcome 1', { exact: true }).fill('A Greener Blaby');
  await page.getByRole('button', { name: 'Add an outcome' }).click();
  await page.getByLabel('Outcome 6', { exact: true }).fill('Fair Work');

  await page.getByRole('button', { name: 'Save council profile' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Council profile saved.' }),
  ).toBeVisible();

  await page.reload();
  await expect(page.getByLabel('Council name')).toHaveValue('Blaby District Council');
  await expect(page.getByLabel('Financial year starts in')).toHaveValue('1');
  await expect(page.getByLabel('Suppliers report')).toHaveValue('half-yearly');
  await expect(page.getByLabel('Local area')).toHaveValue('LE1-LE19, LE65');
  await expect(page.getByLabel('Green from (%)')).toHaveValue('85');
  await expect(page.getByLabel('Amber from (%)')).toHaveValue('55');
  await expect(page.getByLabel('Default social value weighting (%)')).toHaveValue('15');
  await expect(page.getByLabel('Outcome 1', { exact: true })).toHaveValue('A Greener Blaby');
  await expect(page.getByLabel('Outcome 6', { exact: true })).toHaveValue('Fair Work');
  await expect(page.locator('.edit-table input[value="250,000.50"]')).toHaveCount(1);

  const [profile] = readWorkspace<{ council_name: string; local_area: string; version: number }>(
    app.dataDir,
    'SELECT council_name, local_area, version FROM council_profile',
  );
  expect(profile).toEqual({
    council_name: 'Blaby District Council',
    local_area: '["LE1-LE19","LE65"]',
    version: 2,
  });
  const works = readWorkspace<{ amount_pence: number; vat_basis: string }>(
    app.dataDir,
    "SELECT amount_pence, vat_basis FROM thresholds WHERE category = 'works' AND effective_from = '2025-04-01'",
  );
  expect(works).toEqual([{ amount_pence: 25_000_050, vat_basis: 'net' }]);
  const audit = readWorkspace<{ operation: string; n: number }>(
    app.dataDir,
    "SELECT operation, count(*) AS n FROM change_log WHERE officer <> 'system' GROUP BY operation ORDER BY operation",
  );
  expect(audit).toEqual([
    { operation: 'insert', n: 2 },
    { operation: 'update', n: 2 },
  ]);
});

test('problems are listed at the top and shown beside their fields, and nothing is saved', async ({
  page,
  app,
}) => {
  await openProfile(page, app.host.address);
  await page.getByLabel('Council name').fill('  ');
  await page.getByLabel('Local area').fill('LE1, Leicester city');
  await page.getByLabel('Amber from (%)').fill('95');
  await page.getByLabel('Amount (£), row 1').fill('lots');
  await page.getByRole('button', { name: 'Save council profile' }).click();

  const summary = page.getByRole('alert');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('heading')).toHaveText('There is a problem');
  await expect(summary.getByRole('link')).toHaveText([
    'Enter the council name',
    '"LEICESTERCITY" is not a postcode area (LE), district (LE65) or range (LE1-LE19)',
    'The amber band must start below the green band',
    'Thresholds, row 1: Enter the amount in row 1 in pounds, for example 214,904.00',
  ]);
  await expect(page.getByLabel('Council name')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Council name')).toHaveAccessibleDescription(
    /Enter the council name/,
  );
  await expect(page.getByLabel('Amber from (%)')).toHaveAccessibleDescription(
    /amber band must start below/,
  );
  await expect(page.getByLabel('Amount (£), row 1')).toHaveAccessibleDescription(
    /Enter the amount in row 1/,
  );

  await summary.getByRole('link', { name: 'Enter the council name' }).click();
  await expect(page.getByLabel('Council name')).toBeFocused();

  const [profile] = readWorkspace<{ council_name: string; version: number }>(
    app.dataDir,
    'SELECT council_name, version FROM council_profile',
  );
  expect(profile).toEqual({ council_name: 'Your council', version: 1 });
});

test('the home and council profile screens have no accessibility violations', async ({
  page,
  app,
}) => {
  const axe = () =>
    new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']);
  await page.goto(app.host.address);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect((await axe().analyze()).violations).toEqual([]);

  await openProfile(page, app.host.address);
  expect((await axe().analyze()).violations).toEqual([]);

  await page.getByLabel('Council name').fill('');
  await page.getByRole('button', { name: 'Save council profile' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  expect((await axe().analyze()).violations).toEqual([]);
});
