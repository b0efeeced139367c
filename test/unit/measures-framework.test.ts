// The measures framework's rules: what a measure must hold, with messages naming the field; a
// record-only measure has no proxy; a money measure counts £1 as £1 unless the council says not.

import { describe, expect, it } from 'vitest';
import {
  frameworkVersionFieldsSchema,
  measureFieldsSchema,
  withDefaultProxy,
  type MeasureInput,
} from '../../shared/measures-framework';

const outcomeId = '0b5f2a8e-6c1d-4f3a-9e7b-2d4c6a8e0f12';

const valid: MeasureInput = {
  outcomeId,
  code: 'LOC1',
  title: 'Local people employed on the contract',
  unit: 'FTE',
  kind: 'quantity',
  proxyPence: 2_500_000,
};

/** The first message for each field the schema refuses. */
function problems(input: unknown): Record<string, string> {
  const parsed = measureFieldsSchema.safeParse(input);
  if (parsed.success) return {};
  const found: Record<string, string> = {};
  for (const issue of parsed.error.issues) found[issue.path.join('.')] ??= issue.message;
  return found;
}

describe('a measure', () => {
  it('is accepted with a code, title, unit, kind and outcome; blanks become null', () => {
    const parsed = measureFieldsSchema.parse({ ...valid, guidance: '  ', evidenceRequired: '' });
    expect(parsed).toEqual({
      ...valid,
      guidance: null,
      evidenceRequired: null,
      councilOutcomeIds: [],
    });
  });

  it('names each missing field in words', () => {
    expect(problems({ kind: 'quantity' })).toEqual({
      code: 'Enter the code',
      title: 'Enter the title',
      unit: 'Enter the unit',
      outcomeId: 'Choose the outcome',
    });
    expect(problems({ ...valid, kind: 'volume' })).toEqual({
      kind: 'Choose quantity, money or record only',
    });
  });

  it('takes codes of letters, digits, dots, dashes and slashes, up to 20 characters', () => {
    for (const code of ['LOC1', 'ECC31a', 'NT1.2', 'JS-4', 'A/B']) {
      expect(problems({ ...valid, code })).toEqual({});
    }
    expect(problems({ ...valid, code: 'LOC 1' }).code).toMatch(/^Use letters, digits/);
    expect(problems({ ...valid, code: '-LOC1' }).code).toMatch(/^Use letters, digits/);
    expect(problems({ ...valid, code: 'A'.repeat(21) }).code).toBe(
      'Keep the code under 20 characters',
    );
    expect(measureFieldsSchema.parse({ ...valid, code: '  LOC1 ' }).code).toBe('LOC1');
  });

  it('refuses a proxy value on a record-only measure, beside the proxy field', () => {
    expect(problems({ ...valid, kind: 'record-only', unit: 'text' })).toEqual({
      proxyPence: 'A record-only measure has no proxy value: clear it, or choose another kind',
    });
    expect(problems({ ...valid, kind: 'record-only', unit: 'text', proxyPence: null })).toEqual({});
    // Shown even when another field is wrong too, so every problem shows on the first save.
    expect(
      Object.keys(problems({ ...valid, code: '', kind: 'record-only', proxyPence: 1 })).sort(),
    ).toEqual(['code', 'proxyPence']);
  });

  it('refuses a negative, fractional or non-numeric proxy value', () => {
    expect(problems({ ...valid, proxyPence: -1 }).proxyPence).toBe(
      'The proxy value cannot be negative',
    );
    expect(problems({ ...valid, proxyPence: 1.5 }).proxyPence).toBe(
      'Enter the proxy value in pounds and pence',
    );
    expect(problems({ ...valid, proxyPence: '12' }).proxyPence).toBe(
      'Enter the proxy value in pounds',
    );
  });

  it('accepts a proxy of zero: a measure the council values at nothing', () => {
    expect(measureFieldsSchema.parse({ ...valid, proxyPence: 0 }).proxyPence).toBe(0);
  });

  it('holds council outcome ids, which must be record ids', () => {
    expect(problems({ ...valid, councilOutcomeIds: ['Clean and Green'] })).toEqual({
      'councilOutcomeIds.0': 'Not a record id',
    });
  });
});

describe('the proxy of a money measure', () => {
  it('is £1 per £1 when none is given', () => {
    expect(withDefaultProxy({ kind: 'money', proxyPence: null })).toEqual({
      kind: 'money',
      proxyPence: 100,
    });
  });

  it('keeps what the council set, even zero', () => {
    expect(withDefaultProxy({ kind: 'money', proxyPence: 0 }).proxyPence).toBe(0);
    expect(withDefaultProxy({ kind: 'money', proxyPence: 120 }).proxyPence).toBe(120);
  });

  it('does not apply to quantity or record-only measures', () => {
    expect(withDefaultProxy({ kind: 'quantity', proxyPence: null }).proxyPence).toBeNull();
    expect(withDefaultProxy({ kind: 'record-only', proxyPence: null }).proxyPence).toBeNull();
  });
});

describe('a framework version', () => {
  it('needs a name and a real effective date', () => {
    const parsed = frameworkVersionFieldsSchema.safeParse({
      name: ' ',
      effectiveFrom: '2025-02-30',
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['name', 'Enter the name of the version'],
      ['effectiveFrom', 'Enter a real date, for example 2026-01-01'],
    ]);
    expect(
      frameworkVersionFieldsSchema.parse({ name: 'Framework 2025', effectiveFrom: '2025-04-01' }),
    ).toEqual({ name: 'Framework 2025', effectiveFrom: '2025-04-01', notes: null });
  });
});
