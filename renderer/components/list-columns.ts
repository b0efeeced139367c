// What a list shows in each column, and how it sorts by it.

import type { ReactNode } from 'react';

export interface ListColumn<Row> {
  /** The header as read aloud and shown. */
  label: string;
  /** A shorter header to show when the column is narrow ("RLW"); the label is still read. */
  shortLabel?: string;
  /** The sort key the API takes for this column; absent when it cannot be sorted by. */
  sortKey?: string;
  /** A CSS grid track in em: "8em" or "minmax(8em, 2fr)". */
  width: string;
  numeric?: boolean;
  /** The cell's content. */
  cell(row: Row): ReactNode;
  /** The cell's full text, shown on hover when the cell is cut short. */
  text?(row: Row): string;
  /** The column holding the link to the record. */
  link?: boolean;
}
