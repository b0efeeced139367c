// Printing a loaded print route to PDF, the same for Chromium (web host, command line) and for
// Electron: a single report prints in one pass; a pack first prints the contents page and each
// report but the last alone to count their pages, writes each report's first page into the
// contents page, then prints the whole pack.

import { pdfPageCount } from './pdf-page-count';

/** A loaded print route: run a script in it, or print it as it stands. */
export interface PrintSurface {
  run(script: string): Promise<unknown>;
  pdf(): Promise<Uint8Array>;
}

/** Shows only the part at `index` (-1 is the contents page), or everything with null. */
const showOnly = (index: number | null) => `
  document.querySelectorAll('[data-print-part]').forEach((part) => {
    part.hidden = ${index === null ? 'false' : `Number(part.dataset.printPart) !== ${index}`};
  });`;

const writeStarts = (starts: number[]) => `
  document.querySelectorAll('[data-start-of]').forEach((cell) => {
    cell.textContent = String(${JSON.stringify(starts)}[Number(cell.dataset.startOf)]);
  });`;

/** The first page of each report: after the contents page, each where the one before ends. */
export function startPages(contentsPages: number, reportPages: readonly number[]): number[] {
  let next = contentsPages + 1;
  return reportPages.map((pages) => {
    const start = next;
    next += pages;
    return start;
  });
}

export async function printPasses(
  surface: PrintSurface,
  reportCount: number,
  contents: boolean,
): Promise<Uint8Array> {
  if (!contents) return surface.pdf();
  const count = async (index: number) => {
    await surface.run(showOnly(index));
    return pdfPageCount(await surface.pdf());
  };
  const contentsPages = await count(-1);
  // The last report's length moves no start, so it is not counted.
  const reportPages: number[] = [];
  for (let index = 0; index < reportCount - 1; index += 1) reportPages.push(await count(index));
  await surface.run(writeStarts(startPages(contentsPages, [...reportPages, 0])));
  await surface.run(showOnly(null));
  return surface.pdf();
}
