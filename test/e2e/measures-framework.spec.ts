// The measures framework as an officer uses it: setting a proxy value on a starter measure,
// adding a measure (a clashing code refused beside its field), themes and outcomes changed in
// place with undo, importing the Essex measures as a new version, a bad file that shows its
// problems and writes nothing, and a measure in use that cannot be deleted. Each screen is
// checked with axe, and what was stored is read back from the workspace file.

import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from '@playwright/test';
import { api, expectNoAxeViolations, open, summaryValue } from './app-helpers';
import { expect, test } from './fixtures';
import { readWorkspace } from './stored';

const essexFile = '/work/shared/data/frameworks/essex-quarterly-return-measures.csv';

/** The row of a framework table holding a measure code. */
const measureRow = (page: Page, code: string) =>
  page.getByRole('row').filter({ has: page.getByRole('link', { name: code, exact: true }) });

function storedMeasure(dataDir: string, code: string) {
  return readWorkspace<{ proxy_pence: number | null; title: string; updated_by: string }>(
    dataDir,
    'SELECT proxy_pence, title, updated_by FROM measures WHERE code = ? AND deleted_at IS NULL',
    code,
  );
}

/** Counts that show whether anything was written. */
const writes = (dataDir: string) =>
  readWorkspace<{ versions: number; measures: number; changes: number }>(
    dataDir,
    `SELECT (SELECT count(*) FROM framework_versions) AS versions,
       (SELECT count(*) FROM measures) AS measures, (SELECT count(*) FROM change_log) AS changes`,
  )[0];

