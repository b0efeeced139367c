// The rows a register import (or its preview) left out, as a workbook to put right and import
// again: the file is read once more, row by row, keeping its heading row as it is (a blank
// heading stays blank, so a mapping saved for the file still matches) and the skipped rows'
// cells only.

import { basename, extname } from 'node:path';
import { xlsxMediaType, type ExportedFile } from '../../shared/exported-file';
import type { SkippedRow } from '../../shared/register-import';
import { readSheetRows, type FileSource } from '../excel/sheet-rows';
import { skippedRowsWorkbook, type SkippedRowCells } from '../excel/skipped-rows-workbook';

/** The file's layout as its outline found it: the heading row, and how many columns. */
export interface FileLayout {
  headerRow: number;
  width: number;
}

export async function skippedRowsFile(
  source: FileSource,
  { headerRow, width }: FileLayout,
  skipped: readonly SkippedRow[],
): Promise<ExportedFile> {
  const byRow = new Map(skipped.map((skip) => [skip.row, skip]));
  const rows: SkippedRowCells[] = [];
  let headings: string[] = [];
  const reading = await readSheetRows(source);
  for await (const { row, cells } of reading.rows) {
    if (row === headerRow) headings = Array.from({ length: width }, (_, i) => cells[i] ?? '');
    const skip = byRow.get(row);
    if (skip) rows.push({ ...skip, cells });
  }
  const bytes = await skippedRowsWorkbook(headings, rows);
  const name = basename(source.fileName, extname(source.fileName));
  return {
    fileName: `${name} skipped rows.xlsx`,
    mediaType: xlsxMediaType,
    contentBase64: bytes.toString('base64'),
  };
}
