// Committee reports, their sections, the data blocks placed in them, and the council-editable
// templates reports start from. Frozen once released. A block's data is kept as JSON with the
// time it was taken: refreshing it is the officer's explicit act.

import type { Database } from 'better-sqlite3';
import { recordColumns } from './record-columns';

export const version = 8;
export const name = 'reports';

export function up(db: Database): void {
  db.exec(`
    CREATE TABLE report_templates (
      id TEXT PRIMARY KEY,
      template_key TEXT CHECK (template_key IN ('scrutiny-update', 'cabinet', 'annual')),
      name TEXT NOT NULL,
      committee TEXT,
      title TEXT NOT NULL,
      sections TEXT NOT NULL DEFAULT '[]',
      ${recordColumns}
    ) STRICT;
    CREATE UNIQUE INDEX report_templates_key ON report_templates (template_key)
      WHERE template_key IS NOT NULL AND deleted_at IS NULL;

    CREATE TABLE reports (
      id TEXT PRIMARY KEY,
      template_id TEXT REFERENCES report_templates (id),
      template_key TEXT,
      title TEXT NOT NULL,
      committee TEXT NOT NULL,
      meeting_date TEXT NOT NULL,
      report_of TEXT,
      lead_member TEXT,
      author TEXT,
      contact TEXT,
      wards_affected TEXT,
      key_decision INTEGER NOT NULL DEFAULT 0 CHECK (key_decision IN (0, 1)),
      classification TEXT,
      report_version TEXT,
      period TEXT NOT NULL,
      period_from TEXT,
      period_to TEXT,
      directorate TEXT,
      ${recordColumns}
    ) STRICT;
    CREATE INDEX reports_by_meeting ON reports (meeting_date) WHERE deleted_at IS NULL;

    CREATE TABLE report_sections (
      id TEXT PRIMARY KEY,
      report_id TEXT NOT NULL REFERENCES reports (id),
      position INTEGER NOT NULL,
      heading TEXT NOT NULL,
      body TEXT NOT NULL DEFAULT '',
      numbered INTEGER NOT NULL DEFAULT 1 CHECK (numbered IN (0, 1)),
      ${recordColumns}
    ) STRICT;
    CREATE INDEX report_sections_by_report ON report_sections (report_id, position);

    CREATE TABLE report_blocks (
      id TEXT PRIMARY KEY,
      section_id TEXT NOT NULL REFERENCES report_sections (id),
      position INTEGER NOT NULL,
      after_blocks INTEGER NOT NULL DEFAULT 0 CHECK (after_blocks >= 0),
      kind TEXT NOT NULL,
      options TEXT NOT NULL DEFAULT '{}',
      snapshot TEXT,
      taken_at TEXT,
      ${recordColumns}
    ) STRICT;
    CREATE INDEX report_blocks_by_section ON report_blocks (section_id, position);
  `);
}
