import { describe, expect, it } from 'vitest';
import {
  duePeriods,
  missingPeriods,
  parseReportingPeriod,
  reportingPeriodOf,
  reportingPeriodsBetween,
} from '../../shared/reporting-periods';

const labels = (periods: { label: string }[]) => periods.map((period) => period.label);

describe('reportingPeriodOf', () => {
  it('finds the quarter of an April-start year, Q1 being April to June', () => {
    expect(reportingPeriodOf('quarterly', 4, '2025-05-15')).toEqual({
      label: 'Q1 2025/26',
      start: '2025-04-01',
      end: '2025-06-30',
    });
    expect(reportingPeriodOf('quarterly', 4, '2026-03-31')).toEqual({
      label: 'Q4 2025/26',
      start: '2026-01-01',
      end: '2026-03-31',
    });
  });

  it('counts quarters from January and from July when the year starts then', () => {
    expect(reportingPeriodOf('quarterly', 1, '2025-05-15')).toEqual({
      label: 'Q2 2025',
      start: '2025-04-01',
      end: '2025-06-30',
    });
    expect(reportingPeriodOf('quarterly', 7, '2025-06-30')).toEqual({
      label: 'Q4 2024/25',
      start: '2025-04-01',
      end: '2025-06-30',
    });
    expect(reportingPeriodOf('quarterly', 7, '2025-07-01').label).toBe('Q1 2025/26');
  });

  it('names months by the calendar and ends February on the 29th in a leap year', () => {
    expect(reportingPeriodOf('monthly', 4, '2024-02-10')).toEqual({
      label: 'February 2024',
      start: '2024-02-01',
      end: '2024-02-29',
    });
    expect(reportingPeriodOf('monthly', 4, '2025-02-28').end).toBe('2025-02-28');
  });

  it('splits the year into halves, the second ending on the year end', () => {
    expect(reportingPeriodOf('half-yearly', 4, '2025-10-01')).toEqual({
      label: 'H2 2025/26',
      start: '2025-10-01',
      end: '2026-03-31',
    });
    expect(reportingPeriodOf('half-yearly', 3, '2024-02-29')).toEqual({
      label: 'H2 2023/24',
      start: '2023-09-01',
      end: '2024-02-29',
    });
  });

  it('makes the whole financial year the period when reporting is annual', () => {
    expect(reportingPeriodOf('annual', 4, '2025-04-01')).toEqual({
      label: '2025/26',
      start: '2025-04-01',
      end: '2026-03-31',
    });
    expect(reportingPeriodOf('annual', 1, '2025-12-31')).toEqual({
      label: '2025',
      start: '2025-01-01',
      end: '2025-12-31',
    });
  });
});

describe('reportingPeriodsBetween', () => {
  it('lists every whole quarter overlapping a term that starts mid-quarter', () => {
    expect(labels(reportingPeriodsBetween('quarterly', 4, '2025-05-15', '2026-05-14'))).toEqual([
      'Q1 2025/26',
      'Q2 2025/26',
      'Q3 2025/26',
      'Q4 2025/26',
      'Q1 2026/27',
    ]);
  });

  it('crosses the calendar year month by month', () => {
    expect(reportingPeriodsBetween('monthly', 4, '2024-12-15', '2025-02-01')).toEqual([
      { label: 'December 2024', start: '2024-12-01', end: '2024-12-31' },
      { label: 'January 2025', start: '2025-01-01', end: '2025-01-31' },
      { label: 'February 2025', start: '2025-02-01', end: '2025-02-28' },
    ]);
  });

  it('gives one period for a single day and none when from is after to', () => {
    expect(labels(reportingPeriodsBetween('annual', 4, '2025-06-01', '2025-06-01'))).toEqual([
      '2025/26',
    ]);
    expect(reportingPeriodsBetween('quarterly', 4, '2025-06-02', '2025-06-01')).toEqual([]);
  });

  it('steps half-years across financial years', () => {
    expect(labels(reportingPeriodsBetween('half-yearly', 7, '2025-01-01', '2026-01-01'))).toEqual([
      'H2 2024/25',
      'H1 2025/26',
      'H2 2025/26',
    ]);
  });
});

describe('duePeriods', () => {
  const term = { start: '2025-05-15', end: '2026-05-14' };

  it('makes a return due at the close of the last day of its period', () => {
    expect(duePeriods(term, 'quarterly', 4, '2025-06-29')).toEqual([]);
    expect(labels(duePeriods(term, 'quarterly', 4, '2025-06-30'))).toEqual(['Q1 2025/26']);
  });

  it('owes nothing before the term starts and every period once the last one has ended', () => {
    expect(duePeriods(term, 'quarterly', 4, '2025-01-01')).toEqual([]);
    expect(duePeriods(term, 'quarterly', 4, '2026-06-29')).toHaveLength(4);
    expect(duePeriods(term, 'quarterly', 4, '2027-01-01')).toHaveLength(5);
  });

  it('counts months for monthly reporting', () => {
    expect(
      labels(duePeriods({ start: '2025-01-15', end: '2025-12-31' }, 'monthly', 4, '2025-03-10')),
    ).toEqual(['January 2025', 'February 2025']);
  });
});

