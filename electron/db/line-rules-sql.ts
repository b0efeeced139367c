// The rules of shared/social-value-calc.ts for return lines, written in SQL so that many lines
// can be added up in the database (the portfolio dashboard reads hundreds of thousands). They
// must say exactly what the shared functions say; test/integration/line-rules-sql.test.ts holds
// them to it. Lines are "l" (return_lines) and their returns "r".

import type { Database } from 'better-sqlite3';
import { valuePence } from '../../shared/social-value-calc';

/** isSubmittedLine: the return is past draft and not rejected, and the line is not rejected. */
export const submittedLine = `r.status NOT IN ('draft', 'rejected') AND l.verification <> 'rejected'`;

/** isVerifiedLine, for a line already known to be submitted. */
export const verifiedLine = `l.verification = 'verified'`;

/** deliveryOf counts a line once its reporting period has begun by asOf (the parameter). */
export const begunBy = `r.period_start <= ?`;

const raw = 'l.quantity * l.proxy_pence';

/**
 * valuePence(quantity, proxy): the line's value to the nearest penny, NULL when either is missing
 * (so sums leave it out). Away from half a penny, SQLite's round() and Math.round agree for
 * amounts this size (no value or quantity is negative); within a millionth of a penny of a half,
 * where valuePence reads the product to 15 significant figures first, the shared function itself
 * is asked, through value_pence (see withLineRules).
 */
export const lineValue = `CASE
  WHEN abs(${raw} - CAST(${raw} AS INTEGER) - 0.5) > 1e-6 THEN round(${raw})
  WHEN ${raw} IS NOT NULL THEN value_pence(l.quantity, l.proxy_pence) END`;

const registered = new WeakSet<Database>();

/** The connection, with value_pence (the shared valuePence) registered for lineValue. */
export function withLineRules(db: Database): Database {
  if (!registered.has(db)) {
    db.function('value_pence', { deterministic: true }, (quantity, proxy) =>
      valuePence(quantity as number | null, proxy as number | null),
    );
    registered.add(db);
  }
  return db;
}
