// The portfolio dashboard's running totals (0010) reshaped so that the dashboard can add up and
// rate every commitment in SQL, reading a few dozen rows of totals instead of one row per
// commitment: contracts and commitments get integer keys, their terms as day numbers, the
// reporting dates that decide a rating (the ends of the first and last periods of the term, the
// end of the first period with no return, the last period a return was sent for), each
// commitment's committed £ and its yearly targets as day ranges, and each commitment's committed
// £ in each financial year of its term, period by period (added up by year, directorate and
// measure, and by contract and year). Returns sent and due periods with no return are kept as
// rows. The index of line_delivery by period gains the measure.
//
// Committed £ by year and the periods depend on the council's financial year start and
// reporting frequency, and are worked out by the app's own calculations (shared/
// portfolio-figures.ts), not by SQL: so the tables are made empty here, and portfolio_basis is
// left empty, which tells the app to fill them when it opens the workspace (electron/db/
// portfolio-totals.ts, ensurePortfolioTotals). Derived data, as in 0010: no audit columns, no
// change_log rows, no cascades, no triggers.

import type { Database } from 'better-sqlite3';

export const version = 11;
export const name = 'portfolio figures';

/** Committed £ in each reporting period of a year, p0 the first (twelve: monthly returns). */
const periodColumns = Array.from({ length: 12 }, (_, index) => `p${index} INTEGER NOT NULL`).join(
  ', ',
);

