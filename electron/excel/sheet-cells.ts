// The kinds of cell an exported sheet holds, and how each is written to .xlsx: money as £
// numbers, dates as real Excel dates, text through the formula guard. Shared by the in-memory
// list workbooks and the streamed register and workspace workbooks.

import type ExcelJS from 'exceljs';
import { xlsxText } from './formula-guard';

export type CellKind = 'text' | 'money' | 'date' | 'dateTime' | 'number' | 'decimal' | 'yesNo';
export type CellValue = string | number | boolean | null;

export interface SheetColumn {
  header: string;
  kind: CellKind;
  width?: number;
}

const formats: Partial<Record<CellKind, string>> = {
  money: '£#,##0.00;[Red]-£#,##0.00',
  date: 'dd/mm/yyyy',
  dateTime: 'dd/mm/yyyy hh:mm',
  number: '#,##0',
};

/** A calendar date (YYYY-MM-DD) as the Date Excel shows as that day, whatever the time zone. */
function excelDate(date: string): Date {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1));
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const isoDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

export function cellValue(value: CellValue, kind: CellKind): ExcelJS.CellValue {
  if (value === null) return null;
  if (kind === 'money') return Number(value) / 100;
  // A date column's value that is not an ISO date stays the text it is, never an invalid date.
  if (kind === 'date' && isoDate.test(String(value))) return excelDate(String(value));
  if (kind === 'dateTime' && isoDateTime.test(String(value))) return new Date(String(value));
  if (kind === 'yesNo') return value ? 'Yes' : 'No';
  if (kind === 'number' || kind === 'decimal') return Number(value);
  return xlsxText(String(value));
}

/** The sheet's column definitions: header, width and number format. */
export function sheetColumns(columns: readonly SheetColumn[]): Partial<ExcelJS.Column>[] {
  return columns.map((column) => {
    const numFmt = formats[column.kind];
    return {
      header: xlsxText(column.header),
      width: column.width ?? Math.max(12, column.header.length + 2),
      style: numFmt ? { numFmt } : {},
    };
  });
}

/** The row of cell values for one row of data. */
export const rowValues = (columns: readonly SheetColumn[], row: readonly CellValue[]) =>
  row.map((value, index) => cellValue(value, columns[index]?.kind ?? 'text'));
