// The whole workspace as one workbook: a contents sheet, then a sheet per table with its columns
// as stored (header row, money as £, dates as real dates), written as it streams.

import type { CellValue, SheetColumn } from './sheet-cells';
import type { RowPages, StreamedWorkbook } from './streamed-workbook';

export interface TableToWrite {
  name: string;
  columns: SheetColumn[];
  rowCount: number;
  pages(): RowPages;
}

/** Excel's limit on a sheet name's length. */
const sheetNameLimit = 31;

const contentsColumns: SheetColumn[] = [
  { header: 'Sheet', kind: 'text', width: 32 },
  { header: 'Rows', kind: 'number', width: 12 },
];

export async function addWorkspaceSheets(
  book: StreamedWorkbook,
  tables: readonly TableToWrite[],
): Promise<void> {
  const contents: CellValue[][] = tables.map((table) => [
    table.name.slice(0, sheetNameLimit),
    table.rowCount,
  ]);
  await book.addSheet('Contents', contentsColumns, [contents]);
  for (const table of tables) {
    await book.addSheet(table.name.slice(0, sheetNameLimit), table.columns, table.pages());
  }
}
