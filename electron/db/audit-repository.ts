// The audit trail of one record, from the change log, newest first.

import type { Database } from 'better-sqlite3';
import type { AuditEntry, AuditedTable, FieldChange } from '../../shared/audit';
import type { Value } from './records';
import { statement } from './statements';

interface ChangeRow {
  id: string;
  operation: 'insert' | 'update' | 'delete';
  old_values: string | null;
  new_values: string | null;
  officer: string;
  changed_at: string;
}

/** Columns that are bookkeeping or derived, not something the officer entered. */
const unshown = new Set(['name_key', 'local', 'in_scope_act', 'in_scope_local', 'scope_reasons']);

/**
 * Columns holding another record's id, by table, with the query that names that record. Deleted
 * records are named too: a supplier merged into another is deleted, and its name still matters.
 */
const links: Partial<Record<AuditedTable, Record<string, string>>> = {
  contracts: {
    supplier_id: 'SELECT name FROM suppliers WHERE id = ?',
    exercise_id: 'SELECT reference AS name FROM exercises WHERE id = ?',
  },
  measures: { outcome_id: 'SELECT name FROM outcomes WHERE id = ?' },
};

function withNames(db: Database, table: AuditedTable, change: FieldChange): FieldChange {
  const query = links[table]?.[change.field];
  if (!query) return change;
  const name = (id: Value) => {
    if (id === null) return null;
    const row = statement(db, query).get(id) as { name: string } | undefined;
    return row?.name ?? null;
  };
  return { ...change, names: { old: name(change.old), new: name(change.new) } };
}

function changesOf(row: ChangeRow): FieldChange[] {
  const before = row.old_values ? (JSON.parse(row.old_values) as Record<string, Value>) : {};
  const after = row.new_values ? (JSON.parse(row.new_values) as Record<string, Value>) : {};
  return Object.keys({ ...before, ...after })
    .filter((field) => !unshown.has(field))
    .map((field) => ({ field, old: before[field] ?? null, new: after[field] ?? null }))
    .filter((change) => row.operation !== 'insert' || change.new !== null);
}

export function auditHistory(db: Database, table: AuditedTable, id: string): AuditEntry[] {
  const rows = statement(
    db,
    `SELECT id, operation, old_values, new_values, officer, changed_at FROM change_log
     WHERE table_name = ? AND row_id = ? ORDER BY changed_at DESC, rowid DESC`,
  ).all(table, id) as ChangeRow[];
  return rows.map((row) => {
    const changes = changesOf(row).map((change) => withNames(db, table, change));
    const restored =
      row.operation === 'update' &&
      changes.length === 1 &&
      changes[0]?.field === 'deleted_at' &&
      changes[0].new === null;
    return {
      id: row.id,
      operation: restored ? 'restore' : row.operation,
      officer: row.officer,
      changedAt: row.changed_at,
      changes: restored ? [] : changes,
    };
  });
}
