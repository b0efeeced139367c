// Calendar dates are ISO text, YYYY-MM-DD, with no time and no time zone.

/** The digit at `at` of a date's text, as a number. */
const digit = (date: string, at: number) => date.charCodeAt(at) - 48;

const digitPlaces = [0, 1, 2, 3, 5, 6, 8, 9];
const isDigitAt = (text: string, at: number) => digit(text, at) >= 0 && digit(text, at) <= 9;

/**
 * True for a real calendar date written YYYY-MM-DD (so 2025-02-29 is false) in the year 100 or
 * later. Read from the characters, without a pattern or a Date: every row of a 100,000-row
 * register import checks two dates.
 */
export function isCalendarDate(text: string): boolean {
  if (text.length !== 10 || text[4] !== '-' || text[7] !== '-') return false;
  if (!digitPlaces.every((at) => isDigitAt(text, at))) return false;
  const year = digit(text, 0) * 1000 + digit(text, 1) * 100 + digit(text, 2) * 10 + digit(text, 3);
  const month = digit(text, 5) * 10 + digit(text, 6);
  const day = digit(text, 8) * 10 + digit(text, 9);
  return year >= 100 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** "April" for 4. */
export function monthName(month: number): string {
  const name = monthNames[month - 1];
  if (!name) throw new RangeError(`There is no month ${month}`);
  return name;
}

/** "1 January 2024", from a calendar date. */
export function longDate(date: string): string {
  return `${Number(date.slice(8, 10))} ${monthName(Number(date.slice(5, 7)))} ${date.slice(0, 4)}`;
}

/** The calendar date of a moment in this machine's time zone (today by default). */
export function calendarDateOf(moment: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** 28 to 31: the number of days in a month (1-12) of a year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The same day `months` later, or the month's last day when it is shorter (31 Aug + 6 = 28/29 Feb). */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) + months;
  const newYear = Math.floor(index / 12);
  const newMonth = (index % 12) + 1;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${newYear}-${pad(newMonth)}-${pad(Math.min(day, daysInMonth(newYear, newMonth)))}`;
}

const dayMs = 86_400_000;

/**
 * Days since 1 January 1970 of a calendar date, for day arithmetic that no time zone can shift:
 * worked out from the digits alone (the civil-calendar count of days), without parsing or
 * allocating, since the portfolio dashboard counts days for every one of thousands of commitments.
 */
export function dayNumber(date: string): number {
  const year = digit(date, 0) * 1000 + digit(date, 1) * 100 + digit(date, 2) * 10 + digit(date, 3);
  const month = digit(date, 5) * 10 + digit(date, 6);
  const day = digit(date, 8) * 10 + digit(date, 9);
  // Years counted from March, so the leap day falls at the end of each.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The date `days` days later (earlier when negative). */
export function addDays(date: string, days: number): string {
  return new Date((dayNumber(date) + days) * dayMs).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier); 1 Jan to 2 Jan is 1. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}
