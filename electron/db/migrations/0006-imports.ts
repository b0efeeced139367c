// The history of spreadsheet imports, so a whole import can be undone. Frozen once released.
//
// `imports`: one row per file imported, of any kind ('return', 'register', ...): its name, its
// SHA-256, who imported it and when (updated_by and created_at of the first version), what it did
// in numbers (`counts`, JSON), a sentence saying what it was (`summary`), and when and by whom it
// was undone. `import_rows`: every record the import created, updated or deleted, with the
// record's version right after the import (undo refuses when a record has changed since) and,
// for an update, the fields as they were before (JSON), so undo can put them back.

import type { Database } from 'better-sqlite3';
import { recordColumns } from './record-columns';

export const version = 6;
export const name = 'imports';

export function up(db: Database): void {
  db.exec(`
    CREATE TABLE imports (
      id TEXT PRIMARY KEY,
      kind TEXT NOT NULL CHECK (length(kind) > 0),
      file_name TEXT NOT NULL,
      file_sha256 TEXT NOT NULL,
      summary TEXT NOT NULL,
      counts TEXT NOT NULL DEFAULT '{}',
      undone_at TEXT,
      undone_by TEXT,
      ${recordColumns}
    ) STRICT;
    CREATE INDEX imports_by_time ON imports (created_at) WHERE deleted_at IS NULL;
    CREATE INDEX imports_by_kind ON imports (kind, created_at) WHERE deleted_at IS NULL;
    CREATE INDEX imports_by_file ON imports (file_sha256);

    CREATE TABLE import_rows (
      id TEXT PRIMARY KEY,
      import_id TEXT NOT NULL REFERENCES imports (id),
      table_name TEXT NOT NULL,
      row_id TEXT NOT NULL,
      action TEXT NOT NULL CHECK (action IN ('created', 'updated', 'deleted')),
      version_after INTEGER NOT NULL,
      before_values TEXT,
      position INTEGER NOT NULL,
      ${recordColumns}
    ) STRICT;
    CREATE INDEX import_rows_by_import ON import_rows (import_id, position);
    CREATE INDEX import_rows_by_row ON import_rows (table_name, row_id);
  `);
}
