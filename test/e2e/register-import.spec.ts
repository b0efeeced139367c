// Register import in Chromium: the Norfolk contracts register through the mapping screen (the
// LGA layout recognised, its columns matched), the preview's counts, its skipped rows downloaded
// as a workbook, confirm, the summary, and what the workspace then holds; a file that is no
// spreadsheet is refused where it was chosen.

import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { test, expect } from './fixtures';
import { expectNoAxeViolations, open, summaryValue } from './app-helpers';
import { readWorkspace } from './stored';

const norfolk = join('/work/shared/data/registers', 'norfolk-contracts-register.csv');

test('imports the Norfolk register through the mapping screen, with every row accounted for', async ({
  page,
  app,
}) => {
  test.setTimeout(120_000);
  await open(page, app.host, '/imports');
  await page.getByRole('link', { name: 'Import a register or list' }).click();
  await expect(page.getByRole('heading', { name: 'Import a register or list' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel('Spreadsheet file').setInputFiles(norfolk);
  await expect(page.getByRole('heading', { name: /Match the columns of norfolk/ })).toBeVisible();
  await expect(page.getByText('Recognised as the LGA contracts register layout')).toBeVisible();
  await expect(page.getByLabel('Contracts', { exact: true })).toBeChecked();
  const reference = page.getByLabel('Reference (needed)');
  await expect(reference.locator('option:checked')).toHaveText('Contract Reference number / ID');
  await expect(page.getByLabel('Start date (needed)').locator('option:checked')).toHaveText(
    'Contract start date',
  );
  await expect(page.getByRole('row', { name: /Whole-life value/ })).toContainText('1567');
  await expectNoAxeViolations(page);

  await page.getByText('Save this mapping as a profile').click();
  await page.getByLabel('Profile name').fill('Norfolk register');
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Saved as the profile Norfolk register' }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  expect(
    readWorkspace<{ name: string; record_kind: string }>(
      app.dataDir,
      'SELECT name, record_kind FROM import_profiles',
    ),
  ).toEqual([{ name: 'Norfolk register', record_kind: 'contracts' }]);

  await page.getByRole('button', { name: 'Check the file' }).click();
  await expect(page.getByRole('heading', { name: /What importing norfolk/ })).toBeVisible({
    timeout: 60_000,
  });
  await expect(summaryValue(page, 'Rows in the file')).toHaveText('5,729');
  await expect(summaryValue(page, 'To add')).toHaveText('3,249');
  await expect(summaryValue(page, 'Skipped')).toContainText('2,480');
  await expect(summaryValue(page, 'Skipped')).toContainText('Negative amount: 6');
  await expect(summaryValue(page, 'Skipped')).toContainText('No reference: 696');
  await expectNoAxeViolations(page);
  expect(
    readWorkspace<{ n: number }>(app.dataDir, 'SELECT count(*) AS n FROM contracts')[0]?.n,
  ).toBe(0);

  await page.getByText('Skipped rows and why').click();
  await page.getByLabel('Show the rows skipped for').selectOption('Negative amount');
  await expect(page.getByRole('row', { name: /^295 / })).toBeVisible();
  await expect(page.getByRole('row', { name: /minus £3,728\.00/ })).toBeVisible();
  await expect(page.getByText(/The first 100 of/)).toBeHidden();

  // Every skipped row, not only the first 100 shown, with its cells and why: a workbook to put right.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the skipped rows (.xlsx)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('norfolk-contracts-register skipped rows.xlsx');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile((await download.path()) as string);
  const skipped = workbook.getWorksheet('Skipped rows');
  expect(skipped?.actualRowCount).toBe(2481);
  const headingRow = skipped?.getRow(1);
  const headings = Array.from(
    { length: skipped?.columnCount ?? 0 },
    (_, i) => headingRow?.getCell(i + 1).text,
  );
  const rowColumn = headings.indexOf('Row in the file') + 1;
  const negative = skipped?.getRows(2, 2480)?.find((row) => row.getCell(rowColumn).value === 295);
  expect(negative?.getCell(rowColumn + 1).text).toBe('Negative amount');
  expect(negative?.getCell(headings.indexOf('Contract value') + 1).text).toBe('(3728)');

  await page.getByRole('button', { name: 'Import 3,249 contracts' }).click();
  await expect(
    page.getByRole('heading', { name: 'norfolk-contracts-register.csv is imported' }),
  ).toBeVisible({
    timeout: 60_000,
  });
  await expect(summaryValue(page, 'Added')).toHaveText('3,249');
  await expectNoAxeViolations(page);

  const [stored] = readWorkspace<{ n: number }>(
    app.dataDir,
    'SELECT count(*) AS n FROM contracts WHERE deleted_at IS NULL',
  );
  expect(stored?.n).toBe(3249);
  // Spot checks against the raw file: row 897 (19-Jun-2013, 31/03/2015, 750000, gb/01699685).
  const [spot] = readWorkspace<Record<string, unknown>>(
    app.dataDir,
    `SELECT c.start_date, c.end_date, c.value_pence, s.name AS supplier, s.company_number
     FROM contracts c JOIN suppliers s ON s.id = c.supplier_id WHERE c.reference = 'BON41423'`,
  );
  expect(spot).toEqual({
    start_date: '2013-06-19',
    end_date: '2015-03-31',
    value_pence: 75_000_000,
    supplier: 'BREAK',
    company_number: '01699685',
  });
  const history = readWorkspace<{ kind: string; summary: string }>(
    app.dataDir,
    'SELECT kind, summary FROM imports',
  );
  expect(history).toEqual([
    expect.objectContaining({ kind: 'register', summary: expect.stringContaining('3249 added') }),
  ]);
});

test('a file that is no spreadsheet is refused where it was chosen, and nothing is written', async ({
  page,
  app,
}) => {
  await open(page, app.host, '/imports/register');
  await page.getByLabel('Spreadsheet file').setInputFiles({
    name: 'photo.xlsx',
    mimeType: 'application/octet-stream',
    buffer: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]),
  });
  await expect(page.getByRole('alert')).toContainText('photo.xlsx is not a spreadsheet');
  await expectNoAxeViolations(page);
  expect(
    readWorkspace<{ n: number }>(app.dataDir, 'SELECT count(*) AS n FROM suppliers')[0]?.n,
  ).toBe(0);
});
