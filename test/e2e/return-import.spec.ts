// Supplier returns round trip in Chromium: an officer downloads a contract's return template,
// the supplier fills it in (programmatically, as Excel would save it), the officer imports it,
// sees the preview, confirms, sees delivery on the contract's social value tab, then undoes the
// import from the history and sees the delivery gone; checked against what the workspace stored.
// And: several files dropped at once, each previewed on its own, a bad one with its problems by
// sheet, row, column and value, and nothing written for it.
//
// JS1 (local people employed) at £30,000 per FTE and JS3 (apprenticeship weeks) at £250: the
// supplier reports 2 FTE and 10 weeks for Q1 2025/26, £60,000 + £2,500 = £62,500 delivered.

import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import type { Measure } from '../../shared/measures-framework';
import type { WebHostProcess } from '../web-host-process';
import { fillReturnTemplate } from '../fixtures/return-files';
import { api, expectNoAxeViolations, open, setProxyValue } from './app-helpers';
import { expect, test } from './fixtures';
import { readWorkspace } from './stored';

const headline = (page: Page, term: string) =>
  page
    .locator('.headline-figures > div')
    .filter({ has: page.getByRole('term').filter({ hasText: new RegExp(`^${term}$`) }) })
    .getByRole('definition')
    .first();

/** A contract from April 2025 with JS1 (4 FTE) and JS3 (52 weeks) committed. */
async function contractWithCommitments(host: WebHostProcess, reference: string) {
  const measures = await api(host, 'measures.inForce', { date: '2025-04-01' });
  const measure = (code: string) => measures.find((m) => m.code === code) as Measure;
  await setProxyValue(host, 'JS1', 3_000_000, '2025-04-01');
  await setProxyValue(host, 'JS3', 25_000, '2025-04-01');
  const supplier = await api(host, 'suppliers.create', { name: 'Wreake Valley Care Ltd' });
  const contract = await api(host, 'contracts.create', {
    reference,
    title: 'Home care, north area',
    supplierId: supplier.id,
    category: 'services',
    valuePence: 50_000_000,
    startDate: '2025-04-01',
    endDate: '2027-03-31',
  });
  for (const [code, quantity] of [
    ['JS1', 4],
    ['JS3', 52],
  ] as const) {
    await api(host, 'commitments.create', {
      contractId: contract.id,
      measureId: measure(code).id,
      quantity,
    });
  }
  return contract;
}

/** Drops files on the import screen's drop zone, as dragging them from the desktop does. */
async function dropFiles(page: Page, files: { name: string; bytes: Buffer }[]) {
  const transfer = await page.evaluateHandle(
    (chosen) => {
      const data = new DataTransfer();
      for (const file of chosen) {
        const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
        data.items.add(new File([bytes], file.name));
      }
      return data;
    },
    files.map((file) => ({ name: file.name, base64: file.bytes.toString('base64') })),
  );
  await page.locator('.drop-zone').dispatchEvent('drop', { dataTransfer: transfer });
}

