// Adds up the portfolio: each commitment in scope valued (its committed £ within the year, or the
// whole of it), matched with its delivery as the contract's own page matches it (a line counts
// for the commitment it is linked to, else for the contract's commitment on its measure, else as
// an extra measure), rated by progressFromDelivery, and added into the totals by theme, by span
// of time and by contract. Due periods with no return are collected for the missing returns.

import type { Database } from 'better-sqlite3';
import type { CouncilProfile } from '../../shared/council-profile';
import type {
  PortfolioAmounts,
  PortfolioGroup,
  PortfolioSpan,
  RagCounts,
} from '../../shared/portfolio';
import {
  committedBySpan,
  periodSpans,
  spanIndexOf,
  yearSpans,
  type Span,
} from '../../shared/portfolio-calc';
import {
  duePeriodsOfTerms,
  periodsWithoutReturn,
  type ReportingPeriod,
} from '../../shared/reporting-periods';
import {
  committedPence,
  contractReporting,
  progressFromDelivery,
  type ContractReporting,
  type ProgressSettings,
} from '../../shared/social-value-calc';
import type { MeasureBasics } from '../../shared/social-value';
import {
  committedTerms,
  deliveryByPeriodStart,
  measureThemes,
  scopedCommitments,
  scopedDelivery,
  sentPeriodStarts,
  type CommittedTerms,
  type MeasureTheme,
} from './portfolio-reads';
import { addDelivery, noDelivery } from './portfolio-delivery';
import type { PortfolioScope } from './portfolio-scope';
import { PortfolioSums, type ContractTally } from './portfolio-sums';

export type { ContractTally };

export interface MissingPeriod {
  contractId: string;
  reference: string;
  period: ReportingPeriod;
}

export interface Tally {
  totals: PortfolioAmounts;
  commitments: number;
  contractsWithCommitments: number;
  byTheme: PortfolioGroup[];
  byTime: PortfolioSpan[];
  rag: RagCounts;
  byContract: ReadonlyMap<string, ContractTally>;
  missing: MissingPeriod[];
}

const noStarts: ReadonlySet<string> = new Set();

/** Spans of the table by time: the year's reporting periods, or every year a commitment runs. */
function spansFor(scope: PortfolioScope, profile: CouncilProfile, terms: CommittedTerms): Span[] {
  const fyStart = profile.financialYearStartMonth;
  if (scope.year) {
    return periodSpans({ label: '', ...scope.year }, profile.reportingFrequency, fyStart);
  }
  const { first, last } = terms;
  return first === null || last === null ? [] : yearSpans(first, last, fyStart);
}

/** The years in scope, less the years at either end with nothing committed or delivered (the
 * years come from every directorate's contracts). */
function withoutEmptyEnds(years: PortfolioSpan[]): PortfolioSpan[] {
  const held = (year: PortfolioSpan) => year.committedPence + year.submittedPence > 0;
  const first = years.findIndex(held);
  return first < 0 ? [] : years.slice(first, years.findLastIndex(held) + 1);
}

/** The spans a term overlaps, as [first, last] indexes (the spans run with no gaps). */
function spansOfTerm(spans: readonly Span[], start: string, end: string): [number, number] {
  const first = spans[0];
  const last = spans.at(-1);
  if (!first || !last || end < first.start || start > last.end) return [0, -1];
  return [
    start < first.start ? 0 : spanIndexOf(spans, start),
    end > last.end ? spans.length - 1 : spanIndexOf(spans, end),
  ];
}

/** Delivery in each span, by the span its period begins in. */
function addDeliveryBySpan(
  sums: PortfolioSums,
  db: Database,
  scope: PortfolioScope,
  spans: readonly Span[],
  asOf: string,
): void {
  const first = spans[0];
  if (!first) return;
  for (const [periodStart, verified, other] of deliveryByPeriodStart(
    db,
    scope,
    first.start,
    asOf,
  )) {
    const span = spanIndexOf(spans, periodStart);
    if (span >= 0) sums.addDeliveredInSpan(span, verified, verified + other);
  }
}

