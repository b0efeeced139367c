// The measure and framework version forms: text as typed turned into API input with the
// backend's schema; money read as pounds; a record-only measure sends no proxy; and the
// measure's audit trail in words.

import { describe, expect, it } from 'vitest';
import { auditLines } from '../../renderer/components/audit-lines';
import type { Checked } from '../../renderer/components/form-input';
import { toFormErrors } from '../../renderer/form-errors';
import { measureColumns, proxyText } from '../../renderer/pages/framework/measure-fields';
import { emptyMeasureForm, measureFormToInput } from '../../renderer/pages/framework/measure-form';
import { versionFormToInput } from '../../renderer/pages/framework/version-form';

const outcomeId = '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f';
const councilOutcomeId = '0b9a3c52-6f0e-4d7e-9b1a-2c3d4e5f6a7b';

const messages = (result: Checked<unknown>) =>
  Object.fromEntries(result.ok ? [] : toFormErrors(result.issues));

const filled = {
  ...emptyMeasureForm(outcomeId),
  code: 'JS3',
  title: 'Apprenticeship weeks',
  unit: 'weeks',
};

describe('the measure form', () => {
  it('reads the proxy value as pounds, blank as not set', () => {
    const typed = measureFormToInput({ ...filled, proxyPence: '£1,234.50' });
    expect(typed).toEqual({
      ok: true,
      input: {
        outcomeId,
        code: 'JS3',
        title: 'Apprenticeship weeks',
        guidance: null,
        unit: 'weeks',
        kind: 'quantity',
        proxyPence: 123_450,
        evidenceRequired: null,
        councilOutcomeIds: [],
      },
    });
    const blank = measureFormToInput({ ...filled, proxyPence: ' ' });
    expect(blank.ok && blank.input.proxyPence).toBeNull();
  });

  it('names a proxy that is not money, or negative, beside the proxy box', () => {
    expect(messages(measureFormToInput({ ...filled, proxyPence: 'twelve' }))).toEqual({
      proxyPence: 'Enter the proxy value in pounds, for example 60,000 or 60,000.00',
    });
    expect(messages(measureFormToInput({ ...filled, proxyPence: '-5' }))).toEqual({
      proxyPence: 'The proxy value cannot be negative',
    });
  });

  it('sends no proxy for a record-only measure, whatever the hidden box held', () => {
    const result = measureFormToInput({ ...filled, kind: 'record-only', proxyPence: '150' });
    expect(result.ok && result.input.proxyPence).toBeNull();
  });

  it('lists every missing field at once', () => {
    expect(Object.keys(messages(measureFormToInput(emptyMeasureForm('')))).sort()).toEqual([
      'code',
      'outcomeId',
      'title',
      'unit',
    ]);
  });
});

describe('the version form', () => {
  it('needs a name and the date it takes effect', () => {
    expect(messages(versionFormToInput({ name: '', effectiveFrom: '', notes: '' }))).toEqual({
      name: 'Enter the name of the version',
      effectiveFrom: 'Enter the date it takes effect',
    });
    expect(
      versionFormToInput({ name: 'Framework 2026', effectiveFrom: '2026-04-01', notes: '' }),
    ).toEqual({
      ok: true,
      input: { name: 'Framework 2026', effectiveFrom: '2026-04-01', notes: null },
    });
  });
});

describe('a measure in words', () => {
  it('says what its proxy is worth, per unit or per £1', () => {
    expect(proxyText('quantity', 15_000, 'weeks')).toBe('£150.00 per unit (weeks)');
    expect(proxyText('money', 100, '£')).toBe('£1.00 per £1');
    expect(proxyText('quantity', null, 'FTE')).toBe('Not set');
    expect(proxyText('quantity', 0, 'FTE')).toBe('£0.00 per unit (FTE)');
    expect(proxyText('record-only', null, 'text')).toBe('None: record only');
  });

  it('tells its audit trail with labels, money and council outcome names; bookkeeping hidden', () => {
    const columns = measureColumns(new Map([[councilOutcomeId, 'Clean and Green']]));
    const lines = auditLines(
      {
        id: 'e1',
        operation: 'update',
        officer: 'Priya Shah',
        changedAt: '2026-01-01T10:00:00.000Z',
        changes: [
          { field: 'proxy_pence', old: null, new: 15_000 },
          { field: 'council_outcome_ids', old: '[]', new: JSON.stringify([councilOutcomeId]) },
          { field: 'position', old: 1, new: 0 },
          {
            field: 'outcome_id',
            old: 'a',
            new: 'b',
            names: { old: 'Skills for work', new: 'Less waste' },
          },
        ],
      },
      columns,
    );
    expect(lines).toEqual([
      'Set Proxy value to £150.00',
      'Changed Council outcomes from None to Clean and Green',
      'Changed Outcome from Skills for work to Less waste',
    ]);
  });
});
