// A supplier return template: data in, .xlsx bytes out. Pure: no database.
//
// Three sheets: a very hidden metadata sheet first (template version, workspace, contract,
// period and the measure on each row, so an import never guesses; first so that a streaming
// reader meets it before the return), the instructions, and the return itself. On the return
// the identifying columns (measure code, title, unit, commitment, expected) are locked by sheet
// protection without a password; delivered, evidence and narrative are open, with data
// validation over each column's range. When the council queried or rejected lines of a return
// already sent for the period, its notes are listed on the instructions and attached to each
// measure's code cell as a comment, outside the cells the import reads.

import ExcelJS from 'exceljs';
import { longDate } from '../../shared/calendar-date';
import type { ReportingPeriod } from '../../shared/reporting-periods';
import type { MeasureKind } from '../../shared/social-value';
import { xlsxText } from './formula-guard';
import {
  columnLetter,
  columnNumber,
  firstLineRow,
  headingRow,
  maxCellLength,
  metadataKeys,
  metadataMeasuresHeading,
  returnColumns,
  sheetNames,
  templateVersion,
} from './return-template-layout';

export interface TemplateLine {
  measureId: string;
  code: string;
  title: string;
  unit: string;
  kind: MeasureKind;
  /** The commitment for the whole contract; null for a measure without one. */
  committed: number | null;
  /** Expected by the end of the period (cumulative); null without a commitment. */
  expected: number | null;
  /** What the council said when it queried or rejected this measure's line in the return
   * already sent for the period ("Queried: ..."), for the supplier to answer; else null. */
  councilNote: string | null;
}

export interface ReturnTemplateData {
  /** The council profile's id: a template is imported only into the workspace it came from. */
  workspaceId: string | null;
  councilName: string;
  contract: { id: string; reference: string; title: string; supplierName: string };
  period: ReportingPeriod;
  lines: TemplateLine[];
}

/** The sheet protection's settings: input cells editable, columns resizable, nothing else. */
const protection: Partial<ExcelJS.WorksheetProtection> = {
  selectLockedCells: true,
  selectUnlockedCells: true,
  formatColumns: true,
  formatRows: true,
};

/** exceljs 4.4 supports range validations at runtime but does not declare them. */
interface RangeValidations {
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

const inputFill: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFFFFFFF' },
};
const lockedFill: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFF3F2F1' },
};
const thin: Partial<ExcelJS.Borders> = {
  top: { style: 'thin', color: { argb: 'FFB1B4B6' } },
  bottom: { style: 'thin', color: { argb: 'FFB1B4B6' } },
  left: { style: 'thin', color: { argb: 'FFB1B4B6' } },
  right: { style: 'thin', color: { argb: 'FFB1B4B6' } },
};

/** A row tall enough for text wrapped in a column this wide (spreadsheets do not grow rows
 * for wrapped text written by a program). */
function wrappedHeight(texts: readonly string[], widths: readonly number[]): number {
  const lines = Math.max(
    1,
    ...texts.map((text, index) =>
      Math.ceil(text.length / Math.max(1, Math.floor((widths[index] ?? 10) * 0.8) - 1)),
    ),
  );
  return Math.max(15, lines * 15);
}

const roundQuantity = (quantity: number | null) =>
  quantity === null ? null : Math.round(quantity * 100) / 100;

function periodText(period: ReportingPeriod): string {
  return `${period.label} (${longDate(period.start)} to ${longDate(period.end)})`;
}

function addMetadata(workbook: ExcelJS.Workbook, data: ReturnTemplateData): void {
  const sheet = workbook.addWorksheet(sheetNames.metadata, { state: 'veryHidden' });
  const values: [string, string | number][] = [
    [metadataKeys.version, templateVersion],
    [metadataKeys.workspaceId, data.workspaceId ?? ''],
    [metadataKeys.contractId, data.contract.id],
    [metadataKeys.contractReference, xlsxText(data.contract.reference)],
    [metadataKeys.period, data.period.label],
    [metadataKeys.periodStart, data.period.start],
    [metadataKeys.periodEnd, data.period.end],
  ];
  for (const row of values) sheet.addRow(row);
  sheet.addRow([metadataMeasuresHeading]);
  data.lines.forEach((line, index) =>
    sheet.addRow([firstLineRow + index, line.measureId, xlsxText(line.code)]),
  );
}

