// The report builder's later gaps, in Chromium through the real UI: a placed data block's
// options changed in place (its data taken again), blocks and sections moved with the keyboard
// (focus kept on the moved item, the move announced), the action plan block limited to the
// report's year (the rule in its caption), new templates made blank or as a copy and deleted
// with undo, and a WebP case-study picture coming out in Word as PNG.

import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import { api, expectNoAxeViolations, open } from './app-helpers';
import { expect, test } from './fixtures';
import { reportFromTemplate } from './report-from-template';
import type { WebHostProcess } from '../web-host-process';
import { readWorkspace } from './stored';
import { tasksInYear } from './tasks-in-year';
import { defined } from '../fixtures/defined';

const year = '2025/26';
const webp = () => readFile(new URL('../fixtures/pictures/two-colours.webp', import.meta.url));

function scrutinyReport(host: WebHostProcess, period = year) {
  return reportFromTemplate(host, 'scrutiny-update', {
    title: 'O’Brien & Partners – social value update',
    committee: 'Scrutiny Commission',
    meetingDate: '2026-12-10',
    period,
  });
}

interface StoredBlock {
  kind: string;
  options: string;
  after_blocks: number;
  taken_at: string;
}

test('changes a placed block’s options and moves blocks and sections with the keyboard', async ({
  page,
  app,
}) => {
  test.setTimeout(90_000);
  await api(app.host, 'demo.load', {});
  const report = await scrutinyReport(app.host);
  await open(page, app.host, `/reports/${report.id}`);
  const delivered = page.getByRole('region', { name: /Social value delivered$/ });
  const chartBlock = delivered.getByRole('region', {
    name: 'Data block: Committed against delivered by theme',
  });
  await expect(chartBlock.locator('svg')).toBeVisible();
  const [before] = readWorkspace<StoredBlock>(
    app.dataDir,
    `SELECT kind, options, after_blocks, taken_at FROM report_blocks WHERE kind = ?`,
    'committed-delivered',
  );

  // Change its options in place: the table alone. Saving says it takes the data again.
  await chartBlock
    .getByRole('button', { name: 'Change options of Committed against delivered by theme' })
    .click();
  await expect(page.getByLabel('Section')).toBeFocused();
  await expect(page.getByText('Saving takes this block’s data again')).toBeVisible();
  await page.getByLabel('Table or chart').selectOption({ label: 'Table only' });
  await expectNoAxeViolations(page);
  await page.screenshot({ path: 'test-results/report-builder-changes-block-options.png' });
  await page.getByRole('button', { name: 'Save and take the data again' }).click();
  await expect(page.getByRole('status').filter({ hasText: /saved;/ })).toHaveText(
    'Committed against delivered by theme saved; its data was taken again.',
  );
  await expect(
    chartBlock.getByRole('button', {
      name: 'Change options of Committed against delivered by theme',
    }),
  ).toBeFocused();
  await expect(chartBlock.locator('svg')).toHaveCount(0);
  await expect(chartBlock.getByRole('table')).toBeVisible();
  const [after] = readWorkspace<StoredBlock>(
    app.dataDir,
    `SELECT kind, options, after_blocks, taken_at FROM report_blocks WHERE kind = ?`,
    'committed-delivered',
  );
  expect(JSON.parse(defined(after, 'the stored block').options)).toEqual({ display: 'table' });
  expect(String(after?.taken_at) > String(before?.taken_at)).toBe(true);

  // Move it up with the keyboard: focus stays on its Move up button, the move is announced.
  const moveUp = chartBlock.getByRole('button', {
    name: 'Move up Committed against delivered by theme',
  });
  await moveUp.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: /moved up in Social value/ })).toHaveText(
    'Committed against delivered by theme moved up in Social value delivered.',
  );
  await expect(moveUp).toBeFocused();
  const order = () =>
    readWorkspace<{ kind: string }>(
      app.dataDir,
      `SELECT b.kind FROM report_blocks b JOIN report_sections s ON s.id = b.section_id
       WHERE s.heading = 'Social value delivered' AND b.deleted_at IS NULL ORDER BY b.position`,
    ).map((row) => row.kind);
  await expect.poll(order).toEqual(['committed-delivered', 'headline-figures']);
  await expect(delivered.getByRole('region', { name: /^Data block/ }).first()).toHaveAccessibleName(
    'Data block: Committed against delivered by theme',
  );
  // Up again, past the first paragraph to the start: it can go no higher, so Move down has focus.
  await page.keyboard.press('Enter');
  await expect(moveUp).toBeDisabled();
  await expect(
    chartBlock.getByRole('button', { name: 'Move down Committed against delivered by theme' }),
  ).toBeFocused();
  await expect
    .poll(
      () =>
        readWorkspace<{ after_blocks: number }>(
          app.dataDir,
          `SELECT after_blocks FROM report_blocks WHERE kind = 'committed-delivered'`,
        )[0]?.after_blocks,
    )
    .toBe(0);

  await page.screenshot({ path: 'test-results/report-builder-changes-block-moved.png' });

  // A section moved down keeps focus on its Move down button.
  const purposeDown = page.getByRole('button', { name: 'Move down Purpose of report' });
  await purposeDown.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: /^Section/ })).toHaveText(
    'Section Purpose of report moved down, now 2 of ' + String(report.sections.length) + '.',
  );
  await expect(purposeDown).toBeFocused();
  await expect(page.getByRole('heading', { level: 2, name: '2. Purpose of report' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: 'test-results/report-builder-changes-section-moved.png' });

  // Into another section through its form: last of that section's blocks.
  const chartName = 'Committed against delivered by theme';
  await chartBlock.getByRole('button', { name: `Change options of ${chartName}` }).click();
  await page.getByLabel('Section').selectOption({ label: 'Recommendations' });
  await page.getByRole('button', { name: 'Save and take the data again' }).click();
  const recommendations = page.getByRole('region', { name: /Recommendations$/ });
  const movedBlock = recommendations.getByRole('region', { name: `Data block: ${chartName}` });
  await expect(movedBlock).toBeVisible();
  const storedChart = () =>
    readWorkspace<{ heading: string; deleted_at: string | null }>(
      app.dataDir,
      `SELECT s.heading, b.deleted_at FROM report_blocks b
       JOIN report_sections s ON s.id = b.section_id WHERE b.kind = 'committed-delivered'`,
    )[0];
  expect(storedChart()?.heading).toBe('Recommendations');

  // Removed after asking, then put back from the banner's Undo.
  await movedBlock.getByRole('button', { name: `Remove the data block ${chartName}` }).click();
  await page.getByRole('button', { name: 'Yes, remove' }).click();
  await expect(page.getByText(`Data block ${chartName} removed.`)).toBeVisible();
  await expect(movedBlock).toHaveCount(0);
  expect(storedChart()?.deleted_at).not.toBeNull();
  await page.getByRole('button', { name: `Undo removing Data block ${chartName}` }).click();
  await expect(movedBlock).toBeVisible();
  await expect(page.getByText(`Data block ${chartName} restored.`)).toBeVisible();
  expect(storedChart()?.deleted_at).toBeNull();
});

