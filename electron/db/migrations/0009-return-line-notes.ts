// A verification note on each return line: why the verifier queried or rejected it, kept with the
// line (until now the notes were kept only together, on the return, in returns.status_note, one
// "CODE (queried): note" line per measure). The notes a workspace already holds are moved onto
// their lines from there. Indexes: a return's lines, deleted ones too (its audit trail), and for
// the returns list's sorts and filters. Frozen once released.

import type { Database } from 'better-sqlite3';

export const version = 9;
export const name = 'return line notes';

const live = 'WHERE deleted_at IS NULL';

interface NotedLine {
  id: string;
  code: string;
  status_note: string;
}

/** "LOC1 (queried): Which payroll?" in a return's note: the note of the line measuring LOC1. */
function noteOf(line: NotedLine): string | null {
  const prefix = `${line.code} (`;
  for (const text of line.status_note.split('\n')) {
    const start = text.indexOf('): ');
    if (text.startsWith(prefix) && start > 0) return text.slice(start + 3).trim() || null;
  }
  return null;
}

export function up(db: Database): void {
  db.exec(`
    ALTER TABLE return_lines ADD COLUMN verification_note TEXT;
    CREATE INDEX return_lines_by_return ON return_lines (return_id);
    -- The returns list (return-repository.ts): each sort in its order, with the id that breaks
    -- ties and the contract (to leave out a deleted contract's returns), so that a window is
    -- found by walking an index alone. deleted_at is in each so that SQLite reads the index
    -- alone; a partial index's condition does not make its column covered.
    CREATE INDEX returns_by_period_and_id ON returns (period_start, id, contract_id, deleted_at) ${live};
    CREATE INDEX returns_by_submitted ON returns (submitted_at, id, contract_id, deleted_at) ${live};
    CREATE INDEX returns_by_status_order ON returns (
      CASE status WHEN 'draft' THEN 1 WHEN 'submitted' THEN 2 WHEN 'queried' THEN 3
        WHEN 'verified' THEN 4 ELSE 5 END, id, contract_id, deleted_at
    ) ${live};
    -- Sorted by contract reference or supplier name: the contracts walked in reference order (or
    -- each supplier's), then each one's returns in period order.
    CREATE INDEX returns_by_contract_and_period ON returns (contract_id, period_start, id, deleted_at) ${live};
    CREATE INDEX contracts_by_reference_and_id ON contracts (reference COLLATE NOCASE, id, deleted_at) ${live};
    -- Every column the list filters on, with the default sort: a filtered list is counted, and
    -- its matches sorted, from this index alone.
    CREATE INDEX returns_for_lists ON returns (
      status, contract_id, period_label, period_start, id, deleted_at
    ) ${live};
  `);
  const noted = db
    .prepare(
      `SELECT l.id, m.code, r.status_note
       FROM return_lines l JOIN returns r ON r.id = l.return_id JOIN measures m ON m.id = l.measure_id
       WHERE r.status_note IS NOT NULL AND l.verification IN ('queried', 'rejected')`,
    )
    .all() as NotedLine[];
  const write = db.prepare('UPDATE return_lines SET verification_note = ? WHERE id = ?');
  for (const line of noted) {
    const note = noteOf(line);
    if (note) write.run(note, line.id);
  }
}
