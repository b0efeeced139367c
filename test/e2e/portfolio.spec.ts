// The portfolio dashboard in Chromium: the figures of a workspace seeded through the API, worked
// out by hand; the year and directorate filters through the selects and through the address
// (Back included); a line verified on its return's page moving delivered £ and the rating on the
// dashboard; and an accessibility check.
//
// The council sets JS1 (local people employed) at £30,000 per FTE and CV1 (volunteering) at £15
// an hour. Both contracts have ended, so every period is due and all of each commitment expected.
//   A  Adults and Health, 2023/24: JS1 4 FTE = £120,000. A return each quarter of 1 FTE: Q1 and
//      Q2 verified, Q3 waiting to be checked, Q4 queried. Verified 2 FTE = £60,000 (50%): Red.
//      Submitted 4 FTE = £120,000.
//   B  Environment and Transport, 2024/25: CV1 1,000 hours = £15,000. Q1 to Q3 250 hours each,
//      verified (£11,250); no return for Q4: Grey.
//   All years: committed £135,000; verified £71,250 (52.8%); submitted £131,250; Red 1, Grey 1.
//   Once A's Q3 is verified: verified £101,250; A at 75% is Amber.

import type { Page } from '@playwright/test';
import type { WebHostProcess } from '../web-host-process';
import { api, expectNoAxeViolations, open, setProxyValue } from './app-helpers';
import { expect, test } from './fixtures';
import { readWorkspace } from './stored';

type Decision = 'verified' | 'queried' | null;

/** A return through the API: filled in, submitted, and each line decided or left waiting. */
async function sendReturn(
  host: WebHostProcess,
  contractId: string,
  period: string,
  quantity: number,
  decision: Decision,
) {
  const draft = await api(host, 'returns.create', { contractId, period });
  const lines = draft.lines.map((line) => ({ measureId: line.measure.id, quantity }));
  const filled = await api(host, 'returns.update', { id: draft.id, version: draft.version, lines });
  const sent = await api(host, 'returns.submit', { id: filled.id, version: filled.version });
  if (decision === null) return;
  await api(host, 'returns.verify', {
    id: sent.id,
    version: sent.version,
    verifier: 'Aisha Khan',
    lines: sent.lines.map((line) => ({
      lineId: line.id,
      verification: decision,
      note: decision === 'queried' ? 'Send the payroll extract' : null,
    })),
  });
}

async function seed(host: WebHostProcess) {
  await setProxyValue(host, 'JS1', 3_000_000);
  await setProxyValue(host, 'CV1', 1_500);
  const measures = await api(host, 'measures.inForce', { date: '2023-04-01' });
  const measureId = (code: string) => measures.find((m) => m.code === code)?.id ?? '';
  const care = await api(host, 'suppliers.create', {
    name: 'Soar Valley Care Ltd',
    localOverride: 'local',
    size: 'small',
  });
  const trust = await api(host, 'suppliers.create', {
    name: 'Green Routes Trust',
    localOverride: 'not-local',
    size: 'large',
    vcse: true,
    vcseType: 'charity',
  });
  const a = await api(host, 'contracts.create', {
    reference: 'C-2023-014',
    title: 'Home care, north locality',
    supplierId: care.id,
    category: 'services',
    valuePence: 40_000_000,
    startDate: '2023-04-01',
    endDate: '2024-03-31',
    directorate: 'Adults and Health',
  });
  const b = await api(host, 'contracts.create', {
    reference: 'C-2024-006',
    title: 'Tree planting programme',
    supplierId: trust.id,
    category: 'services',
    valuePence: 10_000_000,
    startDate: '2024-04-01',
    endDate: '2025-03-31',
    directorate: 'Environment and Transport',
  });
  await api(host, 'commitments.create', {
    contractId: a.id,
    measureId: measureId('JS1'),
    quantity: 4,
  });
  await api(host, 'commitments.create', {
    contractId: b.id,
    measureId: measureId('CV1'),
    quantity: 1_000,
  });
  const quarters: [string, Decision][] = [
    ['Q1 2023/24', 'verified'],
    ['Q2 2023/24', 'verified'],
    ['Q3 2023/24', null],
    ['Q4 2023/24', 'queried'],
  ];
  for (const [period, decision] of quarters) await sendReturn(host, a.id, period, 1, decision);
  for (const period of ['Q1 2024/25', 'Q2 2024/25', 'Q3 2024/25']) {
    await sendReturn(host, b.id, period, 250, 'verified');
  }
  return { a, b };
}

