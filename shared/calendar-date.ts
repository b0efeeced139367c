// Calendar dates are ISO text, YYYY-MM-DD, with no time and no time zone.

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD (so 2025-02-29 is false). */
export function isCalendarDate(text: string): boolean {
  const match = isoDate.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
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

/** Midnights already worked out, by date: the portfolio dashboard counts days between the same
 * few thousand dates for every commitment. Emptied when it grows large. */
const midnights = new Map<string, number>();

/** Midnight UTC of a calendar date, for day arithmetic that no time zone can shift. */
function utcMidnight(date: string): number {
  let midnight = midnights.get(date);
  if (midnight === undefined) {
    midnight = Date.UTC(
      Number(date.slice(0, 4)),
      Number(date.slice(5, 7)) - 1,
      Number(date.slice(8, 10)),
    );
    if (midnights.size >= 100_000) midnights.clear();
    midnights.set(date, midnight);
  }
  return midnight;
}

/** The date `days` days later (earlier when negative). */
export function addDays(date: string, days: number): string {
  return new Date(utcMidnight(date) + days * dayMs).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier); 1 Jan to 2 Jan is 1. */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcMidnight(to) - utcMidnight(from)) / dayMs);
}
