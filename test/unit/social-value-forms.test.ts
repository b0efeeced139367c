// The rules of returns and the social value forms: a return's status from its lines, quantities
// read as typed, and each form's problems placed on the field or row they belong to.

import { describe, expect, it } from 'vitest';
import type { Checked } from '../../renderer/components/form-input';
import { toFormErrors } from '../../renderer/form-errors';
import {
  commitmentFieldsInput,
  emptyCommitmentForm,
  newCommitmentInput,
  targetRow,
} from '../../renderer/pages/commitments/commitment-form';
import {
  entryFormToInput,
  extraLine,
  returnToEntryForm,
} from '../../renderer/pages/returns/return-entry-form';
import { verifyFormFor, verifyFormToInput } from '../../renderer/pages/returns/return-verification';
import { formatPercent, formatQuantity, withUnit } from '../../renderer/pages/social-value/figures';
import type { LineVerification, MeasureBasics } from '../../shared/social-value';
import { returnStatusOf, type ReturnDetail } from '../../shared/social-value-return';

const messages = (result: Checked<unknown>) =>
  Object.fromEntries(result.ok ? [] : toFormErrors(result.issues));

const ids = {
  contract: '0b9a3c52-6f0e-4d7e-9b1a-2c3d4e5f6a7b',
  return: '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
  js1: '2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a',
  fw2: '3e4f5a6b-7c8d-4e9f-8a1b-2c3d4e5f6a7b',
  cv1: '4f5a6b7c-8d9e-4f0a-9b2c-3d4e5f6a7b8c',
};

const measure = (id: string, code: string, kind: MeasureBasics['kind'] = 'quantity') => ({
  id,
  code,
  title: `Measure ${code}`,
  unit: kind === 'record-only' ? 'text' : 'FTE',
  kind,
  proxyPence: kind === 'record-only' ? null : 3_000_000,
});

describe("a return's status follows its lines", () => {
  const cases: [LineVerification[], string][] = [
    [['pending', 'pending'], 'submitted'],
    [['verified', 'pending'], 'submitted'],
    [['verified', 'queried'], 'queried'],
    [['queried', 'pending'], 'queried'],
    [['queried', 'rejected'], 'queried'],
    [['verified', 'verified'], 'verified'],
    [['verified', 'rejected'], 'verified'],
    [['rejected', 'rejected'], 'rejected'],
    [['rejected'], 'rejected'],
    [[], 'submitted'],
  ];
  it.each(cases)('%j is %s', (lines, status) => {
    expect(returnStatusOf(lines)).toBe(status);
  });
});

describe('figures as shown', () => {
  it('rounds quantities to two places and names the unit; pounds go first', () => {
    expect(formatQuantity(1.00274)).toBe('1');
    expect(formatQuantity(26.0712)).toBe('26.07');
    expect(formatQuantity(1040)).toBe('1,040');
    expect(withUnit(2.5, 'FTE')).toBe('2.5 FTE');
    expect(withUnit(250000, '£')).toBe('£250,000');
    expect(withUnit(null, 'FTE')).toBe('');
    expect(withUnit(10, 'number')).toBe('10');
    expect(withUnit(12.5, '%')).toBe('12.5%');
    expect(withUnit(1, 'hours')).toBe('1 hour');
    expect(withUnit(2, 'hours')).toBe('2 hours');
    expect(withUnit(1, 'tonnes')).toBe('1 tonne');
    expect(withUnit(1, 'tCO2e')).toBe('1 tCO2e');
    expect(withUnit(1, 'FTE')).toBe('1 FTE');
    expect(formatPercent(66.5)).toBe('66.5%');
    expect(formatPercent(199.456)).toBe('199.5%');
    expect(formatPercent(null)).toBe('–');
  });
});

describe('the commitment form', () => {
  it('reads quantities as typed, with thousands separators', () => {
    const result = newCommitmentInput(
      {
        ...emptyCommitmentForm,
        measureId: ids.js1,
        quantity: '1,040',
        yearlyTargets: [targetRow('2025/26', '520.5')],
      },
      ids.contract,
      false,
    );
    expect(result).toMatchObject({
      ok: true,
      input: {
        contractId: ids.contract,
        quantity: 1040,
        yearlyTargets: [{ financialYear: '2025/26', quantity: 520.5 }],
        notes: null,
      },
    });
  });

  it('names the measure, the quantity and each target row', () => {
    const result = newCommitmentInput(
      {
        measureId: '',
        quantity: 'lots',
        yearlyTargets: [targetRow('2025/26', '-1'), targetRow('', '2')],
        notes: '',
      },
      ids.contract,
      false,
    );
    expect(messages(result)).toEqual({
      measureId: 'Choose the measure',
      quantity: 'Enter the quantity as a number, for example 12 or 2.5',
      'yearlyTargets.0.quantity': 'The quantity cannot be negative',
      'yearlyTargets.1.financialYear': 'Enter the financial year',
    });
  });

  it('sends no quantity and no targets for a record-only measure', () => {
    const result = commitmentFieldsInput(
      { ...emptyCommitmentForm, quantity: 'ignored', yearlyTargets: [targetRow('2025/26', '1')] },
      true,
    );
    expect(result).toEqual({
      ok: true,
      input: { quantity: null, yearlyTargets: [], notes: null },
    });
  });
});

