// One register row through the mapping: cleaned values by field, warnings for what is left out
// (a placeholder date, a company number that is none), and the reason a row cannot be imported
// (a negative value, text in a number cell, an error cell, a formula with no value).

import { describe, expect, it } from 'vitest';
import { RowReader } from '../../electron/excel/register-rows';

const headings = ['Ref', 'Title', 'Supplier', 'Company', 'Value', 'Start', 'End', 'VCSE', 'Status'];
const mapping = {
  reference: 0,
  title: 1,
  supplierName: 2,
  supplierCompanyNumber: 3,
  valuePence: 4,
  startDate: 5,
  endDate: 6,
  supplierVcse: 7,
  status: 8,
};
const reader = new RowReader('Register', headings, mapping, 'contracts');
const row = (overrides: Record<number, string>) => {
  const cells = [
    'C-1',
    'Grass cutting',
    'Acme Ltd',
    'gb/02165763',
    '£1,234.56',
    '01/04/2023',
    '31-Mar-2026',
    'Yes',
    'Live',
  ];
  for (const [index, value] of Object.entries(overrides)) cells[Number(index)] = value;
  return reader.read(7, cells);
};

describe('RowReader', () => {
  it('cleans each mapped value into its field', () => {
    expect(row({})).toEqual({
      ok: true,
      row: 7,
      warnings: [],
      given: {
        reference: 'C-1',
        title: 'Grass cutting',
        supplierName: 'Acme Ltd',
        supplierCompanyNumber: '02165763',
        valuePence: 123456,
        startDate: '2023-04-01',
        endDate: '2026-03-31',
        supplierVcse: true,
        status: 'active',
      },
    });
  });

  it('leaves a placeholder date and an unreadable company number out, with a warning each', () => {
    const result = row({ 3: 'IP19473R', 5: '01-Jan-2000' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.given).not.toHaveProperty('startDate');
    expect(result.given).not.toHaveProperty('supplierCompanyNumber');
    expect(result.warnings).toEqual([
      expect.objectContaining({ row: 7, column: 'Company', value: 'IP19473R' }),
      expect.objectContaining({
        row: 7,
        column: 'Start',
        value: '01-Jan-2000',
        message: '01-Jan-2000 stands for "not known", so the start date is left blank',
      }),
    ]);
  });

  it('skips a row with a negative value, naming the column and the amount', () => {
    expect(row({ 4: '(3728)' })).toEqual({
      ok: false,
      skipped: {
        row: 7,
        kind: 'Negative amount',
        reason:
          "Value: (3728) is minus £3,728.00, and a contract's whole-life value cannot be negative",
      },
    });
  });

  it('skips text in a number cell, a date that is none, an error cell and a formula with no value', () => {
    const kinds = [
      row({ 4: 'ten pounds' }),
      row({ 6: 'soon' }),
      row({ 1: '#REF!' }),
      row({ 4: '=B2*2' }),
    ].map((result) => (result.ok ? null : result.skipped.kind));
    expect(kinds).toEqual([
      'Not an amount',
      'Not a date',
      'Spreadsheet error',
      'Formula without a value',
    ]);
  });
});
