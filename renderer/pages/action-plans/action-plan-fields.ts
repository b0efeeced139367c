// Action plan, item and progress update fields as officers see them: labels and formats for the
// forms, the summary lists and the audit trails.

import {
  actionItemStatusLabels,
  type ActionItemFields,
  type ActionPlanFields,
  type ActionUpdateFields,
} from '../../../shared/action-plan';
import { byColumn, choice, date, type FieldDescription } from '../../components/record-fields';

export const planFields: Record<keyof ActionPlanFields, FieldDescription> = {
  name: { label: 'Name' },
  source: { label: 'Source' },
  description: { label: 'Description' },
};

export const itemFields: Record<keyof ActionItemFields, FieldDescription> = {
  reference: { label: 'Reference' },
  task: { label: 'Task' },
  owner: { label: 'Owner' },
  timescale: { label: 'Timescale' },
  dueDate: { label: 'Due date', format: date },
  status: { label: 'Status', format: choice(actionItemStatusLabels) },
};

export const updateFields: Record<keyof ActionUpdateFields, FieldDescription> = {
  updateDate: { label: 'Date', format: date },
  text: { label: 'Progress update' },
};

export const planColumns = byColumn(planFields);
export const itemColumns: Record<string, FieldDescription> = {
  ...byColumn(itemFields),
  // Stored from 0; officers count from 1.
  position: { label: 'Place in the plan', format: (value) => String(Number(value) + 1) },
};
