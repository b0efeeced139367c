import { describe, expect, it } from 'vitest';
import { errorAt, fieldId, toFormErrors } from '../../renderer/form-errors';

describe('fieldId', () => {
  it('makes the input id for a top-level field', () => {
    expect(fieldId(['councilName'])).toBe('field-councilName');
  });

  it('makes the input id for a field in a table row', () => {
    expect(fieldId(['thresholds', 2, 'amountPence'])).toBe('field-thresholds-2-amountPence');
  });

  it('gives different rows different ids', () => {
    expect(fieldId(['thresholds', 1, 'amountPence'])).not.toBe(
      fieldId(['thresholds', 11, 'amountPence']),
    );
  });
});

describe('toFormErrors', () => {
  it('keys each message by its dotted path', () => {
    const errors = toFormErrors([
      { path: ['councilName'], message: 'Enter the council name' },
      { path: ['thresholds', 0, 'effectiveFrom'], message: 'Enter a real date' },
    ]);
    expect([...errors]).toEqual([
      ['councilName', 'Enter the council name'],
      ['thresholds.0.effectiveFrom', 'Enter a real date'],
    ]);
  });

  it('keeps the first message for a field and drops later ones', () => {
    const errors = toFormErrors([
      { path: ['ragGreenFromPercent'], message: 'Enter the green band as a number' },
      { path: ['ragGreenFromPercent'], message: 'Invalid input: expected number, received NaN' },
    ]);
    expect(errors.size).toBe(1);
    expect(errors.get('ragGreenFromPercent')).toBe('Enter the green band as a number');
  });

  it('is empty when there are no issues', () => {
    expect(toFormErrors([]).size).toBe(0);
  });

  it('keeps a form-wide problem (empty path) under the empty key', () => {
    expect(toFormErrors([{ path: [], message: 'Unrecognised key: "extra"' }]).get('')).toBe(
      'Unrecognised key: "extra"',
    );
  });
});

describe('errorAt', () => {
  const errors = toFormErrors([
    { path: ['councilName'], message: 'Enter the council name' },
    { path: ['localArea', 3], message: '"LE100" is not a postcode area' },
    { path: ['localArea', 5], message: '"LE9-LE1" starts after it ends' },
    { path: ['thresholds', 1, 'amountPence'], message: 'Enter an amount above £0' },
    { path: ['thresholds', 10, 'effectiveFrom'], message: 'Enter a real date' },
  ]);

  it('finds the message for a field by its path', () => {
    expect(errorAt(errors, ['councilName'])).toBe('Enter the council name');
    expect(errorAt(errors, ['thresholds', 1, 'amountPence'])).toBe('Enter an amount above £0');
  });

  it('gives nothing for a field without a problem', () => {
    expect(errorAt(errors, ['reportingFrequency'])).toBeUndefined();
    expect(errorAt(errors, ['thresholds', 1, 'effectiveFrom'])).toBeUndefined();
  });

  it('shows the first local area entry problem beside the local area box', () => {
    expect(errorAt(errors, ['localArea'])).toBe('"LE100" is not a postcode area');
  });

  it('prefers a message on the field itself over one on an entry under it', () => {
    const both = toFormErrors([
      { path: ['localArea', 0], message: 'entry problem' },
      { path: ['localArea'], message: 'List at most 500 postcode areas and districts' },
    ]);
    expect(errorAt(both, ['localArea'])).toBe('List at most 500 postcode areas and districts');
  });

  it('does not mistake row 10 for row 1', () => {
    expect(errorAt(errors, ['thresholds', 1, 'effectiveFrom'])).toBeUndefined();
    expect(errorAt(errors, ['thresholds', 1])).toBe('Enter an amount above £0');
    expect(errorAt(errors, ['thresholds', 10])).toBe('Enter a real date');
  });

  it('does not match a field whose name merely starts the same', () => {
    const similar = toFormErrors([{ path: ['councilNameShort'], message: 'too long' }]);
    expect(errorAt(similar, ['councilName'])).toBeUndefined();
  });
});
