// A list screen's rows as the workbook its "Export to Excel" hands over: one sheet named after
// the list, the columns an officer sees in the order shown, the file named with today's date.

import { calendarDateOf } from '../../shared/calendar-date';
import { xlsxMediaType, type ExportedFile } from '../../shared/exported-file';
import { listWorkbook, type CellValue, type SheetColumn } from './list-workbook';

export interface ListSheet<Row> {
  name: string;
  columns: (SheetColumn & { value: (row: Row) => CellValue })[];
}

export async function exportList<Row>(
  sheet: ListSheet<Row>,
  rows: readonly Row[],
): Promise<ExportedFile> {
  const bytes = await listWorkbook(
    sheet.name,
    sheet.columns,
    rows.map((row) => sheet.columns.map((column) => column.value(row))),
  );
  // Today on this machine's calendar: just after midnight in summer is already tomorrow here.
  const today = calendarDateOf();
  return {
    fileName: `${sheet.name.toLowerCase()} ${today}.xlsx`,
    mediaType: xlsxMediaType,
    contentBase64: bytes.toString('base64'),
  };
}