function draft(verifications: LineVerification[] = ['pending', 'pending']): ReturnDetail {
  const measures = [measure(ids.js1, 'JS1'), measure(ids.fw2, 'FW2', 'record-only')];
  return {
    id: ids.return,
    version: 3,
    lines: measures.map((m, index) => ({
      id: `${index}a3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a`,
      measure: m,
      commitmentId: ids.contract,
      committedQuantity: 4,
      quantity: null,
      proxyPence: m.proxyPence,
      evidenceReference: null,
      narrative: null,
      verification: verifications[index] ?? 'pending',
      verifiedBy: null,
      verifiedAt: null,
      verificationNote: null,
    })),
  } as ReturnDetail;
}

describe('the return entry form', () => {
  it('sends each line: a record-only line without a quantity, blanks as null', () => {
    const form = returnToEntryForm(draft());
    form.lines[0] = { ...(form.lines[0] as (typeof form.lines)[0]), quantity: ' 2.5 ' };
    form.lines.push({ ...extraLine(measure(ids.cv1, 'CV1')), quantity: '20', narrative: 'Park' });
    expect(entryFormToInput(form, draft())).toEqual({
      ok: true,
      input: {
        id: ids.return,
        version: 3,
        lines: [
          { measureId: ids.js1, quantity: 2.5, evidenceReference: null, narrative: null },
          { measureId: ids.fw2, quantity: null, evidenceReference: null, narrative: null },
          { measureId: ids.cv1, quantity: 20, evidenceReference: null, narrative: 'Park' },
        ],
      },
    });
  });

  it('places a wrong quantity on its line', () => {
    const form = returnToEntryForm(draft());
    form.lines.push({ ...extraLine(measure(ids.cv1, 'CV1')), quantity: 'ten' });
    form.lines[0] = { ...(form.lines[0] as (typeof form.lines)[0]), quantity: '-1' };
    expect(messages(entryFormToInput(form, draft()))).toEqual({
      'lines.0.quantity': 'The quantity cannot be negative',
      'lines.2.quantity': 'Enter the quantity as a number, for example 12 or 2.5',
    });
  });
});

describe('the verification form', () => {
  it('starts with the officer as verifier and no decisions; sends only the lines decided', () => {
    const found = draft();
    const form = verifyFormFor(found, 'Priya Shah');
    expect(form.verifier).toBe('Priya Shah');
    form.choices[1] = { ...(form.choices[1] as (typeof form.choices)[0]), decision: 'verified' };
    expect(verifyFormToInput(form, found)).toMatchObject({
      ok: true,
      input: {
        verifier: 'Priya Shah',
        lines: [{ lineId: found.lines[1]?.id, verification: 'verified', note: null }],
      },
    });
  });

  it('puts a problem on the row it came from, not the place in what was sent', () => {
    const found = draft();
    const form = verifyFormFor(found, ' ');
    form.choices[1] = { ...(form.choices[1] as (typeof form.choices)[0]), decision: 'queried' };
    expect(messages(verifyFormToInput(form, found))).toEqual({
      verifier: 'Enter the name of the officer who checked it',
      'lines.1.note': 'Say what is wrong with FW2 (Measure FW2), so the supplier can answer it',
    });
  });

  it("names the line in a problem with its note, on the line's row", () => {
    const found = draft();
    const form = verifyFormFor(found, 'Priya Shah');
    form.choices[0] = { lineId: found.lines[0]?.id as string, decision: 'verified', note: '' };
    form.choices[1] = {
      lineId: found.lines[1]?.id as string,
      decision: 'rejected',
      note: 'x'.repeat(1001),
    };
    expect(messages(verifyFormToInput(form, found))).toEqual({
      'lines.1.note': 'FW2: Keep the note under 1000 characters',
    });
  });

  it('asks for a decision on at least one line', () => {
    const found = draft();
    expect(messages(verifyFormToInput(verifyFormFor(found, 'Priya Shah'), found))).toEqual({
      lines: 'Choose what to do with at least one line',
    });
  });
});
