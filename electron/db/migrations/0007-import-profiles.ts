// Saved column-mapping profiles for register imports (owner: register import): which heading of
// a council's file fills which field, offered again for files with the same headings. Frozen
// once released.

import type { Database } from 'better-sqlite3';
import { recordColumns } from './record-columns';

export const version = 7;
export const name = 'import profiles';

export function up(db: Database): void {
  db.exec(`
    CREATE TABLE import_profiles (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      record_kind TEXT NOT NULL CHECK (record_kind IN ('contracts', 'exercises', 'suppliers')),
      header_signature TEXT NOT NULL,
      headings TEXT NOT NULL,
      mapping TEXT NOT NULL,
      ${recordColumns}
    ) STRICT;
    CREATE UNIQUE INDEX import_profiles_name ON import_profiles (name COLLATE NOCASE)
      WHERE deleted_at IS NULL;
    CREATE INDEX import_profiles_by_signature ON import_profiles (header_signature)
      WHERE deleted_at IS NULL;
  `);
}
