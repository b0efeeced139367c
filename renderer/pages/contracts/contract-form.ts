// The contract form's state (text as typed) and its conversion to the API input, checked with
// the schema the backend uses. Awarding an exercise fills it in from the exercise.

import { contractFieldsSchema, type Contract, type ContractInput } from '../../../shared/contract';
import type { Exercise } from '../../../shared/exercise';
import { penceToInputText } from '../../../shared/money';
import { FormReader, orNull, type Checked } from '../../components/form-input';

export interface ContractForm {
  reference: string;
  title: string;
  supplierId: string;
  /** Shown in the supplier box; not sent. */
  supplierName: string;
  exerciseId: string | null;
  category: string;
  valuePence: string;
  annualValuePence: string;
  startDate: string;
  endDate: string;
  extensionOptions: string;
  contractManager: string;
  directorate: string;
  status: string;
}

export const emptyContractForm: ContractForm = {
  reference: '',
  title: '',
  supplierId: '',
  supplierName: '',
  exerciseId: null,
  category: '',
  valuePence: '',
  annualValuePence: '',
  startDate: '',
  endDate: '',
  extensionOptions: '',
  contractManager: '',
  directorate: '',
  status: 'active',
};

export function contractToForm(contract: Contract): ContractForm {
  return {
    reference: contract.reference,
    title: contract.title,
    supplierId: contract.supplierId,
    supplierName: contract.supplierName,
    exerciseId: contract.exerciseId,
    category: contract.category,
    valuePence: penceToInputText(contract.valuePence),
    annualValuePence:
      contract.annualValuePence === null ? '' : penceToInputText(contract.annualValuePence),
    startDate: contract.startDate,
    endDate: contract.endDate,
    extensionOptions: contract.extensionOptions ?? '',
    contractManager: contract.contractManager ?? '',
    directorate: contract.directorate ?? '',
    status: contract.status,
  };
}

/** The contract an exercise is expected to lead to; the officer adds the supplier. */
export function contractFromExercise(exercise: Exercise, today: string): ContractForm {
  const starts = exercise.contractStartDate ?? '';
  return {
    ...emptyContractForm,
    reference: `${exercise.reference}-C`,
    title: exercise.title,
    exerciseId: exercise.id,
    category: exercise.category,
    valuePence: penceToInputText(exercise.estimatedValuePence),
    startDate: starts,
    endDate: exercise.contractEndDate ?? '',
    directorate: exercise.directorate ?? '',
    status: starts && starts > today ? 'not-started' : 'active',
  };
}

export function contractFormToInput(form: ContractForm): Checked<ContractInput> {
  const read = new FormReader();
  const input = {
    reference: form.reference,
    title: form.title,
    supplierId: form.supplierId,
    exerciseId: form.exerciseId,
    category: form.category as ContractInput['category'],
    valuePence: read.money(form.valuePence, 'valuePence', 'the whole-life value'),
    annualValuePence: read.optionalMoney(
      form.annualValuePence,
      'annualValuePence',
      'the annual value',
    ),
    startDate: read.requiredDate(form.startDate, 'startDate', 'the start date'),
    endDate: read.requiredDate(form.endDate, 'endDate', 'the end date'),
    extensionOptions: orNull(form.extensionOptions),
    contractManager: orNull(form.contractManager),
    directorate: orNull(form.directorate),
    status: form.status as ContractInput['status'],
  };
  return read.check(contractFieldsSchema, input);
}
