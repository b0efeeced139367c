// A contract's fields as officers see them: labels and formats for the form, the summary list
// and the audit trail.

import { contractStatusLabels, type ContractFields } from '../../../shared/contract';
import { procurementCategoryLabels } from '../../../shared/exercise';
import {
  byColumn,
  choice,
  date,
  money,
  yesNo,
  type FieldDescription,
} from '../../components/record-fields';

export const contractFields: Record<keyof ContractFields, FieldDescription> = {
  reference: { label: 'Reference' },
  title: { label: 'Title' },
  supplierId: { label: 'Supplier', valuesHidden: true },
  exerciseId: { label: 'Procurement exercise', valuesHidden: true },
  category: { label: 'Category', format: choice(procurementCategoryLabels) },
  valuePence: { label: 'Whole-life value', format: money },
  annualValuePence: { label: 'Annual value', format: money },
  startDate: { label: 'Start date', format: date },
  endDate: { label: 'End date', format: date },
  extensionOptions: { label: 'Extension options' },
  contractManager: { label: 'Contract manager' },
  directorate: { label: 'Directorate or service' },
  status: { label: 'Status', format: choice(contractStatusLabels) },
};

/** By stored column, with the working columns the workspace keeps beside them. */
export const contractColumns: Record<string, FieldDescription> = {
  ...byColumn(contractFields),
  in_scope_act: { label: 'In scope of the Act', format: yesNo },
  in_scope_local: { label: 'In scope of local policy', format: yesNo },
  scope_reasons: { label: 'Scope reasons', hidden: true },
};
