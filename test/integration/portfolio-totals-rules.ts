// What the portfolio's running totals (electron/db/portfolio-totals.ts) should hold, for the
// tests: the rows as kept, and the rows worked out again from scratch (then rolled back). The
// integer keys differ between the two (they are given as rows are written), so rows name their
// contract and commitment by id instead.

import type Database from 'better-sqlite3';
import { rebuildPortfolioTotals } from '../../electron/db/portfolio-totals';

const contractId = (column: string) =>
  `(SELECT c.id FROM portfolio_contracts c WHERE c.key = ${column}) AS contract`;
const commitmentId = (column: string) =>
  `(SELECT p.id FROM portfolio_commitments p WHERE p.key = ${column}) AS commitment`;

/** Each table of the running totals, its rows in a fixed order, by id rather than by key. */
export const totalsQueries = {
  portfolio_contracts: `SELECT * FROM portfolio_contracts ORDER BY id`,
  portfolio_commitments: `SELECT *, ${contractId('contract_key')} FROM portfolio_commitments
    ORDER BY id`,
  portfolio_targets: `SELECT *, ${commitmentId('commitment_key')} FROM portfolio_targets
    ORDER BY commitment, position`,
  portfolio_sent: `SELECT *, ${contractId('contract_key')} FROM portfolio_sent
    ORDER BY contract, start_day`,
  portfolio_unsent: `SELECT *, ${contractId('contract_key')} FROM portfolio_unsent
    ORDER BY contract, period_start`,
  portfolio_commitment_years: `SELECT *, ${commitmentId('commitment_key')}
    FROM portfolio_commitment_years ORDER BY commitment, year_start`,
  portfolio_contract_years: `SELECT *, ${contractId('contract_key')} FROM portfolio_contract_years
    ORDER BY contract, year_start`,
  portfolio_committed: `SELECT * FROM portfolio_committed ORDER BY 1, 2, 3`,
  delivery_by_period: `SELECT * FROM delivery_by_period ORDER BY id`,
} as const;

type Rows = Record<keyof typeof totalsQueries, unknown[]>;

const withoutKeys = (row: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(row).filter(([column]) => column !== 'key' && !column.endsWith('_key')),
  );

const rowsOf = (db: Database.Database): Rows =>
  Object.fromEntries(
    Object.entries(totalsQueries).map(([table, sql]) => [
      table,
      (db.prepare(sql).all() as Record<string, unknown>[]).map(withoutKeys),
    ]),
  ) as Rows;

/** The totals as kept, and as worked out again from scratch. */
export function compareTotals(db: Database.Database): { kept: Rows; rebuilt: Rows } {
  const kept = rowsOf(db);
  let rebuilt = kept;
  try {
    db.transaction(() => {
      rebuildPortfolioTotals(db);
      rebuilt = rowsOf(db);
      throw new Error('roll back');
    })();
  } catch (error) {
    if ((error as Error).message !== 'roll back') throw error;
  }
  return { kept, rebuilt };
}
