import { describe, expect, it } from 'vitest';
import {
  financialYearOf,
  financialYearStarting,
  financialYearsBetween,
  parseFinancialYearLabel,
  quarterOf,
  quartersOf,
} from '../../shared/financial-year';

describe('financialYearOf', () => {
  it('puts 31 March in the year before and 1 April in the new one (April start, the default)', () => {
    expect(financialYearOf('2026-03-31')).toEqual({
      startYear: 2025,
      startMonth: 4,
      label: '2025/26',
      start: '2025-04-01',
      end: '2026-03-31',
    });
    expect(financialYearOf('2026-04-01').label).toBe('2026/27');
    expect(financialYearOf('2025-04-01', 4).start).toBe('2025-04-01');
  });

  it('labels a January-start year with the calendar year alone', () => {
    expect(financialYearOf('2025-01-01', 1)).toEqual({
      startYear: 2025,
      startMonth: 1,
      label: '2025',
      start: '2025-01-01',
      end: '2025-12-31',
    });
    expect(financialYearOf('2024-12-31', 1).label).toBe('2024');
  });

  it('ends a March-start year on 29 February in a leap year and 28 February otherwise', () => {
    expect(financialYearOf('2024-02-29', 3)).toMatchObject({
      label: '2023/24',
      start: '2023-03-01',
      end: '2024-02-29',
    });
    expect(financialYearOf('2023-03-01', 3).end).toBe('2024-02-29');
    expect(financialYearOf('2024-03-01', 3).end).toBe('2025-02-28');
    expect(financialYearOf('2099-06-01', 3).end).toBe('2100-02-28'); // 2100 is not a leap year
    expect(financialYearOf('1999-06-01', 3).end).toBe('2000-02-29'); // 2000 is
  });

  it('writes the century turn as 1999/00 and handles other start months', () => {
    expect(financialYearOf('2000-01-15').label).toBe('1999/00');
    expect(financialYearOf('2025-07-01', 7)).toMatchObject({
      label: '2025/26',
      end: '2026-06-30',
    });
    expect(financialYearOf('2025-11-30', 12)).toMatchObject({
      label: '2024/25',
      start: '2024-12-01',
      end: '2025-11-30',
    });
  });

  it('refuses dates that are not calendar dates, and impossible start months', () => {
    expect(() => financialYearOf('2025-02-29')).toThrow(RangeError);
    expect(() => financialYearOf('2025-04-01T00:00:00Z')).toThrow(/not a calendar date/);
    expect(() => financialYearOf('2025-04-01', 0)).toThrow(/month 0/);
    expect(() => financialYearOf('2025-04-01', 13)).toThrow(RangeError);
    expect(() => financialYearStarting(2025.5)).toThrow(RangeError);
  });
});

describe('quarterOf', () => {
  it('runs Q1 April-June to Q4 January-March, the last day of each quarter staying in it', () => {
    expect(quarterOf('2025-04-01')).toMatchObject({
      quarter: 1,
      label: 'Q1 2025/26',
      start: '2025-04-01',
      end: '2025-06-30',
    });
    expect(quarterOf('2025-06-30').quarter).toBe(1);
    expect(quarterOf('2025-07-01')).toMatchObject({ quarter: 2, end: '2025-09-30' });
    expect(quarterOf('2025-12-31')).toMatchObject({ quarter: 3, start: '2025-10-01' });
    expect(quarterOf('2026-01-01')).toMatchObject({
      quarter: 4,
      label: 'Q4 2025/26',
      start: '2026-01-01',
      end: '2026-03-31',
    });
    expect(quarterOf('2026-03-31').financialYear.label).toBe('2025/26');
  });

  it('follows the start month, across the calendar year and into a leap February', () => {
    expect(quarterOf('2025-03-31', 1)).toMatchObject({ quarter: 1, label: 'Q1 2025' });
    expect(quarterOf('2025-10-01', 1)).toMatchObject({ quarter: 4, end: '2025-12-31' });
    expect(quarterOf('2024-02-10', 12)).toMatchObject({
      quarter: 1,
      label: 'Q1 2023/24',
      start: '2023-12-01',
      end: '2024-02-29',
    });
  });

  it('lists the four quarters of a year end to end', () => {
    const quarters = quartersOf(financialYearStarting(2025));
    expect(quarters.map((q) => [q.start, q.end])).toEqual([
      ['2025-04-01', '2025-06-30'],
      ['2025-07-01', '2025-09-30'],
      ['2025-10-01', '2025-12-31'],
      ['2026-01-01', '2026-03-31'],
    ]);
  });
});

describe('financialYearsBetween', () => {
  it('lists every year the period touches, both ends included', () => {
    expect(financialYearsBetween('2024-03-31', '2026-04-01').map((y) => y.label)).toEqual([
      '2023/24',
      '2024/25',
      '2025/26',
      '2026/27',
    ]);
    expect(financialYearsBetween('2025-04-01', '2026-03-31').map((y) => y.label)).toEqual([
      '2025/26',
    ]);
    expect(financialYearsBetween('2024-12-31', '2025-01-01', 1).map((y) => y.label)).toEqual([
      '2024',
      '2025',
    ]);
  });

  it('is empty when the period starts after it ends', () => {
    expect(financialYearsBetween('2026-01-01', '2025-01-01')).toEqual([]);
  });
});

describe('parseFinancialYearLabel', () => {
  it('reads the ways officers and spreadsheets write a year', () => {
    for (const text of ['2025/26', '2025-26', ' 2025 / 26 ', '2025/2026', '2025–26', 'FY2025/26']) {
      const result = parseFinancialYearLabel(text);
      expect(result, text).toEqual({ ok: true, value: financialYearStarting(2025) });
    }
    expect(parseFinancialYearLabel('1999/00')).toMatchObject({
      ok: true,
      value: { startYear: 1999 },
    });
  });

  it('reads a bare year for a January start, and only then', () => {
    expect(parseFinancialYearLabel('2025', 1)).toMatchObject({
      ok: true,
      value: { label: '2025', end: '2025-12-31' },
    });
    expect(parseFinancialYearLabel('2025/26', 1)).toEqual({
      ok: false,
      error:
        '"2025/26" is not a financial year: the council\'s years run January to December, so write the year, for example 2025',
    });
    expect(parseFinancialYearLabel('2025')).toEqual({
      ok: false,
      error: '"2025" is not a financial year: write it like 2025/26',
    });
  });

  it('says what to write when the two years are not consecutive', () => {
    expect(parseFinancialYearLabel('2025/27')).toEqual({
      ok: false,
      error: '"2025/27" is not one financial year: the year after 2025 is 2026, so write 2025/26',
    });
    expect(parseFinancialYearLabel('2025-2025').ok).toBe(false);
    expect(parseFinancialYearLabel('25/26').ok).toBe(false);
    expect(parseFinancialYearLabel('').ok).toBe(false);
    expect(parseFinancialYearLabel('9999/00').ok).toBe(false);
  });
});
