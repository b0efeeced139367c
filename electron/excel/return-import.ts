// A completed supplier return: .xlsx bytes in, the return's lines and every problem out (each by
// sheet, row, column and value, in plain words; errors apart from warnings). Pure: nothing is
// written, and the workspace is not consulted (return-import-check.ts does that).
//
// The file is streamed row by row (xlsx-reader.ts) and each line handed on as it is read
// (return-import-staging.ts puts them in a temporary table), so memory does not grow with the
// lines; a sheet running far past the template's rows (down to row 1,048,576) is refused as soon
// as that is seen, without reading on. A formula is taken at its last calculated value, with a
// warning (a supplier may total hours with =SUM); a formula with no saved value, or a cell
// showing an error such as #REF!, is a problem.

import type { ImportIssue } from '../../shared/framework-import';
import { numberInText, readCell, shownValue, type CellReading } from './return-cells';
import {
  columnNumber,
  firstLineRow,
  headingRow,
  maxCellLength,
  metadataKeys,
  metadataMeasuresHeading,
  returnColumns,
  sheetNames,
  templateVersion,
  type ReturnColumnKey,
} from './return-template-layout';
import { NotAWorkbook, XlsxWorkbook, type XlsxRow } from './xlsx-reader';

export interface TemplateMetadata {
  version: number;
  workspaceId: string | null;
  contractId: string;
  contractReference: string;
  period: string;
  /** The measure on each row of the Return sheet, by row number. */
  measures: Map<number, { measureId: string; code: string }>;
}

export interface ParsedReturnLine {
  row: number;
  measureId: string;
  code: string;
  quantity: number | null;
  evidenceReference: string | null;
  narrative: string | null;
}

/** What was read, apart from the lines themselves (given to onLine as they are read). */
export interface ParsedReturnFile {
  metadata: TemplateMetadata | null;
  lineCount: number;
  problems: ImportIssue[];
  warnings: ImportIssue[];
}

export type OnReturnLine = (line: ParsedReturnLine) => void;

/** Rows with anything in them below the measures that are listed one by one; the rest counted. */
const listedStrayRows = 20;
/** How far past the template's last row reading goes before the file is refused. */
const strayRowLimit = 1000;
const maxEvidenceLength = 500;

class StopReading extends Error {}

const isZip = (bytes: Uint8Array) =>
  bytes.length >= 4 &&
  bytes[0] === 0x50 &&
  bytes[1] === 0x4b &&
  bytes[2] === 0x03 &&
  bytes[3] === 0x04;

const headingOf = (key: ReturnColumnKey) =>
  returnColumns.find((column) => column.key === key)?.heading ?? key;

class ReturnReader {
  readonly problems: ImportIssue[] = [];
  readonly warnings: ImportIssue[] = [];
  lineCount = 0;
  metadata: TemplateMetadata | null = null;
  sawReturn = false;
  private strayRows = 0;
  private headingChecked = false;

  constructor(private readonly onLine: OnReturnLine) {}

  fileProblem(message: string, sheet = ''): void {
    this.problems.push({ sheet, row: null, column: null, value: null, message });
  }

  problem(row: number, key: ReturnColumnKey | null, reading: CellReading | null, message: string) {
    this.problems.push(this.issue(row, key, reading, message));
  }

  private issue(
    row: number,
    key: ReturnColumnKey | null,
    reading: CellReading | null,
    message: string,
  ): ImportIssue {
    return {
      sheet: sheetNames.return,
      row,
      column: key === null ? null : headingOf(key),
      value: reading ? shownValue(reading) : null,
      message,
    };
  }

  private readonly metadataValues = new Map<string, string>();
  private readonly metadataMeasures = new Map<number, { measureId: string; code: string }>();
  private inMeasures = false;

  /** One row of the metadata sheet, as it streams past. */
  metadataRow(row: XlsxRow): void {
    const text = [1, 2, 3].map((c) => {
      const cell = readCell(row.values[c]);
      return cell.kind === 'blank' ? '' : String(shownValue(cell));
    });
    const [first = '', second = '', third = ''] = text;
    if (this.inMeasures) {
      const rowNumber = Number(first);
      if (Number.isInteger(rowNumber) && second) {
        this.metadataMeasures.set(rowNumber, { measureId: second, code: third });
      }
    } else if (first === metadataMeasuresHeading) this.inMeasures = true;
    else if (first) this.metadataValues.set(first, second);
  }

