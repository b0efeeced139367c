// The import history (any kind of spreadsheet import): record an import with every record it
// created, updated or deleted; list the imports; undo one as a whole. Undo puts each record back
// as it was before the import (created: deleted; updated: its old fields; deleted: restored), in
// reverse order, and refuses when any of them has changed since the import. Callers run these
// inside their own transaction, with the writes of the import itself.

import type { Database } from 'better-sqlite3';
import type { ImportSummary } from '../../shared/import-history';
import { AppError } from '../../shared/result';
import {
  checkVersion,
  deleteRecord,
  insertRecord,
  restoreRecord,
  updateRecord,
  type Fields,
} from './records';
import { orderedUuid } from './ordered-uuid';
import { statement } from './statements';

export type ImportAction = 'created' | 'updated' | 'deleted';

/** A record an import wrote. `before`: for an update, the fields it changed, as they were. */
export interface ImportedRow {
  table: string;
  rowId: string;
  action: ImportAction;
  before?: Fields;
}

/** A record an import wrote, and its version once written. */
export interface WrittenRecord {
  entry: ImportedRow;
  versionAfter: number;
}

export interface ImportEntry {
  kind: string;
  fileName: string;
  fileSha256: string;
  summary: string;
  counts: Record<string, number>;
}

/** What a table's records are called in a refusal; the table name otherwise. */
const recordNouns: Record<string, string> = {
  returns: 'return',
  return_lines: 'return line',
  contracts: 'contract',
  exercises: 'procurement exercise',
  suppliers: 'supplier',
  measures: 'measure',
};

const tableName = (table: string) => {
  if (!/^[a-z_]+$/.test(table)) throw new AppError('internal', `Not a table: ${table}`);
  return table;
};

function rowState(db: Database, table: string, id: string) {
  return statement(
    db,
    `SELECT version, deleted_at, updated_by, updated_at FROM ${tableName(table)} WHERE id = ?`,
  ).get(id) as
    | { version: number; deleted_at: string | null; updated_by: string; updated_at: string }
    | undefined;
}

const insertImportRow = `INSERT INTO import_rows (id, import_id, table_name, row_id, action,
  version_after, before_values, position, created_at, updated_at, updated_by, version)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)`;

/**
 * Records an import's rows as the import writes them (so they are never all held in memory).
 * Call inside the import's transaction: `begin` inserts the import's record (logged), `add` each
 * record the import wrote, `finish` sets the import's summary and counts when they have changed
 * since `begin` (logged).
 *
 * An import's rows are not each logged in change_log: they are the import's own detail, written
 * once with it in the same transaction, never changed or deleted on their own (undo marks the
 * import undone, which is logged), and every record they name has its own audit trail entry. The
 * import's change-log entries are their audit; a sync engine copies them with their import.
 */
export class ImportRecorder {
  #position = 0;
  readonly #at = new Date().toISOString();

  private constructor(
    private readonly db: Database,
    private readonly officer: string,
    readonly id: string,
  ) {}

  static begin(db: Database, entry: ImportEntry, officer: string): ImportRecorder {
    const id = insertRecord(
      db,
      'imports',
      {
        kind: entry.kind,
        file_name: entry.fileName,
        file_sha256: entry.fileSha256,
        summary: entry.summary,
        counts: JSON.stringify(entry.counts),
      },
      officer,
    );
    return new ImportRecorder(db, officer, id);
  }

  get rowCount(): number {
    return this.#position;
  }

  /** A record the import wrote; `versionAfter` is looked up when not given. */
  add(row: ImportedRow, versionAfter?: number): void {
    const version = versionAfter ?? rowState(this.db, row.table, row.rowId)?.version;
    if (version === undefined) {
      throw new AppError('internal', `No ${row.table} record ${row.rowId} to record.`);
    }
    statement(this.db, insertImportRow).run(
      orderedUuid(),
      this.id,
      tableName(row.table),
      row.rowId,
      row.action,
      version,
      row.before ? JSON.stringify(row.before) : null,
      this.#position++,
      this.#at,
      this.#at,
      this.officer,
    );
  }

  /** The import's summary and counts, once it is done; its id. */
  finish(entry: Pick<ImportEntry, 'summary' | 'counts'>): string {
    updateRecord(
      this.db,
      'imports',
      this.id,
      { summary: entry.summary, counts: JSON.stringify(entry.counts) },
      this.officer,
    );
    return this.id;
  }
}

