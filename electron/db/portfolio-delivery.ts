// Matches the portfolio's delivery with the commitments it counts for, as the contract's own page
// matches it: a line counts for the commitment it is linked to, else for the contract's
// commitment on its measure, else as an extra measure (delivered, but committed to by no one).

import type { Database } from 'better-sqlite3';
import type { Delivery } from '../../shared/social-value-calc';
import { scopedDelivery, type DeliveryRow } from './portfolio-reads';
import type { PortfolioScope } from './portfolio-scope';
import type { PortfolioSums } from './portfolio-sums';
import {
  hasLateLines,
  linkedDeliveryWithin,
  liveCommitmentsInScope,
  unlinkedDeliveryWithin,
  type TotalsRow,
} from './portfolio-totals-reads';

export const noDelivery: Readonly<Delivery> = {
  verifiedQuantity: 0,
  submittedQuantity: 0,
  verifiedPence: 0,
  submittedPence: 0,
};

/** A commitment's delivery to date (for its rating), and the part in the period asked about. */
export interface CommitmentDelivery {
  toDate: Delivery;
  verifiedPence: number;
  submittedPence: number;
}

/** What the tally needs of a commitment's delivery: verified quantity to date (its rating) and
 * the £ in the period asked about. */
export interface DeliveryNeeded {
  verifiedQuantity: number;
  verifiedPence: number;
  submittedPence: number;
}

/** Delivery on an extra measure: into the totals, its theme and its contract, committed £0. */
export function addExtra(
  sums: PortfolioSums,
  contractId: string,
  measureId: string,
  verifiedPence: number,
  otherPence: number,
): void {
  sums.add(contractId, '', measureId, 0, verifiedPence, verifiedPence + otherPence);
}

/**
 * Each commitment's delivery (a line linked to none counts for its contract's commitment on its
 * measure, which the query found); extra measures' delivery goes straight into the sums (the part
 * from the start of the period asked about: see scopedDelivery). Lines linked to a commitment
 * no longer live are left out, as the contract's own page leaves them out.
 */
export function addDelivery(
  sums: PortfolioSums,
  rows: readonly DeliveryRow[],
  commitments: ReadonlySet<string>,
): Map<string, CommitmentDelivery> {
  const delivered = new Map<string, CommitmentDelivery>();
  for (const [
    linkedId,
    contractId,
    measureId,
    vq,
    sq,
    vp,
    otherPence,
    vpFrom,
    otherFrom,
    linesFrom,
    onMeasureId,
  ] of rows) {
    const commitmentId = linkedId ?? onMeasureId;
    const live = commitmentId !== null && commitments.has(commitmentId);
    if (linkedId !== null && !live) continue;
    if (!live) {
      if (linesFrom > 0)
        addExtra(sums, contractId as string, measureId as string, vpFrom, otherFrom);
      continue;
    }
    let sum = delivered.get(commitmentId);
    if (!sum) {
      sum = { toDate: { ...noDelivery }, verifiedPence: 0, submittedPence: 0 };
      delivered.set(commitmentId, sum);
    }
    sum.toDate.verifiedQuantity += vq;
    sum.toDate.submittedQuantity += sq;
    sum.toDate.verifiedPence += vp;
    sum.toDate.submittedPence += vp + otherPence;
    sum.verifiedPence += vpFrom;
    sum.submittedPence += vpFrom + otherFrom;
  }
  return delivered;
}

/** A commitment's delivery from its running totals, into `into` (see commitmentDeliveries). */
function fromTotals(row: TotalsRow, within: [number, number] | null, into: DeliveryNeeded) {
  const [, , , , , , verifiedQuantity, , verifiedPence, otherPence] = row;
  into.verifiedQuantity = verifiedQuantity;
  into.verifiedPence = within ? within[0] : verifiedPence;
  into.submittedPence = within ? within[1] : verifiedPence + otherPence;
  return into;
}

/** How the tally finds each commitment's delivery (see commitmentDeliveries). */
export interface Deliveries {
  /** Whether the extra measures' rows of the running totals are to be added by the tally. */
  extrasFromTotals: boolean;
  /** A commitment's delivery, worked out again each time: read it before asking again. */
  of(row: TotalsRow): DeliveryNeeded;
}

/**
 * The delivery of each commitment in scope, to date and in the year asked about, from its
 * running totals (portfolio-totals.ts). The totals hold every period: they are the delivery to
 * date unless some line's period begins after asOf (figures as at an earlier date), when the
 * lines themselves are added up instead (scopedDelivery, which adds the extra measures' delivery
 * into the sums). For a year, the part within it is added up from its own lines
 * (linkedDeliveryWithin, and unlinkedDeliveryWithin for the extra measures' part).
 */
export function commitmentDeliveries(
  db: Database,
  sums: PortfolioSums,
  scope: PortfolioScope,
  asOf: string,
): Deliveries {
  const from = scope.year?.start ?? '';
  const scratch: DeliveryNeeded = { verifiedQuantity: 0, verifiedPence: 0, submittedPence: 0 };
  if (hasLateLines(db, scope, asOf)) {
    const live = liveCommitmentsInScope(db, scope);
    const delivered = addDelivery(sums, scopedDelivery(db, scope, asOf, from), live);
    return {
      extrasFromTotals: false,
      of([id]) {
        const found = delivered.get(id as string);
        scratch.verifiedQuantity = found?.toDate.verifiedQuantity ?? 0;
        scratch.verifiedPence = found?.verifiedPence ?? 0;
        scratch.submittedPence = found?.submittedPence ?? 0;
        return scratch;
      },
    };
  }
  if (!scope.year) {
    return { extrasFromTotals: true, of: (row) => fromTotals(row, null, scratch) };
  }
  const within = new Map<string, [number, number]>();
  const addWithin = (id: string, verified: number, other: number) => {
    const sum = within.get(id);
    if (sum) {
      sum[0] += verified;
      sum[1] += verified + other;
    } else within.set(id, [verified, verified + other]);
  };
  for (const [id, vp, op] of linkedDeliveryWithin(db, from, asOf)) addWithin(id, vp, op);
  for (const [contractId, measureId, onMeasureId, vp, op, lines] of unlinkedDeliveryWithin(
    db,
    scope,
    from,
    asOf,
  )) {
    if (onMeasureId !== null) addWithin(onMeasureId, vp, op);
    else if (lines > 0) addExtra(sums, contractId, measureId, vp, op);
  }
  const nothing: [number, number] = [0, 0];
  return {
    extrasFromTotals: false,
    of: (row) => fromTotals(row, within.get(row[0] as string) ?? nothing, scratch),
  };
}
