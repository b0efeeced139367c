// Adds up the portfolio from its running totals (portfolio-totals.ts): each commitment in scope
// valued (its committed £ within the year, or the whole of it), with its delivery matched as the
// contract's own page matches it (a line counts for the commitment it is linked to, else for the
// contract's commitment on its measure, else as an extra measure: see portfolio-delivery.ts),
// rated by progressFromDelivery, and added into the totals by theme, by span of time and by
// contract. Due periods with no return are collected for the missing returns.

import type { Database } from 'better-sqlite3';
import type { CouncilProfile } from '../../shared/council-profile';
import type {
  PortfolioAmounts,
  PortfolioGroup,
  PortfolioSpan,
  RagCounts,
} from '../../shared/portfolio';
import {
  addCommittedBySpan,
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
  ragFromDelivery,
  reportingDays,
  type RagBands,
  type ReportingDays,
} from '../../shared/social-value-calc';
import type { YearlyTarget } from '../../shared/social-value';
import {
  committedTerms,
  deliveryByPeriodStart,
  measureThemes,
  type CommittedTerms,
} from './portfolio-reads';
import { addExtra, commitmentDeliveries } from './portfolio-delivery';
import type { PortfolioScope } from './portfolio-scope';
import { PortfolioSums, type ContractTally } from './portfolio-sums';
import { allDeliveryByPeriodStart, contractsInScope, scopedTotals } from './portfolio-totals-reads';

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

/** What a contract's returns say at asOf, for each of its commitments. */
interface ContractProgress {
  reference: string;
  reporting: ReportingDays;
  /** The spans its term overlaps (see spansOfTerm). */
  spans: [number, number];
  /** Its amounts in the sums, once a commitment of it is added. */
  tally: ContractTally | null;
}

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
  const byStart =
    scope.year || scope.directorate !== null
      ? deliveryByPeriodStart(db, scope, first.start, asOf)
      : allDeliveryByPeriodStart(db, first.start, asOf);
  for (const [periodStart, [verified, other]] of byStart) {
    const span = spanIndexOf(spans, periodStart);
    if (span >= 0) sums.addDeliveredInSpan(span, verified, verified + other);
  }
}

/** Each contract's reporting (see contractReporting) and the due periods it sent no return for
 * (from the start of the year asked about). */
function contractReportings(
  db: Database,
  scope: PortfolioScope,
  spans: readonly Span[],
  asOf: string,
  profile: CouncilProfile,
  bands: RagBands,
  missing: MissingPeriod[],
): Map<string, ContractProgress> {
  const fyStart = profile.financialYearStartMonth;
  const dueOf = duePeriodsOfTerms(profile.reportingFrequency, fyStart, asOf);
  const contracts = new Map<string, ContractProgress>();
  for (const [id, reference, start, end, sent] of contractsInScope(db, scope)) {
    const term = { start, end };
    const starts = sent === '' ? [] : sent.split(',');
    const submittedPeriodStarts = new Set(
      (starts.at(-1) ?? '') > asOf ? starts.filter((s) => s <= asOf) : starts,
    );
    const settings = {
      asOf,
      bands,
      financialYearStartMonth: fyStart,
      frequency: profile.reportingFrequency,
      submittedPeriodStarts,
    };
    const due = dueOf(term);
    const without = periodsWithoutReturn(due, submittedPeriodStarts);
    contracts.set(id, {
      reference,
      reporting: reportingDays(term, contractReporting(term, settings, due, without)),
      spans: spansOfTerm(spans, start, end),
      tally: null,
    });
    for (const period of without) {
      if (!scope.year || period.start >= scope.year.start) {
        missing.push({ contractId: id, reference, period });
      }
    }
  }
  return contracts;
}

const noTargets: YearlyTarget[] = [];

export function portfolioTally(
  db: Database,
  scope: PortfolioScope,
  asOf: string,
  profile: CouncilProfile,
  terms: CommittedTerms = committedTerms(db),
): Tally {
  const fyStart = profile.financialYearStartMonth;
  const spans = spansFor(scope, profile, terms);
  const { measures, themes } = measureThemes(db);
  const sums = new PortfolioSums((id) => measures.get(id)?.theme, themes, spans.length);
  const deliveries = commitmentDeliveries(db, sums, scope, asOf);
  addDeliveryBySpan(sums, db, scope, spans, asOf);
  const missing: MissingPeriod[] = [];
  const bands = {
    greenFromPercent: profile.ragGreenFromPercent,
    amberFromPercent: profile.ragAmberFromPercent,
  };
  const contracts = contractReportings(db, scope, spans, asOf, profile, bands, missing);

  let commitments = 0;
  // One commitment at a time, in one object (nothing keeps it).
  const c = {
    id: '',
    contractId: '',
    measureId: '',
    quantity: 0,
    proxyPence: null as number | null,
    yearlyTargets: noTargets,
  };
  for (const row of scopedTotals(db, scope)) {
    const [id, contractId, measureId, quantity, proxyPence, targets] = row;
    if (id === null) {
      const [, , , , , , , , verifiedPence, otherPence, lines] = row;
      if (deliveries.extrasFromTotals && lines > 0) {
        addExtra(sums, contractId, measureId, verifiedPence, otherPence);
      }
      continue;
    }
    const contract = contracts.get(contractId);
    if (!contract) continue;
    commitments += 1;
    c.id = id;
    c.contractId = contractId;
    c.measureId = measureId;
    c.quantity = quantity;
    c.proxyPence = proxyPence;
    c.yearlyTargets = targets === null ? noTargets : (JSON.parse(targets) as YearlyTarget[]);
    const { reporting } = contract;
    const inSpans = addCommittedBySpan(
      c,
      reporting.term,
      spans,
      contract.spans,
      fyStart,
      sums.committedBySpan,
    );
    const committed = scope.year ? inSpans : committedPence(c);
    const delivery = deliveries.of(row);
    const tally = (contract.tally ??= sums.contract(contractId, contract.reference));
    sums.addTo(tally, measureId, committed, delivery.verifiedPence, delivery.submittedPence);
    const kind = measures.get(measureId)?.kind ?? 'quantity';
    const verified = delivery.verifiedQuantity;
    sums.rate(tally, ragFromDelivery(c, kind, verified, reporting, bands, fyStart));
  }

  return {
    totals: sums.totals,
    commitments,
    contractsWithCommitments: contracts.size,
    byTheme: sums.byTheme(),
    byTime: scope.year ? sums.bySpan(spans) : withoutEmptyEnds(sums.bySpan(spans)),
    rag: sums.rag,
    byContract: sums.byContract,
    missing,
  };
}
