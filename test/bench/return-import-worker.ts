// Run by return-import-bench.ts in a process of its own (bundled by esbuild), so that each
// measurement starts with a clean heap:
//   make FILE ROWS   writes a completed return workbook of ROWS measures, as a supplier sends it
//   exceljs FILE     reads every row of every sheet with exceljs's streaming reader, nothing else
//   import FILE      reads and checks it as the import does (readReturnFile)
// and prints one JSON line: { ms, peakRssMb, peakHeapMb, ... }.

import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { readReturnFile } from '../../electron/excel/return-import';
import {
  firstLineRow,
  headingRow,
  metadataKeys,
  metadataMeasuresHeading,
  returnColumns,
  sheetNames,
  templateVersion,
} from '../../electron/excel/return-template-layout';

const [mode, file, rowsText] = process.argv.slice(2) as [string, string, string?];

/** The workbook as the template writer lays it out, filled in, written as it streams. */
async function makeWorkbook(path: string, rows: number): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: path,
    useSharedStrings: true,
  });
  const metadata = workbook.addWorksheet(sheetNames.metadata, { state: 'veryHidden' });
  for (const [key, value] of [
    [metadataKeys.version, templateVersion],
    [metadataKeys.workspaceId, randomUUID()],
    [metadataKeys.contractId, randomUUID()],
    [metadataKeys.contractReference, 'C-BENCH-001'],
    [metadataKeys.period, 'Q1 2025/26'],
  ] as const) {
    metadata.addRow([key, value]).commit();
  }
  metadata.addRow([metadataMeasuresHeading]).commit();
  for (let index = 0; index < rows; index += 1) {
    metadata.addRow([firstLineRow + index, randomUUID(), `M${index}`]).commit();
  }
  metadata.commit();
  workbook.addWorksheet(sheetNames.instructions).addRow(['How to fill in this return']).commit();
  const sheet = workbook.addWorksheet(sheetNames.return);
  for (let row = 1; row < headingRow; row += 1)
    sheet.addRow([row === 1 ? 'Social value return' : '']).commit();
  sheet.addRow(returnColumns.map((column) => column.heading)).commit();
  for (let index = 0; index < rows; index += 1) {
    sheet
      .addRow([
        `M${index}`,
        `Measure number ${index}`,
        'hours',
        100,
        25.5,
        index % 17,
        `Timesheet ${index}`,
        index % 10 === 0 ? `Delivered in the period: session ${index} with a local school.` : null,
      ])
      .commit();
  }
  sheet.commit();
  await workbook.commit();
}

async function exceljsAlone(bytes: Buffer): Promise<number> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([bytes]), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'ignore',
  });
  let rows = 0;
  for await (const sheet of reader) {
    for await (const row of sheet) rows += row.number > 0 ? 1 : 0;
  }
  return rows;
}

if (mode === 'make') {
  const started = performance.now();
  await makeWorkbook(file, Number(rowsText));
  console.log(JSON.stringify({ ms: performance.now() - started }));
} else {
  const bytes = await readFile(file);
  let peakRss = 0;
  let peakHeap = 0;
  const sample = () => {
    const memory = process.memoryUsage();
    peakRss = Math.max(peakRss, memory.rss);
    peakHeap = Math.max(peakHeap, memory.heapUsed);
  };
  const baseHeap = process.memoryUsage().heapUsed;
  const sampler = setInterval(sample, 10);
  const started = performance.now();
  const detail =
    mode === 'exceljs'
      ? { rows: await exceljsAlone(bytes) }
      : await readReturnFile('bench.xlsx', bytes).then((parsed) => ({
          lines: parsed.lines.length,
          problems: parsed.problems.length,
        }));
  const ms = performance.now() - started;
  sample();
  clearInterval(sampler);
  const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);
  console.log(
    JSON.stringify({ ms, peakRssMb: mb(peakRss), peakHeapMb: mb(peakHeap - baseHeap), ...detail }),
  );
}
