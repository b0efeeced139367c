// Running totals for the portfolio dashboard (electron/db/portfolio-totals.ts keeps them, in the
// same transaction as every write to a contract, a commitment, a return or a return line), so
// that the dashboard reads one small row per commitment instead of adding up every return line:
// each live contract with live commitments (its filter columns, and the start dates of its
// returns past draft), each live commitment (its contract's filter columns, and its delivery over
// all periods from line_delivery: the lines linked to it, then the contract's lines on its
// measure linked to none), each extra measure a contract reports on, and the delivery of all
// counted lines by period start. Filled in here from what the workspace holds. Frozen once
// released: the fill is written out here, not borrowed from the app's current code.
//
// Derived data rather than records: ids are the contract's or commitment's (an extra measure's
// is its contract's and measure's; a period's, its start date), no audit columns, rows replaced
// outright. No cascades, no
// triggers.

import type { Database } from 'better-sqlite3';

export const version = 10;
export const name = 'portfolio totals';

/** Delivery added up from line_delivery "d" by `key`, for the lines `where` picks. */
const sums = (key: string, where: string) => `
  SELECT ${key}, total(d.verified_quantity) AS vq, total(d.submitted_quantity) AS sq,
    total(d.verified_pence) AS vp, total(d.other_pence) AS op, count(*) AS lines,
    max(d.period_start) AS last
  FROM line_delivery d WHERE ${where} GROUP BY ${key}`;
const both = (column: string) => `coalesce(u.${column}, 0) + coalesce(l.${column}, 0)`;
const commitmentsOf = 'k.deleted_at IS NULL AND k.contract_id = c.id';
const commitmentColumns = `id, contract_id, measure_id, commitment_id, directorate, start_date,
  end_date, quantity, proxy_pence, yearly_targets, verified_quantity, submitted_quantity,
  verified_pence, other_pence, lines, last_period_start`;

export function up(db: Database): void {
  db.exec(`
    CREATE TABLE portfolio_contracts (
      id TEXT PRIMARY KEY REFERENCES contracts (id),
      reference TEXT NOT NULL,
      directorate TEXT,
      start_date TEXT NOT NULL,
      end_date TEXT NOT NULL,
      sent_period_starts TEXT NOT NULL
    ) STRICT;
    CREATE INDEX portfolio_contracts_by_directorate
      ON portfolio_contracts (directorate COLLATE NOCASE);
    CREATE TABLE portfolio_commitments (
      id TEXT PRIMARY KEY,
      contract_id TEXT NOT NULL REFERENCES contracts (id),
      measure_id TEXT NOT NULL REFERENCES measures (id),
      commitment_id TEXT REFERENCES commitments (id),
      directorate TEXT,
      start_date TEXT NOT NULL,
      end_date TEXT NOT NULL,
      quantity REAL NOT NULL,
      proxy_pence INTEGER,
      yearly_targets TEXT NOT NULL,
      verified_quantity REAL NOT NULL,
      submitted_quantity REAL NOT NULL,
      verified_pence INTEGER NOT NULL,
      other_pence INTEGER NOT NULL,
      lines INTEGER NOT NULL,
      last_period_start TEXT
    ) STRICT;
    CREATE INDEX portfolio_commitments_by_contract ON portfolio_commitments (contract_id);
    CREATE INDEX portfolio_commitments_by_directorate
      ON portfolio_commitments (directorate COLLATE NOCASE);
    -- The few with lines for periods after the date of the figures asked for, if any.
    CREATE INDEX portfolio_commitments_by_last_period ON portfolio_commitments (last_period_start);
    -- The id is the period's start date.
    CREATE TABLE delivery_by_period (
      id TEXT PRIMARY KEY,
      verified_pence INTEGER NOT NULL,
      other_pence INTEGER NOT NULL,
      lines INTEGER NOT NULL
    ) STRICT;
    -- A contract's counted lines, period by period, read from the index alone.
    CREATE INDEX line_delivery_by_contract ON line_delivery (
      contract_id, period_start, commitment_id, measure_id,
      verified_quantity, submitted_quantity, verified_pence, other_pence
    );

    INSERT INTO delivery_by_period (id, verified_pence, other_pence, lines)
    SELECT period_start, sum(verified_pence), sum(other_pence), count(*) FROM line_delivery
    GROUP BY period_start;

    INSERT INTO portfolio_contracts (id, reference, directorate, start_date, end_date,
      sent_period_starts)
    SELECT c.id, c.reference, c.directorate, c.start_date, c.end_date,
      coalesce((SELECT group_concat(s.period_start, ',') FROM (SELECT r.period_start
        FROM returns r WHERE r.contract_id = c.id AND r.deleted_at IS NULL AND r.status <> 'draft'
        ORDER BY r.period_start) s), '')
    FROM contracts c
    WHERE c.deleted_at IS NULL AND EXISTS (SELECT 1 FROM commitments k WHERE ${commitmentsOf});

    INSERT INTO portfolio_commitments (${commitmentColumns})
    SELECT k.id, c.id, k.measure_id, k.id, c.directorate, c.start_date, c.end_date, k.quantity,
      k.proxy_pence, k.yearly_targets, ${both('vq')}, ${both('sq')}, ${both('vp')}, ${both('op')},
      ${both('lines')}, nullif(max(coalesce(u.last, ''), coalesce(l.last, '')), '')
    FROM contracts c JOIN commitments k ON ${commitmentsOf}
      LEFT JOIN (${sums('d.commitment_id', 'd.commitment_id IS NOT NULL')}) l
        ON l.commitment_id = k.id
      LEFT JOIN (${sums('d.contract_id, d.measure_id', 'd.commitment_id IS NULL')}) u
        ON u.contract_id = c.id AND u.measure_id = k.measure_id
    WHERE c.deleted_at IS NULL;

    INSERT INTO portfolio_commitments (${commitmentColumns})
    SELECT c.id || ' ' || u.measure_id, c.id, u.measure_id, NULL, c.directorate, c.start_date,
      c.end_date, 0, NULL, '[]', u.vq, u.sq, u.vp, u.op, u.lines, u.last
    FROM contracts c JOIN (${sums('d.contract_id, d.measure_id', 'd.commitment_id IS NULL')}) u
      ON u.contract_id = c.id
    WHERE c.deleted_at IS NULL
      AND NOT EXISTS (SELECT 1 FROM commitments k WHERE ${commitmentsOf} AND k.measure_id = u.measure_id);
  `);
}
