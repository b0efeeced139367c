// The returns list on the demo workspace: an officer searches it by supplier, sorts it by clicking
// a column, sees the rows the workspace holds in that order, and Back brings the list back as it
// was, because the search and sort are in the address.

import type { Page } from '@playwright/test';
import { api, expectNoAxeViolations, open } from './app-helpers';
import { expect, test } from './fixtures';
import { readWorkspace } from './stored';

const grid = (page: Page) => page.getByRole('grid');
const rows = (page: Page) =>
  grid(page).locator('[role="row"][aria-rowindex]:not([aria-rowindex="1"])');
const summary = (page: Page) => page.locator('.list-summary');

interface StoredReturn {
  reference: string;
  period_label: string;
}

/** The returns a search matches as the list searches: every word in a contract's reference or
 * title or its supplier's name. */
function matching(dataDir: string, search: string, where: string, orderBy: string) {
  const words = search.split(/\s+/).filter(Boolean);
  return readWorkspace<StoredReturn>(
    dataDir,
    `SELECT c.reference, r.period_label FROM returns r JOIN contracts c ON c.id = r.contract_id
     JOIN suppliers s ON s.id = c.supplier_id
     WHERE r.deleted_at IS NULL AND c.deleted_at IS NULL AND ${where}
       ${words.map(() => 'AND (c.reference LIKE ? OR c.title LIKE ? OR s.name LIKE ?)').join(' ')}
     ORDER BY ${orderBy}`,
    ...words.flatMap((word) => Array(3).fill(`%${word}%`)),
  );
}

test('an officer searches every return by supplier and sorts it by contract, then Back keeps both', async ({
  page,
  app,
}) => {
  test.slow();
  const { host, dataDir } = app;
  await api(host, 'demo.load', {});
  const [busiest] = readWorkspace<{ name: string; returns: number }>(
    dataDir,
    `SELECT s.name, count(*) AS returns FROM returns r JOIN contracts c ON c.id = r.contract_id
     JOIN suppliers s ON s.id = c.supplier_id
     WHERE r.deleted_at IS NULL AND c.deleted_at IS NULL
     GROUP BY s.id ORDER BY returns DESC, s.name LIMIT 1`,
  );
  if (!busiest) throw new Error('The demo workspace has no returns');
  const all = readWorkspace<{ n: number }>(
    dataDir,
    `SELECT count(*) AS n FROM returns r JOIN contracts c ON c.id = r.contract_id
     WHERE r.deleted_at IS NULL AND c.deleted_at IS NULL`,
  )[0]?.n;

  await page.setViewportSize({ width: 1366, height: 768 });
  await open(page, host, '/returns?view=all');
  await expect(summary(page)).toHaveText(`${all?.toLocaleString('en-GB')} returns`);
  // Latest period first until another sort is chosen.
  await expect(page.getByRole('columnheader', { name: 'Period' })).toHaveAttribute(
    'aria-sort',
    'descending',
  );

  await page.getByLabel('Search returns').fill(busiest.name);
  await expect(page).toHaveURL(/search=/);
  const stored = matching(
    dataDir,
    busiest.name,
    '1',
    'c.reference COLLATE NOCASE DESC, r.period_start DESC, r.id DESC',
  );
  expect(stored.length).toBeGreaterThanOrEqual(busiest.returns);
  await expect(summary(page)).toHaveText(`${stored.length} returns`);
  const contractHeader = page.getByRole('columnheader', { name: 'Contract' });
  await contractHeader.getByRole('button').click();
  await expect(contractHeader).toHaveAttribute('aria-sort', 'ascending');
  await contractHeader.getByRole('button').click();
  await expect(contractHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(page).toHaveURL(/sort=contractReference&direction=desc/);

  // The rows are the stored returns the search matches, by contract reference, latest first.
  await expect(rows(page)).toHaveCount(stored.length);
  const shown = (await rows(page).allInnerTexts()).map((text) => text.split('\n').slice(0, 2));
  expect(shown).toEqual(stored.map((row) => [row.period_label, row.reference]));
  await expectNoAxeViolations(page);
  await page.screenshot({ path: 'test-results/return-list.png' });

  // Open one and come back: the list is as it was.
  await rows(page).first().getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(
    stored[0]?.period_label ?? '',
  );
  await page.goBack();
  await expect(page.getByLabel('Search returns')).toHaveValue(busiest.name);
  await expect(contractHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(summary(page)).toHaveText(`${stored.length} returns`);

  // The queue searches too, within what awaits verification.
  await page.getByRole('link', { name: 'Awaiting verification' }).click();
  await page.getByLabel('Search returns').fill(busiest.name);
  const waiting = matching(
    dataDir,
    busiest.name,
    "r.status IN ('submitted', 'queried')",
    'r.period_start DESC',
  ).length;
  await expect(summary(page)).toHaveText(
    `${waiting} ${waiting === 1 ? 'return' : 'returns'} submitted or queried, awaiting verification`,
  );
});
