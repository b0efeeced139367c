// Speed for the portfolio dashboard: the delivery of every counted return line, with its
// return's contract and period copied onto it (electron/db/line-delivery.ts keeps it, from the
// lines, in the same transaction as every write to a return or a line), filled in here from the
// lines a workspace already holds; and indexes for the dashboard's other reads. Frozen once
// released: the fill is written out here as it was at release (the rules of line-rules-sql.ts
// then), not borrowed from the app's current code, which may change.
//
// Derived data rather than a record: the id is the return line's, there are no audit columns,
// and rows are deleted outright when their line stops counting. No cascades, no triggers.

import type { Database } from 'better-sqlite3';

export const version = 5;
export const name = 'social value speed';

/** Quantity x proxy pence to the nearest penny, reading the product to 15 significant figures
 * first (so 1.005 x 100 is 101p): asked only within a millionth of a penny of a half. */
function valuePenceAtRelease(quantity: unknown, proxy: unknown): number {
  if (typeof quantity !== 'number' || typeof proxy !== 'number') return 0;
  const raw = quantity * proxy;
  if (Math.abs(Math.abs(raw % 1) - 0.5) > 1e-6) return Math.round(raw);
  return Math.round(Number(raw.toPrecision(15)));
}

const raw = 'l.quantity * l.proxy_pence';
const verified = `l.verification = 'verified'`;
const lineValue = `CASE
  WHEN abs(${raw} - CAST(${raw} AS INTEGER) - 0.5) > 1e-6 THEN round(${raw})
  WHEN ${raw} IS NOT NULL THEN migration_0005_value_pence(l.quantity, l.proxy_pence) END`;

export function up(db: Database): void {
  db.exec(`
    CREATE TABLE line_delivery (
      id TEXT PRIMARY KEY REFERENCES return_lines (id),
      return_id TEXT NOT NULL REFERENCES returns (id),
      contract_id TEXT NOT NULL REFERENCES contracts (id),
      measure_id TEXT NOT NULL REFERENCES measures (id),
      commitment_id TEXT REFERENCES commitments (id),
      period_start TEXT NOT NULL,
      verified_quantity REAL NOT NULL,
      submitted_quantity REAL NOT NULL,
      verified_pence INTEGER NOT NULL,
      other_pence INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX line_delivery_by_return ON line_delivery (return_id);
    -- What the dashboard adds up, by commitment and by period, read from an index alone.
    CREATE INDEX line_delivery_for_sums ON line_delivery (
      commitment_id, contract_id, measure_id, period_start,
      verified_quantity, submitted_quantity, verified_pence, other_pence
    );
    CREATE INDEX line_delivery_by_period ON line_delivery (
      period_start, contract_id, commitment_id, verified_pence, other_pence
    );
    -- Which periods each contract has sent returns for, in contract order.
    CREATE INDEX returns_sent ON returns (contract_id, period_start)
      WHERE deleted_at IS NULL AND status <> 'draft';
    -- The few deleted contracts and commitments the dashboard leaves out.
    CREATE INDEX contracts_deleted ON contracts (id) WHERE deleted_at IS NOT NULL;
    CREATE INDEX commitments_deleted ON commitments (id) WHERE deleted_at IS NOT NULL;
  `);
  db.function('migration_0005_value_pence', { deterministic: true }, valuePenceAtRelease);
  // Every live line of a live return past draft and not rejected, the line not rejected.
  db.exec(`
    INSERT INTO line_delivery (id, return_id, contract_id, measure_id, commitment_id,
      period_start, verified_quantity, submitted_quantity, verified_pence, other_pence)
    SELECT l.id, r.id, r.contract_id, l.measure_id, l.commitment_id, r.period_start,
      CASE WHEN ${verified} THEN coalesce(l.quantity, 0) ELSE 0 END,
      coalesce(l.quantity, 0),
      CASE WHEN ${verified} THEN coalesce(${lineValue}, 0) ELSE 0 END,
      CASE WHEN ${verified} THEN 0 ELSE coalesce(${lineValue}, 0) END
    FROM return_lines l JOIN returns r ON r.id = l.return_id
    WHERE l.deleted_at IS NULL AND r.deleted_at IS NULL
      AND r.status NOT IN ('draft', 'rejected') AND l.verification <> 'rejected'
  `);
}
