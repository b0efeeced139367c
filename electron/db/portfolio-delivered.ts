// The £ delivered that the portfolio dashboard adds up besides what its ratings pass adds up
// (portfolio-tally.ts), matched as the contract's own page matches it: a line counts for the
// commitment it is linked to, else for its contract's commitment on its measure, else as an
// extra measure; lines linked to a commitment since deleted are left out. Either from the running
// totals (every period: all years, when no line is for a period beginning after the date of the
// figures), or from the lines themselves (the periods beginning from the start of the year asked
// about, or from the first, up to the date of the figures).

import type { Database } from 'better-sqlite3';
import { namedScopeSql, type PortfolioScope } from './portfolio-scope';
import { statement } from './statements';

/** Where the £ delivered come from (see the head of this file). */
export type DeliverySource = 'totals' | 'lines';

/** The contracts in scope with running totals: with commitments, or only extra measures. */
function contractsInScopeSql(scope: PortfolioScope): string {
  return `SELECT c.id FROM portfolio_contracts c WHERE ${namedScopeSql('c', scope)}
    UNION ALL SELECT p.contract_id FROM portfolio_commitments p
    WHERE p.commitment_id IS NULL AND p.contract_key IS NULL AND ${namedScopeSql('p', scope)}`;
}

/** The counted lines "d" of the contracts `contracts` picks, for the periods beginning
 * from..asOf. */
function countedLinesSql(index: string, contracts: string): string {
  return `FROM line_delivery d INDEXED BY ${index}
    WHERE d.contract_id IN (${contracts})
      AND d.period_start >= :from AND d.period_start <= :asOf
      AND (d.commitment_id IS NULL
        OR d.commitment_id NOT IN (SELECT id FROM commitments WHERE deleted_at IS NOT NULL))`;
}

/** The contracts listed (a JSON array of ids). */
const listedSql = 'SELECT value FROM json_each(:contracts)';

export type ExtraRow = [measureId: string, verifiedPence: number, otherPence: number];

/** From the running totals: the extra measures' delivery (commitments' comes with their
 * ratings), by measure. */
export function extrasByMeasure(db: Database, scope: PortfolioScope, params: object): ExtraRow[] {
  return statement(
    db,
    `SELECT p.measure_id, total(p.verified_pence), total(p.other_pence)
     FROM portfolio_commitments p INDEXED BY portfolio_commitments_extras
     WHERE p.commitment_id IS NULL AND ${namedScopeSql('p', scope)}
     GROUP BY p.measure_id`,
  )
    .raw()
    .all(params) as ExtraRow[];
}

export type LinesRow = [
  measureId: string,
  periodStart: string,
  verifiedPence: number,
  otherPence: number,
];

/** From the lines: all delivery by measure and period start, read in period order from the
 * index that holds every column this needs. */
export function linesByMeasure(db: Database, scope: PortfolioScope, params: object): LinesRow[] {
  return statement(
    db,
    `SELECT d.measure_id, d.period_start, total(d.verified_pence), total(d.other_pence)
     ${countedLinesSql('line_delivery_by_period', contractsInScopeSql(scope))}
     GROUP BY d.period_start, d.measure_id`,
  )
    .raw()
    .all(params) as LinesRow[];
}

export type ContractDeliveredRow = [contractId: string, verifiedPence: number, otherPence: number];

/** The £ delivered by each of the contracts in scope, or of the contracts listed among them. */
export function deliveredByContract(
  db: Database,
  source: DeliverySource,
  scope: PortfolioScope,
  params: object,
  contractIds: readonly string[] | null,
): ContractDeliveredRow[] {
  const contracts = contractIds === null ? contractsInScopeSql(scope) : listedSql;
  const sql =
    source === 'totals'
      ? `SELECT p.contract_id, total(p.verified_pence), total(p.other_pence)
         FROM portfolio_commitments p
         WHERE ${namedScopeSql('p', scope)} AND p.contract_id IN (${contracts})
         GROUP BY p.contract_id`
      : `SELECT d.contract_id, total(d.verified_pence), total(d.other_pence)
         ${countedLinesSql('line_delivery_by_contract', contracts)}
         GROUP BY d.contract_id`;
  return statement(db, sql)
    .raw()
    .all({ ...params, contracts: JSON.stringify(contractIds) }) as ContractDeliveredRow[];
}
