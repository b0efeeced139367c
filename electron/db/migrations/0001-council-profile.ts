// The change log (also the audit trail) and the council profile with its thresholds and
// strategic outcomes. Frozen once released: later changes go in a new migration.

import type { Database } from 'better-sqlite3';
import { recordColumns } from './record-columns';

export const version = 1;
export const name = 'council profile';

export function up(db: Database): void {
  db.exec(`
    CREATE TABLE change_log (
      id TEXT PRIMARY KEY,
      table_name TEXT NOT NULL,
      row_id TEXT NOT NULL,
      operation TEXT NOT NULL CHECK (operation IN ('insert', 'update', 'delete')),
      old_values TEXT,
      new_values TEXT,
      officer TEXT NOT NULL,
      changed_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX change_log_by_row ON change_log (table_name, row_id, changed_at);

    CREATE TABLE council_profile (
      id TEXT PRIMARY KEY,
      council_name TEXT NOT NULL,
      financial_year_start_month INTEGER NOT NULL CHECK (financial_year_start_month BETWEEN 1 AND 12),
      reporting_frequency TEXT NOT NULL,
      local_area TEXT NOT NULL DEFAULT '[]',
      rag_green_from_percent REAL NOT NULL,
      rag_amber_from_percent REAL NOT NULL,
      default_social_value_weighting_percent REAL NOT NULL,
      ${recordColumns}
    ) STRICT;

    CREATE TABLE thresholds (
      id TEXT PRIMARY KEY,
      kind TEXT NOT NULL CHECK (kind IN ('statutory', 'local')),
      category TEXT NOT NULL CHECK (category IN ('goods', 'services', 'works', 'all')),
      vat_basis TEXT NOT NULL CHECK (vat_basis IN ('gross', 'net')),
      amount_pence INTEGER NOT NULL CHECK (amount_pence > 0),
      effective_from TEXT NOT NULL,
      ${recordColumns}
    ) STRICT;
    CREATE INDEX thresholds_in_force ON thresholds (kind, category, effective_from);

    CREATE TABLE strategic_outcomes (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      sort_order INTEGER NOT NULL,
      ${recordColumns}
    ) STRICT;
  `);
}
