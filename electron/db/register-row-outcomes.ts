// What a register row does to the record it names, worked out alike for the import and its
// preview: the stored record its reference matches, whether the row changes it (the directorate
// in the workspace's spelling, as the update stores it), and the history entry of what an
// update or an insert wrote. A dry run (the preview) decides the same and writes nothing.

import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { RowAction } from '../../shared/register-import';
import { withDirectorateSpelling } from './directorates';
import type { WrittenRecord } from './import-history-repository';
import type { Fields } from './records';
import { statement } from './statements';

export interface RowWritten {
  action: RowAction;
  reference: string;
  title: string;
  /** The records written, for the import history (so the import can be undone). */
  written: WrittenRecord[];
}

export function liveByReference(db: Database, table: 'contracts' | 'exercises', reference: string) {
  return statement(
    db,
    `SELECT id, version FROM ${table} WHERE reference = ? COLLATE NOCASE AND deleted_at IS NULL`,
  ).get(reference) as { id: string; version: number } | undefined;
}

const storedRow = (db: Database, table: string, id: string) =>
  statement(db, `SELECT * FROM ${table} WHERE id = ?`).get(id) as Fields;

const bookkeeping = new Set(['version', 'updated_at', 'updated_by']);

/** Runs an update; the history entry of what it changed, or null when it changed nothing. */
export function updated(
  db: Database,
  table: string,
  id: string,
  update: () => void,
): WrittenRecord | null {
  const before = storedRow(db, table, id);
  update();
  const after = storedRow(db, table, id);
  if (after.version === before.version) return null;
  const changed = Object.keys(before).filter((c) => !bookkeeping.has(c) && before[c] !== after[c]);
  return {
    entry: {
      table,
      rowId: id,
      action: 'updated',
      before: Object.fromEntries(changed.map((c) => [c, before[c] ?? null])),
    },
    versionAfter: after.version as number,
  };
}

const created = (table: string, rowId: string): WrittenRecord => ({
  entry: { table, rowId, action: 'created' },
  versionAfter: 1,
});

/** The outcome of a row matched to a stored record. */
function matched(entry: WrittenRecord | null, reference: string, title: string): RowWritten {
  return entry
    ? { action: 'update', reference, title, written: [entry] }
    : { action: 'unchanged', reference, title, written: [] };
}

export function differs(current: object, fields: object): boolean {
  const stored = current as Record<string, unknown>;
  return Object.entries(fields).some(
    ([key, value]) => JSON.stringify(stored[key] ?? null) !== JSON.stringify(value ?? null),
  );
}

/**
 * The fields with a directorate the record does not already give in the spelling the workspace
 * uses, as the update would store it (the lookup is left out when it is the record's own).
 */
export function spelledLike<F extends { directorate: string | null }>(
  db: Database,
  table: 'contracts' | 'exercises',
  current: { id: string; directorate: string | null },
  fields: F,
): F {
  if (fields.directorate === current.directorate) return fields;
  return withDirectorateSpelling(db, fields, { table, id: current.id });
}

/**
 * A row matched to a stored record: unchanged when the fields (the directorate in the
 * workspace's spelling, as the update would store it) are what the record holds; else the
 * update, written by `update` (a dry run writes nothing and counts it as an update).
 */
export function matchedUpdate(
  current: object,
  fields: object,
  row: { reference: string; title: string; dryRun: boolean },
  update: () => WrittenRecord | null,
): RowWritten {
  const { reference, title, dryRun } = row;
  if (!differs(current, fields)) return matched(null, reference, title);
  if (dryRun) return { action: 'update', reference, title, written: [] };
  return matched(update(), reference, title);
}

/** A record an insert would give (an id made up in a dry run, which writes nothing). */
export function inserted(table: string, dryRun: boolean, insert: () => string): WrittenRecord {
  return created(table, dryRun ? randomUUID() : insert());
}

/**
 * The workspace's spelling of each directorate a file names, looked up once per name (case
 * ignored) rather than once per row.
 */
export function directorateSpellings(db: Database): (name: string | null) => string | null {
  const known = new Map<string, string | null>();
  return (name) => {
    if (name === null) return null;
    const key = name.toLowerCase();
    if (!known.has(key)) {
      const spelled = withDirectorateSpelling(
        db,
        { directorate: name },
        { table: 'contracts', id: null },
      );
      known.set(key, spelled.directorate);
    }
    return known.get(key) ?? null;
  };
}
