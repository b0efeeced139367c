// The page layout rule shared by the preview, print and the PDF: blocks whole, headings with what
// follows, tables and lists run on row by row with their lead repeated and their foot once, an
// oversized item on a page of its own.

import { describe, expect, it } from 'vitest';
import { layoutPages, startPages, type FlowItem } from '../../shared/page-layout';

const block = (height: number, keepWithNext = false): FlowItem => ({
  kind: 'block',
  height,
  keepWithNext,
});
const heading = (height: number) => block(height, true);
const table = (rows: number[], lead = 30, foot = 0, tail = 10): FlowItem => ({
  kind: 'rows',
  lead,
  rows,
  foot,
  tail,
});

/** 30 + 10 × 40 + 10 = 440: more than a quarter of a 1,000 px page, so it may be split. */
const tenRows = Array.from({ length: 10 }, () => 40);

describe('layoutPages', () => {
  it('fills a page with whole blocks and starts the next page with the block that does not fit', () => {
    expect(layoutPages([block(400), block(500), block(200)], 1000)).toEqual([
      [
        { item: 0, from: 0, to: 0 },
        { item: 1, from: 0, to: 0 },
      ],
      [{ item: 2, from: 0, to: 0 }],
    ]);
  });

  it('uses a page exactly to its height', () => {
    expect(layoutPages([block(500), block(500)], 1000)).toHaveLength(1);
    expect(layoutPages([block(500), block(500.5)], 1000)).toHaveLength(2);
  });

  it('runs a table on to the next page, its lead on both and no row lost', () => {
    const pages = layoutPages([block(850), table(tenRows)], 1000);
    // 150 px left: lead 30 + tail 10 + two rows of 40 = 120; a third row would make 160.
    expect(pages).toEqual([
      [
        { item: 0, from: 0, to: 0 },
        { item: 1, from: 0, to: 2 },
      ],
      [{ item: 1, from: 2, to: 10 }],
    ]);
  });

  it('leaves no single row at the foot of a page, nor carries one alone to the next', () => {
    // 100 px left takes only one row under the lead: the table starts on the next page.
    expect(layoutPages([block(900), table(tenRows)], 1000)).toEqual([
      [{ item: 0, from: 0, to: 0 }],
      [{ item: 1, from: 0, to: 10 }],
    ]);
    // Nine of ten rows fit (30 + 9 × 40 + 10 = 400): eight stay, two go over.
    expect(layoutPages([block(600), table(tenRows)], 1000)).toEqual([
      [
        { item: 0, from: 0, to: 0 },
        { item: 1, from: 0, to: 8 },
      ],
      [{ item: 1, from: 8, to: 10 }],
    ]);
  });

  it('keeps a short table whole, on the next page when it does not fit', () => {
    // 30 + 4 × 40 + 10 = 200, no more than a quarter of the page.
    const pages = layoutPages([block(900), table([40, 40, 40, 40])], 1000);
    expect(pages).toEqual([[{ item: 0, from: 0, to: 0 }], [{ item: 1, from: 0, to: 4 }]]);
  });

  it('splits a long table over as many pages as it needs, each with its lead', () => {
    const rows = Array.from({ length: 300 }, () => 20);
    const pages = layoutPages([table(rows)], 1000);
    // Each page: 30 + 10 + 48 rows of 20 = 1000.
    expect(pages).toHaveLength(Math.ceil(300 / 48));
    const pieces = pages.flat();
    expect(pieces[0]).toEqual({ item: 0, from: 0, to: 48 });
    expect(pieces.map((piece) => piece.to - piece.from).reduce((a, b) => a + b)).toBe(300);
    pieces.slice(1).forEach((piece, index) => expect(piece.from).toBe(pieces[index]?.to));
  });

  it('carries the last row over with the totals rather than leaving the totals alone', () => {
    // 30 + 10 + 2 × 40 = 120 fits; the totals (50) after the last row would make 170.
    const pages = layoutPages([table([40, 40], 30, 50)], 150);
    expect(pages).toEqual([[{ item: 0, from: 0, to: 1 }], [{ item: 0, from: 1, to: 2 }]]);
  });

  it('moves a table whose first row does not fit under its header to the next page', () => {
    const pages = layoutPages([block(950), table(tenRows)], 1000);
    expect(pages).toEqual([[{ item: 0, from: 0, to: 0 }], [{ item: 1, from: 0, to: 10 }]]);
  });

  it('never leaves a heading alone at the foot of a page', () => {
    const pages = layoutPages([block(900), heading(50), block(100)], 1000);
    expect(pages).toEqual([
      [{ item: 0, from: 0, to: 0 }],
      [
        { item: 1, from: 0, to: 0 },
        { item: 2, from: 0, to: 0 },
      ],
    ]);
  });

  it('keeps a heading with the first rows of a long table, not the whole table', () => {
    const pages = layoutPages([block(800), heading(50), table(tenRows)], 1000);
    // 800 + 50 + 30 + 10 + 2 rows = 970: the heading, the lead and two rows stay on page one.
    expect(pages[0]).toEqual([
      { item: 0, from: 0, to: 0 },
      { item: 1, from: 0, to: 0 },
      { item: 2, from: 0, to: 2 },
    ]);
    expect(pages[1]).toEqual([{ item: 2, from: 2, to: 10 }]);
  });

  it('takes a heading over with a short table that goes over whole', () => {
    const pages = layoutPages([block(800), heading(50), table([40, 40, 40, 40])], 1000);
    expect(pages.map((page) => page.map((piece) => piece.item))).toEqual([[0], [1, 2]]);
  });

  it('keeps a run of headings together with what they head', () => {
    const pages = layoutPages([block(850), heading(50), heading(50), block(100)], 1000);
    expect(pages.map((page) => page.map((piece) => piece.item))).toEqual([[0], [1, 2, 3]]);
  });

  it('gives a block taller than a page a page of its own', () => {
    const pages = layoutPages([block(100), block(1500), block(100)], 1000);
    expect(pages.map((page) => page.map((piece) => piece.item))).toEqual([[0], [1], [2]]);
  });

  it('keeps a heading with a block too tall for any page, on a page of their own', () => {
    const pages = layoutPages([block(100), heading(50), block(1500), block(100)], 1000);
    expect(pages.map((page) => page.map((piece) => piece.item))).toEqual([[0], [1, 2], [3]]);
  });

  it('keeps a heading with a table whose first row is taller than a page', () => {
    const pages = layoutPages([block(100), heading(50), table([1200, 40, 40])], 1000);
    expect(pages).toEqual([
      [{ item: 0, from: 0, to: 0 }],
      [
        { item: 1, from: 0, to: 0 },
        { item: 2, from: 0, to: 1 },
      ],
      [{ item: 2, from: 1, to: 3 }],
    ]);
  });

  it('puts down a row taller than a page on a page of its own', () => {
    const pages = layoutPages([table([40, 1200, 40])], 1000);
    expect(pages).toEqual([
      [{ item: 0, from: 0, to: 1 }],
      [{ item: 0, from: 1, to: 2 }],
      [{ item: 0, from: 2, to: 3 }],
    ]);
  });

  it('lays out a table with no rows as its caption and header', () => {
    expect(layoutPages([table([])], 1000)).toEqual([[{ item: 0, from: 0, to: 0 }]]);
  });

  it('gives an empty flow one empty page', () => {
    expect(layoutPages([], 1000)).toEqual([[]]);
  });
});

describe('startPages', () => {
  it('starts each part after the pages before it and the parts before it', () => {
    expect(startPages(1, [2, 13, 1])).toEqual([2, 4, 17]);
    expect(startPages(2, [5])).toEqual([3]);
    expect(startPages(1, [])).toEqual([]);
  });
});
