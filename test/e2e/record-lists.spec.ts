import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { formatPounds } from '../../shared/money';
import type { WebHostProcess } from '../web-host-process';
import { expect, test } from './fixtures';
import { readWorkspace } from './stored';

/** The one row a query gives (a count, a total). */
function readOne<T>(dataDir: string, sql: string): T {
  const [row] = readWorkspace<T>(dataDir, sql);
  if (!row) throw new Error(`No row for ${sql}`);
  return row;
}

async function api(host: WebHostProcess, method: string, input: object): Promise<{ id: string }> {
  const response = await fetch(`${host.origin}/api/${method}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  });
  const result = (await response.json()) as
    { ok: true; value: { id: string } } | { ok: false; error: { message: string } };
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value;
}

const contractCount = 230;
const works = ['Grounds maintenance', 'Home care', 'Road resurfacing', 'IT support', 'Catering'];
const directorates = ['Place', 'Adults and Communities', 'Corporate Resources'];
const sizes = ['micro', 'small', 'medium', 'large'] as const;

/** Suppliers, contracts (more than one window of rows) and exercises, through the API. */
async function seedRecords(host: WebHostProcess): Promise<void> {
  const suppliers: string[] = [];
  for (let i = 0; i < 12; i += 1) {
    const supplier = await api(host, 'suppliers.create', {
      name: `${['Acme', 'Bright', 'Charnwood', 'Delta'][i % 4]} Services ${i + 1} Ltd`,
      postcode: `LE${i + 1} 1AA`,
      size: sizes[i % 4],
      vcse: i % 5 === 0,
      realLivingWage: i % 3 === 0,
    });
    suppliers.push(supplier.id);
  }
  for (let i = 0; i < contractCount; i += 1) {
    const year = 2022 + (i % 4);
    const month = String((i % 12) + 1).padStart(2, '0');
    await api(host, 'contracts.create', {
      reference: `C-${String(i + 1).padStart(4, '0')}`,
      title: `${works[i % works.length]} lot ${i + 1}`,
      supplierId: suppliers[i % suppliers.length],
      category: (['services', 'goods', 'works'] as const)[i % 3],
      valuePence: ((i * 7_919) % 400_000) * 100 + 5_000 + i,
      startDate: `${year}-${month}-01`,
      endDate: `${year + 2}-${month}-28`,
      directorate: directorates[i % directorates.length],
      status: (['active', 'not-started', 'ended', 'terminated'] as const)[i % 4],
    });
  }
  for (let i = 0; i < 25; i += 1) {
    await api(host, 'exercises.create', {
      reference: `EX-${String(i + 1).padStart(3, '0')}`,
      title: `${works[i % works.length]} tender ${i + 1}`,
      category: (['services', 'goods', 'works'] as const)[i % 3],
      estimatedValuePence: (i + 1) * 1_234_500,
      startDate: `2025-${String((i % 12) + 1).padStart(2, '0')}-10`,
      directorate: directorates[i % directorates.length],
      status: (['pipeline', 'live', 'evaluation', 'awarded', 'cancelled'] as const)[i % 5],
    });
  }
}

interface Totals {
  n: number;
  value: number;
}

const summaryOf = (totals: Totals, noun: string, note = '') =>
  `${totals.n.toLocaleString('en-GB')} ${noun}, ${formatPounds(totals.value)}${note}`;

async function openList(page: Page, address: string, area: string) {
  await page.goto(address);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: area }).click();
  await expect(page.getByRole('heading', { level: 1, name: area })).toBeVisible();
}

const summary = (page: Page) => page.locator('.list-summary');
const grid = (page: Page) => page.getByRole('grid');

async function expectAxeClean(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(results.violations).toEqual([]);
}

test.beforeEach(async ({ app }) => {
  await seedRecords(app.host);
});

test('an officer searches the contracts, sorts them by value and opens one from the keyboard', async ({
  page,
  app,
}) => {
  await openList(page, app.host.address, 'Contracts');
  const all = readOne<Totals>(
    app.dataDir,
    'SELECT count(*) AS n, sum(value_pence) AS value FROM contracts WHERE deleted_at IS NULL',
  );
  expect(all.n).toBe(contractCount);
  await expect(summary(page)).toHaveText(summaryOf(all, 'contracts'));
  await expect(grid(page)).toHaveAttribute('aria-rowcount', String(contractCount + 1));

  await page.getByLabel('Search contracts').fill('grounds');
  await expect(page).toHaveURL(/search=grounds/);
  const grounds = readOne<Totals>(
    app.dataDir,
    `SELECT count(*) AS n, sum(c.value_pence) AS value FROM contracts c
     JOIN suppliers s ON s.id = c.supplier_id
     WHERE c.deleted_at IS NULL AND (c.title LIKE '%grounds%' OR c.reference LIKE '%grounds%'
       OR s.name LIKE '%grounds%' OR c.directorate LIKE '%grounds%')`,
  );
  expect(grounds.n).toBe(contractCount / works.length);
  await expect(summary(page)).toHaveText(summaryOf(grounds, 'contracts'));
  const rows = grid(page).locator('[role="row"][aria-rowindex]:not([aria-rowindex="1"])');
  await expect(rows.first()).toContainText('Grounds maintenance');
  for (const text of await rows.allInnerTexts()) expect(text).toContain('Grounds maintenance');

  const valueHeader = page.getByRole('columnheader', { name: 'Value' });
  await valueHeader.getByRole('button').click();
  await expect(valueHeader).toHaveAttribute('aria-sort', 'ascending');
  await valueHeader.getByRole('button').click();
  await expect(valueHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(page).toHaveURL(/sort=valuePence&direction=desc/);
  const [largest, second] = readWorkspace<{ id: string; reference: string; value_pence: number }>(
    app.dataDir,
    `SELECT id, reference, value_pence FROM contracts
     WHERE deleted_at IS NULL AND title LIKE '%grounds%' ORDER BY value_pence DESC LIMIT 2`,
  );
  if (!largest || !second) throw new Error('The seeded contracts are missing');
  const firstRow = rows.first();
  await expect(firstRow).toContainText(largest.reference);
  await expect(firstRow).toContainText(formatPounds(largest.value_pence));
  await expect(rows.nth(1)).toContainText(second.reference);

  // The list is one tab stop: Down moves to the second row, Enter opens it.
  await grid(page).focus();
  await expect(grid(page)).toHaveAttribute('aria-activedescendant', /row-0$/);
  await page.keyboard.press('ArrowDown');
  await expect(grid(page)).toHaveAttribute('aria-activedescendant', /row-1$/);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/contracts/${second.id}$`));

  // Back returns to the list as it was: searched and sorted.
  await page.goBack();
  await expect(page.getByLabel('Search contracts')).toHaveValue('grounds');
  await expect(summary(page)).toHaveText(summaryOf(grounds, 'contracts'));
  await expect(valueHeader).toHaveAttribute('aria-sort', 'descending');
});

