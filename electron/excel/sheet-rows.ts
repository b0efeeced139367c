// A register file's rows, streamed: a CSV decoded and parsed a chunk at a time, an .xlsx read
// with xlsx-reader.ts (its first sheet holding anything), so memory stays
// the same however long the file. Bytes (or a file on disk) in, rows of text cells out. Files
// that are no spreadsheet, empty, a zip that is no workbook, cut off at Excel's last row or
// holding a cell longer than Excel allows are refused with an UnreadableFile saying so.

import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { CellTooLong, CsvRowParser } from './csv-rows';
import { UnreadableFile } from './table-file';
import { cellText, NotAWorkbook, XlsxWorkbook } from './xlsx-reader';

export interface SheetRow {
  /** The spreadsheet's row number (1 is the first). */
  row: number;
  cells: string[];
}

/** A file to read: its bytes, or its place on disk (read a chunk at a time). */
export interface FileSource {
  fileName: string;
  bytes?: Uint8Array;
  path?: string;
}

export interface SheetReading {
  /** The sheet's name, or the file's name for a CSV. */
  sheet: string;
  rows: AsyncIterable<SheetRow>;
}

/** Excel's own limits: a cell holds at most 32,767 characters, a sheet 1,048,576 rows. */
export const maxCellLength = 32_767;
export const excelLastRow = 1_048_576;
const chunkSize = 256 * 1024;

/** Reports how far through the file's bytes reading has gone, 0 to 1. */
export type OnProgress = (fraction: number) => void;

async function sizeOf(source: FileSource): Promise<number> {
  if (source.bytes) return source.bytes.byteLength;
  if (source.path) return (await stat(source.path)).size;
  throw new UnreadableFile('No file was given.');
}

async function* chunksOf(source: FileSource): AsyncGenerator<Uint8Array> {
  if (source.bytes) {
    for (let at = 0; at < source.bytes.byteLength; at += chunkSize) {
      yield source.bytes.subarray(at, at + chunkSize);
    }
    return;
  }
  for await (const chunk of createReadStream(source.path as string, { highWaterMark: chunkSize })) {
    yield chunk as Buffer;
  }
}

/** The file's SHA-256, for the import history. */
export async function fileSha256(source: FileSource): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of chunksOf(source)) hash.update(chunk);
  return hash.digest('hex');
}

async function firstBytes(source: FileSource): Promise<Uint8Array> {
  for await (const chunk of chunksOf(source)) return chunk.subarray(0, 8192);
  return new Uint8Array();
}

const startsWith = (bytes: Uint8Array, signature: number[]) =>
  signature.every((byte, i) => bytes[i] === byte);

/** What the first bytes say the file is. */
function fileType(fileName: string, head: Uint8Array): 'csv' | 'xlsx' {
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return 'xlsx';
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0])) {
    throw new UnreadableFile(
      `${fileName} is an old Excel .xls workbook, which cannot be read. Open it in Excel, save it as .xlsx or .csv, and choose that.`,
    );
  }
  if (/\.xlsx$/i.test(fileName) || head.includes(0)) {
    throw new UnreadableFile(
      `${fileName} is not a spreadsheet this app can read: choose a .csv file or an Excel .xlsx workbook.`,
    );
  }
  return 'csv';
}

