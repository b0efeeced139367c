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
 * Each commitment's delivery (a line linked to none counts for its contract's commitment on its
 * measure, which the query found); extra measures' delivery goes straight into the sums (the part
 * from the start of the period asked about: see scopedDelivery). Lines linked to a commitment
 * no longer live are left out, as the contract's own page leaves them out.
 */
export function addDelivery(
  sums: PortfolioSums,
  rows: readonly DeliveryRow[],
  commitments: readonly ScopedCommitment[],
): Map<string, CommitmentDelivery> {
  const byId = new Map(commitments.map((c) => [c.id, c]));
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
    const commitment = commitmentId !== null ? byId.get(commitmentId) : undefined;
    if (linkedId !== null && !commitment) continue;
    if (!commitment) {
      if (linesFrom > 0) {
        sums.add(contractId as string, '', measureId as string, 0, vpFrom, vpFrom + otherFrom);
      }
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
    sum.verifiedPence += vpFrom;
    sum.submittedPence += vpFrom + otherFrom;
  }
  return delivered;
}
