import { describe, expect, it } from 'vitest';
import { recentYears } from '../../renderer/pages/reports/ReportPeriodField';
import { newReportForm, reportFormToInput } from '../../renderer/pages/reports/report-form';

const template = { committee: 'Cabinet', title: 'Annual Social Value Report' };

describe('the report details form', () => {
  it('starts from the template’s committee and title, for the year given', () => {
    expect(newReportForm(template, '2026/27')).toMatchObject({
      title: 'Annual Social Value Report',
      committee: 'Cabinet',
      period: '2026/27',
      wardsAffected: 'All',
      classification: 'Unrestricted',
      reportVersion: '1.0',
      keyDecision: false,
    });
  });

  it('names each field that needs correcting, a missing meeting date first', () => {
    const checked = reportFormToInput({ ...newReportForm(template, ''), title: ' ' });
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.issues.map((i) => i.path.join('.'))).toEqual(
      expect.arrayContaining(['meetingDate', 'title', 'period']),
    );
    expect(checked.issues[0]).toEqual({ path: ['meetingDate'], message: 'Enter the meeting date' });
  });

  it('sends blank optional details as none and keeps what was typed as typed', () => {
    const checked = reportFormToInput({
      ...newReportForm(template, '2025/26'),
      meetingDate: '2026-12-10',
      author: 'Siân O’Connor & Team',
      contact: '',
    });
    expect(checked).toMatchObject({
      ok: true,
      input: { author: 'Siân O’Connor & Team', contact: null, directorate: null, periodFrom: null },
    });
  });
});

describe('recentYears', () => {
  it('suggests this financial year first, then the nine before it', () => {
    const years = recentYears(4, '2026-05-01');
    expect(years).toHaveLength(10);
    expect(years.slice(0, 2)).toEqual(['2026/27', '2025/26']);
    expect(recentYears(4, '2026-03-31')[0]).toBe('2025/26');
    expect(recentYears(1, '2026-03-31')[0]).toBe('2026');
  });
});
