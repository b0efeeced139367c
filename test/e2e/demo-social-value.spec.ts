// The demo workspace's social value as an officer meets it after "Load demo data": the counts in
// the message, the returns queue and the missing returns, the scrutiny plan's overdue items and
// the case studies (one without consent, a picture shown with its description).

import { expectNoAxeViolations, open } from './app-helpers';
import { expect, test } from './fixtures';
import { readWorkspace } from './stored';

test('loading the demo fills the returns, action plans and case studies', async ({ page, app }) => {
  test.setTimeout(60_000);
  await open(page, app.host, '/');
  await page.getByRole('button', { name: 'Load demo data' }).click();
  const message = page.getByRole('status').filter({ hasText: /^Demo data loaded/ });
  await expect(message).toBeVisible({ timeout: 30_000 });
  const [stored] = readWorkspace<{ commitments: number; returns: number }>(
    app.dataDir,
    'SELECT (SELECT count(*) FROM commitments) AS commitments, (SELECT count(*) FROM returns) AS returns',
  );
  await expect(message).toContainText(
    `${stored?.commitments} social value commitments, ${stored?.returns} returns, 2 action plans and 5 case studies.`,
  );

  await page.getByRole('link', { name: 'Returns', exact: true }).click();
  await expect(
    page.getByText(/^\d+ returns? submitted or queried, awaiting verification$/),
  ).toBeVisible();
  await expect(page.getByRole('row', { name: /Queried/ }).first()).toBeVisible();
  await page.getByRole('link', { name: 'Missing returns' }).click();
  await expect(page.getByText(/^5 missing as at /)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Finish the draft' })).toHaveCount(1);

  await page.getByRole('link', { name: 'Action plans', exact: true }).click();
  const scrutiny = page.getByRole('row', { name: /scrutiny challenge session/ });
  await expect(scrutiny).toContainText('2 overdue');
  await scrutiny.getByRole('link').first().click();
  await expect(page.getByText(/2 items are overdue/)).toBeVisible();

  await page.getByRole('link', { name: 'Case studies', exact: true }).click();
  await expect(page.getByRole('row', { name: /Not given/ })).toHaveCount(1);
  await page.getByRole('link', { name: 'Staff volunteers plant a community woodland' }).click();
  const picture = page.getByRole('img', { name: /^Illustration: two volunteers/ });
  await expect(picture).toBeVisible();
  expect(await picture.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(480);
  await expectNoAxeViolations(page);
});
