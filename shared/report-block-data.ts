// The data a report's data block holds: taken from the workspace when the block is refreshed,
// stored with the block as JSON, and turned into document blocks (report-block-render.ts) each
// time the report is shown. Rows keep the ids of what they name, so that a contract deleted
// since the data was taken can be shown as deleted.

import type { ActionItemStatus } from './action-plan';
import type { Portfolio, PortfolioGroup, RagCounts } from './portfolio';
import type { MissingReturn } from './social-value-return';

/** What the figures were taken for. */
export interface BlockScope {
  /** "2025/26", or null for all years. */
  year: string | null;
  directorate: string | null;
  /** The date the figures are as at. */
  asOf: string;
}

export interface ListedExercise {
  id: string;
  reference: string;
  title: string;
  directorate: string | null;
  status: string;
  valuePence: number;
  startDate: string;
}

export interface ListedContract {
  id: string;
  reference: string;
  title: string;
  supplierName: string;
  valuePence: number;
  startDate: string;
  endDate: string;
}

export interface TopContractRow {
  contractId: string;
  reference: string;
  title: string;
  supplierName: string;
  committedPence: number;
  verifiedPence: number;
}

export interface ActionRow {
  task: string;
  timescale: string | null;
  dueDate: string | null;
  status: ActionItemStatus;
  update: { date: string; text: string } | null;
}

export interface CaseStudyEntry {
  id: string;
  title: string;
  contractId: string | null;
  contractTitle: string | null;
  supplierName: string | null;
  narrative: string;
  outputs: string[];
  pictures: { id: string; caption: string | null; altText: string }[];
}

export type BlockData =
  | { kind: 'headline-figures'; headline: Portfolio['headline'] }
  | {
      kind: 'exercises-contracts';
      exercises: { total: number; valuePence: number; rows: ListedExercise[] };
      contracts: { total: number; valuePence: number; rows: ListedContract[] };
    }
  | { kind: 'committed-delivered'; byTheme: PortfolioGroup[] }
  | { kind: 'rag-summary'; rag: RagCounts }
  | { kind: 'supplier-shares'; shares: Portfolio['supplierShares'] }
  | { kind: 'top-contracts'; rows: TopContractRow[] }
  | {
      kind: 'action-plan';
      plan: { id: string; name: string; source: string | null } | null;
      items: ActionRow[];
      /** Items neither due nor updated in the period; absent in data taken before the rule. */
      leftOut?: number;
    }
  | {
      kind: 'case-studies';
      studies: CaseStudyEntry[];
      withoutConsent: number;
      /** Only those recorded in the period; absent in data taken before the rule. */
      byPeriod?: boolean;
    }
  | {
      kind: 'missing-returns';
      /** Contracts with commitments in the scope: none means no return was due. */
      contractsDue: number;
      total: number;
      rows: MissingReturn[];
    };

/** A block's stored data: what it was taken for, and the figures. */
export interface BlockSnapshot {
  scope: BlockScope;
  data: BlockData;
}
