// The pure parts of printing: file names. (Where each report of a pack starts is the page
// layout's, test/unit/page-layout.test.ts.)

import { describe, expect, it } from 'vitest';
import { reportFileName } from '../../electron/reports/report-files';

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
