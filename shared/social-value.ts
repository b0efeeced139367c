// The social value domain's words, shared by the database, the calculations, the API and the
// screens (DESIGN.md section 2): measures in a versioned framework, commitments a supplier makes
// on a contract, and the returns in which it reports what it delivered.

/** Quantity: counted in its unit and valued at its proxy. Money: the quantity is pounds.
 * Record-only: a narrative, no quantity and no value. */
export const measureKinds = ['quantity', 'money', 'record-only'] as const;
export type MeasureKind = (typeof measureKinds)[number];
export const measureKindLabels: Record<MeasureKind, string> = {
  quantity: 'Quantity',
  money: 'Money (£)',
  'record-only': 'Record only (narrative)',
};

export const returnStatuses = ['draft', 'submitted', 'verified', 'queried', 'rejected'] as const;
export type ReturnStatus = (typeof returnStatuses)[number];
export const returnStatusLabels: Record<ReturnStatus, string> = {
  draft: 'Draft',
  submitted: 'Submitted',
  verified: 'Verified',
  queried: 'Queried',
  rejected: 'Rejected',
};

/** Each line of a return is checked on its own, so part of a return can be verified. */
export const lineVerifications = ['pending', 'verified', 'queried', 'rejected'] as const;
export type LineVerification = (typeof lineVerifications)[number];

export const ragRatings = ['green', 'amber', 'red', 'grey'] as const;
export type RagRating = (typeof ragRatings)[number];
export const ragLabels: Record<RagRating, string> = {
  green: 'Green',
  amber: 'Amber',
  red: 'Red',
  grey: 'Grey (return missing)',
};

/** A measure as the calculations need it. Proxy values are pence per unit; null when not set. */
export interface MeasureBasics {
  id: string;
  code: string;
  title: string;
  unit: string;
  kind: MeasureKind;
  proxyPence: number | null;
}

/** A target for one financial year of the term, e.g. { financialYear: '2025/26', quantity: 4 }. */
export interface YearlyTarget {
  financialYear: string;
  quantity: number;
}

/** What a supplier committed to on a contract, for the whole term. The proxy value is the one in
 * force when the commitment was made: a later change to the measure never revalues it. */
export interface CommitmentBasics {
  id: string;
  contractId: string;
  measureId: string;
  quantity: number;
  yearlyTargets: YearlyTarget[];
  proxyPence: number | null;
}

/** One line of a return, with its return's period and status. */
export interface ReturnLineBasics {
  contractId: string;
  measureId: string;
  /** The commitment it reports against; null for an extra measure. */
  commitmentId: string | null;
  periodStart: string;
  periodEnd: string;
  returnStatus: ReturnStatus;
  verification: LineVerification;
  /** Null for a record-only line. */
  quantity: number | null;
  proxyPence: number | null;
}
