// The rows an import left out, as a sheet the officer can put right and import again: each row's
// number in the file and why it was left out, then the file's own columns with the row's cells
// as they were read. The import maps columns by their headings, so the added ones in front are
// left alone, and a saved mapping still recognises the file (register-mapping.ts leaves them out
// of a file's headings signature). Written as it streams, however many rows were left out. Pure:
// rows in, sheet out.

import type { SkippedRow } from '../../shared/register-import';
import type { CellValue, SheetColumn } from './sheet-cells';
import type { RowPages, StreamedWorkbook } from './streamed-workbook';

/** The columns added in front of the file's own. */
export const skippedRowColumns = ['Row in the file', 'Left out for', 'What to put right'] as const;

export interface SkippedRowCells extends SkippedRow {
  /** The row's cells as read from the file, in the file's column order. */
  cells: readonly string[];
}

/** A skipped row's values: why, then its cells under the file's `width` headings. */
export const skippedRowValues = (width: number, skipped: SkippedRowCells): CellValue[] => [
  skipped.row,
  skipped.kind,
  skipped.reason,
  ...Array.from({ length: width }, (_, index) => skipped.cells[index] || null),
];

/** Adds the sheet of skipped rows, each page made by skippedRowValues; how many rows. */
export function addSkippedRowsSheet(
  book: StreamedWorkbook,
  headings: readonly string[],
  pages: RowPages,
): Promise<number> {
  const columns: SheetColumn[] = [
    { header: skippedRowColumns[0], kind: 'number' },
    { header: skippedRowColumns[1], kind: 'text', width: 24 },
    { header: skippedRowColumns[2], kind: 'text', width: 80 },
    ...headings.map((header): SheetColumn => ({ header, kind: 'text' })),
  ];
  return book.addSheet('Skipped rows', columns, pages);
}
