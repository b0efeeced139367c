// Matches the portfolio's delivery with the commitments it counts for, as the contract's own page
// matches it: a line counts for the commitment it is linked to, else for the contract's
// commitment on its measure, else as an extra measure (delivered, but committed to by no one).

import type { Delivery } from '../../shared/social-value-calc';
import type { DeliveryRow, ScopedCommitment } from './portfolio-reads';
import type { PortfolioSums } from './portfolio-sums';

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

/**
 * Each commitment's delivery; delivery by span, and extra measures' delivery, go straight into
 * the sums. With `wholeYear`, only the buckets of the year's spans count towards the sums (all
 * count towards a commitment's delivery to date). Lines linked to a commitment no longer live
 * are left out, as the contract's own page leaves them out.
 */
export function addDelivery(
  sums: PortfolioSums,
  rows: readonly DeliveryRow[],
  commitments: readonly ScopedCommitment[],
  { spanCount, wholeYear }: { spanCount: number; wholeYear: boolean },
): Map<string, CommitmentDelivery> {
  const byId = new Map(commitments.map((c) => [c.id, c]));
  const byMeasure = new Map(commitments.map((c) => [`${c.contractId}|${c.measureId}`, c]));
  const delivered = new Map<string, CommitmentDelivery>();
  for (const [linkedId, contractId, measureId, bucket, vq, sq, vp, otherPence] of rows) {
    const commitment =
      linkedId !== null ? byId.get(linkedId) : byMeasure.get(`${contractId}|${measureId}`);
    if (linkedId !== null && !commitment) continue;
    const inPeriod = bucket >= 0 && bucket < spanCount;
    const counts = inPeriod || !wholeYear;
    if (inPeriod) sums.addDeliveredInSpan(bucket, vp, vp + otherPence);
    if (!commitment) {
      if (counts) sums.add(contractId as string, '', measureId as string, 0, vp, vp + otherPence);
      continue;
    }
    let sum = delivered.get(commitment.id);
    if (!sum) {
      sum = { toDate: { ...noDelivery }, verifiedPence: 0, submittedPence: 0 };
      delivered.set(commitment.id, sum);
    }
    sum.toDate.verifiedQuantity += vq;
    sum.toDate.submittedQuantity += sq;
    sum.toDate.verifiedPence += vp;
    sum.toDate.submittedPence += vp + otherPence;
    if (counts) {
      sum.verifiedPence += vp;
      sum.submittedPence += vp + otherPence;
    }
  }
  return delivered;
}
