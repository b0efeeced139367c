import { describe, expect, it } from 'vitest';
import { auditLines } from '../../renderer/components/audit-lines';
import type { Checked } from '../../renderer/components/form-input';
import { formIssues } from '../../renderer/components/use-record-form';
import { toFormErrors } from '../../renderer/form-errors';
import { formatDate } from '../../renderer/format-date';
import {
  contractFormToInput,
  contractFromExercise,
  emptyContractForm,
} from '../../renderer/pages/contracts/contract-form';
import { contractColumns } from '../../renderer/pages/contracts/contract-fields';
import { exerciseColumns } from '../../renderer/pages/exercises/exercise-fields';
import {
  emptyExerciseForm,
  exerciseFormToInput,
} from '../../renderer/pages/exercises/exercise-form';
import { supplierColumns } from '../../renderer/pages/suppliers/supplier-fields';
import {
  emptySupplierForm,
  supplierFormToInput,
} from '../../renderer/pages/suppliers/supplier-form';
import type { AuditEntry } from '../../shared/audit';
import type { Exercise } from '../../shared/exercise';

const supplierId = '0b9a3c52-6f0e-4d7e-9b1a-2c3d4e5f6a7b';
const outcomeId = '1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f';

/** The first message per field, as the form shows them (see toFormErrors). */
const messages = (result: Checked<unknown>) =>
  Object.fromEntries(result.ok ? [] : toFormErrors(result.issues));

describe('formatDate', () => {
  it('reads the calendar date parts, with no time zone shift', () => {
    expect(formatDate('2025-04-01')).toBe('1 April 2025');
    expect(formatDate('2024-12-31')).toBe('31 December 2024');
    expect(formatDate('not a date')).toBe('not a date');
  });
});

describe('supplier form', () => {
  it('sends blanks as null and drops a VCSE type or date whose box is unticked', () => {
    const result = supplierFormToInput({
      ...emptySupplierForm,
      name: 'Acme Ltd',
      vcse: false,
      vcseType: 'charity',
      realLivingWage: false,
      realLivingWageSince: '2024-01-01',
    });
    expect(result).toMatchObject({
      ok: true,
      input: { name: 'Acme Ltd', companyNumber: null, vcseType: null, realLivingWageSince: null },
    });
  });

  it('names each problem by its field', () => {
    const result = supplierFormToInput({ ...emptySupplierForm, contactEmail: 'not an email' });
    expect(messages(result)).toEqual({
      name: 'Enter the supplier name',
      contactEmail: 'Enter an email address like name@example.org',
    });
  });
});

describe('exercise form', () => {
  it('reads £ text as pence and a percentage with its sign', () => {
    const result = exerciseFormToInput({
      ...emptyExerciseForm,
      reference: 'PX-1',
      title: 'School meals',
      category: 'services',
      estimatedValuePence: '£60,000.50',
      startDate: '2025-06-01',
      socialValueWeightingPercent: '10%',
      targetedOutcomeIds: [outcomeId],
    });
    expect(result).toMatchObject({
      ok: true,
      input: { estimatedValuePence: 6_000_050, socialValueWeightingPercent: 10 },
    });
  });

  it('finds an unparseable amount and a missing date before sending', () => {
    const result = exerciseFormToInput({
      ...emptyExerciseForm,
      reference: 'PX-1',
      title: 'School meals',
      category: 'services',
      estimatedValuePence: 'sixty thousand',
    });
    expect(messages(result)).toMatchObject({
      estimatedValuePence: 'Enter the estimated value in pounds, for example 60,000 or 60,000.00',
      startDate: 'Enter the start date',
    });
  });
});

describe('contract form', () => {
  it('refuses an end date before the start, beside the end date', () => {
    const result = contractFormToInput({
      ...emptyContractForm,
      reference: 'C-1',
      title: 'Haulage',
      supplierId,
      category: 'services',
      valuePence: '1,000',
      startDate: '2025-04-01',
      endDate: '2025-03-31',
    });
    expect(messages(result)).toEqual({
      endDate: 'The end date must be on or after the start date',
    });
  });

  it('is filled in from the exercise it awards', () => {
    const exercise = {
      id: outcomeId,
      reference: 'PX-9',
      title: 'Road gritting',
      category: 'works',
      estimatedValuePence: 4_000_000,
      contractStartDate: '2026-01-01',
      contractEndDate: '2028-12-31',
      directorate: 'Place',
    } as Exercise;
    expect(contractFromExercise(exercise, '2025-06-01')).toMatchObject({
      reference: 'PX-9-C',
      title: 'Road gritting',
      exerciseId: outcomeId,
      category: 'works',
      valuePence: '40,000.00',
      startDate: '2026-01-01',
      endDate: '2028-12-31',
      directorate: 'Place',
      status: 'not-started',
    });
  });
});