test('the contract list fetches rows as the officer moves through it and End reaches the last', async ({
  page,
  app,
}) => {
  await openList(page, app.host.address, 'Contracts');
  await expect(summary(page)).toContainText(`${contractCount} contracts`);
  await grid(page).focus();
  await page.keyboard.press('End');
  const last = readOne<{ reference: string }>(
    app.dataDir,
    'SELECT reference FROM contracts WHERE deleted_at IS NULL ORDER BY reference DESC LIMIT 1',
  );
  const lastRow = grid(page).locator(`[aria-rowindex="${contractCount + 1}"]`);
  await expect(lastRow).toContainText(last.reference);
  await expect(grid(page).getByText('Loading…')).toHaveCount(0);
  await expect(grid(page)).toHaveAttribute(
    'aria-activedescendant',
    `${await lastRow.getAttribute('id')}`,
  );
  await page.keyboard.press('Home');
  await expect(grid(page).locator('[aria-rowindex="2"]')).toContainText('C-0001');
  await page.keyboard.press('PageDown');
  await expect(grid(page)).not.toHaveAttribute('aria-activedescendant', /row-0$/);

  // Scrolled on with the wheel, the keys carry on from the rows in view, not from far above.
  await grid(page).hover();
  await page.mouse.wheel(0, 36 * 100);
  await expect(grid(page).locator('[aria-rowindex="102"]')).toBeVisible();
  await page.keyboard.press('ArrowDown');
  const current = Number(
    /row-(\d+)$/.exec((await grid(page).getAttribute('aria-activedescendant')) ?? '')?.[1],
  );
  expect(current).toBeGreaterThanOrEqual(100);
});

