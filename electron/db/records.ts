// Writing a record: UUID id, timestamps, officer, version bumped on every change, soft delete,
// and each change appended to change_log in the same transaction (the audit trail, and what a
// sync engine will replay). Table and column names come from code, never from input. A write to
// a return or its lines also refreshes the return's delivery for the dashboard (line-delivery.ts).
// Audit rows have time-ordered ids (ordered-uuid.ts), so the change log's id index grows at its
// end however many rows an import logs.

import { createHash, randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/result';
import { refreshLineDelivery } from './line-delivery';
import { orderedUuid } from './ordered-uuid';
import { statement } from './statements';

export type Value = string | number | null;
export type Fields = Record<string, Value>;

type Operation = 'insert' | 'update' | 'delete';

function logChange(
  db: Database,
  table: string,
  rowId: string,
  operation: Operation,
  oldValues: Fields | null,
  newValues: Fields | null,
  officer: string,
  at: string,
): void {
  statement(
    db,
    `INSERT INTO change_log (id, table_name, row_id, operation, old_values, new_values, officer, changed_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    orderedUuid(),
    table,
    rowId,
    operation,
    oldValues && JSON.stringify(oldValues),
    newValues && JSON.stringify(newValues),
    officer,
    at,
  );
}

/** "123456 bytes, SHA-256 ab12...": how the change log records a binary column's value. */
function describeBlobs(blobs: Record<string, Uint8Array>): Fields {
  return Object.fromEntries(
    Object.entries(blobs).map(([column, bytes]) => [
      column,
      `${bytes.byteLength} bytes, SHA-256 ${createHash('sha256').update(bytes).digest('hex')}`,
    ]),
  );
}

/**
 * Inserts a record and returns its new id. Binary columns (`blobs`: a picture's bytes, never
 * changed once written) are stored as given and logged by their size and SHA-256. `id` is for a
 * record whose id is chosen before it is written.
 */
export function insertRecord(
  db: Database,
  table: string,
  fields: Fields,
  officer: string,
  blobs: Record<string, Uint8Array> = {},
  id: string = randomUUID(),
): string {
  const at = new Date().toISOString();
  const row: Record<string, Value | Uint8Array> = {
    id,
    ...fields,
    ...blobs,
    created_at: at,
    updated_at: at,
    updated_by: officer,
    version: 1,
  };
  const columns = Object.keys(row);
  statement(
    db,
    `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
  ).run(...Object.values(row));
  const logged = Object.keys(blobs).length === 0 ? fields : { ...fields, ...describeBlobs(blobs) };
  logChange(db, table, id, 'insert', null, logged, officer, at);
  refreshLineDelivery(db, table, id, 'insert');
  return id;
}

function liveRecord(db: Database, table: string, id: string): Fields {
  const row = statement(db, `SELECT * FROM ${table} WHERE id = ? AND deleted_at IS NULL`).get(
    id,
  ) as Fields | undefined;
  if (!row) throw new AppError('not_found', `That record no longer exists (${table} ${id}).`);
  return row;
}

/**
 * Writes the fields that differ from what is stored and logs them, old and new.
 * Returns whether anything changed. `touch` bumps the version even when no field of this row
 * changed (a parent whose child rows changed).
 */
export function updateRecord(
  db: Database,
  table: string,
  id: string,
  fields: Fields,
  officer: string,
  { touch = false } = {},
): boolean {
  const old = liveRecord(db, table, id);
  const changed = Object.keys(fields).filter((column) => old[column] !== fields[column]);
  if (changed.length === 0 && !touch) return false;
  const at = new Date().toISOString();
  const sets = [...changed.map((column) => `${column} = ?`), 'updated_at = ?', 'updated_by = ?'];
  statement(db, `UPDATE ${table} SET ${sets.join(', ')}, version = version + 1 WHERE id = ?`).run(
    ...changed.map((column) => fields[column] ?? null),
    at,
    officer,
    id,
  );
  if (changed.length > 0) {
    const pick = (source: Fields) => Object.fromEntries(changed.map((c) => [c, source[c] ?? null]));
    logChange(db, table, id, 'update', pick(old), pick(fields), officer, at);
  }
  refreshLineDelivery(db, table, id, 'change');
  return true;
}

/** Marks a record deleted; it stays in the file for the audit trail and for sync. */
export function deleteRecord(db: Database, table: string, id: string, officer: string): void {
  liveRecord(db, table, id);
  const at = new Date().toISOString();
  statement(
    db,
    `UPDATE ${table} SET deleted_at = ?, deleted_by = ?, updated_at = ?, updated_by = ?, version = version + 1 WHERE id = ?`,
  ).run(at, officer, at, officer, id);
  logChange(db, table, id, 'delete', null, null, officer, at);
  refreshLineDelivery(db, table, id, 'change');
}

/** Undoes a delete: the record is live again, and the change is logged. */
export function restoreRecord(db: Database, table: string, id: string, officer: string): void {
  const row = statement(db, `SELECT deleted_at FROM ${table} WHERE id = ?`).get(id) as
    { deleted_at: string | null } | undefined;
  if (!row) throw new AppError('not_found', `That record does not exist (${table} ${id}).`);
  if (row.deleted_at === null) return;
  const at = new Date().toISOString();
  statement(
    db,
    `UPDATE ${table} SET deleted_at = NULL, deleted_by = NULL, updated_at = ?, updated_by = ?, version = version + 1 WHERE id = ?`,
  ).run(at, officer, id);
  logChange(
    db,
    table,
    id,
    'update',
    { deleted_at: row.deleted_at },
    { deleted_at: null },
    officer,
    at,
  );
  refreshLineDelivery(db, table, id, 'change');
}

/** Refuses a save over a newer version of the record. */
export function checkVersion(
  db: Database,
  table: string,
  id: string,
  version: number,
  what: string,
): void {
  const row = liveRecord(db, table, id);
  if (row.version !== version) {
    throw new AppError(
      'conflict',
      `This ${what} was changed by ${String(row.updated_by)} since you opened it. Reload to see their changes, then make yours again.`,
    );
  }
}

function referenceClash(
  db: Database,
  table: string,
  reference: string,
  exceptId: string | null,
): { title: string } | undefined {
  return statement(
    db,
    `SELECT id, title FROM ${table} WHERE reference = ? COLLATE NOCASE AND deleted_at IS NULL AND id IS NOT ?`,
  ).get(reference, exceptId) as { title: string } | undefined;
}

/** Refuses a reference another live record of the table already has (case is ignored). */
export function checkUniqueReference(
  db: Database,
  table: string,
  reference: string,
  exceptId: string | null,
  what: string,
): void {
  const clash = referenceClash(db, table, reference, exceptId);
  if (clash) {
    const message = `Another ${what} already has the reference ${reference} ("${clash.title}"). Use a different reference.`;
    throw new AppError('invalid_input', message, { issues: [{ path: ['reference'], message }] });
  }
}

/**
 * Refuses to restore a deleted record whose reference another live record was given since: the
 * deleted record cannot be edited, so the officer is told which record to change first.
 */
export function checkReferenceFreeToRestore(
  db: Database,
  table: string,
  id: string,
  what: string,
): void {
  const row = statement(db, `SELECT reference FROM ${table} WHERE id = ?`).get(id) as
    { reference: string } | undefined;
  if (!row) return;
  const clash = referenceClash(db, table, row.reference, id);
  if (clash) {
    throw new AppError(
      'refused',
      `This ${what} cannot be restored: since it was deleted, its reference ${row.reference} has been given to another ${what} ("${clash.title}"). Change that ${what}'s reference first, then restore this one.`,
    );
  }
}
