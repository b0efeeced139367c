// Which action plan items and case studies belong to a report's period: the first and last day
// included, an item with no date left out unless updated in the period, all years holding all.

import { describe, expect, it } from 'vitest';
import {
  actionItemInPeriod,
  caseStudyInPeriod,
  inPeriod,
  latestUpdateBy,
} from '../../shared/report-period-rules';

const year = { start: '2025-04-01', end: '2026-03-31' };
const allYears = { start: null, end: null };
const item = (dueDate: string | null, ...updates: string[]) => ({
  dueDate,
  updates: updates.map((updateDate) => ({ updateDate })),
});

describe('report period rules', () => {
  it('includes the first and last day of the period, and nothing either side', () => {
    expect(inPeriod('2025-04-01', year)).toBe(true);
    expect(inPeriod('2026-03-31', year)).toBe(true);
    expect(inPeriod('2025-03-31', year)).toBe(false);
    expect(inPeriod('2026-04-01', year)).toBe(false);
    expect(inPeriod(null, year)).toBe(false);
  });

  it('takes every date, and no date, for all years', () => {
    expect(inPeriod(null, allYears)).toBe(true);
    expect(inPeriod('1999-01-01', allYears)).toBe(true);
    expect(actionItemInPeriod(item(null), allYears)).toBe(true);
  });

  it('holds an item due in the period, or updated in it', () => {
    expect(actionItemInPeriod(item('2026-03-31'), year)).toBe(true);
    expect(actionItemInPeriod(item('2024-01-01', '2025-04-01'), year)).toBe(true);
    expect(actionItemInPeriod(item(null, '2026-04-01', '2025-03-31'), year)).toBe(false);
    expect(actionItemInPeriod(item(null), year)).toBe(false);
  });

  it('shows the latest update made by the end of the period', () => {
    const updates = [{ updateDate: '2026-05-01' }, { updateDate: '2026-03-31' }];
    expect(latestUpdateBy(updates, year)).toEqual({ updateDate: '2026-03-31' });
    expect(latestUpdateBy(updates, allYears)).toEqual({ updateDate: '2026-05-01' });
    expect(latestUpdateBy([{ updateDate: '2026-04-01' }], year)).toBeUndefined();
  });

  it('places a case study by the years its contract ran, or else by the day it was recorded', () => {
    const ran = (startDate: string, endDate: string) => ({
      contract: { startDate, endDate },
      recordedOn: '2030-01-01',
    });
    expect(caseStudyInPeriod(ran('2020-01-01', '2025-04-01'), year)).toBe(true);
    expect(caseStudyInPeriod(ran('2026-03-31', '2030-01-01'), year)).toBe(true);
    expect(caseStudyInPeriod(ran('2020-01-01', '2025-03-31'), year)).toBe(false);
    expect(caseStudyInPeriod(ran('2026-04-01', '2030-01-01'), year)).toBe(false);
    const noContract = (recordedOn: string) => ({ contract: null, recordedOn });
    expect(caseStudyInPeriod(noContract('2025-04-01'), year)).toBe(true);
    expect(caseStudyInPeriod(noContract('2026-04-01'), year)).toBe(false);
    expect(caseStudyInPeriod(noContract('2026-04-01'), allYears)).toBe(true);
  });
});
