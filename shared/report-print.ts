// What the print route renders: one report, or a pack of several behind a contents page. The
// PDF printers hold a job under a one-time key while Chromium (or Electron) prints the route.

import { z } from 'zod';
import type { ReportPack } from './report-document';

export interface PrintJob {
  pack: ReportPack;
  /** A pack of several reports opens with a contents page; a single report prints alone. */
  contents: boolean;
}

export const printJobKeySchema = z.object({ key: z.uuid() });

/** The print route for a held job: the page Chromium or Electron turns into the PDF. */
export function printJobRoute(key: string): string {
  return `/print/job/${key}`;
}

/** Set on the print route's root once the report is on the page, for the PDF printers. */
export const printReadyAttribute = 'data-print-ready';

/** Several saved reports, in order, printed as one PDF behind a contents page. */
export const reportPackRequestSchema = z.object({
  reportIds: z
    .array(z.uuid({ error: 'Choose saved reports for the pack' }))
    .min(1, { error: 'Choose at least one report for the pack' })
    .max(30, { error: 'A pack holds at most 30 reports' }),
  title: z
    .string()
    .trim()
    .min(1, { error: 'Enter a title for the pack' })
    .max(200, { error: 'Keep the pack title to 200 characters' })
    .default('Committee report pack'),
});
