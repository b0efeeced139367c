// An officer records what a supplier committed to, enters the supplier's return, verifies part
// of it, and sees delivered £ and RAG change on the contract page, checked against figures worked
// out by hand and against what the workspace stored.
//
// The contract: £200,000 for one quarter, 1 April to 30 June 2025 (so Q1 2025/26 is due and the
// whole commitment is expected). The council sets JS1 (local people employed) at £30,000 per FTE
// and JS3 (apprenticeship weeks) at £250 per week.
//   Committed: JS1 4 FTE = £120,000; JS3 52 weeks = £13,000; £133,000 = 66.5% of £200,000.
//   Before any return: Q1 is missing, so both are Grey.
//   Return: JS1 3.6 FTE (£108,000), JS3 40 weeks (£10,000); submitted, nothing verified: both Red.
//   JS1 verified, JS3 queried: verified £108,000, JS1 at 90% of expected is Green, JS3 Red;
//   submitted stays £118,000 (a queried line still counts as submitted).

import type { Locator, Page } from '@playwright/test';
import type { Measure } from '../../shared/measures-framework';
import { api, expectNoAxeViolations, open, setProxyValue, summaryValue } from './app-helpers';
import { expect, test } from './fixtures';
import { readWorkspace } from './stored';

/** The commitments table row of a measure, and a cell of it by column header. */
function commitmentRow(page: Page, code: string): Locator {
  return page
    .getByRole('table', { name: /Commitments against delivery/ })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${code} `) }) });
}

const headline = (page: Page, term: string) =>
  page
    .locator('.headline-figures > div')
    .filter({ has: page.getByRole('term').filter({ hasText: new RegExp(`^${term}$`) }) })
    .getByRole('definition')
    .first();

async function addCommitment(page: Page, measureId: string, quantity: string) {
  await page.getByRole('link', { name: 'Add a commitment' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Add a commitment' })).toBeVisible();
  await page.getByLabel('Measure').selectOption(measureId);
  await page.getByLabel('Quantity committed for the whole term').fill(quantity);
  await page.getByRole('button', { name: 'Add commitment' }).click();
}

test('an officer records commitments, enters a return, verifies part of it and sees delivery and RAG change', async ({
  page,
  app,
}) => {
  // A long journey with five accessibility checks: more than the default 30 s on a busy machine.
  test.slow();
  const { host, dataDir } = app;
  const { officer } = await api(host, 'workspace.info', {});
  const measures = await api(host, 'measures.inForce', { date: '2025-04-01' });
  const js1 = measures.find((m) => m.code === 'JS1') as Measure;
  const js3 = measures.find((m) => m.code === 'JS3') as Measure;
  await setProxyValue(host, 'JS1', 3_000_000, '2025-04-01');
  await setProxyValue(host, 'JS3', 25_000, '2025-04-01');
  const supplier = await api(host, 'suppliers.create', {
    name: 'Charnwood Grounds Ltd',
    postcode: 'LE11 3AB',
    size: 'small',
  });
  const contract = await api(host, 'contracts.create', {
    reference: 'C-2025-031',
    title: 'Grounds maintenance, spring quarter',
    supplierId: supplier.id,
    category: 'services',
    valuePence: 20_000_000,
    startDate: '2025-04-01',
    endDate: '2025-06-30',
  });

  await open(page, host, `/contracts/${contract.id}`);
  await expect(page.getByRole('heading', { level: 2, name: 'Social value' })).toBeVisible();
  await expect(page.getByText('No social value commitments are recorded')).toBeVisible();

  // The first commitment: a wrong quantity is named beside its field, then put right.
  await page.getByRole('link', { name: 'Add a commitment' }).click();
  await page.getByLabel('Measure').selectOption(js1.id);
  await expect(page.getByText('£30,000.00 for each unit (FTE)')).toBeVisible();
  await expectNoAxeViolations(page);
  const quantity = page.getByLabel('Quantity committed for the whole term');
  await quantity.fill('four');
  await page.getByRole('button', { name: 'Add commitment' }).click();
  await expect(page.getByRole('alert')).toContainText(
    'Enter the quantity as a number, for example 12 or 2.5',
  );
  await expect(quantity).toHaveAttribute('aria-invalid', 'true');
  await quantity.fill('-4');
  await page.getByRole('button', { name: 'Add commitment' }).click();
  await expect(page.getByRole('alert')).toContainText('The quantity cannot be negative');
  await quantity.fill('4');
  await page.getByRole('button', { name: 'Add commitment' }).click();
  await expect(page.getByRole('heading', { level: 1, name: contract.title })).toBeVisible();

  await addCommitment(page, js3.id, '52');
  await expect(commitmentRow(page, 'JS3')).toBeVisible();

  // Committed, and Grey while the due return is missing.
  const js1Row = commitmentRow(page, 'JS1');
  const js3Row = commitmentRow(page, 'JS3');
  await expect(js1Row.getByRole('cell').nth(0)).toHaveText('4 FTE');
  await expect(js1Row.getByRole('cell').nth(2)).toContainText('£120,000');
  await expect(js3Row.getByRole('cell').nth(2)).toContainText('£13,000');
  await expect(headline(page, 'Committed')).toHaveText('£133,000');
  await expect(page.getByText('66.5% of the contract value')).toBeVisible();
  await expect(js1Row).toContainText('Grey (return missing)');
  await expect(js3Row).toContainText('Grey (return missing)');
  await expectNoAxeViolations(page);

  // The return for Q1 2025/26, entered and submitted.
  await page.getByRole('button', { name: 'New return for Q1 2025/26' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: `Q1 2025/26: ${contract.title}` }),
  ).toBeVisible();
  await expect(summaryValue(page, 'Status')).toHaveText('Draft');
  await page.getByLabel('Delivered, JS1').fill('3.6');
  await page.getByLabel('Evidence reference, JS1').fill('Payroll extract June 2025');
  await page.getByLabel('Narrative, JS1').fill('Four local hires, one part time');
  await page.getByLabel('Delivered, JS3').fill('40');
  await page.getByLabel('Evidence reference, JS3').fill('Apprenticeship agreements');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Submit return' }).click();
  await expect(page.getByText('Return submitted: 2 lines now await verification.')).toBeVisible();
  await expect(summaryValue(page, 'Status')).toHaveText('Submitted');

  // Submitted but not verified: delivered as submitted counts, verified does not; both Red.
  await page.getByRole('link', { name: `C-2025-031: ${contract.title}` }).click();
  await expect(headline(page, 'Delivered, as submitted')).toHaveText('£118,000');
  await expect(headline(page, 'Delivered, verified')).toHaveText('£0');
  await expect(js1Row).toContainText('Red');
  await expect(js3Row).toContainText('Red');

  // Verify JS1, query JS3, under the officer's name (filled in for them).
  await page.getByRole('link', { name: 'Q1 2025/26' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Verification' })).toBeVisible();
  await expect(page.getByLabel('Checked by')).toHaveValue(officer);
  await page.getByRole('group', { name: 'Decision on JS1' }).getByLabel('Verify').check();
  await page.getByRole('group', { name: 'Decision on JS3' }).getByLabel('Query').check();
  await page.getByRole('button', { name: 'Save the decisions' }).click();
  await expect(page.getByRole('alert')).toContainText('Say what is wrong with JS3');
  await page.getByLabel('Note on JS3').fill('Two of the agreements are unsigned');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Save the decisions' }).click();
  await expect(page.getByText('Decisions saved. The return is now queried.')).toBeVisible();
  await expect(summaryValue(page, 'Status')).toHaveText('Queried');
  await expect(summaryValue(page, 'Notes')).toHaveText(
    'JS3 (queried): Two of the agreements are unsigned',
  );

  // On the contract: £108,000 verified; JS1 at 90% is Green, JS3 still Red.
  await page.getByRole('link', { name: `C-2025-031: ${contract.title}` }).click();
  await expect(headline(page, 'Delivered, verified')).toHaveText('£108,000');
  await expect(headline(page, 'Delivered, as submitted')).toHaveText('£118,000');
  await expect(headline(page, 'Expected to date')).toHaveText('£133,000');
  await expect(headline(page, 'RAG')).toHaveText('1 Green, 1 Red');
  await expect(js1Row.getByRole('cell').nth(4)).toContainText('3.6 FTE');
  await expect(js1Row.getByRole('cell').nth(4)).toContainText('£108,000');
  await expect(js1Row).toContainText('Green');
  await expect(js1Row).toContainText('90.0% of expected');
  await expect(js3Row.getByRole('cell').nth(4)).toContainText('0 weeks');
  await expect(js3Row.getByRole('cell').nth(5)).toContainText('40 weeks');
  await expect(js3Row.getByRole('cell').nth(5)).toContainText('£10,000');
  await expect(js3Row).toContainText('Red');
  await expect(
    page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Total' }) }),
  ).toContainText('£133,000');

  // The queue holds the queried return.
  await page.getByRole('link', { name: 'Returns', exact: true }).click();
  await expect(
    page.getByText('1 return submitted or queried, awaiting verification'),
  ).toBeVisible();
  await expect(page.getByRole('grid').getByText('Queried')).toBeVisible();
  await expectNoAxeViolations(page);

  // What the workspace holds.
  expect(
    readWorkspace(
      dataDir,
      `SELECT m.code, k.quantity, k.proxy_pence FROM commitments k JOIN measures m ON m.id = k.measure_id
       WHERE k.contract_id = ? ORDER BY m.code`,
      contract.id,
    ),
  ).toEqual([
    { code: 'JS1', quantity: 4, proxy_pence: 3_000_000 },
    { code: 'JS3', quantity: 52, proxy_pence: 25_000 },
  ]);
  expect(
    readWorkspace(
      dataDir,
      'SELECT period_label, status, verified_by FROM returns WHERE contract_id = ?',
      contract.id,
    ),
  ).toEqual([{ period_label: 'Q1 2025/26', status: 'queried', verified_by: officer }]);
  expect(
    readWorkspace(
      dataDir,
      `SELECT m.code, l.quantity, l.proxy_pence, l.evidence_reference, l.verification, l.verified_by
       FROM return_lines l JOIN measures m ON m.id = l.measure_id ORDER BY m.code`,
    ),
  ).toEqual([
    {
      code: 'JS1',
      quantity: 3.6,
      proxy_pence: 3_000_000,
      evidence_reference: 'Payroll extract June 2025',
      verification: 'verified',
      verified_by: officer,
    },
    {
      code: 'JS3',
      quantity: 40,
      proxy_pence: 25_000,
      evidence_reference: 'Apprenticeship agreements',
      verification: 'queried',
      verified_by: officer,
    },
  ]);
});
