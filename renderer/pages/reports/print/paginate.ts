// From a measured pack to its printed sheets: each part laid out on its own pages (page-layout.ts),
// the sheets numbered through the whole pack, and the contents page given each report's first
// page. The contents table's rows keep their height once the numbers are in (its page column is
// of fixed width), so the measured layout still holds.

import {
  layoutPages,
  pieceHeight,
  startPages,
  type FlowItem,
  type Piece,
} from '../../../../shared/page-layout';
import type { ReportPack } from '../../../../shared/report-document';
import type { MeasuredPart } from './measure-flow';
import { flowParts, type FlowEntry } from './report-flow';
import type { RowSlice } from './row-slice';

/** Leeway for the rounding between the screen, where pages are measured, and print. */
const leewayPx = 2;

export interface SheetPiece {
  entry: FlowEntry;
  /** The rows shown, for a table or list that runs on over pages. */
  slice?: RowSlice;
}

export interface Sheet {
  header: string;
  pieces: SheetPiece[];
  /** Something on the sheet is taller than a page (a very long paragraph) and is cut off. */
  overflows: boolean;
}

export function paginate(
  pack: ReportPack,
  contents: boolean,
  measured: readonly MeasuredPart[],
): Sheet[] {
  const laid = measured.map(({ items, widths, pageHeight }) => {
    const room = pageHeight - leewayPx;
    return { items, widths, room, pages: layoutPages(items, room) };
  });
  const starts = contents
    ? startPages(
        laid[0]?.pages.length ?? 0,
        laid.slice(1).map(({ pages }) => pages.length),
      )
    : null;
  const parts = flowParts(pack, contents, starts);
  return laid.flatMap(({ items, widths, room, pages }, partIndex) => {
    const part = parts[partIndex];
    if (!part) return [];
    const piece = ({ item, from, to }: Piece): SheetPiece => {
      const entry = part.entries[item] as FlowEntry;
      const isRows = items[item]?.kind === 'rows';
      return isRows ? { entry, slice: { from, to, widths: widths[item] } } : { entry };
    };
    const height = (page: Piece[]) =>
      page.reduce((total, each) => total + pieceHeight(items[each.item] as FlowItem, each), 0);
    return pages.map((page) => ({
      header: part.header,
      pieces: page.map(piece),
      overflows: height(page) > room,
    }));
  });
}
