// Done when (issue 6): from the demo workspace, a scrutiny update report with an action plan
// table and a committed-against-delivered chart, previewed as the printed page and exported as
// PDF, Word and the Excel appendix through the buttons; each file read back and its figures
// compared with the database's.

import { readFile } from 'node:fs/promises';
import type { Download, Page } from '@playwright/test';
import { formatPounds } from '../../shared/money';
import type { TemplateKey } from '../../shared/report';
import { docxParts, pdfPages, readWorkbook, wordText } from '../fixtures/read-outputs';
import { api, expectNoAxeViolations, open } from './app-helpers';
import { expect, test } from './fixtures';
import { reportFromTemplate } from './report-from-template';
import { readWorkspace } from './stored';
import { tasksInYear } from './tasks-in-year';

async function download(page: Page, button: string): Promise<{ name: string; bytes: Uint8Array }> {
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByRole('button', { name: button }).click(),
  ]);
  return { name: (file as Download).suggestedFilename(), bytes: await bytesOf(file) };
}

async function bytesOf(file: Download): Promise<Uint8Array> {
  const path = await file.path();
  return new Uint8Array(await readFile(path));
}

/** The kinds of a section's stored blocks, in their order. */
const blocksIn = (dataDir: string, sectionId: string) =>
  readWorkspace<{ kind: string }>(
    dataDir,
    'SELECT kind FROM report_blocks WHERE section_id = ? AND deleted_at IS NULL ORDER BY position',
    sectionId,
  ).map((row) => row.kind);

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

test('a scrutiny update from the demo exports PDF, Word and Excel with the database’s figures', async ({
  page,
  app,
}) => {
  test.setTimeout(180_000);
  await api(app.host, 'demo.load', {});
  const created = await reportFromTemplate(app.host, 'scrutiny-update', {
    title: 'Social Value Charter Update Report',
    committee: 'Economic Development, Transport & Tourism Scrutiny Commission',
    meetingDate: '2026-12-10',
    author: 'Siân O’Brien & Co — Head of Procurement',
    period: '2025/26',
  });
  const [plan] = readWorkspace<{ id: string }>(
    app.dataDir,
    "SELECT id FROM action_plans WHERE deleted_at IS NULL AND name LIKE '%crutiny%' LIMIT 1",
  );
  if (!plan) throw new Error('No scrutiny action plan in the demo');
  // The tasks due or updated in 2025/26: the rule the action plan block follows.
  const tasks = tasksInYear(app.dataDir, plan.id, { start: '2025-04-01', end: '2026-03-31' });
  const section = created.sections.find((each) => /main report/i.test(each.heading));
  if (!section) throw new Error('No main report section');
  const { byTheme } = await api(app.host, 'socialValue.portfolio', { period: '2025/26' });
  expect(byTheme.length).toBeGreaterThan(2);
  expect(tasks.length).toBeGreaterThan(0);

  const blocksBefore = blocksIn(app.dataDir, section.id);
  // In the builder: an action plan table and a chart of committed against delivered, inserted at
  // the end of the main report.
  await open(page, app.host, `/reports/${created.id}`);
  const editorMain = page.getByRole('region', { name: '3. Main report' });
  await editorMain.getByRole('button', { name: 'Add a data block to Main report' }).click();
  await page.getByLabel('What the block shows').selectOption({ label: 'Action plan progress' });
  await page.getByLabel('Where it goes').selectOption({ label: 'At the end of the section' });
  await page.getByLabel('Action plan', { exact: true }).selectOption({ value: plan.id });
  await page.getByRole('button', { name: 'Add data block' }).click();
  await expect(
    editorMain.getByRole('region', { name: 'Data block: Action plan progress' }).last(),
  ).toBeVisible();
  await editorMain.getByRole('button', { name: 'Add a data block to Main report' }).click();
  await page
    .getByLabel('What the block shows')
    .selectOption({ label: 'Committed against delivered by theme' });
  await page.getByLabel('Where it goes').selectOption({ label: 'At the end of the section' });
  await page.getByLabel('Table or chart').selectOption({ label: 'Bar chart only' });
  await page.getByRole('button', { name: 'Add data block' }).click();
  await expect(
    editorMain
      .getByRole('region', { name: 'Data block: Committed against delivered by theme' })
      .last(),
  ).toBeVisible();
  expect(blocksIn(app.dataDir, section.id)).toEqual([
    ...blocksBefore,
    'action-plan',
    'committed-delivered',
  ]);

  // The report's page offers the outputs; the preview is the printed page.
  await page.getByRole('link', { name: 'Preview' }).click();
  await expect(
    page.getByRole('heading', { name: 'Preview: Social Value Charter Update Report' }),
  ).toBeVisible();
  // The printed sheets (report-preview.spec.ts checks their pages and running headers).
  const sheet = page.locator('.report-sheet');
  await expect(sheet.getByRole('heading', { name: '3. Main report' })).toBeVisible();
  await expect(sheet.getByText('Siân O’Brien & Co — Head of Procurement')).toBeVisible();
  // The chart added at the end of the main report: the report's last.
  const chart = sheet.getByRole('img', { name: /Committed against delivered/ }).last();
  await expect(chart).toBeVisible();
  for (const theme of byTheme) {
    await expect(chart.locator('text', { hasText: theme.label }).first()).toBeAttached();
  }
  await expect(sheet.getByRole('cell', { name: tasks[0] }).first()).toBeVisible();
  await expectNoAxeViolations(page);

  // PDF: the same page through Chromium; the figures and the tasks are in its text.
  const pdf = await download(page, 'Save as PDF');
  expect(pdf.name).toBe('Social Value Charter Update Report 2026-12-10.pdf');
  const pages = await pdfPages(pdf.bytes);
  const pdfText = squash(pages.join(' '));
  for (const theme of byTheme) {
    expect(pdfText).toContain(`${theme.label} ${formatPounds(theme.committedPence)}`);
    expect(pdfText).toContain(formatPounds(theme.verifiedPence));
  }
  for (const task of tasks) expect(pdfText).toContain(squash(task));
  expect(pages[0]).toContain(
    'Economic Development, Transport & Tourism Scrutiny Commission · 10 December 2026',
  );
  expect(pages[0]).toContain(`Page 1 of ${pages.length}`);

  // Word: headings, tables, the same figures and tasks.
  const docx = await download(page, 'Word (.docx)');
  expect(docx.name).toBe('Social Value Charter Update Report 2026-12-10.docx');
  const { document } = await docxParts(docx.bytes);
  expect(document).toContain('<w:pStyle w:val="Heading1"/>');
  expect(document).toContain('<w:tblHeader/>');
  const wordBody = wordText(document);
  expect(wordBody).toContain('3. Main report');
  expect(wordBody).toContain('Siân O’Brien & Co — Head of Procurement');
  for (const theme of byTheme) expect(wordBody).toContain(formatPounds(theme.committedPence));
  for (const task of tasks) expect(wordBody).toContain(task);

  // Excel: the theme figures as pounds and the tasks, each in its own sheet.
  const xlsx = await download(page, 'Excel appendix');
  expect(xlsx.name).toBe('Social Value Charter Update Report appendix 2026-12-10.xlsx');
  const workbook = await readWorkbook(xlsx.bytes);
  const themes = workbook.worksheets.find((each) => /theme/i.test(each.name));
  const committed = byTheme.map((_, index) => themes?.getRow(index + 2).getCell(2).value);
  expect(committed).toEqual(byTheme.map((theme) => theme.committedPence / 100));
  const planSheet = workbook.worksheets.find((each) => /action plan/i.test(each.name));
  const sheetTasks = tasks.map((_, index) => planSheet?.getRow(index + 2).getCell(1).value);
  expect(new Set(sheetTasks)).toEqual(new Set(tasks));
});