test('limits the action plan block to the report’s year and says so in its caption', async ({
  page,
  app,
}) => {
  await api(app.host, 'demo.load', {});
  const report = await scrutinyReport(app.host);
  await open(page, app.host, `/reports/${report.id}`);
  const plan = page.getByRole('region', { name: 'Data block: Action plan progress' });
  const caption = plan.locator('caption');
  await expect(caption).toContainText(`items due or updated in ${year}`);
  const [first] = await api(app.host, 'actionPlans.list', {});
  const planId = defined(first, 'an action plan').id;
  const all = await api(app.host, 'actionPlans.get', { id: planId });
  const inYear = tasksInYear(app.dataDir, planId, { start: '2025-04-01', end: '2026-03-31' });
  await expect(plan.locator('tbody tr td:first-child')).toHaveText(inYear);
  await plan.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/report-builder-changes-action-plan.png' });
  const leftOut = all.items.length - inYear.length;
  if (leftOut > 0) {
    await expect(plan.getByText(/neither due nor updated in 2025\/26/)).toContainText(
      String(leftOut),
    );
  }
  await expectNoAxeViolations(page);
});

test('creates templates blank and as a copy, and deletes one with undo', async ({ page, app }) => {
  await open(page, app.host, '/reports/templates');
  await page.getByRole('button', { name: 'Create a template' }).click();
  await expect(page.getByLabel('Name of the template')).toBeFocused();
  await page.getByRole('button', { name: 'Create template' }).click();
  await expect(page.getByText('Enter the name of the template')).toBeVisible();
  await page.getByLabel('Name of the template').fill('Cabinet – short form (Llandŷfaelog)');
  await page.getByLabel('Start from').selectOption({ label: 'A copy of Cabinet report' });
  await expectNoAxeViolations(page);
  await page.screenshot({ path: 'test-results/report-builder-changes-template-new.png' });
  await page.getByRole('button', { name: 'Create template' }).click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Cabinet – short form (Llandŷfaelog)',
  );
  const [copy, cabinet] = readWorkspace<{ id: string; sections: string; template_key: string }>(
    app.dataDir,
    `SELECT id, sections, template_key FROM report_templates
     WHERE name IN ('Cabinet – short form (Llandŷfaelog)', 'Cabinet report') ORDER BY template_key`,
  );
  const copyId = defined(copy, 'the copy').id;
  expect(copy?.template_key).toBeNull();
  expect(copy?.sections).toBe(defined(cabinet, 'the cabinet template').sections);
  const copyDeletedAt = () =>
    readWorkspace<{ deleted_at: string | null }>(
      app.dataDir,
      'SELECT deleted_at FROM report_templates WHERE id = ?',
      copyId,
    )[0]?.deleted_at;

  await page.getByRole('button', { name: 'Delete' }).click();
  await expectNoAxeViolations(page);
  await page.screenshot({ path: 'test-results/report-builder-changes-template-delete.png' });
  await page.getByRole('button', { name: 'Yes, delete this report template' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Report templates' })).toBeVisible();
  // The list may still be loading under the notice, so each is found by what it says.
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: 'Report template Cabinet – short form (Llandŷfaelog) deleted.' }),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'Cabinet report', exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Cabinet – short form (Llandŷfaelog)' })).toHaveCount(
    0,
  );
  expect(copyDeletedAt()).not.toBeNull();
  await page.getByRole('button', { name: /Undo/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Cabinet – short form (Llandŷfaelog)',
  );
  expect(copyDeletedAt()).toBeNull();

  // A built-in template offers no Delete, and says why.
  await open(page, app.host, '/reports/templates');
  await page.getByRole('link', { name: 'Cabinet report', exact: true }).click();
  await expect(page.getByText('This template is built in, so it cannot be deleted')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Delete' })).toHaveCount(0);
});

