// Laying a report's measured blocks out on printed pages, the one rule the preview, print and the
// PDF share. A block (the cover, a heading, a paragraph, a chart) is never split; a heading keeps
// with what follows it; a short table or list (a quarter of a page or less) is kept whole; a
// longer one runs on over pages row by row, repeating its caption and header row on each page (its
// lead) and printing its totals (its foot) only on the last, with never a single row left at the
// foot of a page or carried to the next; a block taller than a page gets a page of its own. Heights are CSS pixels, as measured on the screen.

export type FlowItem =
  | { kind: 'block'; height: number; keepWithNext: boolean }
  | {
      kind: 'rows';
      /** Caption and header row: printed on every page the rows run on to. */
      lead: number;
      rows: number[];
      /** A totals row: printed once, after the last row. */
      foot: number;
      /** Space below the rows (the bottom margin): on every page. */
      tail: number;
    };

/** Part of an item on a page: a block whole (from = to = 0), or rows [from, to) of a table. */
export interface Piece {
  item: number;
  from: number;
  to: number;
}

export type LaidPage = Piece[];

/** A table or list no taller than this share of a page is never split. */
const shortShare = 0.25;
/** The fewest rows a split leaves at the foot of a page, or carries over to the next. */
const minRows = 2;

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

const wholeHeight = (item: Extract<FlowItem, { kind: 'rows' }>) =>
  item.lead + sum(item.rows) + item.foot + item.tail;

const isShort = (item: Extract<FlowItem, { kind: 'rows' }>, pageHeight: number) =>
  wholeHeight(item) <= pageHeight * shortShare;

/** The least of an item that may end a page: a block or short table whole, else its first rows. */
function opening(item: FlowItem, pageHeight: number): number {
  if (item.kind === 'block') return item.height;
  if (isShort(item, pageHeight)) return wholeHeight(item);
  const first = sum(item.rows.slice(0, minRows));
  return item.lead + first + item.tail + (item.rows.length <= minRows ? item.foot : 0);
}

/** The height a block needs where it stands: itself, any headings after it, and what they head. */
function keptTogether(items: readonly FlowItem[], index: number, pageHeight: number): number {
  let height = 0;
  for (let next = index; next < items.length; next += 1) {
    const item = items[next] as FlowItem;
    height += opening(item, pageHeight);
    if (item.kind !== 'block' || !item.keepWithNext) break;
  }
  return height;
}

/** How many rows from `from` fit in `room`, the last of the rows carrying the foot. */
function rowsThatFit(
  item: Extract<FlowItem, { kind: 'rows' }>,
  from: number,
  room: number,
): number {
  let height = item.lead + item.tail;
  let count = 0;
  while (from + count < item.rows.length) {
    const next = height + (item.rows[from + count] as number);
    const last = from + count + 1 === item.rows.length;
    if (next + (last ? item.foot : 0) > room) break;
    height = next;
    count += 1;
  }
  return count;
}

/** How many rows from `from` go on this page: as many as fit, but no row left alone. */
function rowsOnPage(
  item: Extract<FlowItem, { kind: 'rows' }>,
  from: number,
  room: number,
  emptyPage: boolean,
): number {
  const remaining = item.rows.length - from;
  let count = rowsThatFit(item, from, room);
  if (count === remaining) return count;
  if (remaining - count < minRows) count = Math.max(0, remaining - minRows);
  return count < minRows && !emptyPage ? 0 : count;
}

export function layoutPages(items: readonly FlowItem[], pageHeight: number): LaidPage[] {
  const pages: LaidPage[] = [];
  let page: LaidPage = [];
  let used = 0;
  const turn = () => {
    pages.push(page);
    page = [];
    used = 0;
  };
  /** Whether the page so far ends with a heading that goes with the next item, wherever. */
  const bound = () => {
    const last = page.at(-1);
    const previous = last && items[last.item];
    return previous?.kind === 'block' && previous.keepWithNext;
  };
  items.forEach((item, index) => {
    // An item bound to the heading before it stays with it even when the two overfill the page.
    const free = page.length > 0 && !bound();
    if (item.kind === 'block') {
      if (free && used + keptTogether(items, index, pageHeight) > pageHeight) turn();
      page.push({ item: index, from: 0, to: 0 });
      used += item.height;
      return;
    }
    if (free && isShort(item, pageHeight) && used + wholeHeight(item) > pageHeight) turn();
    let from = 0;
    for (;;) {
      const fresh = page.length === 0 || (from === 0 && bound());
      const fitted = rowsOnPage(item, from, pageHeight - used, fresh);
      const remaining = item.rows.length - from;
      if (fitted === 0 && remaining > 0 && !fresh) {
        turn();
        continue;
      }
      // On an empty page at least one row goes down, however tall.
      const count = remaining === 0 ? 0 : Math.max(fitted, 1);
      const to = from + count;
      page.push({ item: index, from, to });
      used +=
        item.lead +
        item.tail +
        sum(item.rows.slice(from, to)) +
        (to === item.rows.length ? item.foot : 0);
      from = to;
      if (from >= item.rows.length) return;
      turn();
    }
  });
  if (page.length > 0 || pages.length === 0) pages.push(page);
  return pages;
}

/** The height a piece takes on its page. */
export function pieceHeight(item: FlowItem, { from, to }: Piece): number {
  if (item.kind === 'block') return item.height;
  const foot = to === item.rows.length ? item.foot : 0;
  return item.lead + sum(item.rows.slice(from, to)) + foot + item.tail;
}

/** The first page of each part: after `before` pages, each where the one before it ends. */
export function startPages(before: number, partPages: readonly number[]): number[] {
  let next = before + 1;
  return partPages.map((pages) => {
    const start = next;
    next += pages;
    return start;
  });
}
