// The rows an import left out, as a workbook the officer can put right and import again: each
// row's number in the file and why it was left out, then the file's own columns with the row's
// cells as they were read. The import maps columns by their headings, so the added ones in front
// are left alone, and a saved mapping still recognises the file (register-mapping.ts leaves them
// out of a file's headings signature). Rows in, .xlsx bytes out. Pure.

import type { SkippedRow } from '../../shared/register-import';
import { listWorkbook, type CellValue, type SheetColumn } from './list-workbook';

/** The columns added in front of the file's own. */
export const skippedRowColumns = ['Row in the file', 'Left out for', 'What to put right'] as const;

export interface SkippedRowCells extends SkippedRow {
  /** The row's cells as read from the file, in the file's column order. */
  cells: readonly string[];
}

export function skippedRowsWorkbook(
  headings: readonly string[],
  rows: readonly SkippedRowCells[],
): Promise<Buffer> {
  const columns: SheetColumn[] = [
    { header: skippedRowColumns[0], kind: 'number' },
    { header: skippedRowColumns[1], kind: 'text', width: 24 },
    { header: skippedRowColumns[2], kind: 'text', width: 80 },
    ...headings.map((header): SheetColumn => ({ header, kind: 'text' })),
  ];
  const values = rows.map((skipped): CellValue[] => [
    skipped.row,
    skipped.kind,
    skipped.reason,
    ...headings.map((_, index) => skipped.cells[index] || null),
  ]);
  return listWorkbook('Skipped rows', columns, values);
}
