// What the portfolio dashboard reads from its running totals (portfolio-totals.ts): the
// commitments and extra measures in scope with their delivery over all periods, the contracts in
// scope with the periods they sent returns for, the delivery by period start, and, for a
// financial year, the delivery within it. Rows of values rather than objects: there are many.

import type { Database } from 'better-sqlite3';
import { commitmentOnMeasureSql } from './portfolio-reads';
import type { PortfolioScope, ScopeSql } from './portfolio-scope';
import { statement } from './statements';

/** The running totals' filter, on a table of them aliased "p" (see scopeSql). */
function totalsScopeSql(scope: PortfolioScope): ScopeSql {
  const where = ['1'];
  const params: string[] = [];
  if (scope.year) {
    where.push('p.start_date <= ?', 'p.end_date >= ?');
    params.push(scope.year.end, scope.year.start);
  }
  if (scope.directorate !== null) {
    where.push('p.directorate = ? COLLATE NOCASE');
    params.push(scope.directorate);
  }
  return { where: where.join(' AND '), params };
}

export type TotalsRow = [
  /** Null for an extra measure (delivered, committed to by no one). */
  commitmentId: string | null,
  contractId: string,
  measureId: string,
  quantity: number,
  proxyPence: number | null,
  /** The yearly targets as JSON; null when there are none. */
  yearlyTargets: string | null,
  verifiedQuantity: number,
  submittedQuantity: number,
  verifiedPence: number,
  otherPence: number,
  lines: number,
];

/** The commitments and extra measures of the contracts in scope, each with its delivery, one
 * row at a time (fewer rows held at once, less for the garbage collector): the connection is
 * busy until the last row is read, so read them without querying in between. */
export function scopedTotals(db: Database, scope: PortfolioScope): IterableIterator<TotalsRow> {
  const { where, params } = totalsScopeSql(scope);
  return statement(
    db,
    `SELECT p.commitment_id, p.contract_id, p.measure_id, p.quantity, p.proxy_pence,
       nullif(p.yearly_targets, '[]'), p.verified_quantity, p.submitted_quantity,
       p.verified_pence, p.other_pence, p.lines
     FROM portfolio_commitments p WHERE ${where}`,
  )
    .raw()
    .iterate(...params) as IterableIterator<TotalsRow>;
}

/** Whether some line of the contracts in scope is for a period beginning after asOf, so that
 * their running totals hold more than the delivery by then. */
export function hasLateLines(db: Database, scope: PortfolioScope, asOf: string): boolean {
  const { where, params } = totalsScopeSql(scope);
  return (
    statement(
      db,
      `SELECT 1 FROM portfolio_commitments p WHERE p.last_period_start > ? AND ${where} LIMIT 1`,
    ).get(asOf, ...params) !== undefined
  );
}

/** The live commitments of the contracts in scope. */
export function liveCommitmentsInScope(db: Database, scope: PortfolioScope): Set<string> {
  const { where, params } = totalsScopeSql(scope);
  const ids = statement(
    db,
    `SELECT p.commitment_id FROM portfolio_commitments p
     WHERE p.commitment_id IS NOT NULL AND ${where}`,
  )
    .pluck()
    .all(...params) as string[];
  return new Set(ids);
}

export type ContractRow = [
  id: string,
  reference: string,
  start: string,
  end: string,
  /** The start dates of its returns past draft, comma-separated, earliest first. */
  sentPeriodStarts: string,
];

/** The contracts in scope that have commitments, one row at a time (see scopedTotals). */
export function contractsInScope(
  db: Database,
  scope: PortfolioScope,
): IterableIterator<ContractRow> {
  const { where, params } = totalsScopeSql(scope);
  return statement(
    db,
    `SELECT p.id, p.reference, p.start_date, p.end_date, p.sent_period_starts
     FROM portfolio_contracts p WHERE ${where}`,
  )
    .raw()
    .iterate(...params) as IterableIterator<ContractRow>;
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

/** A line's delivery in the periods asked about (linked to a commitment). */
export type LinkedLineRow = [commitmentId: string, verifiedPence: number, otherPence: number];

/** Lines linked to no commitment, added up by contract and measure. */
export type UnlinkedRow = [
  contractId: string,
  measureId: string,
  /** The contract's live commitment on the measure, if any: the lines count for it. */
  onMeasureId: string | null,
  verifiedPence: number,
  otherPence: number,
  lines: number,
];

const inPeriods = `FROM line_delivery d INDEXED BY line_delivery_by_period
  WHERE d.period_start >= ? AND d.period_start <= ?`;

/**
 * The delivery in the periods beginning from..to of every line linked to a commitment, one row a
 * line, whatever its contract, read in period order from the index that holds it: the tally
 * looks up only the commitments in scope, so adding the lines up by commitment in JavaScript
 * costs less than finding each contract's lines or sorting them in SQLite.
 */
export function linkedDeliveryWithin(db: Database, from: string, to: string): LinkedLineRow[] {
  return statement(
    db,
    `SELECT d.commitment_id, d.verified_pence, d.other_pence ${inPeriods}
       AND d.commitment_id IS NOT NULL`,
  )
    .raw()
    .all(from, to) as LinkedLineRow[];
}

/** The delivery in the periods beginning from..to of the lines of the contracts in scope linked
 * to no commitment, added up by contract and measure. */
export function unlinkedDeliveryWithin(
  db: Database,
  scope: PortfolioScope,
  from: string,
  to: string,
): UnlinkedRow[] {
  const { where, params } = totalsScopeSql(scope);
  return statement(
    db,
    `SELECT d.contract_id, d.measure_id, ${commitmentOnMeasureSql}, total(d.verified_pence),
       total(d.other_pence), count(*) ${inPeriods}
       AND d.commitment_id IS NULL
       AND EXISTS (SELECT 1 FROM portfolio_commitments p
         WHERE p.contract_id = d.contract_id AND ${where})
     GROUP BY d.contract_id, d.measure_id`,
  )
    .raw()
    .all(from, to, ...params) as UnlinkedRow[];
}
