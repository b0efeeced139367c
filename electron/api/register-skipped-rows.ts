// The rows a register import (or its preview) left out, as a workbook to put right and import
// again: the file is read once more, row by row, keeping the cells of the skipped rows only.

import { basename, extname } from 'node:path';
import { xlsxMediaType, type ExportedFile } from '../../shared/exported-file';
import type { SkippedRow } from '../../shared/register-import';
import { readSheetRows, type FileSource } from '../excel/sheet-rows';
import { skippedRowsWorkbook, type SkippedRowCells } from '../excel/skipped-rows-workbook';

export async function skippedRowsFile(
  source: FileSource,
  headings: readonly string[],
  skipped: readonly SkippedRow[],
): Promise<ExportedFile> {
  const byRow = new Map(skipped.map((skip) => [skip.row, skip]));
  const rows: SkippedRowCells[] = [];
  const reading = await readSheetRows(source);
  for await (const { row, cells } of reading.rows) {
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
