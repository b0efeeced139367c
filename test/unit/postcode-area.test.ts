import { describe, expect, it } from 'vitest';
import {
  localAreaEntryProblem,
  normaliseAreaEntry,
  splitLocalArea,
} from '../../shared/postcode-area';

describe('normaliseAreaEntry', () => {
  it('upper-cases what the officer typed', () => {
    expect(normaliseAreaEntry('le65')).toBe('LE65');
    expect(normaliseAreaEntry('Le')).toBe('LE');
  });

  it('drops spaces at the ends and inside', () => {
    expect(normaliseAreaEntry('  LE65 ')).toBe('LE65');
    expect(normaliseAreaEntry('le 65')).toBe('LE65');
    expect(normaliseAreaEntry('\tLE\t6 5\t')).toBe('LE65');
  });

  it('closes up the spaces around the hyphen of a range', () => {
    expect(normaliseAreaEntry('le1 - le19')).toBe('LE1-LE19');
    expect(normaliseAreaEntry('LE1 -LE19')).toBe('LE1-LE19');
    expect(normaliseAreaEntry('LE1-  LE19')).toBe('LE1-LE19');
  });

  it('turns a blank entry into the empty string', () => {
    expect(normaliseAreaEntry('   ')).toBe('');
  });
});

describe('localAreaEntryProblem: entries that are fine', () => {
  it.each(['LE', 'B', 'le', ' ng '])('accepts the postcode area %j', (entry) => {
    expect(localAreaEntryProblem(entry)).toBeNull();
  });

  it.each(['LE1', 'LE65', 'B1', 'ng7', 'EC1A', 'W1A', 'BS0', 'le 65'])(
    'accepts the district %j',
    (entry) => {
      expect(localAreaEntryProblem(entry)).toBeNull();
    },
  );

  it.each(['LE1-LE19', 'le1 - le19', 'LE5-LE5', 'B1-B99'])('accepts the range %j', (entry) => {
    expect(localAreaEntryProblem(entry)).toBeNull();
  });
});

describe('localAreaEntryProblem: entries that are refused', () => {
  it('asks for something when the entry is blank', () => {
    expect(localAreaEntryProblem('')).toBe('Enter a postcode area or district');
    expect(localAreaEntryProblem('   ')).toBe('Enter a postcode area or district');
  });

  it.each([
    'LEI',
    'LEIC',
    'LE100',
    '65',
    'LE6 5ZG',
    'LE1 6ZG',
    'LE-1',
    'LE1-',
    '-LE19',
    '-',
    'LE1-19',
    'LE1-LE5-LE9',
    'LE1/LE19',
    'LE1A-LE1C',
  ])('explains that %j is not an area, district or range', (entry) => {
    expect(localAreaEntryProblem(entry)).toBe(
      `"${entry.trim()}" is not a postcode area (LE), district (LE65) or range (LE1-LE19)`,
    );
  });

  it('quotes the entry as the officer typed it, trimmed', () => {
    expect(localAreaEntryProblem('  le100  ')).toBe(
      '"le100" is not a postcode area (LE), district (LE65) or range (LE1-LE19)',
    );
  });

  it('refuses a range that runs across two postcode areas', () => {
    expect(localAreaEntryProblem('LE1-NG5')).toBe('"LE1-NG5" runs across two postcode areas');
    expect(localAreaEntryProblem('l1 - le5')).toBe('"l1 - le5" runs across two postcode areas');
  });

  it('refuses a range that starts after it ends, comparing numbers, not text', () => {
    expect(localAreaEntryProblem('LE19-LE1')).toBe('"LE19-LE1" starts after it ends');
    // As text "LE9" > "LE10", but 9 < 10.
    expect(localAreaEntryProblem('LE9-LE10')).toBeNull();
    expect(localAreaEntryProblem('LE10-LE9')).toBe('"LE10-LE9" starts after it ends');
  });
});

describe('splitLocalArea', () => {
  it('splits on commas, semicolons and new lines and normalises each entry', () => {
    expect(splitLocalArea('le1 - le19, LE65;ng7\nDE')).toEqual(['LE1-LE19', 'LE65', 'NG7', 'DE']);
  });

  it('copes with Windows line endings from a pasted list', () => {
    expect(splitLocalArea('LE1\r\nLE2\r\n')).toEqual(['LE1', 'LE2']);
  });

  it('drops empty entries from doubled or trailing separators', () => {
    expect(splitLocalArea(',LE1,, ;\n\nLE2,')).toEqual(['LE1', 'LE2']);
  });

  it('gives no entries for a blank box', () => {
    expect(splitLocalArea('')).toEqual([]);
    expect(splitLocalArea(' \n , ; ')).toEqual([]);
  });

  it('keeps the order and any repeats, leaving judgement to the schema', () => {
    expect(splitLocalArea('LE65, LE1, le65')).toEqual(['LE65', 'LE1', 'LE65']);
  });

  it('does not split on spaces, so two districts run together are refused, not guessed', () => {
    const entries = splitLocalArea('LE1 LE2');
    expect(entries).toEqual(['LE1LE2']);
    expect(localAreaEntryProblem(entries[0] ?? '')).not.toBeNull();
  });

  it('reads back what profileToForm writes (entries joined with ", ")', () => {
    const entries = ['LE1-LE19', 'LE65', 'NG'];
    expect(splitLocalArea(entries.join(', '))).toEqual(entries);
  });
});

describe('ranges pasted from Word', () => {
  it('reads an en or em dash as the range hyphen', () => {
    expect(normaliseAreaEntry('le1 – le19')).toBe('LE1-LE19');
    expect(normaliseAreaEntry('LE1—LE19')).toBe('LE1-LE19');
  });
});
