// The commitment form's state (text as typed) and its conversion to the API input, checked with
// the schemas the backend uses. A record-only measure sends no quantity and no targets.

import {
  commitmentCreateSchema,
  commitmentFieldsSchema,
  type Commitment,
  type CommitmentInput,
} from '../../../shared/commitment';
import { FormReader, orNull, type Checked } from '../../components/form-input';
import { newRowKey } from '../profile/profile-form';
import { quantityText, readQuantity } from '../social-value/figures';

export interface TargetRow {
  key: string;
  financialYear: string;
  quantity: string;
}

export interface CommitmentForm {
  measureId: string;
  quantity: string;
  yearlyTargets: TargetRow[];
  notes: string;
}

export const emptyCommitmentForm: CommitmentForm = {
  measureId: '',
  quantity: '',
  yearlyTargets: [],
  notes: '',
};

export const targetRow = (financialYear = '', quantity = ''): TargetRow => ({
  key: newRowKey(),
  financialYear,
  quantity,
});

export function commitmentToForm(commitment: Commitment): CommitmentForm {
  return {
    measureId: commitment.measureId,
    quantity: commitment.measure.kind === 'record-only' ? '' : quantityText(commitment.quantity),
    yearlyTargets: commitment.yearlyTargets.map((target) =>
      targetRow(target.financialYear, quantityText(target.quantity)),
    ),
    notes: commitment.notes ?? '',
  };
}

function fieldsOf(form: CommitmentForm, recordOnly: boolean, read: FormReader) {
  const rows = recordOnly ? [] : form.yearlyTargets;
  return {
    quantity: recordOnly ? null : readQuantity(read, form.quantity, ['quantity']),
    yearlyTargets: rows.map((row, index) => ({
      financialYear: row.financialYear,
      quantity: readQuantity(read, row.quantity, ['yearlyTargets', index, 'quantity']) as number,
    })),
    notes: orNull(form.notes),
  };
}

/** A new commitment on the contract; the measure's kind decides whether a quantity is wanted. */
export function newCommitmentInput(
  form: CommitmentForm,
  contractId: string,
  recordOnly: boolean,
): Checked<CommitmentInput> {
  const read = new FormReader();
  const input = { contractId, measureId: form.measureId, ...fieldsOf(form, recordOnly, read) };
  return read.check(commitmentCreateSchema, input);
}

export function commitmentFieldsInput(form: CommitmentForm, recordOnly: boolean) {
  const read = new FormReader();
  return read.check(commitmentFieldsSchema, fieldsOf(form, recordOnly, read));
}
