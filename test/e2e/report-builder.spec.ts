// The report builder in Chromium on the demo workspace: a scrutiny update report made from its
// template through the form, an action plan table and a committed-against-delivered chart
// inserted into a section, the chart's data refreshed, and its figures on screen equal to the
// dashboard's for the same year; then duplicated for the next meeting and deleted. What the
// officer sees is checked against what was stored.

import type { Page } from '@playwright/test';
import { api, expectNoAxeViolations, open } from './app-helpers';
import { expect, test } from './fixtures';
import { reportFromTemplate } from './report-from-template';
import { readWorkspace } from './stored';
import { tasksInYear } from './tasks-in-year';

const title = 'Social Value Charter – O’Brien & Partners’ update, Llandŷfaelog';
const year = '2025/26';

interface StoredBlock {
  kind: string;
  options: string;
  taken_at: string | null;
  version: number;
}

/** The dashboard's theme table for the year: [theme, committed, delivered and verified]. */
async function dashboardThemes(page: Page): Promise<string[][]> {
  await page.goto(page.url().replace(/#.*$/, `#/social-value?period=${encodeURIComponent(year)}`));
  const table = page.getByRole('table', { name: 'Committed against delivered by theme' });
  await expect(table).toBeVisible();
  const rows = table.locator('tbody tr');
  return rows.evaluateAll((trs) =>
    trs.map((tr) =>
      [...tr.querySelectorAll('th, td')].slice(0, 3).map((c) => c.textContent?.trim() ?? ''),
    ),
  );
}

test('builds a scrutiny update report with an action plan table and a theme chart', async ({
  page,
  app,
}) => {
  test.setTimeout(90_000);
  await api(app.host, 'demo.load', {});
  await open(page, app.host, '/');
  const themes = await dashboardThemes(page);
  expect(themes.length).toBeGreaterThan(2);

  await page.getByRole('link', { name: 'Reports', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Reports' })).toBeVisible();
  await page.getByRole('link', { name: 'New report' }).click();
  await page.getByLabel('Template').selectOption({ label: 'Scrutiny update report' });
  await expect(page.getByLabel('Title')).toHaveValue('Social Value Update Report');
  // A meeting date left out is named beside its field.
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Financial year covered').fill(year);
  await page.getByRole('button', { name: 'Create report' }).click();
  await expect(page.getByRole('alert').getByRole('link', { name: /date/ })).toBeVisible();
  await page.getByLabel('Meeting date').fill('2026-12-10');
  await page.getByLabel('Report author').fill('Siân O’Connor, Head of Procurement');
  await page.getByRole('button', { name: 'Create report' }).click();

  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: '1. Purpose of report' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: '3. Main report' })).toBeVisible();
  const [report] = readWorkspace<{ id: string; title: string; author: string; period: string }>(
    app.dataDir,
    'SELECT id, title, author, period FROM reports WHERE deleted_at IS NULL',
  );
  expect(report).toMatchObject({
    title,
    author: 'Siân O’Connor, Head of Procurement',
    period: year,
  });

  // An action plan table, then a chart of committed against delivered, in Purpose of report.
  const purpose = page.getByRole('region', { name: '1. Purpose of report' });
  await purpose.getByRole('button', { name: 'Add a data block to Purpose of report' }).click();
  await expect(page.getByLabel('What the block shows')).toBeFocused();
  await page.getByLabel('What the block shows').selectOption({ label: 'Action plan progress' });
  await page.getByLabel('Where it goes').selectOption({ label: 'At the end of the section' });
  await page.getByRole('button', { name: 'Add data block' }).click();
  const planBlock = purpose.getByRole('region', { name: 'Data block: Action plan progress' });
  await expect(planBlock.getByRole('columnheader')).toHaveText([
    'Task',
    'Dates',
    'Progress update',
  ]);
  const [plan] = await api(app.host, 'actionPlans.list', {});
  // The tasks due or updated in the year: the rule the block follows and its caption states.
  const planTasks = tasksInYear(app.dataDir, plan?.id ?? '', {
    start: '2025-04-01',
    end: '2026-03-31',
  });
  await expect(planBlock.locator('caption')).toContainText(`items due or updated in ${year}`);
  await expect(planBlock.locator('tbody tr')).toHaveCount(planTasks.length);
  await expect(planBlock.locator('tbody tr').first().locator('td').first()).toHaveText(
    planTasks[0] ?? '',
  );

  await purpose.getByRole('button', { name: 'Add a data block to Purpose of report' }).click();
  await page
    .getByLabel('What the block shows')
    .selectOption({ label: 'Committed against delivered by theme' });
  await page.getByLabel('Table or chart').selectOption({ label: 'Bar chart only' });
  await page.getByRole('button', { name: 'Add data block' }).click();
  const chartBlock = purpose.getByRole('region', {
    name: 'Data block: Committed against delivered by theme',
  });
  await expect(chartBlock.getByRole('img')).toBeVisible();
  await expect(chartBlock.getByRole('table')).toHaveCount(0);

  const storedBlocks = () =>
    readWorkspace<StoredBlock>(
      app.dataDir,
      `SELECT b.kind, b.options, b.taken_at, b.version FROM report_blocks b
       JOIN report_sections s ON s.id = b.section_id
       WHERE s.report_id = ? AND s.heading = 'Purpose of report' AND b.deleted_at IS NULL
       ORDER BY b.position`,
      report?.id,
    );
  const before = storedBlocks();
  expect(before.map((b) => [b.kind, JSON.parse(b.options) as unknown])).toEqual([
    ['action-plan', {}],
    ['committed-delivered', { display: 'chart' }],
  ]);

  // Refreshing is explicit: the block's data is taken again and the time is shown.
  await chartBlock
    .getByRole('button', { name: 'Refresh data of Committed against delivered by theme' })
    .click();
  await expect.poll(() => storedBlocks()[1]?.version).toBe(2);
  const refreshed = storedBlocks()[1];
  expect(
    refreshed?.taken_at && before[1]?.taken_at && refreshed.taken_at >= before[1].taken_at,
  ).toBe(true);
  await expect(
    chartBlock.getByText(
      /^Figures for 2025\/26, all directorates, as at .+\. Data taken at \d\d:\d\d on /,
    ),
  ).toBeVisible();

  // The chart's figures are the dashboard's, theme by theme.
  const description = await chartBlock.locator('svg desc').textContent();
  const expected = themes
    .map(
      ([theme, committed, verified]) =>
        `${theme}: Committed ${committed}, Delivered and verified ${verified}`,
    )
    .join('; ');
  expect(description).toBe(expected);
  await expectNoAxeViolations(page);
});

test('duplicates a report for the next meeting, and deletes one after asking', async ({
  page,
  app,
}) => {
  test.setTimeout(60_000);
  const report = await reportFromTemplate(app.host, 'cabinet', {
    title: 'Social value action plan',
    committee: 'Cabinet',
    meetingDate: '2027-02-27',
    period: 'all',
    reportVersion: '1.0',
  });
  await open(page, app.host, `/reports/${report.id}`);
  await expect(page.getByRole('heading', { level: 2, name: 'Executive summary' })).toBeVisible();

  await page.getByRole('button', { name: 'Duplicate for next meeting' }).click();
  await expect(page.getByLabel('Date of the next meeting')).toBeFocused();
  await page.getByLabel('Date of the next meeting').fill('2027-03-27');
  await page.getByRole('button', { name: 'Make the copy' }).click();
  await expect(page.getByText('Cabinet, 27 March 2027')).toBeVisible();
  const copies = readWorkspace<{ id: string; meeting_date: string; report_version: string }>(
    app.dataDir,
    'SELECT id, meeting_date, report_version FROM reports ORDER BY meeting_date',
  );
  expect(copies.map((r) => [r.meeting_date, r.report_version])).toEqual([
    ['2027-02-27', '1.0'],
    ['2027-03-27', '2.0'],
  ]);
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Delete' }).click();
  await expect(
    page.getByRole('heading', { name: 'Delete report Social value action plan?' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Yes, delete this report' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Reports' })).toBeVisible();
  await expect(page.getByRole('row', { name: /Social value action plan/ })).toHaveCount(1);
  const deleted = readWorkspace<{ n: number }>(
    app.dataDir,
    'SELECT count(*) AS n FROM reports WHERE deleted_at IS NOT NULL AND meeting_date = ?',
    '2027-03-27',
  );
  expect(deleted[0]?.n).toBe(1);
});

test('a council adds its own section and wording to a template', async ({ page, app }) => {
  test.setTimeout(60_000);
  await open(page, app.host, '/reports');
  await page.getByRole('link', { name: 'Templates' }).click();
  await page.getByRole('link', { name: 'Scrutiny update report', exact: true }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Scrutiny update report' }),
  ).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Add a section' }).click();
  const added = page.getByRole('group', { name: /^Section 11:/ });
  await added.getByLabel('Heading').fill('Consultation with ward councillors');
  await added
    .getByLabel('Standard wording')
    .fill('Ward councillors for **Beaumont Leys & Abbey** were consulted.');
  await added
    .getByLabel('Data block to add at the end of the text')
    .selectOption({ label: 'RAG summary' });
  await added
    .getByRole('button', { name: 'Add data block to Consultation with ward councillors' })
    .click();
  await page.getByRole('button', { name: 'Save template' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Report templates' })).toBeVisible();

  const [stored] = readWorkspace<{ sections: string; version: number }>(
    app.dataDir,
    "SELECT sections, version FROM report_templates WHERE template_key = 'scrutiny-update'",
  );
  expect(stored?.version).toBe(2);
  expect((JSON.parse(stored?.sections ?? '[]') as unknown[]).at(-1)).toEqual({
    heading: 'Consultation with ward councillors',
    body: 'Ward councillors for **Beaumont Leys & Abbey** were consulted.',
    numbered: true,
    blocks: [{ kind: 'rag-summary', options: {}, after: 1 }],
  });

  await page.getByRole('link', { name: 'New report from Scrutiny update report' }).click();
  await page.getByLabel('Meeting date').fill('2027-01-14');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Create report' }).click();
  const section = page.getByRole('region', { name: '11. Consultation with ward councillors' });
  await expect(section.getByText('Beaumont Leys & Abbey', { exact: true })).toHaveCSS(
    'font-weight',
    '700',
  );
  await expect(section.getByRole('region', { name: 'Data block: RAG summary' })).toBeVisible();
});
