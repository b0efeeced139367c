// The delivery of each counted return line, kept ready for the portfolio dashboard to add up
// (table line_delivery, migration 0005): one row per live line of a live return that is
// submitted and not rejected (isSubmittedLine), holding what the line is worth by the rules of
// line-rules-sql.ts, with its return's contract and period start copied onto it, so that adding
// up hundreds of thousands of lines reads one narrow index instead of joining two wide tables.
//
// Derived data: written only here, from return_lines and returns, in the same transaction as
// the write that changed them (records.ts calls refreshLineDelivery after every write), and
// never edited by an officer, so it has no audit columns and no change_log rows. A sync engine
// rebuilds it (rebuildLineDelivery) instead of copying it. The portfolio's running totals made
// from it (portfolio-totals.ts) are kept here too, along with it.

import type { Database } from 'better-sqlite3';
import { lineValue, submittedLine, verifiedLine, withLineRules } from './line-rules-sql';
import {
  countReturnByPeriod,
  rebuildPortfolioTotals,
  refreshPortfolioContract,
  refreshPortfolioDelivery,
} from './portfolio-totals';
import { statement } from './statements';

/** The rows of the counted lines, of one return (`r.id = ?`) or of all (`1`). */
function countedLinesSql(whichReturns: string): string {
  return `INSERT INTO line_delivery (id, return_id, contract_id, measure_id, commitment_id,
      period_start, verified_quantity, submitted_quantity, verified_pence, other_pence)
    SELECT l.id, r.id, r.contract_id, l.measure_id, l.commitment_id, r.period_start,
      CASE WHEN ${verifiedLine} THEN coalesce(l.quantity, 0) ELSE 0 END,
      coalesce(l.quantity, 0),
      CASE WHEN ${verifiedLine} THEN coalesce(${lineValue}, 0) ELSE 0 END,
      CASE WHEN ${verifiedLine} THEN 0 ELSE coalesce(${lineValue}, 0) END
    FROM return_lines l JOIN returns r ON r.id = l.return_id
    WHERE ${whichReturns} AND l.deleted_at IS NULL AND r.deleted_at IS NULL AND ${submittedLine}`;
}

/** Works one return's rows out again from its lines, and its contract's portfolio delivery. */
export function refreshReturnDelivery(db: Database, returnId: string): void {
  countReturnByPeriod(db, returnId, -1);
  statement(db, 'DELETE FROM line_delivery WHERE return_id = ?').run(returnId);
  statement(withLineRules(db), countedLinesSql('r.id = ?')).run(returnId);
  countReturnByPeriod(db, returnId, 1);
  const row = statement(db, 'SELECT contract_id FROM returns WHERE id = ?').get(returnId) as
    { contract_id: string } | undefined;
  if (row) refreshPortfolioDelivery(db, row.contract_id);
}

/** The contract a commitment is on. */
function contractOf(db: Database, commitmentId: string): string | undefined {
  const row = statement(db, 'SELECT contract_id FROM commitments WHERE id = ?').get(
    commitmentId,
  ) as { contract_id: string } | undefined;
  return row?.contract_id;
}

/** After any write: a return's rows worked out again when the write was to the return or one
 * of its lines; a contract's portfolio totals, when to the contract or one of its commitments.
 * A contract just inserted has neither commitments nor returns yet, so it needs nothing (a
 * register import inserts tens of thousands). */
export function refreshLineDelivery(
  db: Database,
  table: string,
  id: string,
  write: 'insert' | 'change',
): void {
  if (table === 'returns') {
    refreshReturnDelivery(db, id);
  } else if (table === 'return_lines') {
    const line = statement(db, 'SELECT return_id FROM return_lines WHERE id = ?').get(id) as
      { return_id: string } | undefined;
    if (line) refreshReturnDelivery(db, line.return_id);
  } else if (table === 'contracts') {
    if (write === 'change') refreshPortfolioContract(db, id);
  } else if (table === 'commitments') {
    const contractId = contractOf(db, id);
    if (contractId) refreshPortfolioContract(db, contractId);
  }
}

/** Every row worked out again from all the lines (a new or restored workspace; a sync). */
export function rebuildLineDelivery(db: Database): void {
  db.exec('DELETE FROM line_delivery');
  withLineRules(db).exec(countedLinesSql('1'));
  rebuildPortfolioTotals(db);
}
