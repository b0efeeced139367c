// The pure parts of printing: where each report of a pack starts, file names, and the running
// header's CSS, which carries the officer's own text.

import { describe, expect, it } from 'vitest';
import { startPages } from '../../electron/reports/pdf-passes';
import { reportFileName } from '../../electron/reports/report-files';
import { cssString, pageRules } from '../../renderer/pages/reports/print/page-styles';
import { annualReport, scrutinyUpdate } from '../fixtures/report-documents';

describe('startPages', () => {
  it('starts each report after the contents page and the reports before it', () => {
    expect(startPages(1, [2, 13, 1])).toEqual([2, 4, 17]);
    expect(startPages(2, [5])).toEqual([3]);
    expect(startPages(1, [])).toEqual([]);
  });
});

describe('reportFileName', () => {
  it('names the file after the report and its meeting, dropping what file systems refuse', () => {
    expect(reportFileName('Social Value: 2025/26 "update"', '2025-10-23', 'pdf')).toBe(
      'Social Value 2025 26 update 2025-10-23.pdf',
    );
    expect(reportFileName('Siân O’Brien & Co — Ltd', null, 'docx')).toBe(
      'Siân O’Brien & Co — Ltd.docx',
    );
    expect(reportFileName(' / ', null, 'xlsx')).toBe('Report.xlsx');
  });
});

describe('the running header rules', () => {
  it('escapes quotes, backslashes and line breaks in CSS strings', () => {
    expect(cssString('A "quoted" \\ name\nnext')).toBe('"A \\"quoted\\" \\\\ name next"');
  });

  it('gives each report its own named page with its committee and date', () => {
    const rules = pageRules([scrutinyUpdate, annualReport]);
    expect(rules).toContain(
      '@page report-0 { @top-center { content: "Economic Development, Transport & Tourism Scrutiny Commission · 23 October 2025"; } }',
    );
    expect(rules).toContain(
      '@page report-1 { @top-center { content: "Cabinet · 18 June 2026"; } }',
    );
    expect(rules).toContain('[data-page-name="report-1"] { page: report-1; }');
  });
});
