// A contract's social value as its page shows it: each commitment against what was delivered
// and expected, with its RAG rating; delivery period by period for the chart; its returns.

import type { Commitment } from './commitment';
import type { ReportingPeriod } from './reporting-periods';
import type { CommitmentProgress, Totals } from './social-value-calc';
import type { MeasureBasics, ReturnStatus } from './social-value';
import type { ReturnSummary } from './social-value-return';

export interface CommitmentRow {
  commitment: Commitment;
  progress: CommitmentProgress;
  /** Expected to date valued at the commitment's proxy snapshot. */
  expectedPence: number;
  /** Committed £ as a percentage of the contract value, unrounded; null for a £0 contract. */
  shareOfContractValue: number | null;
}

/** A measure reported on the contract's returns with no commitment behind it. */
export interface ExtraDelivery {
  measure: MeasureBasics;
  verifiedQuantity: number;
  submittedQuantity: number;
  verifiedPence: number;
  submittedPence: number;
}

export interface PeriodDelivery extends ReportingPeriod {
  /** What the commitments expected within this period, in £. */
  expectedPence: number;
  verifiedPence: number;
  submittedPence: number;
  /** The period's return; "missing" when one was due and none is in; null when not yet due. */
  returnStatus: ReturnStatus | 'missing' | null;
}

export interface ContractSocialValue {
  contractId: string;
  contractValuePence: number;
  asOf: string;
  commitments: CommitmentRow[];
  extras: ExtraDelivery[];
  /** Committed, delivered (commitments and extra measures) and the RAG counts. */
  totals: Totals & { expectedPence: number; shareOfContractValue: number | null };
  periods: PeriodDelivery[];
  returns: ReturnSummary[];
  /** Periods of the term begun by asOf with no return at all, earliest first. */
  periodsWithoutReturn: ReportingPeriod[];
}
