// What the portfolio's running totals (electron/db/portfolio-totals.ts) should hold, for the
// tests: the rows as kept, and the rows worked out again from scratch (then rolled back).

import type Database from 'better-sqlite3';
import { rebuildPortfolioTotals } from '../../electron/db/portfolio-totals';

export const totalsTables = [
  'portfolio_contracts',
  'portfolio_commitments',
  'delivery_by_period',
] as const;

type Rows = Record<(typeof totalsTables)[number], unknown[]>;

const rowsOf = (db: Database.Database): Rows =>
  Object.fromEntries(
    totalsTables.map((table) => [table, db.prepare(`SELECT * FROM ${table} ORDER BY 1`).all()]),
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
