import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  calendarDateOf,
  daysBetween,
  isCalendarDate,
  monthName,
} from '../../shared/calendar-date';

describe('isCalendarDate: real dates', () => {
  it.each(['2025-04-01', '2026-03-31', '2024-01-01', '2025-12-31', '1999-06-15', '9999-12-31'])(
    'accepts %j',
    (text) => {
      expect(isCalendarDate(text)).toBe(true);
    },
  );

  it('accepts 29 February in a leap year and refuses it otherwise', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2025-02-29')).toBe(false);
    expect(isCalendarDate('2000-02-29')).toBe(true); // divisible by 400
    expect(isCalendarDate('1900-02-29')).toBe(false); // divisible by 100 only
  });

  it('knows which months have 30 days', () => {
    expect(isCalendarDate('2025-04-30')).toBe(true);
    expect(isCalendarDate('2025-04-31')).toBe(false);
    expect(isCalendarDate('2025-09-31')).toBe(false);
    expect(isCalendarDate('2025-01-31')).toBe(true);
    expect(isCalendarDate('2025-02-28')).toBe(true);
    expect(isCalendarDate('2025-02-30')).toBe(false);
  });
});

describe('isCalendarDate: dates that do not exist', () => {
  it.each(['2025-13-01', '2025-00-10', '2025-01-00', '2025-01-32', '2025-99-99'])(
    'refuses %j rather than rolling it into another date',
    (text) => {
      expect(isCalendarDate(text)).toBe(false);
    },
  );
});

describe('isCalendarDate: text not written YYYY-MM-DD', () => {
  it.each([
    '',
    '01/04/2025',
    '1/4/2025',
    '2025/04/01',
    '2025-4-1',
    '2025-04-1',
    '25-04-01',
    '20250401',
    '2025-04-01T00:00:00Z',
    '2025-04-01 ',
    ' 2025-04-01',
    '2025-04',
    '+02025-04-01',
    '2025-O4-01',
    'April 2025',
    'today',
    '2025-04-0١',
    '0099-12-31',
  ])('refuses %j', (text) => {
    expect(isCalendarDate(text)).toBe(false);
  });

  it('agrees with the calendar a Date keeps, on any text shaped like a date', () => {
    const byDate = (text: string) => {
      const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
      if (!match) return false;
      const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
      const date = new Date(Date.UTC(year, month - 1, day));
      return (
        date.getUTCFullYear() === year &&
        date.getUTCMonth() === month - 1 &&
        date.getUTCDate() === day
      );
    };
    const digits = (length: number) =>
      fc.string({ unit: fc.constantFrom(...'0123456789x-'), minLength: length, maxLength: length });
    const shaped = fc
      .tuple(digits(4), fc.constantFrom('-', '/'), digits(2), fc.constant('-'), digits(2))
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(shaped, (text) => isCalendarDate(text) === byDate(text)),
      { numRuns: 20_000 },
    );
  });
});

describe('monthName', () => {
  it('names every month from 1 (January) to 12 (December)', () => {
    expect(Array.from({ length: 12 }, (_, i) => monthName(i + 1))).toEqual([
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
    ]);
  });

  it('gives April for 4, the usual start of the financial year', () => {
    expect(monthName(4)).toBe('April');
  });

  it.each([0, 13, -1, 1.5, Number.NaN])('refuses %d with a RangeError', (month) => {
    expect(() => monthName(month)).toThrow(RangeError);
  });

  it('says which month it could not name', () => {
    expect(() => monthName(13)).toThrow('There is no month 13');
  });
});

describe('addMonths', () => {
  it('keeps the day when the month has it', () => {
    expect(addMonths('2026-11-22', 6)).toBe('2027-05-22');
  });
  it('falls back to the last day of a shorter month, leap years included', () => {
    expect(addMonths('2025-08-31', 6)).toBe('2026-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
  });
  it('goes back across a year end', () => {
    expect(addMonths('2026-01-15', -2)).toBe('2025-11-15');
  });
});

describe('calendarDateOf', () => {
  it('gives the local calendar date of a moment', () => {
    expect(calendarDateOf(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});

describe('addDays and daysBetween', () => {
  it('crosses month, year and leap-day boundaries', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(addDays('2025-03-30', 0)).toBe('2025-03-30');
  });

  it('counts whole days, negative backwards, unmoved by the clocks changing', () => {
    expect(daysBetween('2025-01-01', '2025-01-02')).toBe(1);
    expect(daysBetween('2025-04-01', '2026-03-31')).toBe(364);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2025-03-29', '2025-03-31')).toBe(2); // British Summer Time starts 30 March
    expect(daysBetween('2025-06-30', '2025-04-01')).toBe(-90);
  });
});
