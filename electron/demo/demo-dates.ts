// Day arithmetic for the demo timeline, on YYYY-MM-DD text in UTC so no time zone moves a day.
// (Months and today come from shared/calendar-date.ts.)

const dayMs = 86_400_000;

function toUtc(date: string): number {
  return Date.UTC(
    Number(date.slice(0, 4)),
    Number(date.slice(5, 7)) - 1,
    Number(date.slice(8, 10)),
  );
}

export function addDays(date: string, days: number): string {
  return new Date(toUtc(date) + days * dayMs).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / dayMs);
}
