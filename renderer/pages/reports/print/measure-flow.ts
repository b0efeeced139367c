// Measuring a part's flow as rendered at the printed width (MeasuredFlow), in two steps. First
// each table's column widths as the browser lays the whole table out; then, with the tables
// fixed at those widths (as their slices on the sheets will be), each entry's height, and for a
// table or list its lead (caption and header row), each row, its foot (totals) and the space
// below, from where each row starts, so margins and collapsed borders are counted once.

import type { FlowItem } from '../../../../shared/page-layout';
import { keepsWithNext, rowCount, type FlowEntry } from './report-flow';

/** Each table's column widths as shares of its width; undefined for anything else. */
export type ColumnWidths = (number[] | undefined)[];

export interface MeasuredPart {
  /** The height of a page's printable area. */
  pageHeight: number;
  items: FlowItem[];
  widths: ColumnWidths;
}

const top = (element: Element) => element.getBoundingClientRect().top;
const bottom = (element: Element) => element.getBoundingClientRect().bottom;

function measureRows(wrapper: Element): FlowItem {
  const rows = [...wrapper.querySelectorAll(':scope > table > tbody > tr, :scope > * > li')];
  const foot = wrapper.querySelector(':scope > table > tfoot');
  const starts = rows.map(top);
  const rowsEnd = foot ? top(foot) : bottom(rows[rows.length - 1] as Element);
  const footHeight = foot ? foot.getBoundingClientRect().height : 0;
  return {
    kind: 'rows',
    lead: (starts[0] as number) - top(wrapper),
    rows: starts.map((start, index) => (starts[index + 1] ?? rowsEnd) - start),
    foot: footHeight,
    tail: bottom(wrapper) - rowsEnd - footHeight,
  };
}

function columnWidths(wrapper: Element): number[] | undefined {
  const table = wrapper.querySelector(':scope > table');
  if (!table) return undefined;
  const total = table.getBoundingClientRect().width;
  return [...table.querySelectorAll(':scope > thead > tr > th')].map(
    (cell) => cell.getBoundingClientRect().width / total,
  );
}

export function measureWidths(body: HTMLElement, entries: readonly FlowEntry[]): ColumnWidths {
  return [...body.children].map((wrapper, index) =>
    rowCount(entries[index] as FlowEntry) ? columnWidths(wrapper) : undefined,
  );
}

export function measurePart(
  body: HTMLElement,
  entries: readonly FlowEntry[],
  widths: ColumnWidths,
): MeasuredPart {
  const wrappers = [...body.children];
  const items = entries.map((entry, index): FlowItem => {
    const wrapper = wrappers[index] as Element;
    const rows = rowCount(entry);
    if (rows !== null && rows > 0) return measureRows(wrapper);
    return {
      kind: 'block',
      height: wrapper.getBoundingClientRect().height,
      keepWithNext: keepsWithNext(entries, index),
    };
  });
  return { pageHeight: body.clientHeight, items, widths };
}
