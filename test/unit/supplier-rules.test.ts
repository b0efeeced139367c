import { describe, expect, it } from 'vitest';
import {
  isLocalPostcode,
  isSme,
  isSupplierLocal,
  likelyDuplicateGroups,
  localAreaMatcher,
  normaliseCompanyNumber,
  normalisePostcode,
  normaliseSupplierName,
  parsePostcode,
  type SupplierIdentity,
} from '../../shared/supplier-rules';

describe('parsePostcode', () => {
  it('reads full postcodes in any case with or without the space, and outward codes alone', () => {
    expect(parsePostcode('LE1 6ZG')).toEqual({
      area: 'LE',
      district: 1,
      subDistrict: '',
      outward: 'LE1',
      inward: '6ZG',
    });
    expect(parsePostcode('le196zg')).toMatchObject({ outward: 'LE19', inward: '6ZG' });
    expect(parsePostcode(' m1 1ae ')).toMatchObject({ area: 'M', district: 1, inward: '1AE' });
    expect(parsePostcode('EC1A 1BB')).toMatchObject({ area: 'EC', district: 1, subDistrict: 'A' });
    expect(parsePostcode('LE65')).toMatchObject({ outward: 'LE65', inward: null });
  });

  it('is null for text that is not a postcode', () => {
    for (const text of [
      '',
      'Leicester',
      'LE',
      '1AB',
      'LE1 6Z',
      'LE16Z',
      'LE123 4AB',
      'LE1A 1AB1',
    ]) {
      expect(parsePostcode(text), text).toBeNull();
    }
  });
});

describe('normalisePostcode', () => {
  it.each([
    ['le5 0aa', 'LE5 0AA'],
    ['LE50AA', 'LE5 0AA'],
    ['  le19   6zg ', 'LE19 6ZG'],
    ['ec1a1bb', 'EC1A 1BB'],
    ['m1 1ae', 'M1 1AE'],
    ['LE1 6ZG', 'LE1 6ZG'],
  ])('writes %j as %j', (typed, standard) => {
    expect(normalisePostcode(typed)).toBe(standard);
  });

  it.each([
    '',
    'LE5',
    'LE65',
    'Leicester',
    'LE1 6Z',
    'L E1 6ZG',
    'LE123 4AB',
    '12345',
    'LE1 6ZG X',
  ])('is null for %j, which is not a full postcode', (text) => {
    expect(normalisePostcode(text)).toBeNull();
  });
});

describe('isLocalPostcode', () => {
  const area = ['LE1-LE19', 'LE65'];

  it('includes both ends of a range and every district between', () => {
    for (const postcode of ['LE1 6ZG', 'LE2 0AA', 'le196zg', 'LE19 1AB', 'LE10', 'LE65 2AB']) {
      expect(isLocalPostcode(postcode, area), postcode).toBe(true);
    }
  });

  it('leaves out districts outside the range and other areas', () => {
    for (const postcode of ['LE20 1AB', 'LE64 1AB', 'LE67 1AB', 'L1 8JQ', 'NG1 5FS', '', 'n/a']) {
      expect(isLocalPostcode(postcode, area), postcode).toBe(false);
    }
  });

  it('reads a district as that district only, never its longer neighbours', () => {
    expect(isLocalPostcode('LE1 1AA', ['LE1'])).toBe(true);
    expect(isLocalPostcode('LE19 1AA', ['LE1'])).toBe(false);
    expect(isLocalPostcode('LE10 1AA', ['le 1'])).toBe(false);
  });

  it('keeps areas apart: L is not LE, and LE covers every LE district', () => {
    expect(isLocalPostcode('L1 8JQ', ['LE'])).toBe(false);
    expect(isLocalPostcode('LE1 8JQ', ['L'])).toBe(false);
    expect(isLocalPostcode('L1 8JQ', ['L'])).toBe(true);
    expect(isLocalPostcode('LE67 9AB', ['LE'])).toBe(true);
  });

  it('treats a district as covering its sub-districts, and a sub-district as itself', () => {
    expect(isLocalPostcode('EC1A 1BB', ['EC1'])).toBe(true);
    expect(isLocalPostcode('EC1M 5AA', ['EC1A'])).toBe(false);
    expect(isLocalPostcode('EC2V 7HH', ['EC1-EC4'])).toBe(true);
  });

  it('ignores entries that are not valid, and an empty local area matches nothing', () => {
    expect(isLocalPostcode('LE5 1AA', ['LE9-LE1', 'LE1-NG2', 'Leicester'])).toBe(false);
    expect(isLocalPostcode('LE5 1AA', [])).toBe(false);
  });

  it('builds one matcher for many postcodes', () => {
    const matches = localAreaMatcher([' le1 - le19 ']);
    expect(['LE1 1AA', 'LE20 1AA', 'LE2 7AA'].map(matches)).toEqual([true, false, true]);
  });
});

