// Writes the demo action plans, their items and dated progress updates, as the action plan
// screens do (records.ts and the action plan repository, so each is in the audit trail).

import type { Database } from 'better-sqlite3';
import { insertActionItem, insertActionUpdate, planColumns } from '../db/action-plan-repository';
import { insertRecord } from '../db/records';
import type { DemoActionPlan } from './demo-action-plans';

/** Writes the plans; how many. */
export function writeActionPlans(
  db: Database,
  plans: readonly DemoActionPlan[],
  officer: string,
): number {
  for (const plan of plans) {
    const planId = insertRecord(db, 'action_plans', planColumns.toColumns(plan.fields), officer);
    for (const item of plan.items) {
      const itemId = insertActionItem(db, planId, item.fields, officer);
      for (const update of item.updates) insertActionUpdate(db, itemId, update, officer);
    }
  }
  return plans.length;
}
