// A spreadsheet an officer chose, as rows of text cells: a CSV in any of the encodings councils
// save, or the first sheet holding anything of an .xlsx workbook. Pure: bytes in, rows out.

import ExcelJS from 'exceljs';
import { decodeText, parseCsv } from './csv-text';

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
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw new UnreadableFile(
      `The workbook could not be opened (${(error as Error).message}). Save it again from Excel as .xlsx or .csv and choose it again.`,
    );
  }
  const sheet = workbook.worksheets.find((candidate) => candidate.actualRowCount > 0);
  if (!sheet) throw new UnreadableFile('The workbook has no sheet with anything in it.');
  const rows: string[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) cells.push(row.getCell(c).text ?? '');
    rows.push(cells);
  }
  return { sheet: sheet.name, rows };
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
