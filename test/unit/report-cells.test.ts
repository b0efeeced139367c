import { describe, expect, it } from 'vitest';
import { formatCell, reportDate, runningHeader } from '../../shared/report-cells';

describe('formatCell', () => {
  it('formats each kind of cell as every output shows it', () => {
    expect(formatCell(123_456_789, 'money')).toBe('£1,234,568');
    expect(formatCell(12_345, 'count')).toBe('12,345');
    expect(formatCell(12.345, 'quantity')).toBe('12.35');
    expect(formatCell(62.54, 'percent')).toBe('62.5%');
    expect(formatCell('2025-04-01', 'date')).toBe('1 Apr 2025');
    expect(formatCell('Siân O’Brien & Co', 'text')).toBe('Siân O’Brien & Co');
    expect(formatCell(null, 'money')).toBe('');
  });

  it('keeps text in a number column as it is', () => {
    expect(formatCell('Total', 'money')).toBe('Total');
  });
});

describe('reportDate and runningHeader', () => {
  it('writes short dates for tables and the long date in the running header', () => {
    expect(reportDate('2025-12-09')).toBe('9 Dec 2025');
    expect(runningHeader({ committee: 'Cabinet', meetingDate: '2026-06-18' })).toBe(
      'Cabinet · 18 June 2026',
    );
  });
});