  /** The template's details, once its metadata sheet has been read. */
  finishMetadata(): void {
    const values = this.metadataValues;
    const measures = this.metadataMeasures;
    const version = Number(values.get(metadataKeys.version));
    const contractId = values.get(metadataKeys.contractId) ?? '';
    const period = values.get(metadataKeys.period) ?? '';
    if (!contractId || !period || !Number.isInteger(version)) {
      this.fileProblem(
        'The hidden template details in this workbook are incomplete, so it cannot be matched to a contract and period. Download a new template and fill that in.',
        sheetNames.metadata,
      );
      return;
    }
    if (version > templateVersion) {
      this.fileProblem(
        `This template was made by a newer version of the Social Value Tracker (template version ${version}). Update the app, then import it.`,
        sheetNames.metadata,
      );
      return;
    }
    this.metadata = {
      version,
      workspaceId: values.get(metadataKeys.workspaceId) || null,
      contractId,
      contractReference: values.get(metadataKeys.contractReference) ?? '',
      period,
      measures,
    };
  }

  /** One row of the Return sheet, as it streams past. */
  returnRow(row: XlsxRow): void {
    if (!this.metadata) return;
    const number = row.number;
    if (number < headingRow) return;
    if (number === headingRow) {
      this.checkHeadings(row);
      return;
    }
    if (!this.headingChecked) this.checkHeadings(null);
    const measure = this.metadata.measures.get(number);
    if (measure) {
      this.line(row, measure);
      return;
    }
    this.strayRow(row);
  }

  private checkHeadings(row: XlsxRow | null): void {
    this.headingChecked = true;
    const moved = returnColumns.flatMap((column, index) => {
      const found = row ? readCell(row.values[index + 1]) : ({ kind: 'blank' } as const);
      const text = found.kind === 'text' ? found.value.trim() : '';
      return text === column.heading ? [] : [{ column, found, index }];
    });
    const first = moved[0];
    if (!first) return;
    const letter = String.fromCharCode(65 + first.index);
    this.problems.push({
      sheet: sheetNames.return,
      row: headingRow,
      column: letter,
      value: shownValue(first.found),
      message: `The template's columns have been moved or changed: column ${letter} of row ${headingRow} should be headed "${first.column.heading}". Put the columns back as they were in the template (or fill in a new template), then import it again.`,
    });
    throw new StopReading();
  }

  private strayRow(row: XlsxRow): void {
    const metadata = this.metadata as TemplateMetadata;
    const lastRow = firstLineRow + metadata.measures.size - 1;
    const filled = returnColumns.some(
      (_column, index) => readCell(row.values[index + 1]).kind !== 'blank',
    );
    if (row.number > lastRow + strayRowLimit) {
      this.fileProblem(
        `The Return sheet goes on far below the template's last measure on row ${lastRow} (to row ${row.number.toLocaleString('en-GB')} at least). Delete the rows below the measures, save, and import it again.`,
        sheetNames.return,
      );
      throw new StopReading();
    }
    if (!filled) return;
    this.strayRows += 1;
    if (this.strayRows <= listedStrayRows) {
      this.problem(
        row.number,
        null,
        null,
        `Row ${row.number} is not one of the template's measures (they are on rows ${firstLineRow} to ${lastRow}). Rows cannot be added: move what it holds into the narrative of a measure, or delete it.`,
      );
    }
  }

  private line(row: XlsxRow, measure: { measureId: string; code: string }): void {
    const cell = (key: ReturnColumnKey) => readCell(row.values[columnNumber(key)]);
    const code = this.value(row.number, 'code', cell('code'));
    const codeText = code === null ? '' : String(code).trim();
    if (codeText.toLowerCase() !== measure.code.toLowerCase()) {
      this.problem(
        row.number,
        'code',
        cell('code'),
        `Row ${row.number} should be the measure ${measure.code}: rows of the template have been moved or changed. Put them back as they were (or fill in a new template).`,
      );
      return;
    }
    this.lineCount += 1;
    this.onLine({
      row: row.number,
      measureId: measure.measureId,
      code: measure.code,
      quantity: this.quantity(row.number, cell('delivered')),
      evidenceReference: this.text(row.number, 'evidence', cell('evidence'), maxEvidenceLength),
      narrative: this.text(row.number, 'narrative', cell('narrative'), maxCellLength),
    });
  }

  /** A cell's value: a formula's saved result (with a warning), or null after a problem. */
  private value(row: number, key: ReturnColumnKey, reading: CellReading): number | string | null {
    if (reading.kind === 'blank') return null;
    if (reading.kind === 'number' || reading.kind === 'text') return reading.value;
    if (reading.kind === 'error') {
      this.problem(
        row,
        key,
        reading,
        `The cell shows the error ${reading.value}: type the value itself instead of a formula`,
      );
      return null;
    }
    const result = reading.result;
    if (!result || result.kind === 'formula' || result.kind === 'error') {
      this.problem(
        row,
        key,
        reading,
        result?.kind === 'error'
          ? `The formula gives the error ${result.value}: type the value itself instead`
          : 'The cell holds a formula with no saved result: type the value itself instead',
      );
      return null;
    }
    const value = result.kind === 'blank' ? null : result.value;
    this.warnings.push(
      this.issue(
        row,
        key,
        reading,
        `The cell holds a formula; its last calculated value, ${value ?? 'blank'}, was used`,
      ),
    );
    return value;
  }

