// The portfolio dashboard: social value across every contract, or one directorate's, for all
// years or one financial year. What it asks for and what it answers.
//
// How a financial year is read
// ----------------------------
// - Contracts: those whose term overlaps the year (all contracts with commitments for all years).
// - Committed: the part of each commitment due within the year: spread over the term by days,
//   or by its yearly targets, as expected to date is (expectedToDate). For all years, the whole
//   commitment. So the years of the "by year" table add up to the total committed.
// - Delivered: the return lines for the reporting periods that begin in the year (all periods
//   for all years), counted by the rules of social-value-calc.ts (deliveryOf).
// - As at: the figures are as at the date asked (today by default), or the year's last day when
//   that is earlier, so a past year shows where things stood at its end. RAG ratings and missing
//   returns are worked out at that date; days overdue are counted to the date asked.
// - Local, SME and VCSE share: the whole-life value of the contracts running in the year (all
//   live contracts for all years, with commitments or not) by their supplier.

import { z } from 'zod';
import type { SupplierShares } from './social-value-calc';
import type { RagRating } from './social-value';
import type { MissingReturn } from './social-value-return';
import { optionalCalendarDate, optionalText } from './schema-parts';

export const allYears = 'all';

export const portfolioQuerySchema = z.object({
  /** "all", or a financial year as the council writes it ("2025/26"); checked against the
   * council's year start by the backend. */
  period: z
    .string({ error: 'Choose a financial year, or all years' })
    .trim()
    .min(1, { error: 'Choose a financial year, or all years' })
    .max(20, { error: 'Choose a financial year, or all years' })
    .default(allYears),
  /** One directorate's contracts; all when left out. */
  directorate: optionalText('the directorate', 200),
  /** Today when not given. */
  asOf: optionalCalendarDate,
});

export type PortfolioQuery = z.input<typeof portfolioQuerySchema>;
export type PortfolioParams = z.output<typeof portfolioQuerySchema>;

export interface PortfolioAmounts {
  committedPence: number;
  /** Delivered and verified by an officer: what councils report. */
  verifiedPence: number;
  /** Delivered as submitted: everything reported and not rejected, verified or not. */
  submittedPence: number;
}

export interface PortfolioGroup extends PortfolioAmounts {
  label: string;
}

export interface PortfolioSpan extends PortfolioGroup {
  start: string;
  end: string;
}

/** Commitments by rating; notRated counts record-only measures with no return missing. */
export type RagCounts = Record<RagRating, number> & { notRated: number };

export interface TopContract extends PortfolioAmounts {
  contractId: string;
  reference: string;
  title: string;
  supplierId: string;
  supplierName: string;
  directorate: string | null;
  rag: RagCounts;
}

export interface Portfolio {
  /** The date the figures are as at: the date asked, or the year's end when that is earlier. */
  asOf: string;
  /** The date asked (today when not given); days overdue are counted to it. */
  asked: string;
  /** "All years" or the financial year's label, with its first and last days. */
  period: { label: string; year: string | null; start: string | null; end: string | null };
  directorate: string | null;
  /** The financial years any contract with commitments runs in, the latest first. */
  years: string[];
  headline: PortfolioAmounts & {
    /** Contracts with commitments (in the filter). */
    contracts: number;
    commitments: number;
    /** Verified delivery as a percentage of committed, unrounded; null when nothing is committed. */
    verifiedPercent: number | null;
  };
  /** Committed against delivered by theme of the framework, in the framework's order. */
  byTheme: PortfolioGroup[];
  /** By financial year for all years; by reporting period within one year. */
  timeUnit: 'year' | 'period';
  byTime: PortfolioSpan[];
  rag: RagCounts;
  /** The ten contracts with the most committed, then the most delivered. */
  topContracts: TopContract[];
  /** Returns due by asOf and not in, the most overdue first: how many, and the first few. */
  missingReturns: { total: number; rows: MissingReturn[] };
  /** Contract value with local, SME and VCSE suppliers; `contracts` is how many were counted. */
  supplierShares: SupplierShares & { contracts: number };
}
