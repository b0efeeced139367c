// The Excel appendix, read back with exceljs: a details sheet, a sheet per table and chart,
// typed cells (money as £ numbers), totals kept apart, names intact.

import { describe, expect, it } from 'vitest';
import { appendixWorkbook } from '../../electron/reports/appendix-workbook';
import type { ReportDocument } from '../../shared/report-document';
import {
  annualReport,
  awkwardSupplier,
  longTableRow,
  longTableRowCount,
  scrutinyUpdate,
} from '../fixtures/report-documents';
import { readWorkbook } from '../fixtures/read-outputs';

describe('appendixWorkbook', () => {
  it('has the report sheet first, then a sheet per table and chart', async () => {
    const workbook = await readWorkbook(await appendixWorkbook(annualReport));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Report',
      'Headline figures',
      'Contracts',
      'Committed v delivered',
    ]);
    const report = workbook.getWorksheet('Report');
    expect(report?.getRow(1).values).toEqual([
      undefined,
      'Report',
      'Annual Social Value Report 2025/26',
    ]);
    expect(report?.getRow(3).values).toEqual([undefined, 'Committee', 'Cabinet']);
  });

  it('writes money as £ numbers in pounds, counts as numbers and the header row bold', async () => {
    const workbook = await readWorkbook(await appendixWorkbook(annualReport));
    const sheet = workbook.getWorksheet('Contracts');
    expect(sheet?.getRow(1).values).toEqual([
      undefined,
      'Reference',
      'Supplier',
      'Value',
      'Commitments',
    ]);
    expect(sheet?.getRow(1).font?.bold).toBe(true);
    const [reference, , pence, count] = longTableRow(41);
    const row = sheet?.getRow(43);
    expect(row?.getCell(1).value).toBe(reference);
    expect(row?.getCell(3).value).toBe(Number(pence) / 100);
    expect(row?.getCell(3).numFmt).toContain('£#,##0.00');
    expect(row?.getCell(4).value).toBe(count);
    // The totals after a blank row.
    expect(sheet?.getRow(longTableRowCount + 2).getCell(1).value).toBeNull();
    expect(sheet?.getRow(longTableRowCount + 3).getCell(3).value).toBe(8_536_732.5);
  });

  it('writes headline figures a column each, in their own formats', async () => {
    const workbook = await readWorkbook(await appendixWorkbook(annualReport));
    const sheet = workbook.getWorksheet('Headline figures');
    expect(sheet?.getRow(1).values).toEqual([
      undefined,
      'Contracts in scope',
      'Social value committed',
      'Delivered and verified',
      'Spent with local suppliers (%)',
    ]);
    expect(sheet?.getRow(2).values).toEqual([undefined, 300, 2_475_000, 1_850_500, 62.5]);
    expect(sheet?.getRow(2).getCell(2).numFmt).toContain('£#,##0.00');
  });

  it('keeps apostrophes, ampersands and non-ASCII names', async () => {
    const workbook = await readWorkbook(await appendixWorkbook(annualReport));
    expect(workbook.getWorksheet('Contracts')?.getRow(9).getCell(2).value).toBe(awkwardSupplier);
  });

  it('writes a chart as its figures, a column per series', async () => {
    const workbook = await readWorkbook(await appendixWorkbook(scrutinyUpdate));
    const sheet = workbook.getWorksheet('Committed v delivered');
    expect(sheet?.getRow(1).values).toEqual([undefined, 'Category', 'Committed', 'Delivered']);
    expect(sheet?.getRow(4).values).toEqual([undefined, 'Social', 32_500.5, 10_000]);
  });

  it('does not repeat a chart whose table already holds its figures, and names clashes apart', async () => {
    const table = scrutinyUpdate.sections[2]?.blocks[1];
    const chart = scrutinyUpdate.sections[2]?.blocks[2];
    if (table?.kind !== 'table' || chart?.kind !== 'bar-chart') throw new Error('fixture changed');
    const report: ReportDocument = {
      ...scrutinyUpdate,
      sections: [
        {
          heading: 'Data',
          numbered: true,
          blocks: [
            { ...table, appendixSheet: 'Themes' },
            { ...chart, appendixSheet: 'Themes' },
            { ...table, appendixSheet: 'Formula: =A1*[2]?' },
            { ...table, appendixSheet: 'Formula: =A1*[2]?' },
          ],
        },
      ],
    };
    const workbook = await readWorkbook(await appendixWorkbook(report));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Report',
      'Themes',
      'Formula  =A1  2',
      'Formula  =A1  2 (2)',
    ]);
  });

  it('writes text that looks like a formula as text', async () => {
    const report: ReportDocument = {
      ...scrutinyUpdate,
      meta: { ...scrutinyUpdate.meta, title: '=HYPERLINK("http://x","y")' },
    };
    const workbook = await readWorkbook(await appendixWorkbook(report));
    const cell = workbook.getWorksheet('Report')?.getRow(1).getCell(2);
    expect(cell?.value).toBe('=HYPERLINK("http://x","y")');
    expect(cell?.formula).toBeUndefined();
  });
});
