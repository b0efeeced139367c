// The screens in real Chromium through the web host, checked from the attacker's side: the page
// has no way into Node, its CSP (header and meta) stops inline script and eval, and a page from
// another site cannot use the API even when it knows the token.

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { open } from './app-helpers';
import { expect, test } from './fixtures';
import { readWorkspace } from './stored';

/** A page on another port of this machine, as a malicious site or a DNS-rebound name would be. */
async function otherSite(): Promise<{ server: Server; origin: string }> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html' }).end('<title>Other site</title>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

test('the screens reach no Node or Electron, and the app adds no global of its own', async ({
  page,
  app,
}) => {
  await open(page, app.host, '/suppliers');
  await expect(page.getByRole('heading', { level: 1, name: 'Suppliers' })).toBeVisible();
  const reach = await page.evaluate(() => {
    const names = ['require', 'process', 'module', 'exports', 'global', 'Buffer', 'electron'];
    return Object.fromEntries(names.map((name) => [name, name in window]));
  });
  expect(reach).toEqual({
    require: false,
    process: false,
    module: false,
    exports: false,
    global: false,
    Buffer: false,
    electron: false,
  });

  // Against an empty page from another local origin, the app's page has no extra global: in
  // Electron the preload adds api (only), which the Electron spec checks; here nothing.
  const ownGlobals = () => Object.getOwnPropertyNames(window);
  const site = await otherSite();
  const empty = await page.context().newPage();
  try {
    await empty.goto(site.origin);
    const standard = new Set(await empty.evaluate(ownGlobals));
    // zod keeps its schema registry on globalThis; that is a library's bookkeeping, not a way out.
    const added = (await page.evaluate(ownGlobals)).filter(
      (name) => !standard.has(name) && !name.startsWith('__zod_'),
    );
    expect(added).toEqual([]);
  } finally {
    await empty.close();
    site.server.close();
  }
});

test('the Content Security Policy blocks inline script and eval, in header and meta alike', async ({
  page,
  app,
}) => {
  const response = await page.goto(app.host.address);
  const header = response?.headers()['content-security-policy'] ?? '';
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const meta = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  for (const policy of [header, meta ?? '']) {
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('unsafe-eval');
  }

  // Both tries run from the page's own event loop, as injected markup would, not from the
  // test's evaluation (which DevTools lets past the policy).
  const attempt = await page.evaluate(async () => {
    const flags = window as unknown as { inlineRan?: boolean; stringTimerRan?: boolean };
    const violations: string[] = [];
    const both = new Promise<void>((resolve) =>
      document.addEventListener('securitypolicyviolation', (event) => {
        // Header and meta each report, so the same blocked script may be reported twice.
        violations.push(`${event.effectiveDirective} ${event.blockedURI}`);
        if (new Set(violations).size === 2) resolve();
      }),
    );
    const script = document.createElement('script');
    script.textContent = 'window.inlineRan = true;';
    document.body.append(script);
    // A timer given text is eval by another name.
    (setTimeout as (code: string, ms: number) => number)('window.stringTimerRan = true;', 0);
    await both;
    return {
      violations: [...new Set(violations)].sort(),
      inlineRan: flags.inlineRan === true,
      stringTimerRan: flags.stringTimerRan === true,
    };
  });
  expect(attempt).toEqual({
    violations: ['script-src eval', 'script-src-elem inline'],
    inlineRan: false,
    stringTimerRan: false,
  });
});

test('a page from another site cannot use the API, even holding the token', async ({
  page,
  app,
}) => {
  const site = await otherSite();
  try {
    await page.goto(site.origin);
    const outcomes = await page.evaluate(
      async ({ origin, token }) => {
        const body = JSON.stringify({ name: 'Planted by another site' });
        const tries: Promise<string>[] = [
          // With the token: Chromium asks first (a preflight), and the web host does not agree.
          fetch(`${origin}/api/suppliers.create`, {
            method: 'POST',
            headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
            body,
          }).then(
            (response) => `answered ${response.status}`,
            () => 'blocked',
          ),
          // A "simple" request needs no preflight but cannot carry the token.
          fetch(`${origin}/api/suppliers.create`, {
            method: 'POST',
            mode: 'no-cors',
            headers: { 'Content-Type': 'text/plain' },
            body,
          }).then(
            () => 'sent',
            () => 'blocked',
          ),
        ];
        return Promise.all(tries);
      },
      { origin: app.host.origin, token: app.host.token },
    );
    expect(outcomes[0]).toBe('blocked');
  } finally {
    site.server.close();
  }
  expect(
    readWorkspace(app.dataDir, "SELECT id FROM suppliers WHERE name = 'Planted by another site'"),
  ).toEqual([]);
});
