// Dates as officers read them: "1 April 2025". Calendar dates are read from their YYYY-MM-DD
// parts, never through Date parsing, so no time zone can shift them a day.

import { isCalendarDate, monthName } from '../shared/calendar-date';

/** "1 April 2025" for "2025-04-01"; text that is not a calendar date comes back unchanged. */
export function formatDate(isoDate: string): string {
  if (!isCalendarDate(isoDate)) return isoDate;
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return `${day} ${monthName(month)} ${year}`;
}

const momentFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** "3 May 2025 at 14:05" for a timestamp, in this computer's time zone. */
export function formatMoment(isoTimestamp: string): string {
  const moment = new Date(isoTimestamp);
  return Number.isNaN(moment.getTime()) ? isoTimestamp : momentFormat.format(moment);
}

/** "1 Apr 2025": the short form dense lists use. */
export function formatShortDate(isoDate: string): string {
  if (!isCalendarDate(isoDate)) return isoDate;
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return `${day} ${monthName(month).slice(0, 3)} ${year}`;
}

/** Today on this computer's calendar, as YYYY-MM-DD. */
export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
