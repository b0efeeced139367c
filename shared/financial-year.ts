// Financial years and quarters, counted from the council's start month (April by default).
// All arithmetic is on the year, month and day numbers of the ISO text: no Date objects, so no
// time zone can move a day.

import { daysInMonth, isCalendarDate } from './calendar-date';

/** A council's financial year, e.g. 2025/26 = 2025-04-01 to 2026-03-31 for an April start. */
export interface FinancialYear {
  /** The calendar year the financial year starts in: 2025 for 2025/26. */
  startYear: number;
  /** The month (1-12) it starts in, the profile's financialYearStartMonth. */
  startMonth: number;
  /** "2025/26"; just "2025" when the year starts in January (a calendar year). */
  label: string;
  /** First day, YYYY-MM-DD. */
  start: string;
  /** Last day, YYYY-MM-DD (inclusive). */
  end: string;
}

export type QuarterNumber = 1 | 2 | 3 | 4;

export interface FinancialQuarter {
  financialYear: FinancialYear;
  quarter: QuarterNumber;
  /** "Q1 2025/26". */
  label: string;
  start: string;
  end: string;
}

export type LabelParse = { ok: true; value: FinancialYear } | { ok: false; error: string };

export const defaultFinancialYearStartMonth = 4;

function checkStartMonth(startMonth: number): void {
  if (!Number.isInteger(startMonth) || startMonth < 1 || startMonth > 12) {
    throw new RangeError(`A financial year cannot start in month ${startMonth}`);
  }
}

function parts(date: string): { year: number; month: number } {
  if (!isCalendarDate(date)) {
    throw new RangeError(`"${date}" is not a calendar date written YYYY-MM-DD`);
  }
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)) };
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');
const iso = (year: number, month: number, day: number) =>
  `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;

/** Adds whole months to a (year, month) pair. */
function shiftMonth(year: number, month: number, by: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + by;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** The span of `months` months starting on the 1st of (year, month). */
function span(year: number, month: number, months: number): { start: string; end: string } {
  const last = shiftMonth(year, month, months - 1);
  return {
    start: iso(year, month, 1),
    end: iso(last.year, last.month, daysInMonth(last.year, last.month)),
  };
}

const isWorkableYear = (year: number) => Number.isInteger(year) && year >= 1000 && year <= 9998;

/** The financial year that starts in `startMonth` of `startYear`. */
export function financialYearStarting(
  startYear: number,
  startMonth = defaultFinancialYearStartMonth,
): FinancialYear {
  checkStartMonth(startMonth);
  if (!isWorkableYear(startYear)) {
    throw new RangeError(`${startYear} is not a year this app can work with`);
  }
  const label =
    startMonth === 1 ? String(startYear) : `${startYear}/${pad((startYear + 1) % 100, 2)}`;
  return { startYear, startMonth, label, ...span(startYear, startMonth, 12) };
}

/** The financial year a calendar date (YYYY-MM-DD) falls in. */
export function financialYearOf(
  date: string,
  startMonth = defaultFinancialYearStartMonth,
): FinancialYear {
  checkStartMonth(startMonth);
  const { year, month } = parts(date);
  return financialYearStarting(month >= startMonth ? year : year - 1, startMonth);
}

/** The four quarters of a financial year, Q1 first. */
export function quartersOf(financialYear: FinancialYear): FinancialQuarter[] {
  return ([1, 2, 3, 4] as const).map((quarter) => {
    const first = shiftMonth(financialYear.startYear, financialYear.startMonth, (quarter - 1) * 3);
    return {
      financialYear,
      quarter,
      label: `Q${quarter} ${financialYear.label}`,
      ...span(first.year, first.month, 3),
    };
  });
}

/** The quarter of its financial year a calendar date falls in (Q1 = the first three months). */
export function quarterOf(
  date: string,
  startMonth = defaultFinancialYearStartMonth,
): FinancialQuarter {
  const financialYear = financialYearOf(date, startMonth);
  const { month } = parts(date);
  const index = Math.floor(((month - startMonth + 12) % 12) / 3);
  return quartersOf(financialYear)[index] as FinancialQuarter;
}

/** Every financial year that overlaps from..to (both inclusive); empty when from is after to. */
export function financialYearsBetween(
  from: string,
  to: string,
  startMonth = defaultFinancialYearStartMonth,
): FinancialYear[] {
  const first = financialYearOf(from, startMonth);
  const last = financialYearOf(to, startMonth);
  if (from > to) return [];
  const years: FinancialYear[] = [];
  for (let year = first.startYear; year <= last.startYear; year += 1) {
    years.push(financialYearStarting(year, startMonth));
  }
  return years;
}

const twoYears = /^(\d{4})\s*[/\-–]\s*(\d{2}|\d{4})$/;

/**
 * Reads a financial year as officers and spreadsheets write it: "2025/26", "2025-26",
 * "2025/2026", "FY 2025/26"; "2025" when the year starts in January. Anything else, or a second
 * year that is not the year after the first, is an error that says what to write instead.
 */
export function parseFinancialYearLabel(
  text: string,
  startMonth = defaultFinancialYearStartMonth,
): LabelParse {
  checkStartMonth(startMonth);
  const value = text.trim().replace(/^FY\s*/i, '');
  const example = startMonth === 1 ? '2025' : '2025/26';
  const fail = (error: string): LabelParse => ({ ok: false, error });
  if (startMonth === 1) {
    if (/^\d{4}$/.test(value) && isWorkableYear(Number(value))) {
      return { ok: true, value: financialYearStarting(Number(value), 1) };
    }
    return fail(
      `"${text.trim()}" is not a financial year: the council's years run January to December, so write the year, for example ${example}`,
    );
  }
  const match = twoYears.exec(value);
  if (!match || !isWorkableYear(Number(match[1]))) {
    return fail(`"${text.trim()}" is not a financial year: write it like ${example}`);
  }
  const startYear = Number(match[1]);
  const second = match[2] as string;
  const expected = second.length === 2 ? (startYear + 1) % 100 : startYear + 1;
  if (Number(second) !== expected) {
    const right = financialYearStarting(startYear, startMonth).label;
    return fail(
      `"${text.trim()}" is not one financial year: the year after ${startYear} is ${startYear + 1}, so write ${right}`,
    );
  }
  return { ok: true, value: financialYearStarting(startYear, startMonth) };
}
