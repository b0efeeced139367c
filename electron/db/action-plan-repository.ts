// Action plans, their items and the items' dated progress updates: reads with the overdue
// counts, and writes through records.ts so each change is versioned and in the audit trail.

import type { Database } from 'better-sqlite3';
import {
  actionItemStatuses,
  isOverdue,
  type ActionItem,
  type ActionItemFields,
  type ActionItemStatus,
  type ActionPlan,
  type ActionPlanFields,
  type ActionPlanSummary,
  type ActionUpdate,
  type ActionUpdateFields,
} from '../../shared/action-plan';
import { AppError } from '../../shared/result';
import { columnMap } from './column-map';
import { nextPosition, type Ordered } from './positions';
import { checkVersion, insertRecord, updateRecord } from './records';
import { statement } from './statements';

export const planColumns = columnMap<ActionPlanFields>({
  name: ['name', 'text'],
  source: ['source', 'text'],
  description: ['description', 'text'],
});

export const itemColumns = columnMap<ActionItemFields>({
  reference: ['reference', 'text'],
  task: ['task', 'text'],
  owner: ['owner', 'text'],
  timescale: ['timescale', 'text'],
  dueDate: ['due_date', 'text'],
  status: ['status', 'text'],
});

export const updateColumns = columnMap<ActionUpdateFields>({
  updateDate: ['update_date', 'text'],
  text: ['text', 'text'],
});

export const itemOrder: Ordered = { table: 'action_items', parentColumn: 'plan_id' };

type Row = Record<string, unknown>;

const stored = (row: Row) => ({
  id: row.id as string,
  version: row.version as number,
  createdAt: row.created_at as string,
  updatedAt: row.updated_at as string,
  updatedBy: row.updated_by as string,
});

const notFound = (what: string) =>
  new AppError('not_found', `That ${what} does not exist, or has been deleted.`);

function planRow(db: Database, id: string): Row {
  const row = statement(db, 'SELECT * FROM action_plans WHERE id = ? AND deleted_at IS NULL').get(
    id,
  ) as Row | undefined;
  if (!row) throw notFound('action plan');
  return row;
}

/** A live item of a live plan. */
function itemRow(db: Database, id: string): Row {
  const row = statement(
    db,
    `SELECT i.* FROM action_items i JOIN action_plans p ON p.id = i.plan_id AND p.deleted_at IS NULL
     WHERE i.id = ? AND i.deleted_at IS NULL`,
  ).get(id) as Row | undefined;
  if (!row) throw notFound('action plan item');
  return row;
}

function toUpdate(row: Row): ActionUpdate {
  return { ...updateColumns.fromRow(row), ...stored(row), itemId: row.item_id as string };
}

function toItem(row: Row, updates: ActionUpdate[], asOf: string): ActionItem {
  const fields = itemColumns.fromRow(row);
  return {
    ...fields,
    ...stored(row),
    planId: row.plan_id as string,
    position: row.position as number,
    overdue: isOverdue(fields, asOf),
    updates,
  };
}

/** The live updates of the given items, newest first, by item. */
function updatesByItem(db: Database, planId: string): Map<string, ActionUpdate[]> {
  const rows = statement(
    db,
    `SELECT u.* FROM action_updates u JOIN action_items i ON i.id = u.item_id
     WHERE i.plan_id = ? AND u.deleted_at IS NULL
     ORDER BY u.update_date DESC, u.created_at DESC, u.id`,
  ).all(planId) as Row[];
  const byItem = new Map<string, ActionUpdate[]>();
  for (const row of rows) {
    const update = toUpdate(row);
    byItem.set(update.itemId, [...(byItem.get(update.itemId) ?? []), update]);
  }
  return byItem;
}

export function getActionPlan(db: Database, id: string, asOf: string): ActionPlan {
  const row = planRow(db, id);
  const updates = updatesByItem(db, id);
  const items = (
    statement(
      db,
      `SELECT * FROM action_items WHERE plan_id = ? AND deleted_at IS NULL
       ORDER BY position, created_at, id`,
    ).all(id) as Row[]
  ).map((item) => toItem(item, updates.get(item.id as string) ?? [], asOf));
  return {
    ...planColumns.fromRow(row),
    ...stored(row),
    items,
    overdueCount: items.filter((item) => item.overdue).length,
    asOf,
  };
}

