// Ordered children (a plan's items, a case study's pictures, a framework's themes, outcomes and
// measures): the position a new one takes, and moving one to another place among its live
// siblings. Table and column names come from code, never from input.

import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/result';
import { updateRecord } from './records';
import { statement } from './statements';

/** Where a table's children hang: the table and the column naming their parent. */
export interface Ordered {
  table: string;
  parentColumn: string;
}

/** One past the last live child of `parentId`. */
export function nextPosition(db: Database, order: Ordered, parentId: string): number {
  const row = statement(
    db,
    `SELECT coalesce(max(position), -1) + 1 AS next FROM ${order.table}
     WHERE ${order.parentColumn} = ? AND deleted_at IS NULL`,
  ).get(parentId) as { next: number };
  return row.next;
}

/** The live children of the record's parent, in order, and the record's place among them. */
function siblingsOf(db: Database, order: Ordered, id: string): { ids: string[]; index: number } {
  const row = statement(
    db,
    `SELECT ${order.parentColumn} AS parent FROM ${order.table} WHERE id = ? AND deleted_at IS NULL`,
  ).get(id) as { parent: string } | undefined;
  if (!row) throw new AppError('not_found', 'That no longer exists; reload the page.');
  const ids = (
    statement(
      db,
      `SELECT id FROM ${order.table} WHERE ${order.parentColumn} = ? AND deleted_at IS NULL
       ORDER BY position, created_at, id`,
    ).all(row.parent) as { id: string }[]
  ).map((sibling) => sibling.id);
  return { ids, index: ids.indexOf(id) };
}

/**
 * Moves a child to place `to` (0 is first; beyond the end is last) among its live siblings and
 * numbers them 0, 1, 2...; only rows whose position changes are written (and logged).
 */
export function moveToPosition(
  db: Database,
  order: Ordered,
  id: string,
  to: number,
  officer: string,
): void {
  const { ids, index } = siblingsOf(db, order, id);
  ids.splice(index, 1);
  ids.splice(Math.max(0, Math.min(to, ids.length)), 0, id);
  ids.forEach((sibling, position) => {
    updateRecord(db, order.table, sibling, { position }, officer);
  });
}
