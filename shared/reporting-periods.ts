// Reporting periods: the months, quarters, half-years or years a supplier reports delivery for,
// aligned to the council's financial year ("Q1 2025/26" is April to June for an April start).
// Periods are whole: a contract starting on 15 May still reports for "Q1 2025/26", which runs
// 1 April to 30 June; the calculations count only the days inside the term.

import { daysInMonth, monthName } from './calendar-date';
import type { ReportingFrequency } from './council-profile';
import {
  financialYearOf,
  financialYearStarting,
  parseFinancialYearLabel,
  type FinancialYear,
} from './financial-year';

export interface ReportingPeriod {
  /** "Q1 2025/26", "H1 2025/26", "2025/26", "May 2025" ("Q1 2025" for a January start). */
  label: string;
  /** First day, YYYY-MM-DD. */
  start: string;
  /** Last day, YYYY-MM-DD (inclusive). */
  end: string;
}

export type ReportingPeriodParse =
  { ok: true; value: ReportingPeriod } | { ok: false; error: string };

const monthsIn: Record<ReportingFrequency, number> = {
  monthly: 1,
  quarterly: 3,
  'half-yearly': 6,
  annual: 12,
};

const pad = (n: number) => String(n).padStart(2, '0');

/** The `index`th period (0 first) of a financial year. Month arithmetic only: lists of periods
 * are made for every contract on the dashboard, so no date text is parsed here. */
function periodOfYear(
  frequency: ReportingFrequency,
  year: FinancialYear,
  index: number,
): ReportingPeriod {
  const length = monthsIn[frequency];
  const first = year.startYear * 12 + (year.startMonth - 1) + index * length;
  const last = first + length - 1;
  const [firstYear, firstMonth] = [Math.floor(first / 12), (first % 12) + 1];
  const [lastYear, lastMonth] = [Math.floor(last / 12), (last % 12) + 1];
  const labels: Record<ReportingFrequency, string> = {
    monthly: `${monthName(firstMonth)} ${firstYear}`,
    quarterly: `Q${index + 1} ${year.label}`,
    'half-yearly': `H${index + 1} ${year.label}`,
    annual: year.label,
  };
  return {
    label: labels[frequency],
    start: `${firstYear}-${pad(firstMonth)}-01`,
    end: `${lastYear}-${pad(lastMonth)}-${pad(daysInMonth(lastYear, lastMonth))}`,
  };
}

/** Which financial year a date is in, and which of its periods (0 first). */
function placeOf(frequency: ReportingFrequency, financialYearStartMonth: number, date: string) {
  const year = financialYearOf(date, financialYearStartMonth);
  const monthsIntoYear = (Number(date.slice(5, 7)) - financialYearStartMonth + 12) % 12;
  return { year, index: Math.floor(monthsIntoYear / monthsIn[frequency]) };
}

/** The period a calendar date falls in. */
export function reportingPeriodOf(
  frequency: ReportingFrequency,
  financialYearStartMonth: number,
  date: string,
): ReportingPeriod {
  const { year, index } = placeOf(frequency, financialYearStartMonth, date);
  return periodOfYear(frequency, year, index);
}

/** Every period overlapping from..to (both inclusive), earliest first; empty when from > to. */
export function reportingPeriodsBetween(
  frequency: ReportingFrequency,
  financialYearStartMonth: number,
  from: string,
  to: string,
): ReportingPeriod[] {
  const periods: ReportingPeriod[] = [];
  if (from > to) return periods;
  const perYear = 12 / monthsIn[frequency];
  let { year, index } = placeOf(frequency, financialYearStartMonth, from);
  for (let period = periodOfYear(frequency, year, index); period.start <= to;) {
    periods.push(period);
    index += 1;
    if (index === perYear) {
      year = financialYearStarting(year.startYear + 1, financialYearStartMonth);
      index = 0;
    }
    period = periodOfYear(frequency, year, index);
  }
  return periods;
}

/**
 * The periods of a contract term that have ended by asOf (period end on or before asOf): a return
 * is due for each. A period is due at the close of its last day; the term's first and last
 * periods count even when the term covers only part of them.
 */
export function duePeriods(
  term: { start: string; end: string },
  frequency: ReportingFrequency,
  financialYearStartMonth: number,
  asOf: string,
): ReportingPeriod[] {
  const until = asOf < term.end ? asOf : term.end;
  return reportingPeriodsBetween(frequency, financialYearStartMonth, term.start, until).filter(
    (period) => period.end <= asOf,
  );
}

/**
 * The due periods of a term, worked out once for all the terms that span the same periods: a
 * term's due periods run from the period of its start to the period of its end or of asOf,
 * whichever is earlier, so terms agreeing on those two periods have the same ones.
 */
export function duePeriodsOfTerms(frequency: ReportingFrequency, fyStart: number, asOf: string) {
  const known = new Map<string, ReportingPeriod[]>();
  // The period of each date, found once: many terms start or end on the same day.
  const periods = new Map<string, ReportingPeriod>();
  const periodOf = (date: string) => {
    let period = periods.get(date);
    if (!period) periods.set(date, (period = reportingPeriodOf(frequency, fyStart, date)));
    return period;
  };
  return (term: { start: string; end: string }): ReportingPeriod[] => {
    const first = periodOf(term.start).start;
    const last = periodOf(term.end < asOf ? term.end : asOf).end;
    const key = `${first}|${last}`;
    let due = known.get(key);
    if (!due) {
      due = duePeriods({ start: first, end: last }, frequency, fyStart, asOf);
      known.set(key, due);
    }
    return due;
  };
}

