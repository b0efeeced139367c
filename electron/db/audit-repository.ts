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

function withNames(db: Database, table: string, change: FieldChange): FieldChange {
  const query = links[table as AuditedTable]?.[change.field];
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

function entryOf(db: Database, table: string, row: ChangeRow): AuditEntry {
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
}

/** Columns of a part that say which record it belongs to: the part's entry names it instead. */
const partKeys = new Set(['return_id', 'measure_id', 'commitment_id']);

type LoggedRow = ChangeRow & { logged: number; part?: string };

/** The changes to a return's lines, deleted ones too, each named by its measure. */
function returnLineRows(db: Database, returnId: string): LoggedRow[] {
  return statement(
    db,
    `SELECT g.id, g.operation, g.old_values, g.new_values, g.officer, g.changed_at,
       g.rowid AS logged, m.code || ' ' || m.title AS part
     FROM return_lines l JOIN measures m ON m.id = l.measure_id
       JOIN change_log g ON g.table_name = 'return_lines' AND g.row_id = l.id
     WHERE l.return_id = ?`,
  ).all(returnId) as LoggedRow[];
}

/**
 * The record's changes, newest first (in the order written, within a moment); a return's include
 * its lines', each with the line's measure as its part.
 */
export function auditHistory(db: Database, table: AuditedTable, id: string): AuditEntry[] {
  const own = statement(
    db,
    `SELECT id, operation, old_values, new_values, officer, changed_at, rowid AS logged
     FROM change_log WHERE table_name = ? AND row_id = ?`,
  ).all(table, id) as LoggedRow[];
  const rows = table === 'returns' ? [...own, ...returnLineRows(db, id)] : own;
  rows.sort((a, b) => b.changed_at.localeCompare(a.changed_at) || b.logged - a.logged);
  return rows.map((row) => {
    if (row.part === undefined) return entryOf(db, table, row);
    const entry = entryOf(db, 'return_lines', row);
    const changes = entry.changes.filter((change) => !partKeys.has(change.field));
    return { ...entry, part: row.part, changes };
  });
}