export function up(db: Database): void {
  db.exec(`
    DROP TABLE portfolio_contracts;
    DROP TABLE portfolio_commitments;

    -- One row: the financial year start and reporting frequency the figures were worked out for.
    CREATE TABLE portfolio_basis (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      financial_year_start_month INTEGER NOT NULL,
      reporting_frequency TEXT NOT NULL
    ) STRICT;

    CREATE TABLE portfolio_contracts (
      key INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE REFERENCES contracts (id),
      reference TEXT NOT NULL,
      directorate TEXT,
      start_date TEXT NOT NULL,
      end_date TEXT NOT NULL,
      committed_pence INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX portfolio_contracts_by_directorate
      ON portfolio_contracts (directorate COLLATE NOCASE);
    CREATE INDEX portfolio_contracts_by_committed ON portfolio_contracts (committed_pence);

    -- Each live commitment of a live contract, and each extra measure (commitment_id null, key
    -- of the contract null when the contract has no commitments), with its contract's filter
    -- columns and reporting dates. Days are counted from 1 January 1970.
    CREATE TABLE portfolio_commitments (
      key INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      contract_key INTEGER,
      contract_id TEXT NOT NULL REFERENCES contracts (id),
      measure_id TEXT NOT NULL REFERENCES measures (id),
      commitment_id TEXT REFERENCES commitments (id),
      directorate TEXT,
      start_date TEXT NOT NULL,
      end_date TEXT NOT NULL,
      start_day INTEGER NOT NULL,
      end_day INTEGER NOT NULL,
      first_period_end_day INTEGER,
      last_period_end_day INTEGER,
      -- The end of the first period of the term with no return past draft; null when none.
      first_unsent_end_day INTEGER,
      -- The start of the latest period a return past draft was sent for; null when none.
      last_sent_day INTEGER,
      quantity REAL NOT NULL,
      proxy_pence INTEGER,
      yearly_targets TEXT NOT NULL,
      committed_pence INTEGER NOT NULL,
      has_targets INTEGER NOT NULL,
      verified_quantity REAL NOT NULL,
      submitted_quantity REAL NOT NULL,
      verified_pence INTEGER NOT NULL,
      other_pence INTEGER NOT NULL,
      lines INTEGER NOT NULL,
      last_period_start TEXT
    ) STRICT;
    CREATE INDEX portfolio_commitments_by_contract ON portfolio_commitments (contract_id);
    CREATE INDEX portfolio_commitments_by_contract_key ON portfolio_commitments (contract_key);
    CREATE INDEX portfolio_commitments_by_directorate
      ON portfolio_commitments (directorate COLLATE NOCASE);
    CREATE INDEX portfolio_commitments_by_last_period ON portfolio_commitments (last_period_start);
    CREATE INDEX portfolio_commitments_extras ON portfolio_commitments (commitment_id)
      WHERE commitment_id IS NULL;

    -- A commitment's yearly targets that fall in its term, in the order given, as the days of
    -- the part of the year inside the term.
    CREATE TABLE portfolio_targets (
      commitment_key INTEGER NOT NULL,
      position INTEGER NOT NULL,
      from_day INTEGER NOT NULL,
      to_day INTEGER NOT NULL,
      quantity REAL NOT NULL
    ) STRICT;
    CREATE UNIQUE INDEX portfolio_targets_by_commitment
      ON portfolio_targets (commitment_key, position, from_day, to_day, quantity);

    -- The start days of a contract's returns past draft.
    CREATE TABLE portfolio_sent (
      contract_key INTEGER NOT NULL,
      start_day INTEGER NOT NULL
    ) STRICT;
    CREATE UNIQUE INDEX portfolio_sent_by_contract ON portfolio_sent (contract_key, start_day);

    -- The periods of a contract's term with no return past draft, with the contract's filter
    -- columns and reference (the missing returns, once a period has ended).
    CREATE TABLE portfolio_unsent (
      contract_key INTEGER NOT NULL,
      period_start TEXT NOT NULL,
      period_end TEXT NOT NULL,
      label TEXT NOT NULL,
      reference TEXT NOT NULL,
      directorate TEXT,
      start_date TEXT NOT NULL,
      end_date TEXT NOT NULL
    ) STRICT;
    CREATE UNIQUE INDEX portfolio_unsent_by_contract ON portfolio_unsent (contract_key, period_start);
    -- The missing returns by how long overdue, counted from the index alone.
    CREATE INDEX portfolio_unsent_by_end ON portfolio_unsent (
      period_end, reference, period_start, directorate, start_date, end_date
    );

    -- A commitment's committed £ in each financial year its term overlaps (£0 included), and in
    -- each reporting period of that year (p0 the first; unused ones 0), with its contract's
    -- directorate: what it adds to portfolio_committed, to take off again when it changes.
    CREATE TABLE portfolio_commitment_years (
      year_start TEXT NOT NULL,
      commitment_key INTEGER NOT NULL,
      contract_key INTEGER NOT NULL,
      measure_id TEXT NOT NULL,
      directorate TEXT,
      pence INTEGER NOT NULL,
      ${periodColumns}
    ) STRICT;
    CREATE UNIQUE INDEX portfolio_commitment_years_by_contract
      ON portfolio_commitment_years (contract_key, commitment_key, year_start);

    -- Committed £ in each financial year of a contract's term (£0 included), the most first.
    CREATE TABLE portfolio_contract_years (
      year_start TEXT NOT NULL,
      contract_key INTEGER NOT NULL,
      directorate TEXT,
      pence INTEGER NOT NULL
    ) STRICT;
    CREATE UNIQUE INDEX portfolio_contract_years_by_contract
      ON portfolio_contract_years (contract_key, year_start);
    CREATE INDEX portfolio_contract_years_by_pence
      ON portfolio_contract_years (year_start, pence DESC, contract_key, directorate);

    -- portfolio_commitment_years added up by year, directorate ('' for none) and measure.
    CREATE TABLE portfolio_committed (
      year_start TEXT NOT NULL,
      directorate TEXT NOT NULL,
      measure_id TEXT NOT NULL,
      pence INTEGER NOT NULL,
      ${periodColumns}
    ) STRICT;
    CREATE UNIQUE INDEX portfolio_committed_by_year
      ON portfolio_committed (year_start, directorate, measure_id);

    -- A year's counted lines by period and measure, read from the index alone.
    DROP INDEX line_delivery_by_period;
    CREATE INDEX line_delivery_by_period ON line_delivery (
      period_start, measure_id, contract_id, commitment_id, verified_pence, other_pence
    );
  `);
}
