// What the portfolio dashboard keeps worked out for each contract with commitments, so that it
// can rate and add up every commitment in SQL at any "as at" date (electron/db/
// portfolio-totals.ts stores these; portfolio-rating-sql.ts reads them). Everything here follows
// from the term, the commitments, the returns sent and the council's year start and reporting
// frequency, never from the date of the figures. Pure functions: no database, no clock.
//
// - The reporting dates that decide a rating at any date (see contractReporting and
//   periodsWithoutReturn): the ends of the term's first and last reporting periods, the end of
//   the first period with no return (a return is missing at asOf when that end is on or before
//   it), the start days of the periods returns were sent for, and the periods with no return.
// - Each commitment's committed £ (committedPence), its yearly targets that fall in the term as
//   day ranges (what expectedByDay adds up), and its committed £ in each financial year of the
//   term and each reporting period of those years: the value expected by the span's end less
//   the value expected by the day before it began (addCommittedBySpan), so the years add up to
//   the committed £ to the penny and the periods of a year to the year.

import { dayNumber } from './calendar-date';
import type { ReportingFrequency } from './council-profile';
import { parseFinancialYearLabel } from './financial-year';
import { addCommittedBySpan, periodSpans, yearSpans, type Span } from './portfolio-calc';
import {
  periodsWithoutReturn,
  reportingPeriodOf,
  reportingPeriodsBetween,
  type ReportingPeriod,
} from './reporting-periods';
import { committedPence, termDays, type Term } from './social-value-calc';
import type { CommitmentBasics } from './social-value';

/** The council profile's settings the figures are worked out for. */
export interface FiguresBasis {
  financialYearStartMonth: number;
  reportingFrequency: ReportingFrequency;
}

/** The most reporting periods a financial year has (monthly). */
export const periodsPerYearAtMost = 12;

export interface YearFigures {
  /** The financial year's first day. */
  yearStart: string;
  pence: number;
  /** Committed £ in each of the year's reporting periods, the first first. */
  periods: number[];
}

export interface TargetDays {
  fromDay: number;
  toDay: number;
  quantity: number;
}

export interface CommitmentFigures {
  committedPence: number;
  /** Whether it has yearly targets at all (then expected comes from `targets` alone). */
  hasTargets: boolean;
  targets: TargetDays[];
  years: YearFigures[];
}

export interface ContractFigures {
  firstPeriodEndDay: number;
  lastPeriodEndDay: number;
  firstUnsentEndDay: number | null;
  lastSentDay: number | null;
  sentDays: number[];
  unsent: ReportingPeriod[];
}

/** The yearly targets that fall in the term, as expectedByDay spreads them. */
function targetDays(c: CommitmentBasics, term: Term, financialYearStartMonth: number) {
  const days = termDays(term);
  return c.yearlyTargets.flatMap((target): TargetDays[] => {
    const year = parseFinancialYearLabel(target.financialYear, financialYearStartMonth);
    if (!year.ok) return [];
    const { start, end } = termDays(year.value);
    const fromDay = Math.max(start, days.start);
    const toDay = Math.min(end, days.end);
    return fromDay > toDay ? [] : [{ fromDay, toDay, quantity: target.quantity }];
  });
}

/** Committed £ in each of `spans` (all of them; those outside the term get £0). */
function committedIn(c: CommitmentBasics, term: Term, spans: readonly Span[], fyStart: number) {
  const pence = spans.map(() => 0);
  addCommittedBySpan(c, termDays(term), spans, [0, spans.length - 1], fyStart, pence);
  return pence;
}

export function commitmentFigures(
  c: CommitmentBasics,
  term: Term,
  { financialYearStartMonth: fyStart, reportingFrequency }: FiguresBasis,
): CommitmentFigures {
  const years = yearSpans(term.start, term.end, fyStart);
  const byYear = committedIn(c, term, years, fyStart);
  return {
    committedPence: committedPence(c),
    hasTargets: c.yearlyTargets.length > 0,
    targets: targetDays(c, term, fyStart),
    years: years.map((year, index) => ({
      yearStart: year.start,
      pence: byYear[index] ?? 0,
      periods: committedIn(c, term, periodSpans(year, reportingFrequency, fyStart), fyStart),
    })),
  };
}

/** `sentStarts`: the period start dates of the contract's returns past draft. */
export function contractFigures(
  term: Term,
  sentStarts: readonly string[],
  { financialYearStartMonth: fyStart, reportingFrequency }: FiguresBasis,
): ContractFigures {
  const periodEnd = (date: string) =>
    dayNumber(reportingPeriodOf(reportingFrequency, fyStart, date).end);
  const periods = reportingPeriodsBetween(reportingFrequency, fyStart, term.start, term.end);
  const unsent = periodsWithoutReturn(periods, new Set(sentStarts));
  const sentDays = [...new Set(sentStarts)].map(dayNumber).sort((a, b) => a - b);
  return {
    firstPeriodEndDay: periodEnd(term.start),
    lastPeriodEndDay: periodEnd(term.end),
    firstUnsentEndDay: unsent[0] ? dayNumber(unsent[0].end) : null,
    lastSentDay: sentDays.at(-1) ?? null,
    sentDays,
    unsent,
  };
}
