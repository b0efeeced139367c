// What the app says about the open workspace file.

export interface WorkspaceInfo {
  /** Full path of the workspace database file. */
  file: string;
  schemaVersion: number;
  /** The officer whose name goes on every change made in this session. */
  officer: string;
}

/** Counts of every record type (live records only), cheap at any size. */
export interface RecordCounts {
  councilProfiles: number;
  thresholds: number;
  strategicOutcomes: number;
  suppliers: number;
  exercises: number;
  contracts: number;
  /** Whole-life value of every live contract, net of VAT. */
  contractValuePence: number;
  changes: number;
}

/** The record counts and the portfolio's social value figures (`svt stats`). */
export interface WorkspaceStats extends RecordCounts {
  /** Social value as at today, for all years and directorates (the portfolio dashboard's
   * figures): committed, delivered (verified; all submitted), and commitments by RAG rating. */
  committedPence: number;
  deliveredVerifiedPence: number;
  deliveredSubmittedPence: number;
  rag: { green: number; amber: number; red: number; grey: number };
}
