// Every page of the app checked with axe (WCAG 2.2 AA), on the demo council's records: each
// route in renderer/routes.ts, so a page added there is checked too; each "new" form also with
// its validation errors shown. Read-only: the forms are submitted empty, so nothing is saved.

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { routes } from '../../renderer/routes';
import { startWebHostProcess, type WebHostProcess } from '../web-host-process';
import { api, expectNoAxeViolations, open } from './app-helpers';
import { test as base, expect } from './fixtures';
import { findRouteSamples, waitForPage } from './route-samples';

interface DemoWorkspace {
  host: WebHostProcess;
  /** A sample address for each route pattern. */
  samples: Map<string, string>;
}

/** What the demo council has none of, so that those pages have a sample too. */
async function addWhatTheDemoLacks(host: WebHostProcess): Promise<void> {
  const [template] = await api(host, 'reportTemplates.list', {});
  if (!template) throw new Error('No report template to make a committee report from');
  await api(host, 'reports.create', {
    templateId: template.id,
    fields: {
      title: 'Social value update',
      committee: 'Cabinet',
      meetingDate: '2026-12-10',
      period: 'all',
    },
  });
}

// One demo workspace for all the pages: they only read it.
const test = base.extend<object, { demo: DemoWorkspace }>({
  demo: [
    async ({ browser }, use) => {
      const dataDir = await mkdtemp(join(tmpdir(), 'svt-a11y-'));
      const host = await startWebHostProcess(dataDir);
      try {
        await api(host, 'demo.load', {});
        await addWhatTheDemoLacks(host);
        const page = await browser.newPage();
        await open(page, host, '/');
        const samples = await findRouteSamples(page, host.origin);
        await page.close();
        await use({ host, samples });
      } finally {
        await host.stop();
        await rm(dataDir, { recursive: true, force: true });
      }
    },
    { scope: 'worker', timeout: 240_000 },
  ],
});

for (const { pattern, title } of routes) {
  test(`${title} (${pattern}) passes axe`, async ({ page, demo }) => {
    const path = demo.samples.get(pattern);
    expect(path, `nothing in the demo workspace links to a page at ${pattern}`).toBeDefined();
    await open(page, demo.host, path ?? pattern);
    await waitForPage(page);
    await expectNoAxeViolations(page);

    if (pattern.endsWith('/new')) {
      // The form with every problem shown: submitted empty, it must refuse and say why.
      await page.locator('main form').first().locator('[type="submit"]').first().click();
      await expect(page.locator('.error-summary')).toBeFocused();
      await expectNoAxeViolations(page);
    }
  });
}