/** Records an import and the rows it wrote (their versions as they now are). Returns its id. */
export function recordImport(
  db: Database,
  entry: ImportEntry,
  rows: readonly ImportedRow[],
  officer: string,
): string {
  const recorder = ImportRecorder.begin(db, entry, officer);
  for (const row of rows) recorder.add(row);
  return recorder.finish(entry);
}

const summarySelect = `i.*, (SELECT count(*) FROM import_rows r WHERE r.import_id = i.id) AS row_count,
  (SELECT c.officer FROM change_log c WHERE c.table_name = 'imports' AND c.row_id = i.id
     AND c.operation = 'insert') AS imported_by`;

function toSummary(row: Record<string, unknown>): ImportSummary {
  return {
    id: row.id as string,
    kind: row.kind as string,
    fileName: row.file_name as string,
    fileSha256: row.file_sha256 as string,
    summary: row.summary as string,
    counts: JSON.parse(row.counts as string) as Record<string, number>,
    importedAt: row.created_at as string,
    importedBy: (row.imported_by as string | null) ?? (row.updated_by as string),
    undoneAt: (row.undone_at as string | null) ?? null,
    undoneBy: (row.undone_by as string | null) ?? null,
    rowCount: row.row_count as number,
    version: row.version as number,
  };
}

/** The imports, latest first; of one kind when asked. */
export function listImports(
  db: Database,
  query: { kind?: string | undefined; limit: number },
): ImportSummary[] {
  return (
    statement(
      db,
      `SELECT ${summarySelect} FROM imports i
       WHERE i.deleted_at IS NULL AND (? IS NULL OR i.kind = ?)
       ORDER BY i.created_at DESC, i.id LIMIT ?`,
    ).all(query.kind ?? null, query.kind ?? null, query.limit) as Record<string, unknown>[]
  ).map(toSummary);
}

export function getImport(db: Database, id: string): ImportSummary {
  const row = statement(
    db,
    `SELECT ${summarySelect} FROM imports i WHERE i.id = ? AND i.deleted_at IS NULL`,
  ).get(id) as Record<string, unknown> | undefined;
  if (!row) throw new AppError('not_found', 'That import is not in the history.');
  return toSummary(row);
}

interface StoredRow {
  table_name: string;
  row_id: string;
  action: ImportAction;
  version_after: number;
  before_values: string | null;
}

/** Why a record cannot be put back, or null when it can. */
function changedSince(db: Database, row: StoredRow): string | null {
  const noun = recordNouns[row.table_name] ?? row.table_name;
  const state = rowState(db, row.table_name, row.row_id);
  if (!state) return `a ${noun} it wrote is no longer in the workspace`;
  const gone = state.deleted_at !== null;
  if (row.action === 'deleted' ? !gone : gone) {
    return row.action === 'deleted'
      ? `a ${noun} it replaced has been restored since`
      : `a ${noun} it wrote has been deleted since`;
  }
  if (state.version !== row.version_after) {
    return `a ${noun} it wrote was changed by ${state.updated_by} on ${state.updated_at.slice(0, 10)}`;
  }
  return null;
}

/**
 * Undoes a whole import, or refuses (nothing written) when any record it wrote has changed
 * since, or when it was undone already.
 */
export function undoImport(db: Database, id: string, version: number, officer: string): void {
  checkVersion(db, 'imports', id, version, 'import');
  const entry = getImport(db, id);
  if (entry.undoneAt) {
    throw new AppError(
      'refused',
      `This import was undone already, by ${entry.undoneBy ?? 'an officer'} on ${entry.undoneAt.slice(0, 10)}.`,
    );
  }
  const rows = statement(
    db,
    `SELECT table_name, row_id, action, version_after, before_values FROM import_rows
     WHERE import_id = ? ORDER BY position DESC`,
  ).all(id) as StoredRow[];
  const reasons = rows.map((row) => changedSince(db, row)).filter((why) => why !== null);
  if (reasons.length > 0) {
    throw new AppError(
      'refused',
      `The import of ${entry.fileName} cannot be undone: ${reasons[0]}${reasons.length > 1 ? ` (and ${reasons.length - 1} more changes)` : ''}. Change the records by hand instead.`,
    );
  }
  for (const row of rows) {
    if (row.action === 'created') deleteRecord(db, row.table_name, row.row_id, officer);
    else if (row.action === 'deleted') restoreRecord(db, row.table_name, row.row_id, officer);
    else {
      const before = JSON.parse(row.before_values ?? '{}') as Fields;
      updateRecord(db, row.table_name, row.row_id, before, officer);
    }
  }
  updateRecord(
    db,
    'imports',
    id,
    { undone_at: new Date().toISOString(), undone_by: officer },
    officer,
  );
}
