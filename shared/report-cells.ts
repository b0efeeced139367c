// How a report's cell values read in print and in Word: the same text in every output. The Excel
// appendix keeps the raw numbers and formats them with excelNumberFormat instead.

import { longDate, monthName } from './calendar-date';
import { formatPounds } from './money';
import type { CellFormat, CellValue, ReportMeta } from './report-document';

const countFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const quantityFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
const percentFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/** "9 Dec 2025": a date short enough for a table column. */
export function reportDate(date: string): string {
  const month = monthName(Number(date.slice(5, 7))).slice(0, 3);
  return `${Number(date.slice(8, 10))} ${month} ${date.slice(0, 4)}`;
}

/** "£1,234", "1,234", "12.5", "45%", "9 Dec 2025"; an empty cell is "". */
export function formatCell(value: CellValue, format: CellFormat): string {
  if (value === null) return '';
  if (typeof value === 'string') return format === 'date' ? reportDate(value) : value;
  switch (format) {
    case 'money':
      return formatPounds(value);
    case 'count':
      return countFormat.format(value);
    case 'percent':
      return `${percentFormat.format(value)}%`;
    case 'quantity':
    case 'text':
    case 'date':
      return quantityFormat.format(value);
  }
}

/** Numbers read right-aligned in a table; text and dates left. */
export function isNumericFormat(format: CellFormat): boolean {
  return format === 'money' || format === 'count' || format === 'quantity' || format === 'percent';
}

/** "Economic Development Scrutiny Commission · 25 October 2018": the running header. */
export function runningHeader(meta: { committee: string; meetingDate: string }): string {
  return `${meta.committee} · ${longDate(meta.meetingDate)}`;
}

/** The details box under a report's title, label then value, as in print and in Word; a detail
 * left blank is left out. */
export function reportDetails(meta: ReportMeta): [string, string][] {
  const rows: [string, string][] = [
    ['Report of', meta.reportOf],
    ['Lead member', meta.leadMember],
    ['Report author', meta.author],
    ['Author contact details', meta.contact],
    ['Ward(s) affected', meta.wardsAffected],
    ['Key decision', meta.keyDecision ? 'Yes' : 'No'],
    ['Classification', meta.classification],
    ['Report version number', meta.version],
    ['Period covered', meta.periodCovered],
  ];
  return rows.filter(([, value]) => value.trim() !== '');
}