test('download a return template, fill it in, import it, see delivery, undo it and see it gone', async ({
  page,
  app,
}) => {
  test.slow();
  const { host, dataDir } = app;
  const contract = await contractWithCommitments(host, 'C-RT-001');

  await open(page, host, `/contracts/${contract.id}`);
  await expect(headline(page, 'Delivered, as submitted')).toHaveText('£0');
  await page.getByLabel('Return template for').selectOption('Q1 2025/26');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download return template' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('C-RT-001 return Q1 2025-26.xlsx');
  await expect(
    page.getByText('The return template for Q1 2025/26 has been downloaded.'),
  ).toBeVisible();
  const template = await readFile((await download.path()) as string);
  const filled = await fillReturnTemplate(template, {
    JS1: { delivered: 2, evidence: 'Payroll April-June' },
    JS3: { delivered: 10, narrative: 'Two apprentices started in May' },
  });
  const filePath = test.info().outputPath('C-RT-001 Q1 filled.xlsx');
  await import('node:fs/promises').then((fs) => fs.writeFile(filePath, filled));

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Imports' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Imports' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Import supplier returns' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Import supplier returns' }),
  ).toBeVisible();
  await page.getByLabel('Completed return templates').setInputFiles(filePath);
  const preview = page.getByRole('region', { name: 'C-RT-001 Q1 filled.xlsx' });
  await expect(
    preview.getByText(/C-RT-001, Home care, north area \(Wreake Valley Care Ltd\): the return for/),
  ).toContainText('Q1 2025/26, 2 measures, to be saved as submitted, awaiting verification.');
  const rows = preview.getByRole('table', { name: /measure by measure/ }).getByRole('row');
  await expect(rows.nth(1)).toContainText('JS1');
  await expect(rows.nth(1)).toContainText('2');
  await expect(rows.nth(1)).toContainText('Payroll April-June');
  await expect(rows.nth(2)).toContainText('Two apprentices started in May');
  await expectNoAxeViolations(page);
  expect(readWorkspace(dataDir, 'SELECT id FROM returns')).toEqual([]);

  await preview.getByRole('button', { name: 'Import C-RT-001 Q1 filled.xlsx' }).click();
  await expect(preview.getByRole('status')).toContainText(
    'Imported. C-RT-001 Q1 filled.xlsx: Return for C-RT-001 Q1 2025/26: 2 lines, submitted.',
  );
  const [stored] = readWorkspace<{ id: string; status: string; period_label: string }>(
    dataDir,
    'SELECT id, status, period_label FROM returns WHERE deleted_at IS NULL',
  );
  expect(stored).toMatchObject({ status: 'submitted', period_label: 'Q1 2025/26' });
  expect(
    readWorkspace(
      dataDir,
      `SELECT m.code, l.quantity, l.evidence_reference FROM return_lines l JOIN measures m ON m.id = l.measure_id
       WHERE l.return_id = ? ORDER BY m.code`,
      stored?.id,
    ),
  ).toEqual([
    { code: 'JS1', quantity: 2, evidence_reference: 'Payroll April-June' },
    { code: 'JS3', quantity: 10, evidence_reference: null },
  ]);

  await open(page, host, `/contracts/${contract.id}`);
  await expect(headline(page, 'Delivered, as submitted')).toHaveText('£62,500');

  await open(page, host, '/imports/history');
  const entry = page.getByRole('row').filter({ hasText: 'C-RT-001 Q1 filled.xlsx' });
  await expect(entry).toContainText('Return for C-RT-001 Q1 2025/26: 2 lines, submitted');
  await entry.getByRole('button', { name: 'Undo the import of C-RT-001 Q1 filled.xlsx' }).click();
  await expect(
    page.getByRole('group', { name: 'Undo the import of C-RT-001 Q1 filled.xlsx?' }),
  ).toBeFocused();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Yes, undo the import' }).click();
  await expect(entry).toContainText(/Undone by .+ on/);
  await expect(entry.getByRole('button', { name: /Undo/ })).toHaveCount(0);
  expect(readWorkspace(dataDir, 'SELECT id FROM returns WHERE deleted_at IS NULL')).toEqual([]);

  await open(page, host, `/contracts/${contract.id}`);
  await expect(headline(page, 'Delivered, as submitted')).toHaveText('£0');
});

test('several files dropped at once: each previewed, a bad one with its problems, nothing written for it', async ({
  page,
  app,
}) => {
  test.slow();
  const { host, dataDir } = app;
  const contract = await contractWithCommitments(host, 'C-RT-002');
  const template = await api(host, 'returnTemplates.download', {
    contractId: contract.id,
    period: 'Q2 2025/26',
  });
  const bytes = Buffer.from(template.contentBase64, 'base64');
  const good = await fillReturnTemplate(bytes, { JS1: { delivered: 1 }, JS3: { delivered: 0 } });
  const bad = await fillReturnTemplate(bytes, {
    JS1: { delivered: 'three' },
    JS3: { delivered: -4 },
  });

  await open(page, host, '/imports/returns');
  await dropFiles(page, [
    { name: 'good.xlsx', bytes: good },
    { name: 'bad.xlsx', bytes: bad },
    { name: 'notes.xlsx', bytes: Buffer.from('Not a workbook') },
  ]);
  const badOne = page.getByRole('region', { name: 'bad.xlsx' });
  await expect(
    badOne.getByRole('heading', { name: '2 problems to correct: nothing has been imported' }),
  ).toBeVisible();
  const problems = badOne.getByRole('table', { name: 'Problems in bad.xlsx' }).getByRole('row');
  await expect(problems.nth(1)).toHaveText(
    'Return7Delivered this periodthreeThis is not a number: enter what was delivered in the period as a number, 0 if none',
  );
  await expect(problems.nth(2)).toHaveText(
    'Return8Delivered this period-4What was delivered cannot be negative',
  );
  await expect(badOne.getByRole('button', { name: /^Import/ })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'notes.xlsx' })).toContainText(
    'notes.xlsx is not an Excel workbook (.xlsx).',
  );
  await expectNoAxeViolations(page);

  const goodOne = page.getByRole('region', { name: 'good.xlsx' });
  await goodOne.getByRole('button', { name: 'Import good.xlsx' }).click();
  await expect(goodOne.getByRole('status')).toContainText('Imported.');
  expect(
    readWorkspace(dataDir, 'SELECT period_label, status FROM returns WHERE deleted_at IS NULL'),
  ).toEqual([{ period_label: 'Q2 2025/26', status: 'submitted' }]);
  expect(readWorkspace(dataDir, 'SELECT file_name FROM imports')).toEqual([
    { file_name: 'good.xlsx' },
  ]);
});