describe('API problems on a form', () => {
  it('moves paths out from under the input wrapper', () => {
    expect(
      formIssues([
        { path: ['fields', 'reference'], message: 'Taken' },
        { path: ['contract', 'endDate'], message: 'Too early' },
        { path: ['name'], message: 'Enter it' },
      ]),
    ).toEqual([
      { path: ['reference'], message: 'Taken' },
      { path: ['endDate'], message: 'Too early' },
      { path: ['name'], message: 'Enter it' },
    ]);
  });
});

describe('audit lines', () => {
  const entry = (changes: AuditEntry['changes']): AuditEntry => ({
    id: 'x',
    operation: 'update',
    officer: 'Sam',
    changedAt: '2025-05-01T10:00:00Z',
    changes,
  });

  it('says what changed in words, with money, dates, choices and yes or no', () => {
    const lines = auditLines(
      entry([
        { field: 'estimated_value_pence', old: 4_000_000, new: 6_000_000 },
        { field: 'start_date', old: '2025-04-01', new: '2025-05-01' },
        { field: 'status', old: 'pipeline', new: 'live' },
        { field: 'reserved_to_local', old: 0, new: 1 },
        { field: 'social_value_approach', old: null, new: 'award-criterion' },
        { field: 'targeted_outcome_ids', old: '[]', new: JSON.stringify([outcomeId]) },
      ]),
      exerciseColumns(new Map([[outcomeId, 'Safe and Well']])),
    );
    expect(lines).toEqual([
      'Changed Estimated value from £40,000 to £60,000',
      'Changed Start date from 1 April 2025 to 1 May 2025',
      'Changed Status from Pipeline to Live',
      'Changed Reserved to local suppliers from No to Yes',
      'Set Social value approach to Award criterion (weighted in evaluation)',
      'Changed Targeted council outcomes from None to Safe and Well',
    ]);
  });

  it('hides working columns and the values of ids, and names the other operations', () => {
    expect(
      auditLines(
        entry([
          { field: 'supplier_id', old: supplierId, new: outcomeId },
          { field: 'scope_reasons', old: '[]', new: '["x"]' },
          { field: 'contract_manager', old: 'Jo', new: null },
        ]),
        contractColumns,
      ),
    ).toEqual(['Changed Supplier', 'Cleared Contract manager (was Jo)']);
    expect(auditLines({ ...entry([]), operation: 'insert' }, supplierColumns)).toEqual(['Created']);
    expect(auditLines({ ...entry([]), operation: 'delete' }, supplierColumns)).toEqual(['Deleted']);
    expect(auditLines({ ...entry([]), operation: 'restore' }, supplierColumns)).toEqual([
      'Restored',
    ]);
  });

  it('names the records a link moved between, where the backend names them', () => {
    const otherId = '2d3e4f5a-6b7c-4d8e-9f0a-1b2c3d4e5f6a';
    expect(
      auditLines(
        entry([
          {
            field: 'supplier_id',
            old: supplierId,
            new: otherId,
            names: { old: 'Acme Ltd', new: 'Beacon Care Ltd' },
          },
          { field: 'exercise_id', old: null, new: outcomeId, names: { old: null, new: 'PROC-9' } },
        ]),
        contractColumns,
      ),
    ).toEqual([
      'Changed Supplier from Acme Ltd to Beacon Care Ltd',
      'Set Procurement exercise to PROC-9',
    ]);
    // A record the backend could not name: the id stays hidden.
    expect(
      auditLines(
        entry([
          {
            field: 'supplier_id',
            old: supplierId,
            new: otherId,
            names: { old: null, new: 'Beacon Care Ltd' },
          },
        ]),
        contractColumns,
      ),
    ).toEqual(['Changed Supplier']);
  });
});
