// The rows a register import (or its preview) left out, as a workbook to put right and import
// again: the file is read once more, row by row, keeping its heading row as it is (a blank
// heading stays blank, so a mapping saved for the file still matches) and passing on the
// skipped rows' cells a page at a time as the workbook is written.

import { basename, extname } from 'node:path';
import { xlsxMediaType, type ExportedFile } from '../../shared/exported-file';
import type { SkippedRow } from '../../shared/register-import';
import type { CellValue } from '../excel/sheet-cells';
import { readSheetRows, type FileSource, type SheetRow } from '../excel/sheet-rows';
import { addSkippedRowsSheet, skippedRowValues } from '../excel/skipped-rows-workbook';
import { workbookBytes } from '../excel/streamed-workbook';

/** The file's layout as its outline found it: the heading row, and how many columns. */
export interface FileLayout {
  headerRow: number;
  width: number;
}

const pageSize = 500;

async function* skippedPages(
  rows: AsyncIterator<SheetRow>,
  width: number,
  skipped: readonly SkippedRow[],
): AsyncGenerator<CellValue[][]> {
  const byRow = new Map(skipped.map((skip) => [skip.row, skip]));
  let page: CellValue[][] = [];
  for (let next = await rows.next(); !next.done; next = await rows.next()) {
    const skip = byRow.get(next.value.row);
    if (!skip) continue;
    page.push(skippedRowValues(width, { ...skip, cells: next.value.cells }));
    if (page.length >= pageSize) {
      yield page;
      page = [];
    }
  }
  if (page.length > 0) yield page;
}

export async function skippedRowsFile(
  source: FileSource,
  { headerRow, width }: FileLayout,
  skipped: readonly SkippedRow[],
): Promise<ExportedFile> {
  const reading = await readSheetRows(source);
  const rows = reading.rows[Symbol.asyncIterator]();
  try {
    let headings: string[] = [];
    for (let next = await rows.next(); !next.done; next = await rows.next()) {
      if (next.value.row !== headerRow) continue;
      headings = Array.from({ length: width }, (_, index) => next.value.cells[index] ?? '');
      break;
    }
    const bytes = await workbookBytes(async (book) => {
      await addSkippedRowsSheet(book, headings, skippedPages(rows, width, skipped));
    });
    const name = basename(source.fileName, extname(source.fileName));
    return {
      fileName: `${name} skipped rows.xlsx`,
      mediaType: xlsxMediaType,
      contentBase64: bytes.toString('base64'),
    };
  } finally {
    await rows.return?.();
  }
}
