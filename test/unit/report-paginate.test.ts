// From measured parts to printed sheets: each report from a new sheet under its own running
// header, tables and lists given their slices and column widths, and a pack's contents page
// giving the page each report starts on.

import { describe, expect, it } from 'vitest';
import type { FlowItem } from '../../shared/page-layout';
import type { MeasuredPart } from '../../renderer/pages/reports/print/measure-flow';
import { paginate } from '../../renderer/pages/reports/print/paginate';
import {
  flowParts,
  keepsWithNext,
  rowCount,
  type FlowEntry,
} from '../../renderer/pages/reports/print/report-flow';
import type { ReportPack } from '../../shared/report-document';
import { annualReport, scrutinyUpdate } from '../fixtures/report-documents';

const pageHeight = 1000;

/** Every entry 100 px, every row 30 px; a table's columns in equal shares. */
function measured(pack: ReportPack, contents: boolean): MeasuredPart[] {
  return flowParts(pack, contents).map((part) => ({
    pageHeight,
    items: part.entries.map((entry): FlowItem => {
      const rows = rowCount(entry);
      return rows
        ? { kind: 'rows', lead: 60, rows: Array<number>(rows).fill(30), foot: 0, tail: 10 }
        : { kind: 'block', height: 100, keepWithNext: entry.kind === 'heading' };
    }),
    widths: part.entries.map((entry) => (rowCount(entry) ? [0.5, 0.5] : undefined)),
  }));
}

const pack: ReportPack = { title: 'Cabinet pack', documents: [scrutinyUpdate, annualReport] };

describe('paginate', () => {
  it('starts each report on a new sheet under its committee and date', () => {
    const sheets = paginate(pack, false, measured(pack, false));
    const headers = [...new Set(sheets.map((sheet) => sheet.header))];
    expect(headers).toEqual([
      'Economic Development, Transport & Tourism Scrutiny Commission · 23 October 2025',
      'Cabinet · 18 June 2026',
    ]);
    const firstAnnual = sheets.findIndex((sheet) => sheet.header === headers[1]);
    expect(sheets[firstAnnual]?.pieces[0]?.entry).toEqual({
      kind: 'cover',
      meta: annualReport.meta,
    });
  });

  it('gives a long table’s slices on consecutive sheets, all its rows once, with its widths', () => {
    const sheets = paginate(pack, false, measured(pack, false));
    const slices = sheets.flatMap((sheet) =>
      sheet.pieces.filter(
        (piece) =>
          piece.entry.kind === 'block' &&
          piece.entry.numbered.block.kind === 'table' &&
          piece.entry.numbered.block.rows.length === 300,
      ),
    );
    expect(slices.length).toBeGreaterThan(5);
    expect(slices[0]?.slice?.from).toBe(0);
    expect(slices.at(-1)?.slice?.to).toBe(300);
    slices.slice(1).forEach((piece, index) => {
      expect(piece.slice?.from).toBe(slices[index]?.slice?.to);
      expect(piece.slice?.widths).toEqual([0.5, 0.5]);
    });
  });

  it('marks the sheet holding something taller than a page, and only that one', () => {
    const parts = measured(pack, false);
    const [first] = parts;
    const tall = first?.items.findIndex((item) => item.kind === 'block' && !item.keepWithNext);
    if (!first || tall === undefined || tall < 0) throw new Error('No block to make tall');
    first.items[tall] = { kind: 'block', height: 1500, keepWithNext: false };
    const sheets = paginate(pack, false, parts);
    const flagged = sheets.filter((sheet) => sheet.overflows);
    expect(flagged).toHaveLength(1);
    expect(flagged[0]?.pieces).toHaveLength(1);
    expect(paginate(pack, false, measured(pack, false)).some((sheet) => sheet.overflows)).toBe(
      false,
    );
  });

  it('fills in the contents page with the sheet each report starts on', () => {
    const sheets = paginate(pack, true, measured(pack, true));
    const startOf = (header: string) => sheets.findIndex((sheet) => sheet.header === header) + 1;
    const contents = sheets[0]?.pieces.find((piece) => piece.entry.kind === 'block')?.entry;
    if (contents?.kind !== 'block' || contents.numbered.block.kind !== 'table') {
      throw new Error('No contents table on the first sheet');
    }
    expect(sheets[0]?.header).toBe('Cabinet pack');
    expect(contents.numbered.block.rows.map((row) => row[2])).toEqual([
      startOf('Economic Development, Transport & Tourism Scrutiny Commission · 23 October 2025'),
      startOf('Cabinet · 18 June 2026'),
    ]);
    expect(startOf('Cabinet · 18 June 2026')).toBeGreaterThan(2);
  });
});

describe('keepsWithNext', () => {
  const paragraph: FlowEntry = {
    kind: 'block',
    numbered: {
      block: { kind: 'paragraph', runs: [{ text: 'As set out below.' }], numbered: true },
      number: '3.1',
    },
  };
  const table: FlowEntry = {
    kind: 'block',
    numbered: {
      block: { kind: 'table', caption: 'Tasks', columns: [], rows: [], appendixSheet: 'Tasks' },
      number: null,
    },
  };
  const heading: FlowEntry = { kind: 'heading', text: '3. Main report' };

  it('keeps headings and a paragraph leading into a table with what follows', () => {
    const entries = [heading, paragraph, table, paragraph, paragraph];
    expect(entries.map((_, index) => keepsWithNext(entries, index))).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
  });
});
