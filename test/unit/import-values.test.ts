// Cleaning what real council registers hold (DESIGN.md section 3): each date and money form,
// placeholder dates, yes/no, company numbers with scheme prefixes, categories from words or CPV
// codes, Contracts Finder notice ids, spreadsheet errors, blank and total rows.

import { describe, expect, it } from 'vitest';
import {
  isBlankRow,
  isFooterRow,
  readCategory,
  readCompanyNumber,
  readDate,
  readMoney,
  readReference,
  readYesNo,
  spreadsheetError,
} from '../../electron/excel/import-values';

describe('readDate', () => {
  it.each([
    ['01/04/2023', '2023-04-01'],
    ['1/4/2023', '2023-04-01'],
    ['31-08-2015', '2015-08-31'],
    ['19-Jun-2013', '2013-06-19'],
    ['19 June 2013', '2013-06-19'],
    ['05-Sep-15', '2015-09-05'],
    ['2020-06-24T00:00:00Z', '2020-06-24'],
    ['2020-06-29T11:20:11Z', '2020-06-29'],
    ['2023-04-01 01:00:00', '2023-04-01'],
    ['2023-04-01T01:00:00.000Z', '2023-04-01'],
    ['45017', '2023-04-01'],
    ['45017.041666666664', '2023-04-01'],
    [' 28/03/2015 ', '2015-03-28'],
  ])('reads %j as %s', (text, date) => {
    expect(readDate(text)).toEqual({ value: date });
  });

  it('reads a placeholder such as 01-Jan-2000 as not known, and says so', () => {
    expect(readDate('01-Jan-2000')).toEqual({ blank: true, placeholder: '2000-01-01' });
    expect(readDate('01/01/1900')).toEqual({ blank: true, placeholder: '1900-01-01' });
    expect(readDate('31/12/9999')).toEqual({ blank: true, placeholder: '9999-12-31' });
  });

  it('gives blank for an empty cell and a problem for text, impossible days and bare years', () => {
    expect(readDate('  ')).toEqual({ blank: true });
    for (const text of ['soon', '31/02/2024', '2024', '13/13/2020', '2024-02-30']) {
      expect(readDate(text)).toHaveProperty('problem');
    }
  });
});

describe('readMoney', () => {
  it.each([
    ['£1,234.56', 123456],
    [' 1,234.56 ', 123456],
    ['(3728)', -372800],
    ['(£3,728.50)', -372850],
    ['77317.54000000001', 7731754],
    ['1567', 156700],
    ['2163841.0', 216384100],
    ['0.0', 0],
    ['-12.5', -1250],
    ['1.5E+6', 150000000],
    ['GBP 100', 10000],
  ])('reads %j as %i pence', (text, pence) => {
    expect(readMoney(text)).toEqual({ value: pence });
  });

  it('takes not stated (blank, N/A, TBC, a dash) as blank, and text as a problem', () => {
    for (const text of ['', ' ', 'N/A', 'tbc', '-', 'Not stated'])
      expect(readMoney(text)).toEqual({ blank: true });
    expect(readMoney('about ten grand')).toHaveProperty('problem');
    expect(readMoney('12.3.4')).toHaveProperty('problem');
  });
});

describe('readYesNo', () => {
  it('reads the ways registers say yes and no', () => {
    expect(readYesNo('Yes')).toEqual({ value: true });
    expect(readYesNo('Y')).toEqual({ value: true });
    expect(readYesNo('FALSE')).toEqual({ value: false });
    expect(readYesNo('')).toEqual({ blank: true });
    expect(readYesNo('maybe')).toHaveProperty('problem');
  });
});

describe('readCompanyNumber', () => {
  it('drops scheme prefixes and puts back leading zeros Excel lost', () => {
    expect(readCompanyNumber('gb/02165763')).toBe('02165763');
    expect(readCompanyNumber('GB-COH-02165763')).toBe('02165763');
    expect(readCompanyNumber('497029')).toBe('00497029');
    expect(readCompanyNumber('SC123456')).toBe('SC123456');
    expect(readCompanyNumber('OC301234')).toBe('OC301234');
  });

  it('gives null for what is no company number', () => {
    expect(readCompanyNumber('IP19473R')).toBeNull();
    expect(readCompanyNumber('N/A')).toBeNull();
  });
});

describe('readCategory', () => {
  it('reads goods, services and works from words and from CPV codes', () => {
    expect(readCategory('Services')).toBe('services');
    expect(readCategory('supplies')).toBe('goods');
    expect(readCategory('Works')).toBe('works');
    expect(readCategory('45233000')).toBe('works');
    expect(readCategory('30200000-1')).toBe('goods');
    expect(readCategory('48000000')).toBe('goods');
    expect(readCategory('85000000')).toBe('services');
    expect(readCategory('Adult care - day care/community support')).toBeNull();
  });
});

describe('readReference', () => {
  it('keeps the UUID of a long Contracts Finder notice id, and other references as they are', () => {
    expect(
      readReference('d2b241d1-af78-4d8a-b544-bd3f530437bf-366961-dvncc001-dn444048-04451129'),
    ).toBe('d2b241d1-af78-4d8a-b544-bd3f530437bf');
    expect(readReference(' BAN12005 ')).toBe('BAN12005');
  });
});

describe('rows around the data', () => {
  it('knows blank rows, including all-comma ones', () => {
    expect(isBlankRow(['', ' ', ''])).toBe(true);
    expect(isBlankRow(['', 'x'])).toBe(false);
  });

  it('knows a footer total row from a record', () => {
    expect(isFooterRow(['', 'Total', '', '£1,234,567.00'])).toBe(true);
    expect(isFooterRow(['', '', '', '1234567'])).toBe(true);
    expect(isFooterRow(['C-1', 'Grass cutting', 'Acme Ltd', '1000'])).toBe(false);
    expect(isFooterRow(['C-1', '', '', '1000'])).toBe(false);
  });

  it('knows spreadsheet error cells', () => {
    expect(spreadsheetError('#REF!')).toBe('#REF!');
    expect(spreadsheetError(' #n/a ')).toBe('#N/A');
    expect(spreadsheetError('#1 priority')).toBeNull();
  });
});