const card = (page: Page, term: string) =>
  page
    .locator('.headline-figures > div')
    .filter({ has: page.getByRole('term').filter({ hasText: new RegExp(`^${term}$`) }) })
    .getByRole('definition');

const ratings = (page: Page) => page.getByRole('list', { name: 'Commitments by rating' });

/** The cells of a table's row, by the row's heading. */
const rowCells = (page: Page, table: string, row: string) =>
  page
    .getByRole('table', { name: table })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: row, exact: true }) })
    .getByRole('cell');

test('the dashboard adds up the workspace, filters by year and directorate, and follows a verification', async ({
  page,
  app,
}) => {
  test.slow();
  const { host, dataDir } = app;
  const { a, b } = await seed(host);

  await open(page, host, '/');
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Social value' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Social value' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'All years' })).toContainText(
    'All years: figures as at',
  );
  await expect(card(page, 'Contracts with commitments').first()).toHaveText('2');
  await expect(card(page, 'Committed').first()).toHaveText('£135,000');
  await expect(card(page, 'Delivered, verified').first()).toHaveText('£71,250');
  await expect(card(page, 'Delivered, verified').nth(1)).toHaveText('52.8% of committed');
  await expect(card(page, 'Delivered, as submitted').first()).toHaveText('£131,250');
  await expect(ratings(page).getByRole('listitem').filter({ hasText: 'Red' })).toHaveText(
    'Red 1 commitment',
  );
  await expect(ratings(page).getByRole('listitem').filter({ hasText: 'Grey' })).toHaveText(
    'Grey (return missing) 1 commitment',
  );
  await expect(ratings(page).getByRole('listitem').filter({ hasText: 'Green' })).toHaveText(
    'Green 0 commitments',
  );

  const byTheme = 'Committed against delivered by theme';
  await expect(rowCells(page, byTheme, 'Jobs and skills')).toHaveText([
    '£120,000',
    '£60,000',
    '50.0%',
    '£120,000',
  ]);
  await expect(rowCells(page, byTheme, 'Communities and volunteering')).toHaveText([
    '£15,000',
    '£11,250',
    '75.0%',
    '£11,250',
  ]);
  await expect(page.getByRole('img', { name: byTheme })).toBeVisible();
  const byYear = 'Committed against delivered, by financial year';
  await expect(rowCells(page, byYear, '2023/24')).toHaveText([
    '£120,000',
    '£60,000',
    '50.0%',
    '£120,000',
  ]);
  await expect(rowCells(page, byYear, '2024/25')).toHaveText([
    '£15,000',
    '£11,250',
    '75.0%',
    '£11,250',
  ]);

  const top = page.getByRole('table', { name: /most social value committed/ });
  await expect(top.getByRole('row').nth(1)).toContainText('C-2023-014');
  await expect(top.getByRole('row').nth(1)).toContainText('1 Red');
  await expect(top.getByRole('row').nth(2)).toContainText('C-2024-006');
  await expect(page.getByText('1 return is due and not in')).toBeVisible();
  const missing = page.getByRole('table', { name: /Missing returns/ });
  await expect(missing.getByRole('row').nth(1)).toContainText('Q4 2024/25');
  await expect(missing.getByRole('link', { name: 'C-2024-006' })).toHaveAttribute(
    'href',
    `#/contracts/${b.id}`,
  );
  await expectNoAxeViolations(page);

  // One year through the select: the address holds it, and the year's figures show.
  await page.getByRole('combobox', { name: 'Financial year' }).selectOption('2023/24');
  await expect(page).toHaveURL(/#\/social-value\?period=2023%2F24$/);
  await expect(page.getByRole('status').filter({ hasText: '2023/24' })).toContainText(
    '2023/24: figures as at 31 March 2024, the end of 2023/24.',
  );
  await expect(card(page, 'Committed').first()).toHaveText('£120,000');
  await expect(card(page, 'Contracts with commitments').first()).toHaveText('1');
  await expect(
    rowCells(page, 'Committed against delivered, by period in 2023/24', 'Q1 2023/24'),
  ).toHaveText(['£29,836', '£30,000', '100.5%', '£30,000']);

  // Another year straight from the address; then Back returns to the one before.
  await page.goto(`${host.origin}/#/social-value?period=2024%2F25`);
  await expect(page.getByRole('combobox', { name: 'Financial year' })).toHaveValue('2024/25');
  await expect(card(page, 'Committed').first()).toHaveText('£15,000');
  await expect(ratings(page).getByRole('listitem').filter({ hasText: 'Grey' })).toHaveText(
    'Grey (return missing) 1 commitment',
  );
  await page.goBack();
  await expect(page.getByRole('combobox', { name: 'Financial year' })).toHaveValue('2023/24');
  await expect(card(page, 'Committed').first()).toHaveText('£120,000');

  // A directorate, with all years.
  await page.getByRole('combobox', { name: 'Financial year' }).selectOption('all');
  await page
    .getByRole('combobox', { name: 'Directorate' })
    .selectOption('Environment and Transport');
  await expect(page).toHaveURL(/#\/social-value\?directorate=Environment\+and\+Transport$/);
  await expect(card(page, 'Committed').first()).toHaveText('£15,000');
  await expect(card(page, 'Delivered, verified').first()).toHaveText('£11,250');
  await expect(top.getByRole('row')).toHaveCount(2);

  // The waiting line of A's Q3 return verified on the return's page.
  await page.goto(`${host.origin}/#/contracts/${a.id}`);
  await page.getByRole('link', { name: 'Q3 2023/24' }).click();
  await page.getByRole('group', { name: 'Decision on JS1' }).getByLabel('Verify').check();
  await page.getByRole('button', { name: 'Save the decisions' }).click();
  await expect(page.getByText('Decisions saved.')).toBeVisible();

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Social value' })
    .click();
  await expect(card(page, 'Delivered, verified').first()).toHaveText('£101,250');
  await expect(card(page, 'Delivered, as submitted').first()).toHaveText('£131,250');
  await expect(ratings(page).getByRole('listitem').filter({ hasText: 'Amber' })).toHaveText(
    'Amber 1 commitment',
  );
  await expect(ratings(page).getByRole('listitem').filter({ hasText: 'Red' })).toHaveText(
    'Red 0 commitments',
  );
  await expect(top.getByRole('row').nth(1)).toContainText('£90,000');
  await expect(top.getByRole('row').nth(1)).toContainText('1 Amber');
  expect(
    readWorkspace(
      dataDir,
      `SELECT r.period_label, l.verification FROM return_lines l JOIN returns r ON r.id = l.return_id
       WHERE r.contract_id = ? ORDER BY r.period_start`,
      a.id,
    ),
  ).toEqual([
    { period_label: 'Q1 2023/24', verification: 'verified' },
    { period_label: 'Q2 2023/24', verification: 'verified' },
    { period_label: 'Q3 2023/24', verification: 'verified' },
    { period_label: 'Q4 2023/24', verification: 'queried' },
  ]);
});

test('the home page shows this year’s social value and leads to the dashboard', async ({
  page,
  app,
}) => {
  await open(page, app.host, '/');
  const panel = page.getByRole('region', { name: /^Social value in / });
  await expect(panel.getByRole('definition').first()).toHaveText('£0');
  await panel.getByRole('link', { name: 'See the social value dashboard' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Social value' })).toBeVisible();
  await expect(page).toHaveURL(/#\/social-value\?period=\d{4}%2F\d{2}$/);
  await expect(page.getByText('No contracts have social value commitments here.')).toBeVisible();
  await expectNoAxeViolations(page);
});