test('a WebP case-study picture comes out in the Word copy as a PNG', async ({ page, app }) => {
  test.setTimeout(90_000);
  const study = await api(app.host, 'caseStudies.create', {
    title: 'Apprentices at O’Brien & Sons',
    narrative: 'Four apprentices started on site.',
    consentToPublish: true,
    consentNote: 'Given by the supplier in writing',
  });
  await open(page, app.host, `/case-studies/${study.id}`);
  const pictureForm = page.getByRole('form', { name: 'Add a picture' });
  await pictureForm.getByLabel('Picture file').setInputFiles({
    name: 'site.webp',
    mimeType: 'image/webp',
    buffer: await webp(),
  });
  await pictureForm
    .getByLabel('Description for people who cannot see the picture')
    .fill('Apprentices on site');
  await pictureForm.getByLabel('Caption').fill('On site in Llandŷfaelog');
  await pictureForm.getByRole('button', { name: 'Add picture' }).click();
  await expect(page.getByRole('img', { name: 'Apprentices on site' })).toBeVisible();

  // All years: a case study belongs to the year it was recorded in, and this one is new.
  const report = await scrutinyReport(app.host, 'all');
  await api(app.host, 'reportBlocks.create', {
    sectionId: defined(report.sections[0], 'a first section').id,
    kind: 'case-studies',
  });
  await open(page, app.host, `/reports/${report.id}`);
  await expect(page.getByText('On site in Llandŷfaelog')).toBeVisible();
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByRole('button', { name: 'Word (.docx)' }).click(),
  ]);
  await file.saveAs('test-results/report-builder-changes-webp.docx');
  const zip = await JSZip.loadAsync(await readFile(await file.path()));
  const media = Object.keys(zip.files).filter((name) => name.startsWith('word/media/'));
  expect(media).toEqual([expect.stringMatching(/\.png$/)]);
  const png = await defined(zip.file(media[0] ?? ''), 'the picture').async('nodebuffer');
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([64, 48]);
  const document = defined(zip.file('word/document.xml'), 'document.xml');
  expect(await document.async('string')).toContain('On site in Llandŷfaelog');
  const [stored] = readWorkspace<{ media_type: string }>(
    app.dataDir,
    'SELECT media_type FROM case_study_pictures',
  );
  expect(stored?.media_type).toBe('image/webp');
});