  private quantity(row: number, reading: CellReading): number | null {
    const value = this.value(row, 'delivered', reading);
    if (value === null) return null;
    const number = typeof value === 'number' ? value : numberInText(value);
    if (number === null || !Number.isFinite(number)) {
      this.problem(
        row,
        'delivered',
        reading,
        'This is not a number: enter what was delivered in the period as a number, 0 if none',
      );
      return null;
    }
    if (number < 0) {
      this.problem(row, 'delivered', reading, 'What was delivered cannot be negative');
      return null;
    }
    return number;
  }

  private text(row: number, key: ReturnColumnKey, reading: CellReading, max: number) {
    const value = this.value(row, key, reading);
    if (value === null) return null;
    const text = String(value).trim();
    if (text.length > max) {
      this.problem(
        row,
        key,
        reading,
        `This is ${text.length.toLocaleString('en-GB')} characters long: keep it under ${max.toLocaleString('en-GB')}`,
      );
      return null;
    }
    return text === '' ? null : text;
  }

  finish(fileName: string): void {
    if (this.strayRows > listedStrayRows) {
      this.fileProblem(
        `${this.strayRows - listedStrayRows} more rows below the measures hold something.`,
        sheetNames.return,
      );
    }
    if (this.problems.length > 0) return;
    if (!this.metadata) {
      this.fileProblem(
        `${fileName} is not a return template from the Social Value Tracker: its hidden template details are missing. Download a template for the contract and period, and ask the supplier to fill that in.`,
      );
    } else if (!this.sawReturn) {
      this.fileProblem(
        `${fileName} has no sheet called "${sheetNames.return}": it may have been renamed or deleted. Rename it back, or fill in a new template.`,
      );
    } else if (!this.headingChecked) {
      this.fileProblem(
        `The "${sheetNames.return}" sheet of ${fileName} has no measures: its rows from the column headings (row ${headingRow}) down have been deleted. Fill in a new template.`,
        sheetNames.return,
      );
    }
  }
}

function notReadable(fileName: string, message: string): ParsedReturnFile {
  return {
    metadata: null,
    lineCount: 0,
    problems: [
      { sheet: '', row: null, column: null, value: null, message: `${fileName} ${message}` },
    ],
    warnings: [],
  };
}

async function readSheets(bytes: Uint8Array, reader: ReturnReader): Promise<void> {
  const workbook = await XlsxWorkbook.open({ bytes });
  const sheet = (name: string) => workbook.sheets.find((entry) => entry.name === name);
  const metadata = sheet(sheetNames.metadata);
  const returnSheet = sheet(sheetNames.return);
  if (!metadata) return;
  for await (const row of workbook.rows(metadata)) reader.metadataRow(row);
  reader.finishMetadata();
  if (!returnSheet || !reader.metadata) return;
  reader.sawReturn = true;
  for await (const row of workbook.rows(returnSheet)) reader.returnRow(row);
}

/**
 * Reads a completed return template, handing each line to onLine as it is read. Never throws
 * for a bad file: it says what is wrong.
 */
export async function readReturnFile(
  fileName: string,
  bytes: Uint8Array,
  onLine: OnReturnLine,
): Promise<ParsedReturnFile> {
  if (bytes.length === 0)
    return notReadable(fileName, 'is empty: there is nothing in it to import.');
  if (!isZip(bytes)) {
    return notReadable(
      fileName,
      /\.xls$/i.test(fileName)
        ? 'is an old-style .xls workbook. Open it in Excel, save it as .xlsx, and choose it again.'
        : 'is not an Excel workbook (.xlsx). Choose the return template the supplier filled in.',
    );
  }
  const reader = new ReturnReader(onLine);
  try {
    await readSheets(bytes, reader);
  } catch (error) {
    if (error instanceof NotAWorkbook) {
      return notReadable(
        fileName,
        `is not an Excel workbook: ${error.message}. Choose the .xlsx return the supplier sent back.`,
      );
    }
    if (!(error instanceof StopReading)) {
      return notReadable(
        fileName,
        `could not be read as an Excel workbook (${(error as Error).message}). Open it in Excel, save it as .xlsx, and choose it again.`,
      );
    }
  }
  reader.finish(fileName);
  return {
    metadata: reader.metadata,
    lineCount: reader.lineCount,
    problems: reader.problems,
    warnings: reader.warnings,
  };
}
