// Action plans (DESIGN.md section 2): a charter's implementation tasks or a scrutiny session's
// recommendations, each item with its owner, timescale, status and dated progress updates.

import { z } from 'zod';
import {
  calendarDate,
  loadedVersion,
  optionalCalendarDate,
  optionalText,
  requiredText,
  uuid,
} from './schema-parts';

export const actionItemStatuses = ['not-started', 'in-progress', 'complete', 'on-hold'] as const;
export type ActionItemStatus = (typeof actionItemStatuses)[number];
export const actionItemStatusLabels: Record<ActionItemStatus, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  complete: 'Complete',
  'on-hold': 'On hold',
};

export const actionPlanFieldsSchema = z.object({
  name: requiredText('the name of the plan', 200),
  source: optionalText('the source', 300),
  description: optionalText('the description', 4000),
});

export const actionItemFieldsSchema = z.object({
  reference: optionalText('the reference', 20),
  task: requiredText('the task', 2000),
  owner: optionalText('the owner', 200),
  timescale: optionalText('the timescale', 200),
  dueDate: optionalCalendarDate,
  status: z.enum(actionItemStatuses, { error: 'Choose a status' }).default('not-started'),
});

export const actionUpdateFieldsSchema = z.object({
  updateDate: calendarDate,
  text: requiredText('the progress update', 4000),
});

export const actionPlanUpdateSchema = z.object({
  id: uuid,
  version: loadedVersion,
  fields: actionPlanFieldsSchema,
});
export const actionItemCreateSchema = z.object({ planId: uuid, fields: actionItemFieldsSchema });
export const actionItemUpdateSchema = z.object({
  id: uuid,
  version: loadedVersion,
  fields: actionItemFieldsSchema,
});
export const actionUpdateCreateSchema = z.object({
  itemId: uuid,
  fields: actionUpdateFieldsSchema,
});
export const actionUpdateUpdateSchema = z.object({
  id: uuid,
  version: loadedVersion,
  fields: actionUpdateFieldsSchema,
});
/** Today by default: the day against which due dates are judged. */
export const asOfSchema = { asOf: optionalCalendarDate };

export type ActionPlanFields = z.output<typeof actionPlanFieldsSchema>;
export type ActionPlanInput = z.input<typeof actionPlanFieldsSchema>;
export type ActionItemFields = z.output<typeof actionItemFieldsSchema>;
export type ActionItemInput = z.input<typeof actionItemFieldsSchema>;
export type ActionUpdateFields = z.output<typeof actionUpdateFieldsSchema>;
export type ActionUpdateInput = z.input<typeof actionUpdateFieldsSchema>;

interface Stored {
  id: string;
  version: number;
  createdAt: string;
  updatedAt: string;
  updatedBy: string;
}

export interface ActionUpdate extends ActionUpdateFields, Stored {
  itemId: string;
}

export interface ActionItem extends ActionItemFields, Stored {
  planId: string;
  position: number;
  overdue: boolean;
  /** Newest first. */
  updates: ActionUpdate[];
}

export interface ActionPlan extends ActionPlanFields, Stored {
  /** In their order in the plan. */
  items: ActionItem[];
  overdueCount: number;
  /** The day overdue was judged against. */
  asOf: string;
}

export interface ActionPlanSummary extends ActionPlanFields, Stored {
  itemCount: number;
  statusCounts: Record<ActionItemStatus, number>;
  overdueCount: number;
}

/** An item is overdue once its due date has passed (before `asOf`) and it is not complete. */
export function isOverdue(
  item: { dueDate: string | null; status: ActionItemStatus },
  asOf: string,
): boolean {
  return item.dueDate !== null && item.dueDate < asOf && item.status !== 'complete';
}
