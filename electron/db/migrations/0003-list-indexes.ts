// Indexes for the record lists: one per sort, in the sort's order with the id that breaks ties,
// so a window anywhere in a long list is found by walking an index instead of sorting every row;
// and the supplier's contract count and £ total read from an index alone. Frozen once released.
//
// The status and size orders are indexed expressions: the list queries must write them exactly
// as here (test/integration/list-plans.test.ts checks that every sort uses its index).

import type { Database } from 'better-sqlite3';

export const version = 3;
export const name = 'list indexes';

const live = 'WHERE deleted_at IS NULL';

// contracts_by_value (value_pence alone) stays: it is the narrowest index on contracts, which
// SQLite reads to count or sum the live contracts.
export function up(db: Database): void {
  db.exec(`
    DROP INDEX contracts_by_supplier;
    DROP INDEX contracts_by_start;
    DROP INDEX contracts_by_end;
    DROP INDEX contracts_by_title;
    CREATE INDEX contracts_by_supplier ON contracts (supplier_id, value_pence, id) ${live};
    CREATE INDEX contracts_by_start ON contracts (start_date, id) ${live};
    CREATE INDEX contracts_by_end ON contracts (end_date, id) ${live};
    CREATE INDEX contracts_by_value_and_id ON contracts (value_pence, id) ${live};
    CREATE INDEX contracts_by_title ON contracts (title COLLATE NOCASE, id) ${live};
    CREATE INDEX contracts_by_directorate ON contracts (directorate COLLATE NOCASE, id) ${live};
    CREATE INDEX contracts_by_category ON contracts (category, id) ${live};
    -- Every column a contracts list filters, searches or sorts on: a filtered list is counted,
    -- and its rows found, by reading this index instead of the table, whose rows carry long text.
    CREATE INDEX contracts_for_lists ON contracts (
      status, category, directorate, in_scope_act, in_scope_local, start_date, end_date,
      supplier_id, value_pence, reference, title, contract_manager, id
    ) ${live};
    CREATE INDEX contracts_by_status_order ON contracts (
      CASE status WHEN 'not-started' THEN 1 WHEN 'active' THEN 2 WHEN 'ended' THEN 3 ELSE 4 END, id
    ) ${live};

    -- Not partial: the contracts list sorted by supplier name walks it too, and a contract's
    -- supplier is found whether or not it is deleted. deleted_at is in it for the suppliers list.
    DROP INDEX suppliers_by_name;
    CREATE INDEX suppliers_by_name ON suppliers (name COLLATE NOCASE, id, deleted_at);
    CREATE INDEX suppliers_by_postcode ON suppliers (postcode, id) ${live};
    CREATE INDEX suppliers_by_size_order ON suppliers (
      CASE size WHEN 'micro' THEN 1 WHEN 'small' THEN 2 WHEN 'medium' THEN 3 WHEN 'large' THEN 4 END, id
    ) ${live};
    CREATE INDEX suppliers_by_updated ON suppliers (updated_at, id) ${live};

    DROP INDEX exercises_by_start;
    CREATE INDEX exercises_by_start ON exercises (start_date, id) ${live};
    CREATE INDEX exercises_by_title ON exercises (title COLLATE NOCASE, id) ${live};
    CREATE INDEX exercises_by_directorate ON exercises (directorate COLLATE NOCASE, id) ${live};
    CREATE INDEX exercises_by_category ON exercises (category, id) ${live};
    CREATE INDEX exercises_by_value ON exercises (estimated_value_pence, id) ${live};
    CREATE INDEX exercises_by_status_order ON exercises (
      CASE status WHEN 'pipeline' THEN 1 WHEN 'live' THEN 2 WHEN 'evaluation' THEN 3 WHEN 'awarded' THEN 4 ELSE 5 END, id
    ) ${live};
  `);
}
