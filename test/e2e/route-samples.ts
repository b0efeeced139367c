// Finds, for every route in renderer/routes.ts, an address that shows it with real records: the
// routes without parameters are their own sample; for "/contracts/:id" and the like, the pages
// are walked from the main navigation, following the app's own links, until each pattern has
// one. New pages are covered as soon as something links to them.

import type { Page } from '@playwright/test';
import { matchPath } from '../../renderer/router';
import { navigation, routes } from '../../renderer/routes';
import { expect } from './fixtures';

/** Most pages to open while looking; the demo workspace needs far fewer. */
const maxPagesVisited = 200;

/** The first route matching a path, as the app itself chooses (renderer/App.tsx). */
function patternOf(path: string): string | undefined {
  return routes.find((route) => matchPath(route.pattern, path) !== undefined)?.pattern;
}

/** Waits until the page at the current address has its heading and has finished loading. */
export async function waitForPage(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  await expect(page.locator('main [role="status"]').filter({ hasText: /^Loading/ })).toHaveCount(0);
}

/** The in-app addresses the current page links to, without their query. */
async function linkedPaths(page: Page): Promise<string[]> {
  const hrefs = await page
    .locator('a[href^="#/"]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  return [...new Set(hrefs.map((href) => href.slice(1).split('?')[0] ?? '/'))];
}

/**
 * A sample address for every route pattern (those with nothing linking to them are missing).
 * `page` must already hold the web host token (see app-helpers open()).
 */
export async function findRouteSamples(page: Page, origin: string): Promise<Map<string, string>> {
  const samples = new Map<string, string>();
  for (const { pattern } of routes) if (!pattern.includes(':')) samples.set(pattern, pattern);
  const queue = [...navigation.map((item) => item.path), ...samples.values()];
  const queuedPatterns = new Set(queue.map(patternOf));
  // Further pages of a kind already seen: opened only if some pattern is still missing (the
  // first contract may have no commitment to link to, the second may).
  const spare: string[] = [];
  const visited = new Set<string>();
  while (visited.size < maxPagesVisited && samples.size < routes.length) {
    const path = queue.shift() ?? spare.shift();
    if (path === undefined) break;
    if (visited.has(path)) continue;
    visited.add(path);
    await page.goto(`${origin}/#${path}`);
    await waitForPage(page);
    for (const linked of await linkedPaths(page)) {
      const pattern = patternOf(linked);
      if (pattern === undefined) continue;
      if (!samples.has(pattern)) samples.set(pattern, linked);
      // One page of each kind is enough to find the links that kind of page has.
      if (!queuedPatterns.has(pattern)) {
        queuedPatterns.add(pattern);
        queue.push(linked);
      } else if (pattern.includes(':')) {
        spare.push(linked);
      }
    }
  }
  return samples;
}
