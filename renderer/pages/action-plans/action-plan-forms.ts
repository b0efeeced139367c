// The action plan, item and progress update forms' state (text as typed) and their conversion to
// API input, checked with the schemas the backend uses.

import {
  actionItemFieldsSchema,
  actionPlanFieldsSchema,
  actionUpdateFieldsSchema,
  type ActionItem,
  type ActionItemInput,
  type ActionPlan,
  type ActionPlanInput,
  type ActionUpdate,
  type ActionUpdateInput,
} from '../../../shared/action-plan';
import { FormReader, orNull, type Checked } from '../../components/form-input';

export interface PlanForm {
  name: string;
  source: string;
  description: string;
}

export const emptyPlanForm: PlanForm = { name: '', source: '', description: '' };

export const planToForm = (plan: ActionPlan): PlanForm => ({
  name: plan.name,
  source: plan.source ?? '',
  description: plan.description ?? '',
});

export const planFormToInput = (form: PlanForm): Checked<ActionPlanInput> =>
  new FormReader().check(actionPlanFieldsSchema, {
    name: form.name,
    source: orNull(form.source),
    description: orNull(form.description),
  });

export interface ItemForm {
  reference: string;
  task: string;
  owner: string;
  timescale: string;
  dueDate: string;
  status: string;
}

export const emptyItemForm: ItemForm = {
  reference: '',
  task: '',
  owner: '',
  timescale: '',
  dueDate: '',
  status: 'not-started',
};

export const itemToForm = (item: ActionItem): ItemForm => ({
  reference: item.reference ?? '',
  task: item.task,
  owner: item.owner ?? '',
  timescale: item.timescale ?? '',
  dueDate: item.dueDate ?? '',
  status: item.status,
});

export const itemFormToInput = (form: ItemForm): Checked<ActionItemInput> =>
  new FormReader().check(actionItemFieldsSchema, {
    reference: orNull(form.reference),
    task: form.task,
    owner: orNull(form.owner),
    timescale: orNull(form.timescale),
    dueDate: orNull(form.dueDate),
    status: form.status as ActionItemInput['status'],
  });

export interface UpdateForm {
  updateDate: string;
  text: string;
}

export const updateToForm = (update: ActionUpdate): UpdateForm => ({
  updateDate: update.updateDate,
  text: update.text,
});

export function updateFormToInput(form: UpdateForm): Checked<ActionUpdateInput> {
  const read = new FormReader();
  const updateDate = read.requiredDate(form.updateDate, 'updateDate', 'the date of the update');
  return read.check(actionUpdateFieldsSchema, { updateDate, text: form.text });
}