function measureBasics(id: string, measure: MeasureTheme | undefined): MeasureBasics {
  return {
    id,
    code: measure?.code ?? '',
    title: measure?.title ?? '',
    unit: measure?.unit ?? '',
    kind: measure?.kind ?? 'quantity',
    proxyPence: measure?.proxyPence ?? null,
  };
}

export function portfolioTally(
  db: Database,
  scope: PortfolioScope,
  asOf: string,
  profile: CouncilProfile,
  terms: CommittedTerms = committedTerms(db),
): Tally {
  const fyStart = profile.financialYearStartMonth;
  const frequency = profile.reportingFrequency;
  const spans = spansFor(scope, profile, terms);
  const commitments = scopedCommitments(db, scope);
  const { measures, themes } = measureThemes(db);
  const sums = new PortfolioSums((id) => measures.get(id)?.theme, themes, spans.length);
  // Each measure's basics made once, for its many commitments.
  const basics = new Map<string, MeasureBasics>();
  const basicsOf = (id: string) => {
    let found = basics.get(id);
    if (!found) basics.set(id, (found = measureBasics(id, measures.get(id))));
    return found;
  };
  const from = scope.year?.start ?? '';
  const delivered = addDelivery(sums, scopedDelivery(db, scope, asOf, from), commitments);
  addDeliveryBySpan(sums, db, scope, spans, asOf);
  const sent = sentPeriodStarts(db, scope, asOf);
  const bands = {
    greenFromPercent: profile.ragGreenFromPercent,
    amberFromPercent: profile.ragAmberFromPercent,
  };
  const contracts = new Map<string, { reporting: ContractReporting; settings: ProgressSettings }>();
  const missing: MissingPeriod[] = [];
  const dueOf = duePeriodsOfTerms(frequency, fyStart, asOf);

  for (const c of commitments) {
    const term = { start: c.termStart, end: c.termEnd };
    let contract = contracts.get(c.contractId);
    if (!contract) {
      const submittedPeriodStarts = sent.get(c.contractId) ?? noStarts;
      const settings = {
        asOf,
        bands,
        financialYearStartMonth: fyStart,
        frequency,
        submittedPeriodStarts,
      };
      const due = dueOf(term);
      contract = { reporting: contractReporting(term, settings, due), settings };
      contracts.set(c.contractId, contract);
      if (contract.reporting.missingPeriodLabels.length > 0) {
        for (const period of periodsWithoutReturn(due, submittedPeriodStarts)) {
          if (!scope.year || period.start >= scope.year.start) {
            missing.push({ contractId: c.contractId, reference: c.reference, period });
          }
        }
      }
    }
    const [first, last] = spansOfTerm(spans, term.start, term.end);
    const bySpan = committedBySpan(c, term, spans.slice(first, last + 1), fyStart);
    bySpan.forEach((pence, index) => sums.addCommittedInSpan(first + index, pence));
    const committed = scope.year
      ? bySpan.reduce((sum, pence) => sum + pence, 0)
      : committedPence(c);
    const delivery = delivered.get(c.id);
    sums.add(
      c.contractId,
      c.reference,
      c.measureId,
      committed,
      delivery?.verifiedPence ?? 0,
      delivery?.submittedPence ?? 0,
    );
    const progress = progressFromDelivery(
      c,
      basicsOf(c.measureId),
      delivery?.toDate ?? noDelivery,
      term,
      contract.reporting,
      contract.settings,
    );
    sums.rate(c.contractId, c.reference, progress.rag);
  }

  return {
    totals: sums.totals,
    commitments: commitments.length,
    contractsWithCommitments: contracts.size,
    byTheme: sums.byTheme(),
    byTime: scope.year ? sums.bySpan(spans) : withoutEmptyEnds(sums.bySpan(spans)),
    rag: sums.rag,
    byContract: sums.byContract,
    missing,
  };
}
