// A long list of records as one keyboard stop: an ARIA grid whose rows are drawn only while in
// view (fixed row height), fetched window by window. Up, Down, Page Up, Page Down, Home and End
// move the current row; Enter opens it; a click opens any row.

import { useEffect, useId, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import type { SortDirection } from '../../shared/list-query';
import { href, navigate } from '../router';
import type { ListColumn } from './list-columns';
import { SortableHeader } from './SortableHeader';
import { useFillHeight } from './use-fill-height';
import { scrollRowIntoView, useVisibleRows } from './use-visible-rows';

export const rowHeight = 36;
export const headerHeight = 44;
const minHeight = 360;
/** The space main leaves below a list screen (see "Lists" in app.css). */
const bottomGap = 20;

interface Props<Row> {
  /** Names the grid: "Contracts". */
  label: string;
  columns: readonly ListColumn<Row>[];
  sort: string;
  direction: SortDirection;
  onSort(sortKey: string): void;
  total: number;
  rowAt(index: number): Row | undefined;
  /** Asks for rows first to last (inclusive) to be fetched. */
  request(first: number, last: number): void;
  rowPath(row: Row): string;
  /** Changes when the rows answer another query: back to the top. */
  resetKey: string;
  busy: boolean;
}

/** The least width of a column: "8em" or "minmax(8em, 2fr)" is 8 (em). */
function leastEms(width: string): number {
  const match = /^(?:minmax\()?(\d+(?:\.\d+)?)em/.exec(width);
  return match ? Number(match[1]) : 0;
}

function Cell<Row>({ column, row, path }: { column: ListColumn<Row>; row: Row; path: string }) {
  const content = column.cell(row);
  return (
    <div
      role="gridcell"
      className={column.numeric ? 'list-cell numeric' : 'list-cell'}
      title={column.text?.(row)}
    >
      {column.link ? (
        <a href={href(path)} tabIndex={-1}>
          {content}
        </a>
      ) : (
        content
      )}
    </div>
  );
}

export function RecordGrid<Row>(props: Props<Row>) {
  const { columns, total, rowAt, request, rowPath } = props;
  const box = useRef<HTMLDivElement>(null);
  const gridId = useId();
  const [current, setCurrent] = useState(0);
  const height = useFillHeight(box, minHeight, bottomGap);
  const { first, last, firstInView, lastInView, pageRows, sync } = useVisibleRows(
    box,
    total,
    rowHeight,
    headerHeight,
  );
  const tracks = columns.map((column) => column.width).join(' ');
  // Narrower than this, the list scrolls sideways rather than squash its columns.
  const minWidth = `${columns.reduce((sum, column) => sum + leastEms(column.width), 0)}em`;
  const kept = Math.max(0, Math.min(current, total - 1));
  // After scrolling the current row away with the mouse, the keys start from what is in view.
  const active = kept >= firstInView && kept <= lastInView ? kept : firstInView;
  const rowId = (index: number) => `${gridId}-row-${index}`;

  useEffect(() => request(first, last), [request, first, last]);
  useEffect(() => {
    setCurrent(0);
    if (box.current) box.current.scrollTop = 0;
  }, [props.resetKey]);

  const open = (index: number) => {
    const row = rowAt(index);
    if (row !== undefined) navigate(rowPath(row));
  };

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.target !== event.currentTarget || total === 0) return;
    const moves: Record<string, number> = {
      ArrowDown: active + 1,
      ArrowUp: active - 1,
      PageDown: active + pageRows,
      PageUp: active - pageRows,
      Home: 0,
      End: total - 1,
    };
    if (event.key === 'Enter') {
      event.preventDefault();
      open(active);
      return;
    }
    const move = moves[event.key];
    if (move === undefined) return;
    event.preventDefault();
    const next = Math.max(0, Math.min(move, total - 1));
    setCurrent(next);
    if (box.current) scrollRowIntoView(box.current, next, rowHeight, headerHeight);
    sync();
  }

  function onRowClick(event: MouseEvent, index: number) {
    setCurrent(index);
    // The link in the row navigates by itself.
    if (!(event.target as Element).closest('a')) open(index);
  }

  const rows = [];
  for (let index = first; index <= last; index += 1) {
    const row = rowAt(index);
    const className = index === active ? 'list-row list-row-current' : 'list-row';
    const place = { top: index * rowHeight, height: rowHeight, gridTemplateColumns: tracks };
    rows.push(
      row === undefined ? (
        <div
          key={index}
          id={rowId(index)}
          role="row"
          aria-rowindex={index + 2}
          className={className}
          style={place}
        >
          <div role="gridcell" className="list-cell list-loading">
            Loading…
          </div>
        </div>
      ) : (
        <div
          key={index}
          id={rowId(index)}
          role="row"
          aria-rowindex={index + 2}
          className={className}
          style={place}
          onClick={(event) => onRowClick(event, index)}
        >
          {columns.map((column) => (
            <Cell key={column.label} column={column} row={row} path={rowPath(row)} />
          ))}
        </div>
      ),
    );
  }

  return (
    <div
      ref={box}
      role="grid"
      tabIndex={0}
      aria-label={props.label}
      aria-rowcount={total + 1}
      aria-colcount={columns.length}
      aria-activedescendant={
        total > 0 && active >= first && active <= last ? rowId(active) : undefined
      }
      aria-busy={props.busy || undefined}
      className="record-list"
      style={height === undefined ? undefined : { height }}
      onKeyDown={onKeyDown}
    >
      <div role="rowgroup" className="list-head" style={{ minWidth }}>
        <div
          role="row"
          aria-rowindex={1}
          className="list-header-row"
          style={{ height: headerHeight, gridTemplateColumns: tracks }}
        >
          {columns.map((column) => (
            <SortableHeader
              key={column.label}
              column={column}
              sorted={column.sortKey === props.sort ? props.direction : undefined}
              onSort={props.onSort}
            />
          ))}
        </div>
      </div>
      <div role="rowgroup" className="list-body" style={{ height: total * rowHeight, minWidth }}>
        {rows}
      </div>
    </div>
  );
}
