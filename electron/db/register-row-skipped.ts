// Thrown while writing one register row to leave that row out, with its reason; the row's
// writes so far are rolled back and the import goes on with the next row.

export class RowSkipped extends Error {
  constructor(
    /** A short label to group by ("No start date"). */
    readonly kind: string,
    readonly reason: string,
  ) {
    super(reason);
  }
}
