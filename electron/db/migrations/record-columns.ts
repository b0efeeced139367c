// The columns every user-edited table carries (DESIGN.md section 4). Migrations are frozen once
// released, so a change here would need a new migration, never an edit.

export const recordColumns = `
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  deleted_at TEXT,
  deleted_by TEXT`;
