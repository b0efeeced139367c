// Finding the heading row under title rows, suggesting which column fills which field from the
// headings (padded, in another order), and recognising the LGA register and Contracts Finder.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../electron/excel/csv-text';
import {
  findHeaderRow,
  headingSignature,
  mappingFromHeadings,
  suggestMapping,
} from '../../electron/excel/register-mapping';
import { builtInMapping, recogniseBuiltIn } from '../../electron/excel/register-profiles';

const registers = '/work/shared/data/registers';
const headingsOf = (file: string) =>
  parseCsv(readFileSync(`${registers}/${file}`, 'utf-8').split(/\r?\n/)[0] ?? '')[0] ?? [];

describe('findHeaderRow', () => {
  it('passes over title rows and blank rows above the headings', () => {
    const rows = [
      ['Leicester City Council contracts register'],
      ['Published 1 April 2025', '', ''],
      [],
      ['Reference', 'Title', 'Supplier', 'Value'],
      ['C-1', 'Grass cutting', 'Acme Ltd', '1000'],
    ];
    expect(findHeaderRow(rows)).toBe(3);
  });

  it('takes a row of words as wide as the data when no heading is known', () => {
    const rows = [['Our list'], ['Alpha', 'Beta', 'Gamma'], ['1', '2', '3']];
    expect(findHeaderRow(rows)).toBe(1);
  });

  it('gives null when no row looks like headings', () => {
    expect(
      findHeaderRow([
        ['1', '2'],
        ['3', '4'],
      ]),
    ).toBeNull();
  });
});

describe('suggestMapping', () => {
  it('matches padded and differently written headings, each column once', () => {
    const headings = [
      ' Contract Ref ',
      'Contract Title',
      ' Amount ',
      'Supplier',
      'Start Date',
      'End Date',
    ];
    expect(suggestMapping(headings, 'contracts')).toEqual({
      reference: 0,
      title: 1,
      supplierName: 3,
      valuePence: 2,
      startDate: 4,
      endDate: 5,
    });
  });

  it('suggests supplier fields for a supplier list', () => {
    expect(suggestMapping(['Name', 'Company Number', 'Postcode', 'Email'], 'suppliers')).toEqual({
      name: 0,
      companyNumber: 1,
      postcode: 2,
      contactEmail: 3,
    });
  });
});

describe('built-in profiles', () => {
  it('recognise the Norfolk register as the LGA layout and map its columns', () => {
    const headings = headingsOf('norfolk-contracts-register.csv');
    const profile = recogniseBuiltIn(headings) ?? expect.fail('not recognised');
    expect(profile.name).toBe('LGA contracts register');
    const mapped = (field: string) => headings[builtInMapping(profile, headings)[field] ?? -1];
    expect(mapped('reference')).toBe('Contract Reference number / ID');
    expect(mapped('valuePence')).toBe('Contract value');
    expect(mapped('startDate')).toBe('Contract start date');
  });

  it('recognise Contracts Finder awards (Telford has its columns in another order) and tenders', () => {
    const devon = headingsOf('devon-county-council-award_20200629-20200706.csv');
    const telford = headingsOf('telford-wrekin-council-award_20200727-20200803.csv');
    expect(recogniseBuiltIn(devon)?.name).toBe('Contracts Finder award notices');
    const profile = recogniseBuiltIn(telford) ?? expect.fail('not recognised');
    expect(profile.name).toBe('Contracts Finder award notices');
    const mapping = builtInMapping(profile, telford);
    expect(telford[mapping.supplierName ?? -1]).toBe('Supplier Name');
    expect(mapping.startDate).toBeUndefined();
    expect(
      recogniseBuiltIn(headingsOf('nottingham-city-council-tender_20200608-20200615.csv')),
    ).toMatchObject({
      name: 'Contracts Finder tender notices',
      kind: 'exercises',
    });
    expect(recogniseBuiltIn(['Name', 'Postcode'])).toBeNull();
  });

  it('match saved mappings by heading wherever the column has moved', () => {
    expect(mappingFromHeadings(['B', 'A'], { title: 'A', reference: 'B', gone: 'C' })).toEqual({
      title: 1,
      reference: 0,
    });
    expect(headingSignature([' Contract Ref ', 'Title', ''])).toBe(
      headingSignature(['contract ref', 'TITLE']),
    );
  });
});