describe('missingPeriods', () => {
  const term = { start: '2025-05-15', end: '2026-05-14' };

  it('lists the due periods with no return', () => {
    const returned = new Set(['2025-04-01']);
    expect(labels(missingPeriods(term, 'quarterly', 4, '2025-12-31', returned))).toEqual([
      'Q2 2025/26',
      'Q3 2025/26',
    ]);
  });

  it("finds a return dated from the term's start in its part period", () => {
    expect(missingPeriods(term, 'quarterly', 4, '2025-07-01', new Set(['2025-05-15']))).toEqual([]);
  });

  it('ignores returns for periods not yet due', () => {
    const returned = new Set(['2025-07-01']);
    expect(labels(missingPeriods(term, 'quarterly', 4, '2025-07-01', returned))).toEqual([
      'Q1 2025/26',
    ]);
  });
});

describe('parseReportingPeriod', () => {
  it('reads quarters written either way round and in either case', () => {
    expect(parseReportingPeriod('Q1 2025/26', 'quarterly', 4)).toEqual({
      ok: true,
      value: { label: 'Q1 2025/26', start: '2025-04-01', end: '2025-06-30' },
    });
    expect(parseReportingPeriod(' 2025/26  Q3 ', 'quarterly', 4)).toEqual({
      ok: true,
      value: { label: 'Q3 2025/26', start: '2025-10-01', end: '2025-12-31' },
    });
    expect(parseReportingPeriod('q2 FY 2025-26', 'quarterly', 4)).toMatchObject({
      ok: true,
      value: { label: 'Q2 2025/26', start: '2025-07-01' },
    });
  });

  it('reads quarters of a January-start year by the calendar year', () => {
    expect(parseReportingPeriod('Q4 2025', 'quarterly', 1)).toEqual({
      ok: true,
      value: { label: 'Q4 2025', start: '2025-10-01', end: '2025-12-31' },
    });
  });

  it('refuses a fifth quarter and a year that is not one year, saying what to write', () => {
    expect(parseReportingPeriod('Q5 2025/26', 'quarterly', 4)).toEqual({
      ok: false,
      error:
        '"Q5 2025/26" is not a quarter: there are 4 in a year, Q1 to Q4; write it like Q1 2025/26',
    });
    expect(parseReportingPeriod('Q1 2025/27', 'quarterly', 4)).toEqual({
      ok: false,
      error: '"Q1 2025/27" is not a quarter: the year is not right; write it like Q1 2025/26',
    });
    expect(parseReportingPeriod('May 2025', 'quarterly', 4)).toEqual({
      ok: false,
      error: '"May 2025" is not a quarter: write it like Q1 2025/26',
    });
  });

  it('reads months by name, short name or number', () => {
    const may = { label: 'May 2025', start: '2025-05-01', end: '2025-05-31' };
    expect(parseReportingPeriod('May 2025', 'monthly', 4)).toEqual({ ok: true, value: may });
    expect(parseReportingPeriod('may-2025', 'monthly', 4)).toEqual({ ok: true, value: may });
    expect(parseReportingPeriod('2025-05', 'monthly', 4)).toEqual({ ok: true, value: may });
    expect(parseReportingPeriod('Sept 2025', 'monthly', 4)).toMatchObject({
      ok: true,
      value: { label: 'September 2025' },
    });
    expect(parseReportingPeriod('Febr 2024', 'monthly', 4)).toMatchObject({
      ok: true,
      value: { end: '2024-02-29' },
    });
  });

  it('refuses words that are not months and month 13', () => {
    for (const text of ['Mayo 2025', 'Q1 2025/26', '2025-13', 'May']) {
      expect(parseReportingPeriod(text, 'monthly', 4)).toEqual({
        ok: false,
        error: `"${text}" is not a month: write it like May 2025`,
      });
    }
  });

  it('reads half-years and refuses a third', () => {
    expect(parseReportingPeriod('H2 2025/26', 'half-yearly', 4)).toEqual({
      ok: true,
      value: { label: 'H2 2025/26', start: '2025-10-01', end: '2026-03-31' },
    });
    expect(parseReportingPeriod('H3 2025/26', 'half-yearly', 4)).toMatchObject({
      ok: false,
      error: expect.stringContaining('there are 2 in a year, H1 to H2'),
    });
  });

  it('reads a financial year for annual reporting, by the council start month', () => {
    expect(parseReportingPeriod('2025/26', 'annual', 7)).toEqual({
      ok: true,
      value: { label: '2025/26', start: '2025-07-01', end: '2026-06-30' },
    });
    expect(parseReportingPeriod('2025', 'annual', 4)).toEqual({
      ok: false,
      error: '"2025" is not a financial year: write it like 2025/26',
    });
  });
});