export function getActionItem(db: Database, id: string, asOf: string): ActionItem {
  const row = itemRow(db, id);
  const updates = (
    statement(
      db,
      `SELECT * FROM action_updates WHERE item_id = ? AND deleted_at IS NULL
       ORDER BY update_date DESC, created_at DESC, id`,
    ).all(id) as Row[]
  ).map(toUpdate);
  return toItem(row, updates, asOf);
}

export function getActionUpdate(db: Database, id: string): ActionUpdate {
  const row = statement(
    db,
    `SELECT u.* FROM action_updates u
     JOIN action_items i ON i.id = u.item_id AND i.deleted_at IS NULL
     JOIN action_plans p ON p.id = i.plan_id AND p.deleted_at IS NULL
     WHERE u.id = ? AND u.deleted_at IS NULL`,
  ).get(id) as Row | undefined;
  if (!row) throw notFound('progress update');
  return toUpdate(row);
}

const noCounts = (): Record<ActionItemStatus, number> =>
  Object.fromEntries(actionItemStatuses.map((status) => [status, 0])) as Record<
    ActionItemStatus,
    number
  >;

/** Every live plan, by name, with its items counted by status and the overdue ones. */
export function listActionPlans(db: Database, asOf: string): ActionPlanSummary[] {
  const items = statement(
    db,
    `SELECT plan_id, status, due_date FROM action_items WHERE deleted_at IS NULL`,
  ).all() as { plan_id: string; status: ActionItemStatus; due_date: string | null }[];
  const plans = statement(
    db,
    'SELECT * FROM action_plans WHERE deleted_at IS NULL ORDER BY name COLLATE NOCASE, id',
  ).all() as Row[];
  const summaries = new Map<string, ActionPlanSummary>(
    plans.map((row) => [
      row.id as string,
      {
        ...planColumns.fromRow(row),
        ...stored(row),
        itemCount: 0,
        statusCounts: noCounts(),
        overdueCount: 0,
      },
    ]),
  );
  for (const item of items) {
    const summary = summaries.get(item.plan_id);
    if (!summary) continue;
    summary.itemCount += 1;
    summary.statusCounts[item.status] += 1;
    if (isOverdue({ dueDate: item.due_date, status: item.status }, asOf)) summary.overdueCount += 1;
  }
  return [...summaries.values()];
}

export function insertActionItem(
  db: Database,
  planId: string,
  fields: ActionItemFields,
  officer: string,
): string {
  planRow(db, planId);
  return insertRecord(
    db,
    'action_items',
    {
      plan_id: planId,
      ...itemColumns.toColumns(fields),
      position: nextPosition(db, itemOrder, planId),
    },
    officer,
  );
}

export function updateActionItem(
  db: Database,
  id: string,
  version: number,
  fields: ActionItemFields,
  officer: string,
): void {
  itemRow(db, id);
  checkVersion(db, 'action_items', id, version, 'action plan item');
  updateRecord(db, 'action_items', id, itemColumns.toColumns(fields), officer);
}

export function insertActionUpdate(
  db: Database,
  itemId: string,
  fields: ActionUpdateFields,
  officer: string,
): string {
  itemRow(db, itemId);
  return insertRecord(
    db,
    'action_updates',
    { item_id: itemId, ...updateColumns.toColumns(fields) },
    officer,
  );
}

/**
 * A deleted item or update comes back only into a live plan (and item): otherwise the officer is
 * told which to restore first.
 */
export function checkRestorable(
  db: Database,
  table: 'action_items' | 'action_updates',
  id: string,
) {
  const parentColumn = table === 'action_items' ? 'plan_id' : 'item_id';
  const row = statement(db, `SELECT ${parentColumn} AS parent FROM ${table} WHERE id = ?`).get(
    id,
  ) as { parent: string } | undefined;
  if (!row) return;
  const what = table === 'action_items' ? 'action plan' : 'item';
  try {
    if (table === 'action_items') planRow(db, row.parent);
    else itemRow(db, row.parent);
  } catch {
    throw new AppError(
      'refused',
      `This cannot be restored: its ${what} has been deleted. Restore the ${what} first.`,
    );
  }
}
