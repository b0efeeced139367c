// A verifier queries and rejects lines of a return, each with a note saying why: the note is
// required (the message names the line), shown beside its line, kept when the return goes back
// to draft for correcting, and stored on the line; every change to a line is in the return's
// audit trail, named by the line's measure, old and new.

import type { Page } from '@playwright/test';
import type { Measure } from '../../shared/measures-framework';
import { api, expectNoAxeViolations, open, summaryValue } from './app-helpers';
import { expect, test } from './fixtures';
import { readWorkspace } from './stored';

/** A submitted Q1 2025/26 return: JS1 3.5 FTE, JS3 40 weeks, CV1 12 hours. */
async function submittedReturn(host: Parameters<typeof api>[0]) {
  const measures = await api(host, 'measures.inForce', { date: '2025-04-01' });
  const measureId = (code: string) => (measures.find((m) => m.code === code) as Measure).id;
  const supplier = await api(host, 'suppliers.create', { name: 'Charnwood Grounds Ltd' });
  const contract = await api(host, 'contracts.create', {
    reference: 'C-2025-031',
    title: 'Grounds maintenance',
    supplierId: supplier.id,
    category: 'services',
    valuePence: 20_000_000,
    startDate: '2025-04-01',
    endDate: '2026-03-31',
  });
  const quantities: Record<string, number> = { JS1: 3.5, JS3: 40, CV1: 12 };
  for (const code of Object.keys(quantities)) {
    await api(host, 'commitments.create', {
      contractId: contract.id,
      measureId: measureId(code),
      quantity: 100,
    });
  }
  const draft = await api(host, 'returns.create', {
    contractId: contract.id,
    period: 'Q1 2025/26',
  });
  const filled = await api(host, 'returns.update', {
    id: draft.id,
    version: draft.version,
    lines: draft.lines.map((line) => ({
      measureId: line.measure.id,
      quantity: quantities[line.measure.code] ?? null,
      evidenceReference: `Evidence ${line.measure.code}`,
    })),
  });
  return api(host, 'returns.submit', { id: filled.id, version: filled.version });
}

const decide = (page: Page, code: string, decision: 'Verify' | 'Query' | 'Reject') =>
  page
    .getByRole('group', { name: `Decision on ${code}` })
    .getByLabel(decision)
    .check();

/** The row of a line in the return's lines table (verification or entry), by measure code. */
const lineRow = (page: Page, code: string) =>
  page
    .locator('table.verify-lines, table.return-lines')
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${code} `) }) });

test('a verifier notes why lines are queried or rejected; the notes stay with the lines, and line changes are in the audit trail', async ({
  page,
  app,
}) => {
  test.slow();
  const { host, dataDir } = app;
  const sent = await submittedReturn(host);
  await page.setViewportSize({ width: 1366, height: 768 });
  await open(page, host, `/returns/${sent.id}`);
  await expect(page.getByRole('heading', { level: 2, name: 'Verification' })).toBeVisible();

  // Query JS3 and reject CV1 without saying why: both refused, each named.
  await decide(page, 'JS1', 'Verify');
  await decide(page, 'JS3', 'Query');
  await decide(page, 'CV1', 'Reject');
  await page.getByRole('button', { name: 'Save the decisions' }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toContainText('Say what is wrong with JS3');
  await expect(summary).toContainText('Say what is wrong with CV1');
  await expect(lineRow(page, 'JS3')).toContainText('Say what is wrong with JS3');
  await expectNoAxeViolations(page);

  await page.getByLabel('Note on JS3').fill('Only 30 weeks are on the payroll extract');
  await page.getByLabel('Note on CV1').fill('Volunteering was in Derby, outside the area');
  await page.getByRole('button', { name: 'Save the decisions' }).click();
  await expect(page.getByText('Decisions saved. The return is now queried.')).toBeVisible();

  // Beside each line, for whoever opens the return.
  await expect(lineRow(page, 'JS3')).toContainText(
    'Verifier’s note: Only 30 weeks are on the payroll extract',
  );
  await expect(lineRow(page, 'CV1')).toContainText(
    'Verifier’s note: Volunteering was in Derby, outside the area',
  );
  await expect(lineRow(page, 'JS1')).not.toContainText('Verifier’s note');
  await page.screenshot({ path: 'test-results/return-notes-verification.png', fullPage: true });
  expect(
    readWorkspace<{ code: string; verification: string; note: string | null }>(
      dataDir,
      `SELECT m.code, l.verification, l.verification_note AS note FROM return_lines l
       JOIN measures m ON m.id = l.measure_id WHERE l.return_id = ? ORDER BY m.code`,
      sent.id,
    ),
  ).toEqual([
    { code: 'CV1', verification: 'rejected', note: 'Volunteering was in Derby, outside the area' },
    { code: 'JS1', verification: 'verified', note: null },
    { code: 'JS3', verification: 'queried', note: 'Only 30 weeks are on the payroll extract' },
  ]);

  // Sent back to draft: the notes stay beside the lines being corrected.
  await page.getByRole('button', { name: 'Send back to draft' }).click();
  await page.getByRole('button', { name: 'Yes, send it back to draft' }).click();
  await expect(summaryValue(page, 'Status')).toHaveText('Draft');
  await expect(lineRow(page, 'JS3')).toContainText(
    'Verifier’s note: Only 30 weeks are on the payroll extract',
  );
  await page.getByLabel('Delivered, JS3').fill('30');
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByLabel('Delivered, JS3')).toHaveValue('30');
  await expectNoAxeViolations(page);

  // The audit trail names each line changed, old and new: newest first.
  const trail = page.getByRole('region', { name: 'Audit trail' });
  const lineChanges = (code: string) =>
    trail
      .getByRole('row')
      .filter({ has: page.locator('.audit-part', { hasText: new RegExp(`^Line ${code} `) }) });
  await expect(lineChanges('JS3').first()).toContainText('Changed Delivered from 40 to 30');
  await expect(lineChanges('JS3').nth(1)).toContainText(
    'Changed Verification from Queried to Awaiting verification',
  );
  await expect(lineChanges('JS3').nth(2)).toContainText(
    'Set Verification note to Only 30 weeks are on the payroll extract',
  );
  await expect(lineChanges('CV1').nth(1)).toContainText(
    'Changed Verification from Awaiting verification to Rejected',
  );
  await expect(lineChanges('JS1').last()).toContainText('Added');
  await expect(trail.getByRole('row').last()).toContainText('Created');
  await page.screenshot({ path: 'test-results/return-notes-draft.png', fullPage: true });
  expect(
    readWorkspace<{ quantity: number }>(
      dataDir,
      `SELECT l.quantity FROM return_lines l JOIN measures m ON m.id = l.measure_id
       WHERE l.return_id = ? AND m.code = 'JS3'`,
      sent.id,
    ),
  ).toEqual([{ quantity: 30 }]);
});
