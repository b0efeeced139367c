// What the portfolio dashboard reads from its running totals (portfolio-totals.ts) besides the
// sums in SQL: whether some line is for a period after the date of the figures, and the
// delivery by period start.

import type { Database } from 'better-sqlite3';
import { namedScopeSql, scopeParams, type PortfolioScope } from './portfolio-scope';
import { statement } from './statements';

/** Whether some line of the contracts in scope is for a period beginning after asOf, so that
 * their running totals hold more than the delivery by then. */
export function hasLateLines(db: Database, scope: PortfolioScope, asOf: string): boolean {
  return (
    statement(
      db,
      `SELECT 1 FROM portfolio_commitments p
       WHERE p.last_period_start > :asOf AND ${namedScopeSql('p', scope)} LIMIT 1`,
    ).get({ ...scopeParams(scope), asOf }) !== undefined
  );
}

/** Delivery by period start (from..to), of all live contracts: the counted lines of every
 * contract less those of deleted contracts and of deleted commitments. */
export function allDeliveryByPeriodStart(
  db: Database,
  from: string,
  to: string,
): Map<string, [verifiedPence: number, otherPence: number]> {
  const byStart = new Map<string, [number, number]>();
  const all = statement(
    db,
    `SELECT id, verified_pence, other_pence FROM delivery_by_period WHERE id >= ? AND id <= ?`,
  ).raw();
  for (const [start, verified, other] of all.all(from, to) as [string, number, number][]) {
    byStart.set(start, [verified, other]);
  }
  const leftOut = statement(
    db,
    `SELECT d.period_start, total(d.verified_pence), total(d.other_pence) FROM line_delivery d
     WHERE d.period_start >= ? AND d.period_start <= ?
       AND (d.contract_id IN (SELECT id FROM contracts WHERE deleted_at IS NOT NULL)
         OR d.commitment_id IN (SELECT id FROM commitments WHERE deleted_at IS NOT NULL))
     GROUP BY d.period_start`,
  ).raw();
  for (const [start, verified, other] of leftOut.all(from, to) as [string, number, number][]) {
    const sums = byStart.get(start);
    if (sums) byStart.set(start, [sums[0] - verified, sums[1] - other]);
  }
  return byStart;
}
