// The portfolio's own arithmetic, built on social-value-calc.ts: a commitment's committed £
// split over spans of time (years, or reporting periods), and delivery put in the span its period
// begins in. Pure functions: no database, no clock.

import { financialYearsBetween } from './financial-year';
import type { ReportingFrequency } from './council-profile';
import type { PortfolioAmounts, RagCounts } from './portfolio';
import { reportingPeriodsBetween } from './reporting-periods';
import { expectedByDay, termDays, valuePence, type Term, type TermDays } from './social-value-calc';
import type { CommitmentBasics } from './social-value';

export interface Span {
  label: string;
  start: string;
  end: string;
}

/** Each span's first and last days as day numbers, worked out once per span: the portfolio
 * splits every commitment over the same few spans. */
const spanDays = new WeakMap<Span, TermDays>();

function daysOf(span: Span): TermDays {
  let days = spanDays.get(span);
  if (!days) spanDays.set(span, (days = termDays(span)));
  return days;
}

/**
 * The committed £ due within each span: the value expected by its end less the value expected
 * by the day before it starts (see expectedToDate). The spans must follow one another with no
 * gap (years, or the periods of a year); spans covering the whole term add up to exactly the
 * committed £ (quantity x proxy), to the penny; a span outside the term gets £0.
 */
export function committedBySpan(
  c: CommitmentBasics,
  term: Term,
  spans: readonly Span[],
  financialYearStartMonth: number,
): number[] {
  const within = spans.map(() => 0);
  addCommittedBySpan(
    c,
    termDays(term),
    spans,
    [0, spans.length - 1],
    financialYearStartMonth,
    within,
  );
  return within;
}

/**
 * committedBySpan for the spans first..last only (those the term overlaps), added into `into`
 * (one amount for each of `spans`), with the term as day numbers: for adding up many
 * commitments without an array for each. Returns the amount added in all.
 */
export function addCommittedBySpan(
  c: CommitmentBasics,
  term: TermDays,
  spans: readonly Span[],
  [first, last]: readonly [number, number],
  financialYearStartMonth: number,
  into: number[],
): number {
  const firstSpan = spans[first];
  if (!firstSpan || last < first) return 0;
  const penceBy = (day: number) =>
    valuePence(expectedByDay(c, term, day, financialYearStartMonth), c.proxyPence);
  let before = penceBy(daysOf(firstSpan).start - 1);
  let added = 0;
  for (let index = first; index <= last; index += 1) {
    const by = penceBy(daysOf(spans[index] as Span).end);
    into[index] = (into[index] ?? 0) + (by - before);
    added += by - before;
    before = by;
  }
  return added;
}

/** The index of the span holding the date, or -1. Spans in order, not overlapping. */
export function spanIndexOf(spans: readonly Span[], date: string): number {
  let [low, high] = [0, spans.length - 1];
  while (low <= high) {
    const middle = (low + high) >> 1;
    const span = spans[middle] as Span;
    if (date < span.start) high = middle - 1;
    else if (date > span.end) low = middle + 1;
    else return middle;
  }
  return -1;
}

/** Every financial year from..to overlaps, as spans; none when from is after to. */
export function yearSpans(from: string, to: string, financialYearStartMonth: number): Span[] {
  return financialYearsBetween(from, to, financialYearStartMonth).map(({ label, start, end }) => ({
    label,
    start,
    end,
  }));
}

/** The reporting periods of one financial year, as spans. */
export function periodSpans(
  year: Span,
  frequency: ReportingFrequency,
  financialYearStartMonth: number,
): Span[] {
  return reportingPeriodsBetween(frequency, financialYearStartMonth, year.start, year.end);
}

export function noAmounts(): PortfolioAmounts {
  return { committedPence: 0, verifiedPence: 0, submittedPence: 0 };
}

export function addAmounts(into: PortfolioAmounts, add: PortfolioAmounts): void {
  into.committedPence += add.committedPence;
  into.verifiedPence += add.verifiedPence;
  into.submittedPence += add.submittedPence;
}

export function noRatings(): RagCounts {
  return { green: 0, amber: 0, red: 0, grey: 0, notRated: 0 };
}
