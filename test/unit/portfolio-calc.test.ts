// The portfolio's own arithmetic: committed £ split over years or periods (pro rata by days, or
// by yearly targets), to the penny and adding up to the whole, or only over the spans asked for;
// finding a date's span.

import { describe, expect, it } from 'vitest';
import {
  addCommittedBySpan,
  committedBySpan,
  periodSpans,
  spanIndexOf,
  yearSpans,
} from '../../shared/portfolio-calc';
import { termDays } from '../../shared/social-value-calc';
import type { CommitmentBasics } from '../../shared/social-value';

const commitment = (overrides: Partial<CommitmentBasics> = {}): CommitmentBasics => ({
  id: 'c',
  contractId: 'k',
  measureId: 'm',
  quantity: 4,
  yearlyTargets: [],
  proxyPence: 3_000_000,
  ...overrides,
});

const april = 4;
const years = yearSpans('2024-04-01', '2028-03-31', april);
const twoYears = { start: '2025-04-01', end: '2027-03-31' };
const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

describe('yearSpans and periodSpans', () => {
  it('lists the financial years a span of dates overlaps', () => {
    expect(yearSpans('2025-03-31', '2025-04-01', april)).toEqual([
      { label: '2024/25', start: '2024-04-01', end: '2025-03-31' },
      { label: '2025/26', start: '2025-04-01', end: '2026-03-31' },
    ]);
    expect(yearSpans('2025-02-01', '2025-12-31', 1).map((year) => year.label)).toEqual(['2025']);
    expect(yearSpans('2026-01-01', '2025-01-01', april)).toEqual([]);
  });

  it("lists a year's reporting periods", () => {
    const year = { label: '2025/26', start: '2025-04-01', end: '2026-03-31' };
    expect(periodSpans(year, 'quarterly', april).map((p) => [p.label, p.start, p.end])).toEqual([
      ['Q1 2025/26', '2025-04-01', '2025-06-30'],
      ['Q2 2025/26', '2025-07-01', '2025-09-30'],
      ['Q3 2025/26', '2025-10-01', '2025-12-31'],
      ['Q4 2025/26', '2026-01-01', '2026-03-31'],
    ]);
    expect(periodSpans(year, 'half-yearly', april).map((p) => p.label)).toEqual([
      'H1 2025/26',
      'H2 2025/26',
    ]);
  });
});

describe('spanIndexOf', () => {
  it('finds the span holding a date, first and last days included, or -1', () => {
    expect(spanIndexOf(years, '2024-04-01')).toBe(0);
    expect(spanIndexOf(years, '2025-03-31')).toBe(0);
    expect(spanIndexOf(years, '2025-04-01')).toBe(1);
    expect(spanIndexOf(years, '2028-03-31')).toBe(3);
    expect(spanIndexOf(years, '2024-03-31')).toBe(-1);
    expect(spanIndexOf(years, '2028-04-01')).toBe(-1);
    expect(spanIndexOf([], '2025-01-01')).toBe(-1);
  });
});

describe('committedBySpan', () => {
  it('spreads a commitment over its term by days, each year to the penny', () => {
    // 730 days, 365 in each year: 2 FTE a year at £30,000.
    expect(committedBySpan(commitment(), twoYears, years, april)).toEqual([
      0, 6_000_000, 6_000_000, 0,
    ]);
  });

  it('adds up to exactly the committed £ when a year splits a penny', () => {
    // 2025-01-15 to 2026-02-03: 385 days, 76 then 309 in the years; 7 x £1.33 = £9.31.
    const c = commitment({ quantity: 7, proxyPence: 133 });
    const split = committedBySpan(c, { start: '2025-01-15', end: '2026-02-03' }, years, april);
    expect(split).toEqual([Math.round((931 * 76) / 385), 931 - Math.round((931 * 76) / 385), 0, 0]);
    expect(sum(split)).toBe(931);
  });

  it('follows yearly targets instead when the commitment has them', () => {
    const c = commitment({
      quantity: 1_000,
      proxyPence: 1_500,
      yearlyTargets: [
        { financialYear: '2025/26', quantity: 300 },
        { financialYear: '2026/27', quantity: 500 },
      ],
    });
    // The last year takes what the targets leave (the whole is due by the end): 500 + 200.
    expect(committedBySpan(c, twoYears, years, april)).toEqual([0, 450_000, 1_050_000, 0]);
  });

  it('splits a year into its quarters for a contract that starts part way through', () => {
    // 1 June 2025 to 31 May 2026 (365 days), 4 FTE: Q1 30 days, Q2 92, Q3 92, Q4 90.
    const quarters = periodSpans(
      { label: '2025/26', start: '2025-04-01', end: '2026-03-31' },
      'quarterly',
      april,
    );
    const split = committedBySpan(
      commitment(),
      { start: '2025-06-01', end: '2026-05-31' },
      quarters,
      april,
    );
    const pence = (days: number) => Math.round((12_000_000 * days) / 365);
    expect(split).toEqual([
      pence(30),
      pence(122) - pence(30),
      pence(214) - pence(122),
      pence(304) - pence(214),
    ]);
  });

  it('is £0 throughout for no proxy value, a £0 proxy and a record-only (0) quantity', () => {
    for (const c of [
      commitment({ proxyPence: null }),
      commitment({ proxyPence: 0 }),
      commitment({ quantity: 0, proxyPence: null }),
    ]) {
      expect(committedBySpan(c, twoYears, years, april)).toEqual([0, 0, 0, 0]);
    }
  });

  it('gives a contract not yet started nothing before its start, and an ended one nothing after', () => {
    const later = committedBySpan(
      commitment(),
      { start: '2027-04-01', end: '2028-03-31' },
      years,
      april,
    );
    expect(later).toEqual([0, 0, 0, 12_000_000]);
    const ended = committedBySpan(
      commitment(),
      { start: '2024-04-01', end: '2025-03-31' },
      years,
      april,
    );
    expect(ended).toEqual([12_000_000, 0, 0, 0]);
  });

  it('counts a financial year starting in January the same way', () => {
    const calendarYears = yearSpans('2025-01-01', '2026-12-31', 1);
    const split = committedBySpan(
      commitment(),
      { start: '2025-07-01', end: '2026-06-30' },
      calendarYears,
      1,
    );
    // 365 days: 184 in 2025 (July to December), 181 in 2026.
    expect(split).toEqual([
      Math.round((12_000_000 * 184) / 365),
      12_000_000 - Math.round((12_000_000 * 184) / 365),
    ]);
  });

  it('gives nothing for no spans', () => {
    expect(committedBySpan(commitment(), twoYears, [], april)).toEqual([]);
  });
});

describe('addCommittedBySpan', () => {
  const c = commitment({ quantity: 7, proxyPence: 333 });

  it('adds the split of the spans asked for into what is there, and returns its sum', () => {
    const split = committedBySpan(c, twoYears, years, april);
    const into = [5, 5, 5, 5];
    expect(addCommittedBySpan(c, termDays(twoYears), years, [1, 2], april, into)).toBe(
      (split[1] ?? 0) + (split[2] ?? 0),
    );
    expect(into).toEqual([5, 5 + (split[1] ?? 0), 5 + (split[2] ?? 0), 5]);
    expect((split[1] ?? 0) + (split[2] ?? 0)).toBe(2331);
  });

  it('adds nothing for no spans', () => {
    const into = [1, 2, 3, 4];
    expect(addCommittedBySpan(c, termDays(twoYears), years, [0, -1], april, into)).toBe(0);
    expect(into).toEqual([1, 2, 3, 4]);
  });
});