/**
 * The periods with no return. `returnedPeriodStarts` holds the start dates of the contract's
 * returns that count (the caller decides which: usually every return not in draft); a return
 * whose start falls anywhere in a period counts for it, so a return dated from the term's start
 * in a part period is found.
 */
export function periodsWithoutReturn(
  periods: readonly ReportingPeriod[],
  returnedPeriodStarts: ReadonlySet<string>,
): ReportingPeriod[] {
  if (periods.every((period) => returnedPeriodStarts.has(period.start))) return [];
  const starts = [...returnedPeriodStarts];
  return periods.filter(
    (period) =>
      !returnedPeriodStarts.has(period.start) &&
      !starts.some((start) => start >= period.start && start <= period.end),
  );
}

/** The due periods (see duePeriods) with no return yet (see periodsWithoutReturn). */
export function missingPeriods(
  term: { start: string; end: string },
  frequency: ReportingFrequency,
  financialYearStartMonth: number,
  asOf: string,
  returnedPeriodStarts: ReadonlySet<string>,
): ReportingPeriod[] {
  return periodsWithoutReturn(
    duePeriods(term, frequency, financialYearStartMonth, asOf),
    returnedPeriodStarts,
  );
}

const shortMonths = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
];

function monthNumber(text: string): number | null {
  const key = text.toLowerCase().slice(0, 3);
  const index = shortMonths.indexOf(key);
  if (index < 0) return null;
  const full = monthName(index + 1).toLowerCase();
  const lower = text.toLowerCase();
  // "Sept" is how many people write September; otherwise a prefix of the full name.
  return full.startsWith(lower) || lower === 'sept' ? index + 1 : null;
}

const examples = (startMonth: number): Record<ReportingFrequency, string> => {
  const year = financialYearStarting(2025, startMonth).label;
  return {
    monthly: 'May 2025',
    quarterly: `Q1 ${year}`,
    'half-yearly': `H1 ${year}`,
    annual: year,
  };
};

function parseMonth(text: string, startMonth: number): ReportingPeriod | null {
  const named = /^([A-Za-z]+)[\s\-/]*(\d{4})$/.exec(text);
  const numeric = /^(\d{4})-(\d{2})$/.exec(text);
  const month = named ? monthNumber(named[1] as string) : numeric ? Number(numeric[2]) : null;
  const year = Number(named ? named[2] : numeric?.[1]);
  if (month === null || month < 1 || month > 12 || year < 1000 || year > 9998) return null;
  return reportingPeriodOf('monthly', startMonth, `${year}-${pad(month)}-01`);
}

/** "Q1 2025/26", "2025/26 Q1", "Q1 FY 2025-26"; "H2 2025/26"; the index (1-based) and year. */
function parseNumbered(text: string, letter: 'Q' | 'H'): { index: number; year: string } | null {
  const before = new RegExp(`^${letter}\\s*(\\d)\\s+(.+)$`, 'i').exec(text);
  const after = new RegExp(`^(.+?)\\s+${letter}\\s*(\\d)$`, 'i').exec(text);
  if (before) return { index: Number(before[1]), year: before[2] as string };
  if (after) return { index: Number(after[2]), year: after[1] as string };
  return null;
}

/**
 * Reads a period as officers and spreadsheets write it, for the council's reporting frequency.
 * Anything else is an error that says what to write instead.
 */
export function parseReportingPeriod(
  label: string,
  frequency: ReportingFrequency,
  financialYearStartMonth: number,
): ReportingPeriodParse {
  const text = label.trim().replace(/\s+/g, ' ');
  const example = examples(financialYearStartMonth)[frequency];
  const fail = (why: string): ReportingPeriodParse => ({
    ok: false,
    error: `"${text}" is not a ${frequencyWords[frequency]}: ${why}write it like ${example}`,
  });
  if (frequency === 'monthly') {
    const period = parseMonth(text, financialYearStartMonth);
    return period ? { ok: true, value: period } : fail('');
  }
  if (frequency === 'annual') {
    const year = parseFinancialYearLabel(text, financialYearStartMonth);
    return year.ok ? { ok: true, value: periodOfYear('annual', year.value, 0) } : fail('');
  }
  const letter = frequency === 'quarterly' ? 'Q' : 'H';
  const count = 12 / monthsIn[frequency];
  const numbered = parseNumbered(text, letter);
  if (!numbered) return fail('');
  if (numbered.index < 1 || numbered.index > count) {
    return fail(`there are ${count} in a year, ${letter}1 to ${letter}${count}; `);
  }
  const year = parseFinancialYearLabel(numbered.year, financialYearStartMonth);
  if (!year.ok) return fail('the year is not right; ');
  return { ok: true, value: periodOfYear(frequency, year.value, numbered.index - 1) };
}

const frequencyWords: Record<ReportingFrequency, string> = {
  monthly: 'month',
  quarterly: 'quarter',
  'half-yearly': 'half-year',
  annual: 'financial year',
};