function addInstructions(workbook: ExcelJS.Workbook, data: ReturnTemplateData): void {
  const sheet = workbook.addWorksheet(sheetNames.instructions, {
    pageSetup: { fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const width = 80;
  sheet.getColumn(1).width = width;
  const lines = [
    `Social value return for ${data.councilName}`,
    '',
    `Contract: ${data.contract.reference}, ${data.contract.title}`,
    `Supplier: ${data.contract.supplierName}`,
    `Period: ${periodText(data.period)}`,
    '',
    'How to fill in this return',
    `1. Open the sheet called "${sheetNames.return}". There is a row for each social value measure of the contract.`,
    '2. In "Delivered this period", enter what you delivered in this period only, as a number in the unit shown (0 if none). Do not enter a running total.',
    '3. In "Evidence reference", say where the evidence is (a payroll extract, a timesheet, an invoice number).',
    '4. In "What was delivered", describe it in a few sentences; for a measure recorded as a narrative only, this is all that is needed.',
    '5. The grey cells are locked. Do not add, remove or move rows or columns, and do not rename the sheets: the council imports this file as it is.',
    '6. Save the file as .xlsx and send it back to the council.',
    '',
    '"Expected by end of period" is the part of the commitment the council expects delivered by the end of this period, across the whole contract so far.',
  ];
  const noted = data.lines.filter((line) => line.councilNote !== null);
  const notes =
    noted.length === 0
      ? []
      : [
          '',
          noteHeading,
          ...noted.map((line) => `${line.code} ${line.title}: ${line.councilNote}`),
        ];
  [...lines, ...notes].forEach((text, index) => {
    const cell = sheet.getCell(index + 1, 1);
    cell.value = xlsxText(text);
    cell.alignment = { wrapText: true, vertical: 'top' };
    sheet.getRow(index + 1).height = wrappedHeight([text], [width]);
  });
  sheet.getCell(1, 1).font = { bold: true, size: 14 };
  sheet.getCell(7, 1).font = { bold: true };
  if (notes.length > 0) sheet.getCell(lines.length + 2, 1).font = { bold: true };
}

/** The instructions' heading above the council's notes. */
export const noteHeading =
  "The council's notes on the return already sent for this period (answer them in this return)";

function addReturnSheet(workbook: ExcelJS.Workbook, data: ReturnTemplateData): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(sheetNames.return, {
    views: [{ state: 'frozen', ySplit: headingRow }],
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  returnColumns.forEach((column, index) => {
    sheet.getColumn(index + 1).width = column.width;
  });
  sheet.getCell('A1').value = 'Social value return';
  sheet.getCell('A1').font = { bold: true, size: 14 };
  sheet.getCell('A2').value = xlsxText(
    `Contract: ${data.contract.reference}, ${data.contract.title}`,
  );
  sheet.getCell('A3').value = xlsxText(`Supplier: ${data.contract.supplierName}`);
  sheet.getCell('A4').value = `Period: ${periodText(data.period)}`;
  sheet.getCell('A5').value = 'Fill in the white cells only. See the Instructions sheet.';
  sheet.getCell('A5').font = { italic: true };

  const heading = sheet.getRow(headingRow);
  returnColumns.forEach((column, index) => {
    const cell = heading.getCell(index + 1);
    cell.value = column.heading;
    cell.font = { bold: true };
    cell.alignment = { wrapText: true, vertical: 'bottom' };
    cell.border = thin;
    cell.fill = lockedFill;
  });
  heading.height = wrappedHeight(
    returnColumns.map((column) => column.heading),
    returnColumns.map((column) => column.width),
  );

  data.lines.forEach((line, index) => {
    const row = sheet.getRow(firstLineRow + index);
    row.values = [
      xlsxText(line.code),
      xlsxText(line.title),
      xlsxText(line.unit),
      roundQuantity(line.committed),
      roundQuantity(line.expected),
    ];
    row.height = wrappedHeight(
      [line.code, line.title, line.unit],
      returnColumns.map((column) => column.width),
    );
    if (line.councilNote !== null) row.getCell(1).note = xlsxText(line.councilNote);
    returnColumns.forEach((column, columnIndex) => {
      const cell = row.getCell(columnIndex + 1);
      cell.border = thin;
      cell.alignment = { wrapText: true, vertical: 'top' };
      const open =
        column.key === 'evidence' ||
        column.key === 'narrative' ||
        (column.key === 'delivered' && line.kind !== 'record-only');
      cell.fill = open ? inputFill : lockedFill;
      if (open) cell.protection = { locked: false };
    });
  });

  const last = firstLineRow + Math.max(data.lines.length, 1) - 1;
  const range = (key: Parameters<typeof columnLetter>[0]) =>
    `${columnLetter(key)}${firstLineRow}:${columnLetter(key)}${last}`;
  const validations = (sheet as unknown as RangeValidations).dataValidations;
  validations.add(range('delivered'), {
    type: 'decimal',
    operator: 'greaterThanOrEqual',
    formulae: [0],
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: 'A number is needed',
    error: 'Enter what was delivered in this period as a number, 0 or more, in the unit shown.',
  });
  validations.add(range('evidence'), {
    type: 'textLength',
    operator: 'lessThanOrEqual',
    formulae: [500],
    allowBlank: true,
    showErrorMessage: true,
    errorTitle: 'Too long',
    error: 'Keep the evidence reference under 500 characters.',
  });
  validations.add(range('narrative'), {
    type: 'textLength',
    operator: 'lessThanOrEqual',
    formulae: [maxCellLength],
    allowBlank: true,
    showErrorMessage: true,
    errorTitle: 'Too long',
    error: `Keep the narrative under ${maxCellLength} characters.`,
  });
  sheet.getColumn(columnNumber('delivered')).numFmt = '#,##0.##########';
  return sheet;
}

/** The template's file name: "C-001 return Q1 2025-26.xlsx". */
export function returnTemplateFileName(data: Pick<ReturnTemplateData, 'contract' | 'period'>) {
  const safe = `${data.contract.reference} return ${data.period.label}`.replace(
    /[\\/:*?"<>|]+/g,
    '-',
  );
  return `${safe}.xlsx`;
}

export async function returnTemplate(data: ReturnTemplateData): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Social Value Tracker';
  addMetadata(workbook, data);
  addInstructions(workbook, data);
  const sheet = addReturnSheet(workbook, data);
  await sheet.protect('', protection);
  workbook.views = [
    { x: 0, y: 0, width: 20000, height: 12000, firstSheet: 1, activeTab: 2, visibility: 'visible' },
  ];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
