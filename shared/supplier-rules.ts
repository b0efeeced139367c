// Rules about suppliers: local (from the postcode and the council's local area), SME (from the
// size), and likely duplicates (same company number, or the same name once normalised).

import { normaliseAreaEntry } from './postcode-area';
import type { SupplierSize } from './supplier';

/** A postcode's outward code split up: "LE19 1AB" is area LE, district 19, outward LE19. */
export interface PostcodeParts {
  area: string;
  district: number;
  /** Sub-district letter, as in EC1A; '' when there is none. */
  subDistrict: string;
  outward: string;
  /** "1AB"; null when only the outward code was given. */
  inward: string | null;
}

// Outward code: area, then a district of one or two digits, or one digit and a letter (EC1A).
// A space may only fall between outward and inward code, so "LE1 6" is not district LE16.
const postcodePattern = /^([A-Z]{1,2})(\d{1,2}|\d[A-Z])(?:\s*(\d[A-Z]{2}))?$/;

/**
 * Reads a UK postcode in any case, with or without the space ("LE1 6ZG", "le196zg"), or an
 * outward code alone ("LE19"). Null when the text is not one.
 */
export function parsePostcode(text: string): PostcodeParts | null {
  const match = postcodePattern.exec(text.trim().toUpperCase());
  if (!match) return null;
  const [, area = '', district = '', inward = null] = match;
  return {
    area,
    district: Number.parseInt(district, 10),
    subDistrict: district.replace(/\d/g, ''),
    outward: `${area}${district}`,
    inward,
  };
}

/**
 * A full UK postcode in its standard form: upper case, one space before the inward code
 * ("le5 0aa" and "LE50AA" are "LE5 0AA"). Null when the text is not the shape of a full
 * postcode (an outward code alone, "LE5", is not one).
 */
export function normalisePostcode(text: string): string | null {
  const parts = parsePostcode(text);
  return parts?.inward ? `${parts.outward} ${parts.inward}` : null;
}

type AreaTest = (postcode: PostcodeParts) => boolean;

const areaEntry = /^([A-Z]{1,2})$/;
const districtEntry = /^([A-Z]{1,2})(?:(\d{1,2})|(\d)([A-Z]))$/;
const rangeEntry = /^([A-Z]{1,2})(\d{1,2})-([A-Z]{1,2})(\d{1,2})$/;

function entryTest(entry: string): AreaTest | null {
  const value = normaliseAreaEntry(entry);
  const area = areaEntry.exec(value);
  if (area) return (p) => p.area === area[1];
  const district = districtEntry.exec(value);
  if (district) {
    const [, code, digits, digit, sub] = district;
    const number = Number(digits ?? digit);
    return (p) => p.area === code && p.district === number && (!sub || p.subDistrict === sub);
  }
  const range = rangeEntry.exec(value);
  if (range && range[1] === range[3]) {
    const [, code, from, , to] = range;
    return (p) => p.area === code && p.district >= Number(from) && p.district <= Number(to);
  }
  return null; // not a valid entry: the profile form refuses these, so it matches nothing here
}

/**
 * A test for many postcodes against one local area, for bulk work such as an import.
 * Entries: an area "LE" (every LE district, but not L1, which is area L); a district "LE1" (LE1
 * only, not LE10-LE19; "EC1" also covers EC1A, EC1M..., "EC1A" covers EC1A only); a range
 * "LE1-LE19" (districts 1 to 19 of LE, both ends included, with any sub-district letter).
 */
export function localAreaMatcher(localArea: readonly string[]): (postcode: string) => boolean {
  const tests = localArea.map(entryTest).filter((test): test is AreaTest => test !== null);
  return (postcode) => {
    const parts = parsePostcode(postcode);
    return parts !== null && tests.some((test) => test(parts));
  };
}

/** True when the postcode is in the council's local area; false when it is not or is no postcode. */
export function isLocalPostcode(postcode: string, localArea: readonly string[]): boolean {
  return localAreaMatcher(localArea)(postcode);
}

/** Local as officers see it: their override when they set one, otherwise from the postcode. */
export function isSupplierLocal(
  supplier: { postcode: string | null; localOverride: boolean | null },
  localArea: readonly string[] | ((postcode: string) => boolean),
): boolean {
  if (supplier.localOverride !== null) return supplier.localOverride;
  if (supplier.postcode === null) return false;
  const matches = typeof localArea === 'function' ? localArea : localAreaMatcher(localArea);
  return matches(supplier.postcode);
}

