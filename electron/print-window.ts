// Saving as PDF in the desktop app: Electron's printToPDF over the same print route the web host
// and the command line print (its sheets one to a page, numbered, a pack's contents filled in),
// loaded in a hidden window with the app's own preload and secure settings. Its API calls are
// allowed by isPrintWindow (ipc.ts).

import { BrowserWindow, type WebContents } from 'electron';
import { printJobRoute, printReadyAttribute } from '../shared/report-print';
import { withPrintJob } from './reports/print-jobs';
import type { PdfPrinter } from './reports/report-files';
import { secureWebPreferences } from './security';

const printWindows = new Set<WebContents>();
const readyWithinMs = 60_000;

/** Whether an API call comes from a hidden window printing a report. */
export function isPrintWindow(contents: WebContents): boolean {
  return printWindows.has(contents);
}

async function whenReady(contents: WebContents): Promise<void> {
  const deadline = Date.now() + readyWithinMs;
  const check = `Boolean(document.querySelector('[${printReadyAttribute}]'))`;
  while (!(await contents.executeJavaScript(check))) {
    if (Date.now() > deadline) throw new Error('The report did not finish rendering for print.');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await contents.executeJavaScript('document.fonts.ready.then(() => true)');
}

export function electronPdfPrinter(rendererIndex: string, preloadPath: string): PdfPrinter {
  return (job) =>
    withPrintJob(job, async (key) => {
      const window = new BrowserWindow({
        show: false,
        webPreferences: secureWebPreferences(preloadPath, { devTools: false }),
      });
      const { webContents } = window;
      printWindows.add(webContents);
      try {
        await window.loadFile(rendererIndex, { hash: printJobRoute(key) });
        await whenReady(webContents);
        return new Uint8Array(
          await webContents.printToPDF({ preferCSSPageSize: true, printBackground: true }),
        );
      } finally {
        printWindows.delete(webContents);
        window.destroy();
      }
    });
}