test('a pack of two reports saves as one PDF with a contents page', async ({ page, app }) => {
  test.setTimeout(120_000);
  const make = (key: TemplateKey, title: string, committee: string, meetingDate: string) =>
    reportFromTemplate(app.host, key, { title, committee, meetingDate, period: '2025/26' });
  await make('cabinet', 'Social Value Act: O’Brien & Partners review', 'Cabinet', '2027-02-18');
  await make('scrutiny-update', 'Social Value Charter Update', 'Scrutiny Commission', '2027-01-21');

  await open(page, app.host, '/reports/pack');
  await expect(page.getByRole('heading', { name: 'Make a report pack' })).toBeVisible();
  await page.getByRole('button', { name: 'Save the pack as PDF' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toContainText('Choose at least one report for the pack');
  await expectNoAxeViolations(page);

  await page.getByLabel('Title of the pack').fill('Cabinet and scrutiny, winter 2027');
  await page.getByLabel(/^Social Value Charter Update \(/).check();
  await page.getByLabel(/^Social Value Act: O’Brien & Partners review \(/).check();
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByRole('button', { name: 'Save the pack as PDF' }).click(),
  ]);
  expect(file.suggestedFilename()).toBe('Cabinet and scrutiny, winter 2027.pdf');
  const pages = await pdfPages(await bytesOf(file));
  const startOf = (title: string) =>
    pages.findIndex((text, index) => index > 0 && text.includes(title)) + 1;
  const scrutiny = startOf('Social Value Charter Update');
  const cabinet = startOf('Social Value Act: O’Brien & Partners review');
  // The earlier meeting first; the contents page gives each report's first page.
  expect(scrutiny).toBe(2);
  expect(cabinet).toBeGreaterThan(scrutiny);
  expect(squash(pages[0] ?? '')).toMatch(
    new RegExp(
      `Social Value Charter Update Scrutiny Commission, 21 January 2027 ${scrutiny} .*18 February 2027 ${cabinet}`,
    ),
  );
});
