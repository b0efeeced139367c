// What line_delivery (electron/db/line-delivery.ts) should hold, worked out for the tests in
// two independent ways: from scratch by the module itself (then rolled back), and line by line
// by the shared rules (isSubmittedLine, isVerifiedLine, valuePence).

import type Database from 'better-sqlite3';
import { rebuildLineDelivery } from '../../electron/db/line-delivery';
import { isSubmittedLine, isVerifiedLine, valuePence } from '../../shared/social-value-calc';
import type { LineVerification, ReturnStatus } from '../../shared/social-value';

export type Row = Record<string, unknown>;

export const rowsOf = (db: Database.Database): Row[] =>
  db.prepare('SELECT * FROM line_delivery ORDER BY id').all() as Row[];

/** The rows as kept, the rows worked out again from scratch (then put back), and the rows the
 * shared rules give for every line in the workspace. */
export function compare(db: Database.Database): { kept: Row[]; rebuilt: Row[]; byRules: Row[] } {
  const kept = rowsOf(db);
  const rebuilt = db.transaction(() => {
    rebuildLineDelivery(db);
    const rows = rowsOf(db);
    throw Object.assign(new Error('roll back'), { rows });
  });
  let again: Row[] = [];
  try {
    rebuilt();
  } catch (error) {
    again = (error as { rows: Row[] }).rows;
  }
  const lines = db
    .prepare(
      `SELECT l.id, l.return_id, r.contract_id, l.measure_id, l.commitment_id, r.period_start,
         l.quantity, l.proxy_pence, l.verification, r.status
       FROM return_lines l JOIN returns r ON r.id = l.return_id
       WHERE l.deleted_at IS NULL AND r.deleted_at IS NULL ORDER BY l.id`,
    )
    .all() as {
    id: string;
    return_id: string;
    contract_id: string;
    measure_id: string;
    commitment_id: string | null;
    period_start: string;
    quantity: number | null;
    proxy_pence: number | null;
    verification: LineVerification;
    status: ReturnStatus;
  }[];
  const byRules = lines.flatMap((line) => {
    const basics = {
      contractId: line.contract_id,
      measureId: line.measure_id,
      commitmentId: line.commitment_id,
      periodStart: line.period_start,
      periodEnd: line.period_start,
      returnStatus: line.status,
      verification: line.verification,
      quantity: line.quantity,
      proxyPence: line.proxy_pence,
    };
    if (!isSubmittedLine(basics)) return [];
    const verified = isVerifiedLine(basics);
    const pence = valuePence(line.quantity, line.proxy_pence);
    return [
      {
        id: line.id,
        return_id: line.return_id,
        contract_id: line.contract_id,
        measure_id: line.measure_id,
        commitment_id: line.commitment_id,
        period_start: line.period_start,
        verified_quantity: verified ? (line.quantity ?? 0) : 0,
        submitted_quantity: line.quantity ?? 0,
        verified_pence: verified ? pence : 0,
        other_pence: verified ? 0 : pence,
      },
    ];
  });
  return { kept, rebuilt: again, byRules };
}
