// A list's column header: a button that sorts by the column, ascending first and reversed on the
// next press, with aria-sort saying how the list is sorted now.

import type { SortDirection } from '../../shared/list-query';
import type { ListColumn } from './list-columns';

interface Props<Row> {
  column: ListColumn<Row>;
  /** How the list is sorted by this column, or undefined when it is sorted by another. */
  sorted: SortDirection | undefined;
  onSort(sortKey: string): void;
}

const ariaSort = { asc: 'ascending', desc: 'descending' } as const;

function HeaderText<Row>({ column }: { column: ListColumn<Row> }) {
  if (!column.shortLabel) return <>{column.label}</>;
  return (
    <>
      <span aria-hidden="true" title={column.label}>
        {column.shortLabel}
      </span>
      <span className="visually-hidden">{column.label}</span>
    </>
  );
}

export function SortableHeader<Row>({ column, sorted, onSort }: Props<Row>) {
  const className = column.numeric ? 'list-cell list-header numeric' : 'list-cell list-header';
  const { sortKey } = column;
  if (!sortKey) {
    return (
      <div role="columnheader" className={className}>
        <HeaderText column={column} />
      </div>
    );
  }
  return (
    <div role="columnheader" className={className} aria-sort={sorted && ariaSort[sorted]}>
      <button type="button" className="sort-button" onClick={() => onSort(sortKey)}>
        <HeaderText column={column} />
        <span className="sort-arrow" aria-hidden="true">
          {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
        </span>
      </button>
    </div>
  );
}