test('a filter goes into the address, survives a reload, and Back undoes the next one', async ({
  page,
  app,
}) => {
  await openList(page, app.host.address, 'Pipeline');
  const statuses = page.getByRole('group', { name: 'Status' });
  await statuses.getByLabel('Live').check();
  await expect(page).toHaveURL(/status=live/);
  const live = readOne<Totals>(
    app.dataDir,
    "SELECT count(*) AS n, sum(estimated_value_pence) AS value FROM exercises WHERE deleted_at IS NULL AND status = 'live'",
  );
  const liveSummary = summaryOf(live, 'procurement exercises', ' estimated');
  await expect(summary(page)).toHaveText(liveSummary);

  await page.reload();
  await expect(page.getByRole('group', { name: 'Status' }).getByLabel('Live')).toBeChecked();
  await expect(summary(page)).toHaveText(liveSummary);

  await page.getByLabel('Category').selectOption({ label: 'Works' });
  await expect(page).toHaveURL(/category=works/);
  const liveWorks = readOne<Totals>(
    app.dataDir,
    "SELECT count(*) AS n, coalesce(sum(estimated_value_pence), 0) AS value FROM exercises WHERE deleted_at IS NULL AND status = 'live' AND category = 'works'",
  );
  await expect(summary(page)).toHaveText(
    summaryOf(
      liveWorks,
      liveWorks.n === 1 ? 'procurement exercise' : 'procurement exercises',
      ' estimated',
    ),
  );

  await page.goBack();
  await expect(page).not.toHaveURL(/category=/);
  await expect(page.getByLabel('Category')).toHaveValue('');
  await expect(summary(page)).toHaveText(liveSummary);

  // A "to" date before the "from" date is named beside the dates, and the list ignores it.
  const dates = page.getByRole('group', { name: 'Starting' });
  await dates.getByLabel('from').fill('2025-06-01');
  await dates.getByLabel('to').fill('2025-03-01');
  await expect(dates.getByText('The "to" date must be on or after the "from" date')).toBeVisible();
  await expect(dates.getByLabel('to')).toHaveAttribute('aria-invalid', 'true');

  await page.getByRole('link', { name: 'Clear the filters' }).click();
  await expect(page).not.toHaveURL(/status=/);
  await expect(summary(page)).toContainText('25 procurement exercises');
});

test('an officer exports the filtered suppliers to Excel', async ({ page, app }) => {
  await openList(page, app.host.address, 'Suppliers');
  await page.getByLabel('SME').selectOption({ label: 'SME' });
  await expect(page).toHaveURL(/sme=yes/);
  const smes = readOne<Totals>(
    app.dataDir,
    `SELECT count(*) AS n, (SELECT sum(value_pence) FROM contracts c JOIN suppliers s ON s.id = c.supplier_id
       WHERE c.deleted_at IS NULL AND s.size IN ('micro', 'small', 'medium')) AS value
     FROM suppliers WHERE deleted_at IS NULL AND size IN ('micro', 'small', 'medium')`,
  );
  await expect(summary(page)).toHaveText(summaryOf(smes, 'suppliers', ' in contracts'));

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export to Excel' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.xlsx$/);
  const path = await file.path();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const [sheet] = workbook.worksheets;
  if (!sheet) throw new Error('The workbook has no sheet');
  expect(sheet.actualRowCount - 1).toBe(smes.n);
});

for (const area of ['Pipeline', 'Contracts', 'Suppliers']) {
  test(`the ${area} list passes an accessibility check`, async ({ page, app }) => {
    await openList(page, app.host.address, area);
    await expect(grid(page)).toBeVisible();
    await expect(grid(page).getByText('Loading…')).toHaveCount(0);
    await expectAxeClean(page);
    await page.screenshot({ path: `test-results/record-lists-${area.toLowerCase()}.png` });
  });
}

test('an empty list says so plainly and offers to clear the filters', async ({ page, app }) => {
  await openList(page, app.host.address, 'Suppliers');
  await page.getByLabel('Search suppliers').fill('no such supplier');
  await expect(page.getByText('No suppliers match these filters.')).toBeVisible();
  await expect(summary(page)).toHaveText('0 suppliers, £0 in contracts');
  await expectAxeClean(page);
  await page.getByRole('link', { name: 'Clear the filters' }).click();
  await expect(page.getByLabel('Search suppliers')).toHaveValue('');
  await expect(summary(page)).toContainText('12 suppliers');
});
