// The Excel appendix of a report (document in, bytes out): a first sheet with the report's
// details, then one sheet per table, chart and set of headline figures, named as the report names it (appendixSheet),
// with a bold frozen header row and typed cells (money as £ numbers, counts and quantities as
// numbers, dates as dates) written through the app's formula guard (sheet-cells.ts).

import ExcelJS from 'exceljs';
import type { CellFormat, ReportDocument, TableColumn } from '../../shared/report-document';
import { rowValues, sheetColumns, type CellKind, type SheetColumn } from '../excel/sheet-cells';
import { chartTable } from './chart-table';

const kinds: Record<CellFormat, CellKind> = {
  text: 'text',
  money: 'money',
  count: 'number',
  quantity: 'decimal',
  percent: 'decimal',
  date: 'date',
};

const sheetColumn = (column: TableColumn): SheetColumn => ({
  header: column.format === 'percent' ? `${column.label} (%)` : column.label,
  kind: kinds[column.format],
  width: column.format === 'text' ? Math.max(16, Math.min(60, column.label.length + 2)) : 16,
});

interface AppendixSheet {
  name: string;
  caption: string;
  columns: TableColumn[];
  rows: (string | number | null)[][];
  totals?: (string | number | null)[];
}

/** Characters Excel refuses in a sheet name, and its 31-character limit. */
const sheetName = (name: string) =>
  name
    .replace(/[[\]:*?/\\]/g, ' ')
    .trim()
    .slice(0, 31) || 'Data';

/** A name not yet taken: "Contracts", then "Contracts (2)"... */
function freeName(name: string, taken: Set<string>): string {
  const base = sheetName(name);
  let candidate = base;
  for (let count = 2; taken.has(candidate.toLowerCase()); count += 1) {
    candidate = `${base.slice(0, 31 - ` (${count})`.length)} (${count})`;
  }
  taken.add(candidate.toLowerCase());
  return candidate;
}

const headlineSheet = 'Headline figures';

/**
 * A sheet per table and per set of headline figures; a chart's figures get a sheet of their own only when no table already
 * holds them under the chart's sheet name (a theme table and its chart share one).
 */
function appendixSheets(report: ReportDocument): AppendixSheet[] {
  const blocks = report.sections.flatMap((section) => section.blocks);
  const taken = new Set<string>();
  const sheets: AppendixSheet[] = [];
  for (const block of blocks) {
    if (block.kind === 'table') {
      sheets.push({ ...block, name: freeName(block.appendixSheet, taken) });
    }
    if (block.kind === 'figures') {
      // A column per figure, so each keeps its own format (£, count, %).
      sheets.push({
        name: freeName(headlineSheet, taken),
        caption: headlineSheet,
        columns: block.items.map(({ label, format }) => ({ label, format })),
        rows: [block.items.map((item) => item.value)],
      });
    }
  }
  for (const block of blocks) {
    if (block.kind === 'bar-chart' && !taken.has(sheetName(block.appendixSheet).toLowerCase())) {
      const name = freeName(block.appendixSheet, taken);
      sheets.push({ name, caption: block.caption, ...chartTable(block) });
    }
  }
  return sheets;
}

function addDetailsSheet(
  workbook: ExcelJS.Workbook,
  report: ReportDocument,
  sheets: AppendixSheet[],
) {
  const { meta } = report;
  const columns: SheetColumn[] = [
    { header: 'Report', kind: 'text', width: 28 },
    { header: meta.title, kind: 'text', width: 70 },
  ];
  const sheet = workbook.addWorksheet('Report');
  sheet.columns = sheetColumns(columns);
  sheet.getRow(1).font = { bold: true };
  const rows: [string, string][] = [
    ['Council', meta.councilName],
    ['Committee', meta.committee],
    ['Meeting date', meta.meetingDate],
    ['Report of', meta.reportOf],
    ['Author', meta.author],
    ['Period covered', meta.periodCovered],
    ['Version', meta.version],
    ['Classification', meta.classification],
    ...sheets.map((each): [string, string] => [`Sheet "${each.name}"`, each.caption]),
  ];
  for (const row of rows) sheet.addRow(rowValues(columns, row));
}

export async function appendixWorkbook(report: ReportDocument): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Social Value Tracker';
  workbook.title = `${report.meta.title}: appendix`;
  const sheets = appendixSheets(report);
  addDetailsSheet(workbook, report, sheets);
  for (const appendix of sheets) {
    const columns = appendix.columns.map(sheetColumn);
    const sheet = workbook.addWorksheet(appendix.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = sheetColumns(columns);
    sheet.getRow(1).font = { bold: true };
    for (const row of appendix.rows) sheet.addRow(rowValues(columns, row));
    if (appendix.totals) {
      sheet.addRow([]);
      sheet.addRow(rowValues(columns, appendix.totals)).font = { bold: true };
    }
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
