// A spreadsheet an officer chose, as rows of text cells: a CSV in any of the encodings councils
// save, or the first sheet holding anything of an .xlsx workbook. Pure: bytes in, rows out.

import { decodeText, parseCsv } from './csv-text';
import { cellText, NotAWorkbook, XlsxWorkbook } from './xlsx-reader';

export interface TableFile {
  /** The sheet's name, or the file's name for a CSV. */
  sheet: string;
  /** Row 1 is rows[0]; cells as their text. */
  rows: string[][];
}

export class UnreadableFile extends Error {}

const zipSignature = [0x50, 0x4b, 0x03, 0x04];
const isZip = (bytes: Uint8Array) => zipSignature.every((byte, i) => bytes[i] === byte);

async function readWorkbook(bytes: Uint8Array): Promise<TableFile> {
  try {
    const workbook = await XlsxWorkbook.open({ bytes });
    for (const sheet of workbook.sheets) {
      const rows: string[][] = [];
      for await (const row of workbook.rows(sheet)) {
        const cells = Array.from(row.values.slice(1), (value) => cellText(value));
        if (cells.every((cell) => cell === '') && rows.length === 0) continue;
        while (rows.length < row.number - 1) rows.push([]);
        rows.push(cells);
      }
      if (rows.length > 0) return { sheet: sheet.name, rows };
    }
  } catch (error) {
    if (!(error instanceof NotAWorkbook)) throw error;
    throw new UnreadableFile(
      `The workbook could not be opened (${error.message}). Save it again from Excel as .xlsx or .csv and choose it again.`,
    );
  }
  throw new UnreadableFile('The workbook has no sheet with anything in it.');
}

/** The rows of a .csv or .xlsx file; an UnreadableFile error says why a file cannot be read. */
export async function readTableFile(fileName: string, bytes: Uint8Array): Promise<TableFile> {
  if (bytes.length === 0) throw new UnreadableFile(`${fileName} is empty.`);
  if (isZip(bytes)) return readWorkbook(bytes);
  if (/\.xlsx?$/i.test(fileName)) {
    throw new UnreadableFile(
      `${fileName} is not an .xlsx workbook (old .xls files cannot be read). Save it from Excel as .xlsx or .csv and choose it again.`,
    );
  }
  return { sheet: fileName, rows: parseCsv(decodeText(bytes).text) };
}