test('an officer sets a proxy value on a starter measure and adds a measure of their own', async ({
  page,
  app,
}) => {
  await open(page, app.host, '/framework');
  await expect(page.getByRole('heading', { level: 1, name: 'Starter framework' })).toBeVisible();
  await expect(
    page.getByText(/Takes effect from 1 April 2020 · in force today · 21 measures/),
  ).toBeVisible();
  await expect(measureRow(page, 'JS3')).toContainText('Not set');
  await expect(measureRow(page, 'LE1')).toContainText('£1.00');
  await expectNoAxeViolations(page);

  // The council's proxy for an apprenticeship week.
  await page.getByRole('link', { name: 'JS3', exact: true }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Apprenticeship weeks on the contract' }),
  ).toBeVisible();
  await expect(summaryValue(page, 'Proxy value')).toHaveText('Not set');
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Edit measure JS3' }).click();
  await page.getByLabel('Proxy value per unit').fill('150');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(summaryValue(page, 'Proxy value')).toHaveText('£150.00 per unit (weeks)');
  await expect(page.getByRole('table').getByText('Set Proxy value to £150.00')).toBeVisible();
  expect(storedMeasure(app.dataDir, 'JS3')).toEqual([
    {
      proxy_pence: 15_000,
      title: 'Apprenticeship weeks on the contract',
      updated_by: expect.any(String),
    },
  ]);

  // A new measure under "Less waste": first with a code already taken.
  await page.getByRole('link', { name: 'Starter framework' }).click();
  await page.getByRole('link', { name: 'Add a measure to Less waste' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New measure' })).toBeVisible();
  await expect(page.getByLabel('Outcome', { exact: true })).toHaveValue(/.+/);
  await page.getByLabel('Code', { exact: true }).fill('ec3');
  await page.getByLabel('Unit', { exact: true }).fill('kg');
  await page
    .getByLabel('Title', { exact: true })
    .fill('Single-use plastic removed from the contract');
  await page.getByLabel('Kind', { exact: true }).selectOption({ label: 'Record only (narrative)' });
  await expect(page.getByLabel('Proxy value per unit')).toBeHidden();
  await page.getByLabel('Kind', { exact: true }).selectOption({ label: 'Quantity' });
  await page.getByLabel('Proxy value per unit').fill('2.50');
  await page.getByLabel('Clean and Green').check();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Add measure' }).click();

  const clash =
    'Another measure in this version already has the code ec3 ("Waste reused or recycled instead of landfill"). Use a different code.';
  await expect(page.getByRole('alert').getByRole('link', { name: clash })).toBeVisible();
  await expect(page.locator('#field-code-error')).toHaveText(`Error: ${clash}`);
  await page.getByLabel('Code', { exact: true }).fill('EC4');
  await page.getByRole('button', { name: 'Add measure' }).click();

  await expect(
    page.getByRole('heading', { level: 1, name: 'Single-use plastic removed from the contract' }),
  ).toBeVisible();
  await expect(summaryValue(page, 'In the framework')).toHaveText(
    'Starter framework: Environment and climate › Less waste',
  );
  await expect(summaryValue(page, 'Proxy value')).toHaveText('£2.50 per unit (kg)');
  await expect(summaryValue(page, 'Council outcomes')).toHaveText('Clean and Green');
  await page.getByRole('link', { name: 'Starter framework' }).click();
  await expect(measureRow(page, 'EC4')).toContainText('£2.50');
  await expect(measureRow(page, 'EC4')).toContainText('Clean and Green');
  expect(storedMeasure(app.dataDir, 'EC4')).toEqual([
    {
      proxy_pence: 250,
      title: 'Single-use plastic removed from the contract',
      updated_by: expect.any(String),
    },
  ]);
});

test('an officer adds, renames and deletes themes and outcomes in place, with undo', async ({
  page,
  app,
}) => {
  await open(page, app.host, '/framework');
  await page.getByRole('button', { name: 'Add a theme' }).click();
  await page.getByLabel('Name of the new theme').fill('Health');
  await page.getByRole('button', { name: 'Add theme' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Health' })).toBeVisible();

  await page.getByRole('button', { name: 'Rename theme Health' }).click();
  await page.getByLabel('New name for the theme Health').fill('Health and wellbeing');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Health and wellbeing' })).toBeVisible();

  await page.getByRole('button', { name: 'Add an outcome to Health and wellbeing' }).click();
  await page.getByLabel('Name of the new outcome in Health and wellbeing').fill('Active lives');
  await page.getByRole('button', { name: 'Add outcome' }).click();
  await expect(page.getByRole('heading', { level: 3, name: 'Active lives' })).toBeVisible();
  await expectNoAxeViolations(page);

  // A name the theme already has is refused beside the box.
  await page.getByRole('button', { name: 'Add an outcome to Health and wellbeing' }).click();
  await page.getByLabel('Name of the new outcome in Health and wellbeing').fill('active LIVES');
  await page.getByRole('button', { name: 'Add outcome' }).click();
  await expect(
    page.getByText(
      'This theme already has an outcome called "active LIVES". Use a different name.',
    ),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();

  // A theme holding measures is not deleted, and says why.
  await page.getByRole('button', { name: 'Delete theme Fair work' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'This theme still holds 3 measures, so it cannot be deleted. Move them to another outcome, or delete them, first.',
  );

  // An empty outcome is, with undo.
  await page.getByRole('button', { name: 'Delete outcome Active lives' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'The outcome Active lives was deleted.' }),
  ).toBeVisible();
  await expect(page.getByRole('heading', { level: 3, name: 'Active lives' })).toBeHidden();
  await page.getByRole('button', { name: 'Undo deleting outcome Active lives' }).click();
  await expect(page.getByRole('heading', { level: 3, name: 'Active lives' })).toBeVisible();

  // Move the new theme to the top.
  for (let i = 0; i < 5; i++) {
    await page.getByRole('button', { name: 'Move up theme Health and wellbeing' }).click();
  }
  await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText('Health and wellbeing');
  await expect(
    page.getByRole('button', { name: 'Move up theme Health and wellbeing' }),
  ).toBeHidden();

  const stored = readWorkspace<{ name: string; position: number; live: number }>(
    app.dataDir,
    `SELECT t.name, t.position, (SELECT count(*) FROM outcomes o WHERE o.theme_id = t.id AND o.deleted_at IS NULL) AS live
     FROM themes t WHERE t.deleted_at IS NULL ORDER BY t.position`,
  );
  expect(stored[0]).toEqual({ name: 'Health and wellbeing', position: 0, live: 1 });
  expect(stored).toHaveLength(6);
});

test('an officer imports the Essex measures as a new version and sees them', async ({
  page,
  app,
}) => {
  await open(page, app.host, '/framework');
  await page.getByRole('link', { name: 'Import framework' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Import a framework' })).toBeVisible();
  await page.getByLabel('Spreadsheet file').setInputFiles(essexFile);

  await expect(page.getByText('37 measures read, in 1 theme and 1 outcome.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Worth checking (8)' })).toBeVisible();
  const noUnit = page.getByRole('row').filter({ hasText: 'No unit is given' });
  await expect(noUnit).toHaveCount(6);
  await expect(noUnit.first()).toContainText('9');
  const preview = page.getByRole('table', { name: 'The measures read from the file' });
  await expect(preview.getByRole('row')).toHaveCount(38);
  await expect(preview.getByRole('row').filter({ hasText: 'ECC3b' })).toContainText('Record only');
  await expect(preview.getByRole('row').filter({ hasText: 'ECC38' })).toContainText('£1.00');
  await expectNoAxeViolations(page);
  expect(writes(app.dataDir)?.versions).toBe(1);

  await page.getByLabel('Name of the version').fill('Essex measures');
  await page.getByLabel('Takes effect from').fill('2025-04-01');
  await page.getByRole('button', { name: 'Import 37 measures' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Essex measures' })).toBeVisible();
  await expect(
    page.getByRole('status').filter({
      hasText:
        '37 measures imported from essex-quarterly-return-measures.csv as the version Essex measures.',
    }),
  ).toBeVisible();
  await expect(
    page.getByText(/Takes effect from 1 April 2025 · in force today · 37 measures/),
  ).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Imported measures' })).toBeVisible();
  await expect(measureRow(page, 'ECC1')).toContainText('no. people FTE');
  await expect(measureRow(page, 'ECC54')).toContainText('Money (£)');
  await expectNoAxeViolations(page);

  // The starter framework is still there, a version earlier.
  await page.getByLabel('Version').selectOption({ label: 'Starter framework, from 1 April 2020' });
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Starter framework' })).toBeVisible();
  await expect(measureRow(page, 'JS1')).toBeVisible();

  const stored = readWorkspace<{ name: string; effective_from: string; measures: number }>(
    app.dataDir,
    `SELECT v.name, v.effective_from, count(m.id) AS measures FROM framework_versions v
     JOIN measures m ON m.framework_version_id = v.id GROUP BY v.id ORDER BY v.effective_from`,
  );
  expect(stored).toEqual([
    { name: 'Starter framework', effective_from: '2020-04-01', measures: 21 },
    { name: 'Essex measures', effective_from: '2025-04-01', measures: 37 },
  ]);
});

test('a file with problems shows each one by row and column, and nothing is written', async ({
  page,
  app,
}) => {
  const before = writes(app.dataDir);
  await open(page, app.host, '/framework/import');
  await page.getByLabel('Spreadsheet file').setInputFiles({
    name: 'council-measures.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(
      'Code,Title,Unit,Proxy\nA1,Fine,hours,12\nA1,Twice,hours,\n,No code,hours,\nA3,Narrative,text,5\n',
    ),
  });
  const problems = page
    .getByRole('alert')
    .filter({ hasText: '3 problems to correct: nothing has been imported' });
  await expect(problems).toBeVisible();
  await expect(
    problems.getByRole('row').filter({ hasText: 'Row 2 has this code too' }),
  ).toContainText(/3\s*Code\s*A1/);
  await expect(problems.getByRole('row').filter({ hasText: 'Enter the code' })).toContainText(
    /4\s*Code\s*\(blank\)/,
  );
  await expect(
    problems
      .getByRole('row')
      .filter({ hasText: 'A record-only measure cannot have a proxy value' }),
  ).toContainText(/5\s*Proxy\s*5/);
  await expect(page.getByRole('button', { name: /^Import/ })).toHaveCount(0);
  await expectNoAxeViolations(page);

  // An old Excel file is named as such.
  await page.getByLabel('Spreadsheet file').setInputFiles({
    name: 'measures.xls',
    mimeType: 'application/vnd.ms-excel',
    buffer: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
  });
  await expect(page.getByRole('alert')).toContainText(
    'measures.xls is not an .xlsx workbook (old .xls files cannot be read).',
  );
  expect(writes(app.dataDir)).toEqual(before);
});

test('a measure a contract uses cannot be deleted, and the page says why', async ({
  page,
  app,
}) => {
  const supplier = await api(app.host, 'suppliers.create', { name: 'Soar Valley Apprenticeships' });
  const contract = await api(app.host, 'contracts.create', {
    reference: 'C-2025-001',
    title: 'Highways maintenance',
    supplierId: supplier.id,
    category: 'works',
    valuePence: 120_000_000,
    startDate: '2025-04-01',
    endDate: '2028-03-31',
  });
  const [js1] = (await api(app.host, 'measures.inForce', { date: '2025-04-01' })).filter(
    (m) => m.code === 'JS1',
  );
  // The commitment is written as the commitments screens would, straight into the file.
  const db = new Database(join(app.dataDir, 'workspace.svt'));
  const at = new Date().toISOString();
  db.prepare(
    `INSERT INTO commitments (id, contract_id, measure_id, quantity, proxy_pence, created_at,
       updated_at, updated_by, version) VALUES (?, ?, ?, 4, NULL, ?, ?, 'test', 1)`,
  ).run(randomUUID(), contract.id, js1?.id, at, at);
  db.close();

  await open(page, app.host, `/framework/measures/${js1?.id}`);
  await expect(summaryValue(page, 'Used by')).toHaveText('1 contract, in commitments or returns');
  await page.getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('button', { name: 'Yes, delete this measure' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    'It was not deleted. JS1 cannot be deleted: 1 contract uses it in commitments or returns. Remove it from that contract first, or keep the measure.',
  );
  expect(storedMeasure(app.dataDir, 'JS1')).toHaveLength(1);
});