/** UTF-8 when every byte is valid UTF-8 (a BOM is dropped); otherwise Windows-1252. */
async function csvEncoding(source: FileSource): Promise<'utf-8' | 'windows-1252'> {
  const check = new TextDecoder('utf-8', { fatal: true });
  try {
    for await (const chunk of chunksOf(source)) check.decode(chunk, { stream: true });
    check.decode();
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}

function tooLong(fileName: string, sheet: string, row: number, column: number): UnreadableFile {
  return new UnreadableFile(
    `${fileName}, ${sheet === fileName ? '' : `sheet ${sheet}, `}row ${row}, column ${column + 1} holds more than ${maxCellLength.toLocaleString('en-GB')} characters, more than a spreadsheet cell can hold. Check the file: a stray quote mark can run many rows into one cell. Nothing was imported.`,
  );
}

function cutOff(fileName: string): UnreadableFile {
  return new UnreadableFile(
    `${fileName} reaches row ${excelLastRow.toLocaleString('en-GB')}, Excel's last row, so rows beyond it were probably lost when it was saved in Excel. Export the register again (as CSV from its source, or split into smaller files). Nothing was imported.`,
  );
}

async function* csvRows(
  source: FileSource,
  onProgress: OnProgress,
  total: number,
): AsyncGenerator<SheetRow> {
  const encoding = await csvEncoding(source);
  const decoder = new TextDecoder(encoding, { ignoreBOM: false });
  const parser = new CsvRowParser(maxCellLength);
  let row = 0;
  let read = 0;
  const emit = function* (rows: string[][]) {
    for (const cells of rows) {
      row++;
      if (row >= excelLastRow) throw cutOff(source.fileName);
      yield { row, cells };
    }
  };
  try {
    for await (const chunk of chunksOf(source)) {
      read += chunk.byteLength;
      yield* emit(parser.push(decoder.decode(chunk, { stream: true })));
      onProgress(total === 0 ? 1 : read / total);
    }
    yield* emit([...parser.push(decoder.decode()), ...parser.end()]);
  } catch (error) {
    if (error instanceof CellTooLong) {
      throw tooLong(source.fileName, source.fileName, error.row, error.column);
    }
    throw error;
  }
}

async function* xlsxRows(
  source: FileSource,
  onProgress: OnProgress,
  onSheet: (name: string) => void,
): AsyncGenerator<SheetRow> {
  let workbook: XlsxWorkbook;
  try {
    workbook = await XlsxWorkbook.open(source);
  } catch (error) {
    if (!(error instanceof NotAWorkbook)) throw error;
    throw new UnreadableFile(
      `${source.fileName} could not be read as an Excel workbook: ${error.message}. Save it again from Excel as .xlsx or .csv and choose it again.`,
    );
  }
  for (const sheet of workbook.sheets) {
    let named = false;
    try {
      for await (const row of workbook.rows(sheet, onProgress)) {
        if (!named) {
          named = true;
          onSheet(sheet.name);
        }
        if (row.number >= excelLastRow) throw cutOff(source.fileName);
        const cells: string[] = [];
        for (let c = 1; c < row.values.length; c++) {
          const text = cellText(row.values[c]);
          if (text.length > maxCellLength)
            throw tooLong(source.fileName, sheet.name, row.number, c - 1);
          cells.push(text);
        }
        yield { row: row.number, cells };
      }
    } catch (error) {
      if (!(error instanceof NotAWorkbook)) throw error;
      throw new UnreadableFile(
        `${source.fileName} could not be read as an Excel workbook: ${error.message}. Save it again from Excel as .xlsx or .csv and choose it again.`,
      );
    }
    if (named) return;
  }
  throw new UnreadableFile(
    workbook.sheets.length > 0
      ? `${source.fileName} has no sheet with anything in it.`
      : `${source.fileName} is a zip file but not an Excel workbook: it holds no worksheet. Choose the .xlsx or .csv file itself.`,
  );
}

/**
 * Opens a register file for reading: a CSV, or the first sheet of an .xlsx that holds anything.
 * The sheet's name is known once its first row has been read.
 */
export async function readSheetRows(
  source: FileSource,
  onProgress: OnProgress = () => {},
): Promise<SheetReading> {
  const total = await sizeOf(source);
  if (total === 0) throw new UnreadableFile(`${source.fileName} is empty.`);
  const type = fileType(source.fileName, await firstBytes(source));
  if (type === 'csv') {
    return { sheet: source.fileName, rows: csvRows(source, onProgress, total) };
  }
  const reading: SheetReading = {
    sheet: source.fileName,
    rows: xlsxRows(source, onProgress, (name) => {
      reading.sheet = name;
    }),
  };
  return reading;
}
