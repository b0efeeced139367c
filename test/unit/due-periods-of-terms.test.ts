// duePeriodsOfTerms, which the dashboard and the missing returns use to work out each term's due
// periods once for all the terms spanning the same periods: it must give exactly what
// duePeriods gives for each term, whatever the frequency, year start, term and date.

import { describe, expect, it } from 'vitest';
import { addDays } from '../../shared/calendar-date';
import type { ReportingFrequency } from '../../shared/council-profile';
import { duePeriods, duePeriodsOfTerms } from '../../shared/reporting-periods';

const frequencies: ReportingFrequency[] = ['monthly', 'quarterly', 'half-yearly', 'annual'];

describe('duePeriodsOfTerms', () => {
  it('gives each term what duePeriods gives it', () => {
    let checked = 0;
    for (const frequency of frequencies) {
      for (const fyStart of [1, 4, 7]) {
        for (const asOf of ['2025-03-31', '2025-04-01', '2025-11-15', '2026-06-30']) {
          const dueOf = duePeriodsOfTerms(frequency, fyStart, asOf);
          // Terms starting every 23 days over three years, each lasting 40 to 900 days, so they
          // begin and end on first, last and middle days of periods, before and after asOf.
          for (let start = '2024-01-01'; start < '2027-01-01'; start = addDays(start, 23)) {
            for (const length of [40, 181, 365, 900]) {
              const term = { start, end: addDays(start, length) };
              expect(dueOf(term), `${frequency} ${fyStart} ${asOf} ${term.start}`).toEqual(
                duePeriods(term, frequency, fyStart, asOf),
              );
              checked += 1;
            }
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(1_000);
  });

  it('gives terms spanning the same periods the same list', () => {
    const dueOf = duePeriodsOfTerms('quarterly', 4, '2025-11-15');
    const first = dueOf({ start: '2024-04-01', end: '2026-03-31' });
    expect(dueOf({ start: '2024-05-20', end: '2026-02-01' })).toBe(first);
    expect(first.map((period) => period.label)).toEqual([
      'Q1 2024/25',
      'Q2 2024/25',
      'Q3 2024/25',
      'Q4 2024/25',
      'Q1 2025/26',
      'Q2 2025/26',
    ]);
  });
});
