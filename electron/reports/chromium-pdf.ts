// PDF through the system's Chromium (the web host and the command line): the print route of the
// running web host, loaded with its token, printed with Chromium's page.pdf at the CSS page size
// once its sheets are laid out, one sheet to a PDF page (the route numbers the pages and fills in
// a pack's contents itself, so one pass does).
// One Chromium is started on the first PDF and kept for the next until the host closes.
// playwright-core is loaded then too: importing it takes about half a second, which every start
// of the web host would otherwise pay.

import type { Browser } from 'playwright-core';
import { printJobRoute, printReadyAttribute, type PrintJob } from '../../shared/report-print';
import { webHostTokenKey } from '../../shared/web-host-token';
import { chromiumArgs, chromiumPath } from './chromium-path';
import { withPrintJob } from './print-jobs';

export interface PrintHost {
  /** http://127.0.0.1:PORT/ */
  url: string;
  token: string;
}

export interface ChromiumPrinter {
  print(job: PrintJob): Promise<Uint8Array>;
  close(): Promise<void>;
}

async function printOnPage(browser: Browser, host: PrintHost, job: PrintJob): Promise<Uint8Array> {
  const page = await browser.newPage();
  try {
    await page.addInitScript(([key, token]) => sessionStorage.setItem(key, token), [
      webHostTokenKey,
      host.token,
    ] as const);
    return await withPrintJob(job, async (key) => {
      await page.goto(`${host.url}#${printJobRoute(key)}`);
      await page.waitForSelector(`[${printReadyAttribute}]`, {
        state: 'attached',
        timeout: 60_000,
      });
      await page.evaluate(() => document.fonts.ready);
      return await page.pdf({ preferCSSPageSize: true, printBackground: true });
    });
  } finally {
    await page.close();
  }
}

export function chromiumPrinter(host: PrintHost): ChromiumPrinter {
  let browser: Promise<Browser> | undefined;
  const launch = () =>
    import('playwright-core')
      .then(({ chromium }) =>
        chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs }),
      )
      .catch((error: unknown) => {
        browser = undefined;
        throw error;
      });
  return {
    async print(job) {
      browser ??= launch();
      return printOnPage(await browser, host, job);
    },
    async close() {
      const started = browser;
      browser = undefined;
      if (started) await (await started.catch(() => undefined))?.close();
    },
  };
}