describe('isSupplierLocal and isSme', () => {
  it("uses the officer's override when set, otherwise the postcode", () => {
    const area = ['LE1-LE19'];
    expect(isSupplierLocal({ postcode: 'LE2 0AA', localOverride: null }, area)).toBe(true);
    expect(isSupplierLocal({ postcode: 'LE2 0AA', localOverride: false }, area)).toBe(false);
    expect(isSupplierLocal({ postcode: 'NG1 5FS', localOverride: true }, area)).toBe(true);
    expect(isSupplierLocal({ postcode: null, localOverride: null }, area)).toBe(false);
    expect(
      isSupplierLocal({ postcode: 'LE3 1AA', localOverride: null }, localAreaMatcher(area)),
    ).toBe(true);
  });

  it('counts micro, small and medium as SMEs and does not guess an unknown size', () => {
    expect([isSme('micro'), isSme('small'), isSme('medium'), isSme('large')]).toEqual([
      true,
      true,
      true,
      false,
    ]);
    expect(isSme(null)).toBeNull();
  });
});

describe('normaliseSupplierName', () => {
  it('makes the spellings of one company equal', () => {
    const names = [
      'ACME Ltd',
      'Acme Limited',
      'acme, ltd.',
      ' Acme  LTD ',
      'The Acme PLC',
      'Acmé Ltd',
    ];
    for (const name of names) expect(normaliseSupplierName(name), name).toBe('acme');
    expect(normaliseSupplierName('Smith & Jones Ltd')).toBe(
      normaliseSupplierName('Smith and Jones'),
    );
    expect(normaliseSupplierName("O'Brien's Cafe-Bar LLP")).toBe('obriens cafe bar');
    expect(normaliseSupplierName('J.C. Bamford Excavators Ltd')).toBe('jc bamford excavators');
    expect(normaliseSupplierName('Cwmni Da Cyf')).toBe('cwmni da');
  });

  it('keeps what tells companies apart', () => {
    expect(normaliseSupplierName('Acme Holdings Ltd')).toBe('acme holdings');
    expect(normaliseSupplierName('Smith & Co Ltd')).toBe('smith and co');
    expect(normaliseSupplierName('Acme Company Ltd')).toBe('acme company');
    expect(normaliseSupplierName('Acme UK Ltd')).toBe('acme uk');
  });

  it('never reduces a name to nothing', () => {
    expect(normaliseSupplierName('Limited')).toBe('limited');
    expect(normaliseSupplierName('The')).toBe('the');
    expect(normaliseSupplierName(' -- ')).toBe('');
  });
});

describe('normaliseCompanyNumber', () => {
  it('pads to eight characters and upper-cases the prefix', () => {
    expect(normaliseCompanyNumber('1234567')).toBe('01234567');
    expect(normaliseCompanyNumber('01234567')).toBe('01234567');
    expect(normaliseCompanyNumber(' 123 ')).toBe('00000123');
    expect(normaliseCompanyNumber('sc12345')).toBe('SC012345');
    expect(normaliseCompanyNumber('NI 000123')).toBe('NI000123');
    expect(normaliseCompanyNumber('oc301234')).toBe('OC301234');
    expect(normaliseCompanyNumber('R0000123')).toBe('R0000123');
  });

  it('is null for blanks, placeholders and numbers too long to be one', () => {
    for (const text of ['', 'N/A', 'none', '0', '000000', '123456789', 'SC1234567', 'ABC123']) {
      expect(normaliseCompanyNumber(text), text).toBeNull();
    }
  });
});

describe('likelyDuplicateGroups', () => {
  it('groups by company number or normalised name, linking through shared members', () => {
    const groups = likelyDuplicateGroups([
      { id: 'a', name: 'Acme Ltd', companyNumber: '1234567' },
      { id: 'b', name: 'Widgets plc', companyNumber: null },
      { id: 'c', name: 'ACME Trading', companyNumber: '01234567' },
      { id: 'd', name: 'acme limited', companyNumber: null },
      { id: 'e', name: 'Acme Holdings Ltd', companyNumber: 'N/A' },
      { id: 'f', name: 'Widgets PLC.', companyNumber: '' },
      { id: 'g', name: 'Nobody Else', companyNumber: 'n/a' },
    ]);
    expect(groups).toEqual([
      { ids: ['a', 'c', 'd'], companyNumbers: ['01234567'], names: ['acme'] },
      { ids: ['b', 'f'], companyNumbers: [], names: ['widgets'] },
    ]);
  });

  it('handles 20,000 suppliers, finding every planted pair', () => {
    const suppliers: SupplierIdentity[] = Array.from({ length: 20_000 }, (_, i) => ({
      id: `s${i}`,
      name: `Supplier ${i} Ltd`,
      companyNumber: String(i + 1),
    }));
    suppliers[19_999] = { id: 'dup-number', name: 'Other', companyNumber: '00000001' };
    suppliers[19_998] = { id: 'dup-name', name: 'supplier 5 limited', companyNumber: null };
    const groups = likelyDuplicateGroups(suppliers);
    expect(groups.map((group) => group.ids)).toEqual([
      ['s0', 'dup-number'],
      ['s5', 'dup-name'],
    ]);
  });
});
