// Suppliers, procurement exercises and contracts. Frozen once released.
// in_scope_* and local are derived (thresholds, local area) and kept for filtering; they are
// recomputed whenever the council profile changes.

import type { Database } from 'better-sqlite3';
import { recordColumns } from './record-columns';

export const version = 2;
export const name = 'suppliers, exercises and contracts';

export function up(db: Database): void {
  db.exec(`
    CREATE TABLE suppliers (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      name_key TEXT NOT NULL,
      company_number TEXT,
      charity_number TEXT,
      address TEXT,
      postcode TEXT,
      local_override TEXT NOT NULL DEFAULT 'derived' CHECK (local_override IN ('derived', 'local', 'not-local')),
      local INTEGER NOT NULL DEFAULT 0 CHECK (local IN (0, 1)),
      size TEXT CHECK (size IN ('micro', 'small', 'medium', 'large')),
      vcse INTEGER NOT NULL DEFAULT 0 CHECK (vcse IN (0, 1)),
      vcse_type TEXT,
      real_living_wage INTEGER NOT NULL DEFAULT 0 CHECK (real_living_wage IN (0, 1)),
      real_living_wage_since TEXT,
      contact_name TEXT,
      contact_email TEXT,
      contact_phone TEXT,
      ${recordColumns}
    ) STRICT;
    CREATE INDEX suppliers_by_name ON suppliers (name COLLATE NOCASE) WHERE deleted_at IS NULL;
    CREATE INDEX suppliers_by_name_key ON suppliers (name_key) WHERE deleted_at IS NULL;
    CREATE INDEX suppliers_by_company_number ON suppliers (company_number) WHERE deleted_at IS NULL;

    CREATE TABLE exercises (
      id TEXT PRIMARY KEY,
      reference TEXT NOT NULL,
      title TEXT NOT NULL,
      description TEXT,
      directorate TEXT,
      lead_officer TEXT,
      category TEXT NOT NULL CHECK (category IN ('goods', 'services', 'works')),
      procurement_route TEXT,
      estimated_value_pence INTEGER NOT NULL CHECK (estimated_value_pence >= 0),
      start_date TEXT NOT NULL,
      advert_date TEXT,
      tender_close_date TEXT,
      award_decision_date TEXT,
      contract_start_date TEXT,
      contract_end_date TEXT,
      status TEXT NOT NULL CHECK (status IN ('pipeline', 'live', 'evaluation', 'awarded', 'cancelled')),
      reserved_to_local INTEGER NOT NULL DEFAULT 0 CHECK (reserved_to_local IN (0, 1)),
      social_value_weighting_percent REAL,
      social_value_approach TEXT,
      not_applicable_reason TEXT,
      targeted_outcome_ids TEXT NOT NULL DEFAULT '[]',
      in_scope_act INTEGER NOT NULL DEFAULT 0 CHECK (in_scope_act IN (0, 1)),
      in_scope_local INTEGER NOT NULL DEFAULT 0 CHECK (in_scope_local IN (0, 1)),
      scope_reasons TEXT NOT NULL DEFAULT '[]',
      ${recordColumns}
    ) STRICT;
    CREATE UNIQUE INDEX exercises_reference ON exercises (reference COLLATE NOCASE) WHERE deleted_at IS NULL;
    CREATE INDEX exercises_by_start ON exercises (start_date) WHERE deleted_at IS NULL;
    CREATE INDEX exercises_by_status ON exercises (status) WHERE deleted_at IS NULL;

    CREATE TABLE contracts (
      id TEXT PRIMARY KEY,
      reference TEXT NOT NULL,
      title TEXT NOT NULL,
      supplier_id TEXT NOT NULL REFERENCES suppliers (id),
      exercise_id TEXT REFERENCES exercises (id),
      category TEXT NOT NULL CHECK (category IN ('goods', 'services', 'works')),
      value_pence INTEGER NOT NULL CHECK (value_pence >= 0),
      annual_value_pence INTEGER CHECK (annual_value_pence >= 0),
      start_date TEXT NOT NULL,
      end_date TEXT NOT NULL,
      extension_options TEXT,
      contract_manager TEXT,
      directorate TEXT,
      status TEXT NOT NULL CHECK (status IN ('not-started', 'active', 'ended', 'terminated')),
      in_scope_act INTEGER NOT NULL DEFAULT 0 CHECK (in_scope_act IN (0, 1)),
      in_scope_local INTEGER NOT NULL DEFAULT 0 CHECK (in_scope_local IN (0, 1)),
      scope_reasons TEXT NOT NULL DEFAULT '[]',
      ${recordColumns},
      CHECK (end_date >= start_date)
    ) STRICT;
    CREATE UNIQUE INDEX contracts_reference ON contracts (reference COLLATE NOCASE) WHERE deleted_at IS NULL;
    CREATE INDEX contracts_by_supplier ON contracts (supplier_id) WHERE deleted_at IS NULL;
    CREATE INDEX contracts_by_exercise ON contracts (exercise_id) WHERE deleted_at IS NULL;
    CREATE INDEX contracts_by_start ON contracts (start_date) WHERE deleted_at IS NULL;
    CREATE INDEX contracts_by_end ON contracts (end_date) WHERE deleted_at IS NULL;
    CREATE INDEX contracts_by_value ON contracts (value_pence) WHERE deleted_at IS NULL;
    CREATE INDEX contracts_by_title ON contracts (title COLLATE NOCASE) WHERE deleted_at IS NULL;
  `);
}
