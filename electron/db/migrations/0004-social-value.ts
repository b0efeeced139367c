// The measures framework, commitments, returns, action plans and case studies. Frozen once
// released. Quantities are REAL (2.5 FTE); money is integer pence; lists of ids are JSON text.

import type { Database } from 'better-sqlite3';
import { recordColumns } from './record-columns';

export const version = 4;
export const name = 'social value';

export function up(db: Database): void {
  db.exec(`
    CREATE TABLE framework_versions (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      effective_from TEXT NOT NULL,
      notes TEXT,
      ${recordColumns}
    ) STRICT;
    CREATE UNIQUE INDEX framework_versions_from ON framework_versions (effective_from)
      WHERE deleted_at IS NULL;

    CREATE TABLE themes (
      id TEXT PRIMARY KEY,
      framework_version_id TEXT NOT NULL REFERENCES framework_versions (id),
      name TEXT NOT NULL,
      position INTEGER NOT NULL,
      ${recordColumns}
    ) STRICT;
    CREATE INDEX themes_by_version ON themes (framework_version_id, position);

    CREATE TABLE outcomes (
      id TEXT PRIMARY KEY,
      theme_id TEXT NOT NULL REFERENCES themes (id),
      name TEXT NOT NULL,
      position INTEGER NOT NULL,
      ${recordColumns}
    ) STRICT;
    CREATE INDEX outcomes_by_theme ON outcomes (theme_id, position);

    CREATE TABLE measures (
      id TEXT PRIMARY KEY,
      framework_version_id TEXT NOT NULL REFERENCES framework_versions (id),
      outcome_id TEXT NOT NULL REFERENCES outcomes (id),
      code TEXT NOT NULL,
      title TEXT NOT NULL,
      guidance TEXT,
      unit TEXT NOT NULL,
      kind TEXT NOT NULL CHECK (kind IN ('quantity', 'money', 'record-only')),
      proxy_pence INTEGER CHECK (proxy_pence >= 0),
      evidence_required TEXT,
      council_outcome_ids TEXT NOT NULL DEFAULT '[]',
      position INTEGER NOT NULL,
      ${recordColumns}
    ) STRICT;
    CREATE UNIQUE INDEX measures_code ON measures (framework_version_id, code COLLATE NOCASE)
      WHERE deleted_at IS NULL;
    CREATE INDEX measures_by_outcome ON measures (outcome_id, position);

    CREATE TABLE commitments (
      id TEXT PRIMARY KEY,
      contract_id TEXT NOT NULL REFERENCES contracts (id),
      measure_id TEXT NOT NULL REFERENCES measures (id),
      quantity REAL NOT NULL CHECK (quantity >= 0),
      yearly_targets TEXT NOT NULL DEFAULT '[]',
      proxy_pence INTEGER CHECK (proxy_pence >= 0),
      notes TEXT,
      ${recordColumns}
    ) STRICT;
    CREATE UNIQUE INDEX commitments_contract_measure ON commitments (contract_id, measure_id)
      WHERE deleted_at IS NULL;
    CREATE INDEX commitments_by_measure ON commitments (measure_id) WHERE deleted_at IS NULL;

    CREATE TABLE returns (
      id TEXT PRIMARY KEY,
      contract_id TEXT NOT NULL REFERENCES contracts (id),
      period_start TEXT NOT NULL,
      period_end TEXT NOT NULL,
      period_label TEXT NOT NULL,
      status TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'verified', 'queried', 'rejected')),
      submitted_at TEXT,
      verified_by TEXT,
      verified_at TEXT,
      status_note TEXT,
      ${recordColumns}
    ) STRICT;
    CREATE UNIQUE INDEX returns_contract_period ON returns (contract_id, period_start)
      WHERE deleted_at IS NULL;
    CREATE INDEX returns_by_status ON returns (status, period_end) WHERE deleted_at IS NULL;
    CREATE INDEX returns_by_period ON returns (period_start) WHERE deleted_at IS NULL;

    CREATE TABLE return_lines (
      id TEXT PRIMARY KEY,
      return_id TEXT NOT NULL REFERENCES returns (id),
      measure_id TEXT NOT NULL REFERENCES measures (id),
      commitment_id TEXT REFERENCES commitments (id),
      quantity REAL CHECK (quantity >= 0),
      proxy_pence INTEGER CHECK (proxy_pence >= 0),
      evidence_reference TEXT,
      narrative TEXT,
      verification TEXT NOT NULL DEFAULT 'pending'
        CHECK (verification IN ('pending', 'verified', 'queried', 'rejected')),
      verified_by TEXT,
      verified_at TEXT,
      ${recordColumns}
    ) STRICT;
    CREATE UNIQUE INDEX return_lines_return_measure ON return_lines (return_id, measure_id)
      WHERE deleted_at IS NULL;
    CREATE INDEX return_lines_by_measure ON return_lines (measure_id) WHERE deleted_at IS NULL;
    CREATE INDEX return_lines_by_commitment ON return_lines (commitment_id) WHERE deleted_at IS NULL;

    CREATE TABLE action_plans (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      source TEXT,
      description TEXT,
      ${recordColumns}
    ) STRICT;

    CREATE TABLE action_items (
      id TEXT PRIMARY KEY,
      plan_id TEXT NOT NULL REFERENCES action_plans (id),
      reference TEXT,
      task TEXT NOT NULL,
      owner TEXT,
      timescale TEXT,
      due_date TEXT,
      status TEXT NOT NULL CHECK (status IN ('not-started', 'in-progress', 'complete', 'on-hold')),
      position INTEGER NOT NULL,
      ${recordColumns}
    ) STRICT;
    CREATE INDEX action_items_by_plan ON action_items (plan_id, position);

    CREATE TABLE action_updates (
      id TEXT PRIMARY KEY,
      item_id TEXT NOT NULL REFERENCES action_items (id),
      update_date TEXT NOT NULL,
      text TEXT NOT NULL,
      ${recordColumns}
    ) STRICT;
    CREATE INDEX action_updates_by_item ON action_updates (item_id, update_date);

    CREATE TABLE case_studies (
      id TEXT PRIMARY KEY,
      title TEXT NOT NULL,
      contract_id TEXT REFERENCES contracts (id),
      supplier_id TEXT REFERENCES suppliers (id),
      council_outcome_ids TEXT NOT NULL DEFAULT '[]',
      narrative TEXT NOT NULL,
      outputs TEXT,
      consent_to_publish INTEGER NOT NULL DEFAULT 0 CHECK (consent_to_publish IN (0, 1)),
      consent_note TEXT,
      ${recordColumns}
    ) STRICT;
    CREATE INDEX case_studies_by_contract ON case_studies (contract_id) WHERE deleted_at IS NULL;

    CREATE TABLE case_study_pictures (
      id TEXT PRIMARY KEY,
      case_study_id TEXT NOT NULL REFERENCES case_studies (id),
      file_name TEXT NOT NULL,
      media_type TEXT NOT NULL CHECK (media_type IN ('image/jpeg', 'image/png', 'image/webp')),
      bytes BLOB NOT NULL,
      caption TEXT,
      alt_text TEXT NOT NULL,
      position INTEGER NOT NULL,
      ${recordColumns}
    ) STRICT;
    CREATE INDEX case_study_pictures_by_study ON case_study_pictures (case_study_id, position);
  `);
}
