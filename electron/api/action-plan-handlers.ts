import type { ApiMethod } from '../../shared/api-contract';
import { calendarDateOf } from '../../shared/calendar-date';
import {
  checkRestorable,
  getActionItem,
  getActionPlan,
  getActionUpdate,
  insertActionItem,
  insertActionUpdate,
  itemOrder,
  listActionPlans,
  planColumns,
  updateActionItem,
  updateColumns,
} from '../db/action-plan-repository';
import { moveToPosition } from '../db/positions';
import {
  checkVersion,
  deleteRecord,
  insertRecord,
  restoreRecord,
  updateRecord,
} from '../db/records';
import type { Handlers } from './handler';

type ActionPlanMethods = Extract<
  ApiMethod,
  `actionPlans.${string}` | `actionItems.${string}` | `actionUpdates.${string}`
>;

const today = (asOf?: string | null) => asOf ?? calendarDateOf();

export const actionPlanHandlers: Handlers<ActionPlanMethods> = {
  'actionPlans.list': ({ asOf }, { db }) => listActionPlans(db, today(asOf)),
  'actionPlans.get': ({ id, asOf }, { db }) => getActionPlan(db, id, today(asOf)),
  'actionPlans.create': (fields, { db, officer }) =>
    db.transaction(() => {
      const id = insertRecord(db, 'action_plans', planColumns.toColumns(fields), officer);
      return getActionPlan(db, id, today());
    })(),
  'actionPlans.update': ({ id, version, fields }, { db, officer }) =>
    db.transaction(() => {
      checkVersion(db, 'action_plans', id, version, 'action plan');
      updateRecord(db, 'action_plans', id, planColumns.toColumns(fields), officer);
      return getActionPlan(db, id, today());
    })(),
  'actionPlans.delete': ({ id, version }, { db, officer }) =>
    db.transaction(() => {
      checkVersion(db, 'action_plans', id, version, 'action plan');
      deleteRecord(db, 'action_plans', id, officer);
      return { id };
    })(),
  'actionPlans.restore': ({ id }, { db, officer }) =>
    db.transaction(() => {
      restoreRecord(db, 'action_plans', id, officer);
      return getActionPlan(db, id, today());
    })(),

  'actionItems.create': ({ planId, fields }, { db, officer }) =>
    db.transaction(() => {
      const id = insertActionItem(db, planId, fields, officer);
      return getActionItem(db, id, today());
    })(),
  'actionItems.update': ({ id, version, fields }, { db, officer }) =>
    db.transaction(() => {
      updateActionItem(db, id, version, fields, officer);
      return getActionItem(db, id, today());
    })(),
  'actionItems.delete': ({ id, version }, { db, officer }) =>
    db.transaction(() => {
      getActionItem(db, id, today());
      checkVersion(db, 'action_items', id, version, 'action plan item');
      deleteRecord(db, 'action_items', id, officer);
      return { id };
    })(),
  'actionItems.restore': ({ id }, { db, officer }) =>
    db.transaction(() => {
      checkRestorable(db, 'action_items', id);
      restoreRecord(db, 'action_items', id, officer);
      return getActionItem(db, id, today());
    })(),
  'actionItems.move': ({ id, to }, { db, officer }) =>
    db.transaction(() => {
      const { planId } = getActionItem(db, id, today());
      moveToPosition(db, itemOrder, id, to, officer);
      return getActionPlan(db, planId, today());
    })(),

  'actionUpdates.create': ({ itemId, fields }, { db, officer }) =>
    db.transaction(() => getActionUpdate(db, insertActionUpdate(db, itemId, fields, officer)))(),
  'actionUpdates.update': ({ id, version, fields }, { db, officer }) =>
    db.transaction(() => {
      getActionUpdate(db, id);
      checkVersion(db, 'action_updates', id, version, 'progress update');
      updateRecord(db, 'action_updates', id, updateColumns.toColumns(fields), officer);
      return getActionUpdate(db, id);
    })(),
  'actionUpdates.delete': ({ id, version }, { db, officer }) =>
    db.transaction(() => {
      getActionUpdate(db, id);
      checkVersion(db, 'action_updates', id, version, 'progress update');
      deleteRecord(db, 'action_updates', id, officer);
      return { id };
    })(),
  'actionUpdates.restore': ({ id }, { db, officer }) =>
    db.transaction(() => {
      checkRestorable(db, 'action_updates', id);
      restoreRecord(db, 'action_updates', id, officer);
      return getActionUpdate(db, id);
    })(),
};
