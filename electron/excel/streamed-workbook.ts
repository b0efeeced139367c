// A workbook written as it goes (exceljs WorkbookWriter): each row is committed as soon as it is
// added and each sheet when it is done, so a sheet of 50,000 rows never sits in memory. Rows come
// in pages; between pages the writer waits while the zip is behind. Same cells as the list
// workbooks (sheet-cells.ts): bold frozen header, filters, column widths, typed money and dates.

import { once, type EventEmitter } from 'node:events';
import { createWriteStream } from 'node:fs';
import { PassThrough, type Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import ExcelJS from 'exceljs';
import { xlsxText } from './formula-guard';
import { rowValues, sheetColumns, type CellValue, type SheetColumn } from './sheet-cells';

/** Rows handed over a page at a time (pages may come as they are read from a file). */
export type RowPages =
  Iterable<readonly (readonly CellValue[])[]> | AsyncIterable<readonly (readonly CellValue[])[]>;

/**
 * Text as an inline string cell (t="inlineStr"), the string cell type for a workbook without a
 * shared strings table; exceljs writes a plain string there as t="str", a formula's cached
 * result, which spreadsheets also show as text but which is a formula's type.
 */
const inlineText = (value: ExcelJS.CellValue): ExcelJS.CellValue =>
  typeof value === 'string' ? { richText: [{ text: value }] } : value;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A stream of the readable-stream 2 package, which exceljs's zip (archiver) still uses. */
interface OldWritable extends EventEmitter {
  _writableState?: { needDrain: boolean };
}

/**
 * Waits while the zip is behind. exceljs pipes a sheet's XML into the zip without heeding
 * backpressure, so rows written faster than they are compressed would pile up in memory. Its
 * sheet stream keeps its destinations in `pipes`, old-style streams whose `_writableState` says
 * when they are full; neither is in the types, hence the casts.
 */
async function zipCaughtUp(sheet: ExcelJS.Worksheet): Promise<void> {
  const { pipes } = (sheet as unknown as { stream: { pipes: OldWritable[] } }).stream;
  for (const pipe of pipes) {
    if (pipe._writableState?.needDrain) await once(pipe, 'drain');
  }
}

export class StreamedWorkbook {
  private readonly book: ExcelJS.stream.xlsx.WorkbookWriter;

  constructor(stream: Writable) {
    this.book = new ExcelJS.stream.xlsx.WorkbookWriter({
      stream,
      useStyles: true,
      // No shared strings table: it would hold every distinct text of the workbook in memory.
      useSharedStrings: false,
    });
    this.book.creator = 'Social Value Tracker';
  }

  /** Writes a whole sheet; returns the number of rows under the header. */
  async addSheet(name: string, columns: readonly SheetColumn[], pages: RowPages): Promise<number> {
    const sheet = this.book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    // Widths and formats from the columns; the header is a row of its own, so it is inline text.
    sheet.columns = sheetColumns(columns).map(({ header: _, ...widthAndFormat }) => widthAndFormat);
    const header = sheet.addRow(columns.map((column) => inlineText(xlsxText(column.header))));
    header.font = { bold: true };
    header.commit();
    let count = 0;
    for await (const page of pages) {
      for (const row of page) sheet.addRow(rowValues(columns, row).map(inlineText)).commit();
      count += page.length;
      await zipCaughtUp(sheet);
      await nextTurn();
    }
    if (count > 0) {
      sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
    }
    sheet.commit();
    return count;
  }

  finish(): Promise<void> {
    return this.book.commit();
  }
}

/** The workbook's bytes, for the API (which hands files over whole). */
export async function workbookBytes(
  write: (book: StreamedWorkbook) => Promise<void>,
): Promise<Buffer> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const book = new StreamedWorkbook(stream);
  await write(book);
  await book.finish();
  await finished(stream);
  return Buffer.concat(chunks);
}

/**
 * The workbook written straight to a file, for the command line. A file that cannot be opened,
 * or a write that fails part way (a full disk), rejects rather than leaving the writer waiting.
 */
export async function writeWorkbookFile(
  path: string,
  write: (book: StreamedWorkbook) => Promise<void>,
): Promise<void> {
  const stream = createWriteStream(path);
  await once(stream, 'open');
  const failed = new Promise<never>((_, reject) => stream.once('error', reject));
  failed.catch(() => undefined);
  const writing = (async () => {
    const book = new StreamedWorkbook(stream);
    await write(book);
    await book.finish();
    await finished(stream);
  })();
  // Whichever loses the race may still reject later: that is no longer news.
  writing.catch(() => undefined);
  try {
    await Promise.race([writing, failed]);
  } catch (error) {
    stream.destroy();
    throw error;
  }
}
