import { describe, expect, it } from 'vitest';
import { formatCell, reportDate, reportDetails, runningHeader } from '../../shared/report-cells';
import { scrutinyUpdate } from '../fixtures/report-documents';

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

describe('reportDetails', () => {
  it('lists the details box in the councils’ order, the key decision as Yes or No', () => {
    expect(reportDetails(scrutinyUpdate.meta)).toEqual([
      ['Report of', 'Director of Finance'],
      ['Lead member', 'Councillor Siân O\u2019Brien, Assistant City Mayor'],
      ['Report author', 'Neil Bayliss, Head of Procurement'],
      ['Author contact details', 'procurement@example.gov.uk, 0116 454 4021'],
      ['Ward(s) affected', 'All'],
      ['Key decision', 'No'],
      ['Classification', 'Unrestricted'],
      ['Report version number', '1.0'],
      ['Period covered', '2025/26'],
    ]);
  });

  it('leaves out a detail left blank', () => {
    const meta = { ...scrutinyUpdate.meta, leadMember: '  ', contact: '', keyDecision: true };
    expect(reportDetails(meta).map(([label]) => label)).toEqual([
      'Report of',
      'Report author',
      'Ward(s) affected',
      'Key decision',
      'Classification',
      'Report version number',
      'Period covered',
    ]);
    expect(reportDetails(meta)).toContainEqual(['Key decision', 'Yes']);
  });
});
