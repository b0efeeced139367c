// Speed for the portfolio dashboard: the delivery of every counted return line, with its
// return's contract and period copied onto it (electron/db/line-delivery.ts keeps it, from the
// lines, in the same transaction as every write to a return or a line), filled in here from the
// lines a workspace already holds; and indexes for the dashboard's other reads. Frozen once
// released.
//
// Derived data rather than a record: the id is the return line's, there are no audit columns,
// and rows are deleted outright when their line stops counting. No cascades, no triggers.

import type { Database } from 'better-sqlite3';
import { rebuildLineDelivery } from '../line-delivery';

export const version = 5;
export const name = 'social value speed';

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
  rebuildLineDelivery(db);
}
