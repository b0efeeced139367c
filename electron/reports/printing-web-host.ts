// The web host with a PDF printer in its handlers' context: Chromium loading this same host's
// print route with its token. Used by the web host itself and by `svt report`.

import type { Context } from '../api/context';
import { startWebHost, type RunningWebHost, type WebHostOptions } from '../web/server';
import { chromiumPrinter, type ChromiumPrinter } from './chromium-pdf';
import type { PdfPrinter } from './report-files';

export interface PrintingWebHost extends RunningWebHost {
  /** The handlers' context, printer included, for calls made in this process (svt report). */
  context(): Context;
}

export async function startPrintingWebHost(options: WebHostOptions): Promise<PrintingWebHost> {
  // Prints through the host started below: no request reaches a handler before it is running.
  const printPdf: PdfPrinter = (job) => printer.print(job);
  const context = (): Context => ({ ...options.context(), printPdf });
  const running = await startWebHost({ ...options, context });
  const printer: ChromiumPrinter = chromiumPrinter(running);
  return {
    ...running,
    context,
    close: async () => {
      await printer.close();
      await running.close();
    },
  };
}