/** SME = micro, small or medium. Null when the size is not known, so reports can say so. */
export function isSme(size: SupplierSize | null): boolean | null {
  if (size === null) return null;
  return size !== 'large';
}

/** Legal-form endings removed from the end of a name, longest first (Companies House list). */
const legalForms = [
  ...['public limited company', 'limited liability partnership', 'community interest company'],
  ...['cwmni cyfyngedig cyhoeddus', 'limited partnership', 'cyfyngedig', 'limited'],
  ...['ltd', 'plc', 'llp', 'cic', 'cyf', 'ccc', 'lp'],
];

/**
 * A supplier name reduced for comparison: accents dropped, lower case, "&" as "and", full
 * stops and apostrophes removed ("J.C." = "JC"), other punctuation as spaces, spaces collapsed,
 * a leading "the" and trailing legal-form endings (Ltd, Limited, PLC, LLP, LP, CIC, Welsh Cyf)
 * removed. "Co" and "Company" stay: "Smith & Co" is a name, not a legal form. A name that is
 * only a legal form keeps it, so it is never reduced to nothing.
 */
export function normaliseSupplierName(name: string): string {
  let value = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’.]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  if (value.startsWith('the ') && value.length > 4) value = value.slice(4);
  let stripped = true;
  while (stripped) {
    stripped = false;
    for (const form of legalForms) {
      if (value.endsWith(` ${form}`)) {
        value = value.slice(0, -form.length - 1);
        stripped = true;
        break;
      }
    }
  }
  return value;
}

/**
 * A Companies House number as the register writes it: 8 characters, an optional one- or
 * two-letter prefix (SC, NI, OC, R...) then digits left-padded with zeros ("1234567" is
 * "01234567", "sc 12345" is "SC012345"). Null when the text is not one (blank, "N/A", "0").
 */
export function normaliseCompanyNumber(text: string): string | null {
  const match = /^([A-Z]{0,2})(\d+)$/.exec(text.toUpperCase().replace(/\s+/g, ''));
  if (!match) return null;
  const [, prefix = '', digits = ''] = match;
  const significant = digits.replace(/^0+/, '');
  const width = 8 - prefix.length;
  if (significant === '' || significant.length > width) return null;
  return prefix + significant.padStart(width, '0');
}

export interface SupplierIdentity {
  id: string;
  name: string;
  companyNumber: string | null;
}

export interface DuplicateGroup {
  /** Supplier ids, in the order given; always two or more. */
  ids: string[];
  /** Normalised company numbers shared by two or more of them. */
  companyNumbers: string[];
  /** Normalised names shared by two or more of them. */
  names: string[];
}

/**
 * Groups suppliers that are likely the same: sharing a company number or a normalised name,
 * linked through each other (A and B share a number, B and C a name: one group of three).
 * Linear in the number of suppliers (hash maps and union-find), so 20,000 is quick.
 */
export function likelyDuplicateGroups(suppliers: readonly SupplierIdentity[]): DuplicateGroup[] {
  const parent = suppliers.map((_, index) => index);
  const root = (index: number): number => {
    while (parent[index] !== index) {
      const up = parent[parent[index] as number] as number;
      parent[index] = up;
      index = up;
    }
    return index;
  };
  const firstWith = new Map<string, number>();
  const shared = new Set<string>();
  suppliers.forEach((supplier, index) => {
    const number = supplier.companyNumber && normaliseCompanyNumber(supplier.companyNumber);
    const name = normaliseSupplierName(supplier.name);
    for (const key of [number ? `#${number}` : null, name ? `n${name}` : null]) {
      if (key === null) continue;
      const first = firstWith.get(key);
      if (first === undefined) {
        firstWith.set(key, index);
        continue;
      }
      shared.add(key);
      const [a, b] = [root(first), root(index)];
      if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
    }
  });
  const groups = new Map<number, DuplicateGroup>();
  suppliers.forEach((supplier, index) => {
    const top = root(index);
    const group = groups.get(top) ?? { ids: [], companyNumbers: [], names: [] };
    group.ids.push(supplier.id);
    groups.set(top, group);
  });
  for (const key of shared) {
    const group = groups.get(root(firstWith.get(key) as number)) as DuplicateGroup;
    if (key.startsWith('#')) group.companyNumbers.push(key.slice(1));
    else group.names.push(key.slice(1));
  }
  return [...groups.values()].filter((group) => group.ids.length > 1);
}
