// What the portfolio keeps worked out for each contract and commitment (shared/
// portfolio-figures.ts): the reporting dates that decide a rating at any date, the periods with no
// return, and committed £ by year and by period, adding up to the penny; against the shared
// calculations they stand in for (expectedByDay, periodsWithoutReturn, committedBySpan).

import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../shared/calendar-date';
import { commitmentFigures, contractFigures } from '../../shared/portfolio-figures';
import { committedBySpan, periodSpans, yearSpans, type Span } from '../../shared/portfolio-calc';
import { expectedByDay, termDays } from '../../shared/social-value-calc';
import type { CommitmentBasics } from '../../shared/social-value';

const april = { financialYearStartMonth: 4, reportingFrequency: 'quarterly' } as const;
const january = { financialYearStartMonth: 1, reportingFrequency: 'monthly' } as const;
const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

const commitment = (overrides: Partial<CommitmentBasics> = {}): CommitmentBasics => ({
  id: 'c',
  contractId: 'k',
  measureId: 'm',
  quantity: 7,
  yearlyTargets: [],
  proxyPence: 3_000_001,
  ...overrides,
});

describe('contractFigures', () => {
  const term = { start: '2024-05-15', end: '2025-08-20' };

  it('gives the ends of the first and last periods of the term, whole periods', () => {
    const figures = contractFigures(term, [], april);
    expect(figures.firstPeriodEndDay).toBe(dayNumber('2024-06-30'));
    expect(figures.lastPeriodEndDay).toBe(dayNumber('2025-09-30'));
  });

  it('lists the periods with no return, a return anywhere in a period counting for it', () => {
    const figures = contractFigures(term, ['2024-04-01', '2024-10-01', '2024-11-15'], april);
    expect(figures.unsent.map((period) => period.label)).toEqual([
      'Q2 2024/25',
      'Q4 2024/25',
      'Q1 2025/26',
      'Q2 2025/26',
    ]);
    expect(figures.firstUnsentEndDay).toBe(dayNumber('2024-09-30'));
    expect(figures.sentDays).toEqual(
      ['2024-04-01', '2024-10-01', '2024-11-15'].map((date) => dayNumber(date)),
    );
    expect(figures.lastSentDay).toBe(dayNumber('2024-11-15'));
  });

  it('has no first unsent period when every period has a return, and no sent day with none', () => {
    const all = [
      '2024-04-01',
      '2024-07-01',
      '2024-10-01',
      '2025-01-01',
      '2025-04-01',
      '2025-07-01',
    ];
    expect(contractFigures(term, all, april).firstUnsentEndDay).toBeNull();
    expect(contractFigures(term, [], april).lastSentDay).toBeNull();
  });

  it('follows the council: January years and monthly returns', () => {
    const figures = contractFigures(term, ['2024-05-01'], january);
    expect(figures.firstPeriodEndDay).toBe(dayNumber('2024-05-31'));
    expect(figures.lastPeriodEndDay).toBe(dayNumber('2025-08-31'));
    expect(figures.unsent[0]?.label).toBe('June 2024');
    expect(figures.unsent).toHaveLength(15);
  });
});

describe('commitmentFigures', () => {
  const term = { start: '2024-05-15', end: '2027-02-10' };

  it('splits committed £ over the years of the term as committedBySpan does, to the penny', () => {
    const c = commitment();
    const figures = commitmentFigures(c, term, april);
    const years = yearSpans(term.start, term.end, 4);
    expect(figures.years.map((year) => year.yearStart)).toEqual(years.map((year) => year.start));
    expect(figures.years.map((year) => year.pence)).toEqual(committedBySpan(c, term, years, 4));
    expect(sum(figures.years.map((year) => year.pence))).toBe(figures.committedPence);
    expect(figures.committedPence).toBe(21_000_007);
  });

  it('splits each year over its periods, £0 outside the term, adding up to the year', () => {
    const c = commitment();
    for (const year of commitmentFigures(c, term, april).years) {
      const span = yearSpans(year.yearStart, year.yearStart, 4)[0] as Span;
      const periods = periodSpans(span, 'quarterly', 4);
      expect(year.periods).toEqual(committedBySpan(c, term, periods, 4));
      expect(sum(year.periods)).toBe(year.pence);
    }
    const first = commitmentFigures(c, term, april).years[0];
    expect(first?.periods[0]).toBeGreaterThan(0);
    expect(
      commitmentFigures(c, { start: '2024-08-01', end: '2025-03-31' }, april).years[0]?.periods[0],
    ).toBe(0);
  });

  it('keeps yearly targets as the days of their year inside the term, skipping the rest', () => {
    const c = commitment({
      yearlyTargets: [
        { financialYear: '2024/25', quantity: 2 },
        { financialYear: '2030/31', quantity: 9 },
        { financialYear: 'not a year', quantity: 9 },
        { financialYear: '2026/27', quantity: 5 },
      ],
    });
    const figures = commitmentFigures(c, term, april);
    expect(figures.hasTargets).toBe(true);
    expect(figures.targets).toEqual([
      { fromDay: dayNumber('2024-05-15'), toDay: dayNumber('2025-03-31'), quantity: 2 },
      { fromDay: dayNumber('2026-04-01'), toDay: dayNumber('2027-02-10'), quantity: 5 },
    ]);
    // Spread over those days, they give what expectedByDay gives on any day of the term.
    const days = termDays(term);
    for (const date of ['2024-05-15', '2024-12-31', '2025-03-31', '2025-06-01', '2026-10-01']) {
      const day = dayNumber(date);
      const spread = sum(
        figures.targets.map(({ fromDay, toDay, quantity }) =>
          day < fromDay
            ? 0
            : day >= toDay
              ? quantity
              : (quantity * (day - fromDay + 1)) / (toDay - fromDay + 1),
        ),
      );
      expect(spread).toBeCloseTo(expectedByDay(c, days, day, 4), 12);
    }
  });

  it('says a commitment has targets even when none falls in the term (nothing pro rata)', () => {
    const c = commitment({ yearlyTargets: [{ financialYear: '2030/31', quantity: 9 }] });
    const figures = commitmentFigures(c, term, april);
    expect(figures).toMatchObject({ hasTargets: true, targets: [] });
    expect(commitmentFigures(commitment(), term, april).hasTargets).toBe(false);
  });

  it('values a commitment with no proxy, or a £0 one, at £0 in every year and period', () => {
    for (const proxyPence of [null, 0]) {
      const figures = commitmentFigures(commitment({ proxyPence }), term, january);
      expect(figures.committedPence).toBe(0);
      expect(figures.years.flatMap((year) => [year.pence, ...year.periods])).toEqual(
        figures.years.flatMap((year) => [0, ...year.periods.map(() => 0)]),
      );
      expect(figures.years[0]?.periods).toHaveLength(12);
    }
  });
});
