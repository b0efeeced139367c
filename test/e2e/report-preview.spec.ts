// Issue 6's preview is the printed page: the demo's annual report on separate A4 sheets, each
// with the committee and date at the top and "Page N of M" at the foot, a long table running on
// to the next sheet under its header row repeated with no row lost; printing the preview gives
// those sheets alone, one to a page; and the PDF saved from the preview has the same pages, each
// with the same header, footer and text. An officer's long numbered list runs on over sheets
// numbered on, and a paragraph too long for any page is pointed out on screen.

import { readFile } from 'node:fs/promises';
import type { Locator } from '@playwright/test';
import { runningHeader } from '../../shared/report-cells';
import type { ReportBlock } from '../../shared/report-document';
import { pdfPages } from '../fixtures/read-outputs';
import { api, expectNoAxeViolations, open } from './app-helpers';
import { expect, test } from './fixtures';
import { reportFromTemplate } from './report-from-template';

type Table = Extract<ReportBlock, { kind: 'table' }>;

const continued = ' (continued)';

/** The texts of a table's body rows' first cells. */
const firstCells = (table: Locator) => table.locator('tbody tr td:first-child').allTextContents();

test('the annual report previews as numbered A4 sheets that the PDF repeats page for page', async ({
  page,
  app,
}) => {
  test.setTimeout(120_000);
  await api(app.host, 'demo.load', {});
  const created = await reportFromTemplate(app.host, 'annual', {
    title: 'Annual Social Value Report 2025/26',
    committee: 'Overview & Scrutiny — O’Neill Room',
    meetingDate: '2026-07-16',
    period: '2025/26',
  });
  const document = await api(app.host, 'reports.document', { reportId: created.id });
  const header = runningHeader(document.meta);
  expect(header).toBe('Overview & Scrutiny — O’Neill Room · 16 July 2026');

  await open(page, app.host, `/reports/${created.id}/preview`);
  await expect(page.getByText(/^\d+ A4 pages, exactly as Print and Save as PDF/)).toBeVisible();
  const sheets = page.locator('.report-sheet');
  const total = await sheets.count();
  expect(total).toBeGreaterThan(3);
  for (let index = 0; index < total; index += 1) {
    const sheet = sheets.nth(index);
    await expect(sheet.locator('.report-page-header')).toHaveText(header);
    await expect(sheet.locator('.report-page-footer')).toHaveText(`Page ${index + 1} of ${total}`);
  }
  await expect(page.getByText(`${total} A4 pages, exactly as Print`)).toBeVisible();
  // Nothing runs past the foot of a sheet's printable area (where the sheet would cut it off).
  const overflowing = await page
    .locator('.report-sheet .report-page-body')
    .evaluateAll((bodies) => bodies.filter((body) => body.scrollHeight > body.clientHeight).length);
  expect(overflowing).toBe(0);
  await expect(sheets.first().getByRole('heading', { level: 1 })).toHaveText(
    'Annual Social Value Report 2025/26',
  );

  // A table that runs on: its caption says so on the next sheet, over the same header row, and
  // its rows on the two sheets are the document's, each once.
  const runOn = page.locator('.report-sheet', { hasText: continued }).first();
  const caption =
    (await runOn.locator('caption', { hasText: continued }).first().textContent()) ?? '';
  const name = caption.slice(0, -continued.length);
  const runOnNumber = Number(await runOn.getAttribute('data-page'));
  const before = sheets.nth(runOnNumber - 2).getByRole('table', { name, exact: true });
  const after = runOn.getByRole('table', { name: caption, exact: true });
  await expect(before).toBeVisible();
  await expect(after).toBeVisible();
  const headerRow = (table: Locator) => table.getByRole('columnheader').allTextContents();
  expect(await headerRow(after)).toEqual(await headerRow(before));
  const table = document.sections
    .flatMap((section) => section.blocks)
    .find((block): block is Table => block.kind === 'table' && block.caption === name);
  if (!table) throw new Error(`No table “${name}” in the report`);
  const shown = [...(await firstCells(before)), ...(await firstCells(after))];
  expect(shown).toEqual(table.rows.map((row) => String(row[0])));
  await expectNoAxeViolations(page);

  // Print from the preview: the sheets alone, one to a page, without the app around them.
  const printed = await pdfPages(await page.pdf({ preferCSSPageSize: true }));
  expect(printed).toHaveLength(total);
  expect(printed[0]).not.toContain('Preview:');
  printed.forEach((text, index) => expect(text).toContain(`Page ${index + 1} of ${total}`));

  // The PDF saved from the preview: the same number of pages, the same header and page numbers,
  // and the table running on to the same page.
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByRole('button', { name: 'Save as PDF' }).click(),
  ]);
  const pages = await pdfPages(new Uint8Array(await readFile(await file.path())));
  expect(pages).toHaveLength(total);
  pages.forEach((text, index) => {
    expect(text).toContain(header);
    expect(text).toContain(`Page ${index + 1} of ${total}`);
  });
  expect(pages[runOnNumber - 1]).toContain(caption);
  expect(pages[runOnNumber - 2]).toContain(name);
});

test('a long list runs on numbered on, and a paragraph longer than a page is pointed out', async ({
  page,
  app,
}) => {
  test.setTimeout(90_000);
  const created = await reportFromTemplate(app.host, 'scrutiny-update', {
    title: 'Long text',
    committee: 'Scrutiny',
    meetingDate: '2026-07-16',
    period: '2025/26',
  });
  const [purpose, recommendations] = created.sections;
  if (!purpose || !recommendations) throw new Error('The template has no first two sections');
  const sentence = 'The council keeps a close watch on what each supplier delivers. ';
  await api(app.host, 'reportSections.update', {
    id: purpose.id,
    version: purpose.version,
    fields: { heading: purpose.heading, body: sentence.repeat(160).trim(), numbered: true },
  });
  const items = Array.from(
    { length: 90 },
    (_, index) => `${index + 1}. Recommendation ${index + 1}`,
  );
  await api(app.host, 'reportSections.update', {
    id: recommendations.id,
    version: recommendations.version,
    fields: { heading: recommendations.heading, body: items.join('\n'), numbered: true },
  });

  await open(page, app.host, `/reports/${created.id}/preview`);
  await expect(page.getByText(/^\d+ A4 pages, exactly as Print/)).toBeVisible();
  const note = page.getByRole('note');
  await expect(note).toHaveCount(1);
  await expect(note).toHaveText(/^Page 2 holds more than fits on an A4 page/);

  // The list: on as many sheets as it needs, each part numbered on from the last, none lost.
  const lists = page.locator('.report-sheet ol.report-list');
  expect(await lists.count()).toBeGreaterThan(1);
  const parts = await lists.evaluateAll((each) =>
    each.map((list) => ({
      start: (list as HTMLOListElement).start,
      items: [...list.querySelectorAll('li')].map((item) => item.textContent),
    })),
  );
  let next = 1;
  for (const part of parts) {
    expect(part.start).toBe(next);
    next += part.items.length;
  }
  expect(parts.flatMap((part) => part.items)).toEqual(
    items.map((item) => item.replace(/^\d+\. /, '')),
  );
  await expectNoAxeViolations(page);

  // Print leaves the note out.
  const printed = await pdfPages(await page.pdf({ preferCSSPageSize: true }));
  expect(printed.join(' ')).not.toContain('holds more than fits');
  expect(printed).toHaveLength(await page.locator('.report-sheet').count());
});
