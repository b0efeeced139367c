// Which rows of a table or list a printed page shows, and the table's column widths as measured
// over all its rows, so every page's part of the table lines up with the others.

export interface RowSlice {
  from: number;
  to: number;
  /** Each column's share of the table's width, 0 to 1. */
  widths?: readonly number[];
}
