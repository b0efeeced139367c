// What end-to-end tests do besides clicking: call the API to arrange records, open a page with
// the token taken, check a screen with axe, and read a summary list.

import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { ApiInput, ApiMethod, ApiOutput } from '../../shared/api-contract';
import type { WebHostProcess } from '../web-host-process';
import { expect } from './fixtures';

export async function api<M extends ApiMethod>(
  host: WebHostProcess,
  method: M,
  input: ApiInput<M>,
): Promise<ApiOutput<M>> {
  const response = await fetch(`${host.origin}/api/${method}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  });
  const result = (await response.json()) as
    { ok: true; value: ApiOutput<M> } | { ok: false; error: { message: string } };
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value;
}

/** Opens the app (taking its token), then the page at `path`. */
export async function open(page: Page, host: WebHostProcess, path: string) {
  await page.goto(host.address);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goto(`${host.origin}/#${path}`);
}

export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(results.violations).toEqual([]);
}

/** The value beside a label in a summary list. */
export const summaryValue = (page: Page, label: string) =>
  page
    .locator('.summary-list > div')
    .filter({ has: page.getByRole('term').filter({ hasText: new RegExp(`^${label}$`) }) })
    .getByRole('definition');

/** Sets the council's proxy value (pence per unit) of the measure with this code, in the
 * framework in force on `date`, through the API as the measure's own form would. */
export async function setProxyValue(
  host: WebHostProcess,
  code: string,
  proxyPence: number,
  date = '2023-04-01',
): Promise<void> {
  const measure = (await api(host, 'measures.inForce', { date })).find((m) => m.code === code);
  if (!measure) throw new Error(`No measure ${code} in force on ${date}`);
  const { outcomeId, title, guidance, unit, kind, evidenceRequired, councilOutcomeIds } = measure;
  await api(host, 'measures.update', {
    id: measure.id,
    version: measure.version,
    fields: {
      outcomeId,
      code,
      title,
      guidance,
      unit,
      kind,
      proxyPence,
      evidenceRequired,
      councilOutcomeIds,
    },
  });
}
