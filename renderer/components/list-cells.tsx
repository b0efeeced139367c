// The kinds of column the record lists show: text, money, dates, yes/no and labelled choices.

import { formatPounds } from '../../shared/money';
import { formatShortDate } from '../format-date';
import type { ListColumn } from './list-columns';

interface ColumnBase {
  label: string;
  sortKey?: string;
  width: string;
}

/** Text; blank shows as nothing. `link` makes it the row's link to the record. */
export function textColumn<Row>(
  base: ColumnBase & { link?: boolean },
  get: (row: Row) => string | null,
): ListColumn<Row> {
  return { ...base, cell: (row) => get(row) ?? '', text: (row) => get(row) ?? '' };
}

/** A choice shown by its label. */
export function labelColumn<Row, Value extends string>(
  base: ColumnBase,
  labels: Readonly<Record<Value, string>>,
  get: (row: Row) => Value | null,
): ListColumn<Row> {
  return textColumn(base, (row) => {
    const value = get(row);
    return value === null ? null : labels[value];
  });
}

export function moneyColumn<Row>(base: ColumnBase, get: (row: Row) => number): ListColumn<Row> {
  return { ...base, numeric: true, cell: (row) => formatPounds(get(row)) };
}

export function dateColumn<Row>(
  base: ColumnBase,
  get: (row: Row) => string | null,
): ListColumn<Row> {
  return textColumn(base, (row) => {
    const date = get(row);
    return date === null ? null : formatShortDate(date);
  });
}

export function countColumn<Row>(base: ColumnBase, get: (row: Row) => number): ListColumn<Row> {
  return { ...base, numeric: true, cell: (row) => get(row).toLocaleString('en-GB') };
}

/** Yes or no (or not known, for null), with "no" quieter so the yeses stand out. */
export function flagColumn<Row>(
  base: ColumnBase & { shortLabel?: string },
  get: (row: Row) => boolean | null,
): ListColumn<Row> {
  return {
    ...base,
    cell: (row) => {
      const value = get(row);
      if (value === null) return <span className="list-no">Not known</span>;
      return value ? 'Yes' : <span className="list-no">No</span>;
    },
  };
}
