// Cleaning the values real council files hold (DESIGN.md section 3): dates in every form
// officers' spreadsheets produce, money with pound signs, commas, spaces and accounting
// brackets, yes/no flags, company numbers with scheme prefixes, categories, and the blank,
// total and error rows around the data. Pure: text in, a value or a reason out.

import { isCalendarDate } from '../../shared/calendar-date';
import type { ProcurementCategory } from '../../shared/exercise';
import { parseMoneyToPence } from '../../shared/money';
import { normaliseCompanyNumber } from '../../shared/supplier-rules';

export type Read<T> = { value: T } | { blank: true } | { problem: string };

const pad = (n: number) => String(n).padStart(2, '0');
const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Dates registers use to mean "not known". */
const placeholderDates = new Set([
  '1899-12-30',
  '1899-12-31',
  '1900-01-01',
  '2000-01-01',
  '9999-12-31',
]);

const spreadsheetErrors = /^#(REF!|VALUE!|N\/A|DIV\/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!)$/i;

/** A cell holding a spreadsheet error (#REF!, #N/A...) rather than a value. */
export function spreadsheetError(text: string): string | null {
  const trimmed = text.trim();
  return spreadsheetErrors.test(trimmed) ? trimmed.toUpperCase() : null;
}

function fullYear(year: string): number {
  const n = Number(year);
  if (year.length > 2) return n;
  return n < 70 ? 2000 + n : 1900 + n;
}

/** Excel's day numbers: day 1 is 1900-01-01, and 60 is the 29 February 1900 Lotus invented. */
function excelSerialDate(serial: number): string {
  const days = Math.floor(serial);
  const epoch = Date.UTC(1899, 11, 30);
  return new Date(epoch + days * 86_400_000).toISOString().slice(0, 10);
}

const isoPattern =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?$/i;
const dayFirstPattern =
  /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/;
const monthNamePattern = /^(\d{1,2})[\s-]+([a-z]{3,9})\.?[\s-]+(\d{2}|\d{4})$/i;
/** Serials from 1927 to 2119: numbers outside that are more likely years or amounts. */
const serialPattern = /^\d{5}(\.\d+)?$/;

function dateFromParts(year: number, month: number, day: number): string | null {
  const date = `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
  return isCalendarDate(date) ? date : null;
}

/**
 * The calendar date a cell holds: 31/03/2024 (day first, as in the UK), 31-Mar-2024, 31 March
 * 2024, 2024-03-31 with or without a time (2020-06-24T00:00:00Z), an Excel day number (45382).
 * A time is ignored, so a datetime at 01:00 (midnight in summer time) is that day. A placeholder
 * such as 01-Jan-2000 reads as blank with a `placeholder` note: the date is not known.
 */
export function readDate(text: string): Read<string> & { placeholder?: string } {
  const trimmed = text.trim();
  if (trimmed === '') return { blank: true };
  let date: string | null = null;
  const iso = isoPattern.exec(trimmed);
  const dayFirst = dayFirstPattern.exec(trimmed);
  const named = monthNamePattern.exec(trimmed);
  if (iso) date = dateFromParts(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  else if (dayFirst) {
    date = dateFromParts(fullYear(dayFirst[3] as string), Number(dayFirst[2]), Number(dayFirst[1]));
  } else if (named) {
    const month = months.indexOf((named[2] as string).slice(0, 3).toLowerCase()) + 1;
    if (month > 0) date = dateFromParts(fullYear(named[3] as string), month, Number(named[1]));
  } else if (serialPattern.test(trimmed)) {
    const serial = Number(trimmed);
    if (serial >= 10_000 && serial <= 80_000) date = excelSerialDate(serial);
  }
  if (date === null) {
    return {
      problem: 'This is not a date; write it as a day, month and year, for example 31/03/2025',
    };
  }
  if (placeholderDates.has(date)) return { blank: true, placeholder: date };
  return { value: date };
}

const notStated = /^(n\/?a|nil|none|tbc|tba|unknown|not (stated|known)|-+)$/i;

/**
 * An amount of money in pence: £1,234.56, " 1,234.56 ", (3728) for minus £3,728, -12.5,
 * 77317.54000000001 (to the nearest penny), 1.5E+6, GBP 100. "N/A", "-" and "TBC" are blank.
 */
export function readMoney(text: string): Read<number> {
  const trimmed = text
    .trim()
    .replace(/^GBP\s*/i, '')
    .replace(/\s*GBP$/i, '');
  if (trimmed === '' || notStated.test(trimmed)) return { blank: true };
  const exponent = /^-?\d+(\.\d+)?e[+-]?\d+$/i.test(trimmed) ? Number(trimmed).toFixed(2) : null;
  const pence = parseMoneyToPence(exponent ?? trimmed);
  if (pence === null) return { problem: 'This is not an amount of money' };
  return { value: pence };
}

/** Yes/No, Y/N, True/False, 1/0, X for yes. */
export function readYesNo(text: string): Read<boolean> {
  const value = text.trim().toLowerCase();
  if (value === '') return { blank: true };
  if (['yes', 'y', 'true', '1', 'x'].includes(value)) return { value: true };
  if (['no', 'n', 'false', '0'].includes(value)) return { value: false };
  return { problem: 'Write yes or no' };
}

/**
 * A Companies House number from what registers write: "gb/02165763", "GB-COH-02165763",
 * "497029" (a leading zero lost in Excel), "SC123456". Null when the text is none.
 */
export function readCompanyNumber(text: string): string | null {
  const withoutScheme = text
    .trim()
    .replace(/^gb[-/\s]*(coh[-/\s]*)?/i, '')
    .replace(/^.*\//, '');
  return normaliseCompanyNumber(withoutScheme);
}

/**
 * Goods, services or works: from those words (or "Supplies", "Construction"), or from a CPV
 * code (45... is works; up to 44 and 48 are goods; the rest services). Null when neither.
 */
export function readCategory(text: string): ProcurementCategory | null {
  const value = text.trim().toLowerCase();
  if (value === '') return null;
  if (/^(goods|supplies|supply|products?)\b/.test(value)) return 'goods';
  if (/^(works?|construction)\b/.test(value)) return 'works';
  if (/^services?\b/.test(value)) return 'services';
  const cpv = /^(\d{2})\d{6}(-\d)?$/.exec(value);
  if (!cpv) return null;
  const division = Number(cpv[1]);
  if (division === 45) return 'works';
  return division <= 44 || division === 48 ? 'goods' : 'services';
}

/**
 * A Contracts Finder notice id ("d2b241d1-af78-...-366961-dvncc001-...") is the notice's UUID
 * followed by the publishing system's own codes; the UUID alone is the notice.
 */
export function readReference(text: string): string {
  const trimmed = text.trim();
  const uuid = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})-/i.exec(trimmed);
  return uuid && trimmed.length > 50 ? (uuid[1] as string) : trimmed;
}

export const isBlankRow = (cells: readonly string[]) => cells.every((cell) => cell.trim() === '');

/**
 * A footer under the data rather than a record: a "Total" row, or a row holding nothing but one
 * or two amounts.
 */
export function isFooterRow(cells: readonly string[]): boolean {
  const filled = cells.map((cell) => cell.trim()).filter((cell) => cell !== '');
  if (filled.length === 0 || filled.length > 3) return false;
  if (filled.some((cell) => /^(grand\s+)?totals?\b/i.test(cell))) return true;
  return filled.length <= 2 && filled.every((cell) => parseMoneyToPence(cell) !== null);
}
