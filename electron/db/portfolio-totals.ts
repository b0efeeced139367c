// The portfolio dashboard's running totals (tables from migrations 0010 and 0011), kept so that
// the dashboard adds up and rates every commitment in SQL instead of reading every return line:
// - portfolio_contracts: each live contract with live commitments, with what the dashboard
//   filters it by (directorate, term, reference) and its committed £, in all and by year
//   (portfolio_contract_years); portfolio_sent and portfolio_unsent, the periods of its term it
//   sent returns for and did not;
// - portfolio_commitments: each live commitment of a live contract, with its contract's filter
//   columns and reporting dates (see shared/portfolio-figures.ts), its committed £, and its
//   delivery over all periods added up from line_delivery as the dashboard matches it (the lines
//   linked to it, and the contract's lines on its measure linked to no commitment), and the
//   start of the last period it has a line for; plus one row
//   per extra measure (lines linked to no commitment, on a measure the contract has no live
//   commitment on); portfolio_targets and portfolio_commitment_years, its yearly targets and its
//   committed £ by year and period; portfolio_committed, those added up by year, directorate and
//   measure;
// - delivery_by_period: the delivery of all counted lines by period start (the id), whatever
//   their contract (the dashboard takes off the few lines of deleted contracts and commitments).
//
// Derived data like line_delivery (line-delivery.ts): written only here, in the same transaction
// as the write that changed what it is made from, a contract's rows worked out again from
// scratch each time (exact, whatever the order of writes); no audit columns, no change_log rows;
// a sync engine rebuilds it (rebuildPortfolioTotals) instead of copying it. The figures follow
// the council's year start and reporting frequency (portfolio_basis): all are worked out again
// when those change, and when a workspace is opened without them (ensurePortfolioTotals).

import type { Database } from 'better-sqlite3';
import type { FiguresBasis } from '../../shared/portfolio-figures';
import {
  addCommitted,
  fillFigures,
  readBasis,
  refillReporting,
  writeBasis,
} from './portfolio-figures';
import { statement } from './statements';

/** Delivery added up from line_delivery "d" by `key`, for the lines `where` picks. */
function deliverySums(key: string, where: string): string {
  return `SELECT ${key}, total(d.verified_quantity) AS vq, total(d.submitted_quantity) AS sq,
      total(d.verified_pence) AS vp, total(d.other_pence) AS op, count(*) AS lines,
      max(d.period_start) AS last
    FROM line_delivery d WHERE ${where} GROUP BY ${key}`;
}

/** Days from 1 January 1970 of a date column. */
const dayOf = (column: string) => `CAST(julianday(${column}) - 2440587.5 AS INTEGER)`;

/** A commitment's delivery: its own lines ("l") first, then its measure's unlinked ones ("u"),
 * as the lines were added up before these totals were kept (so the sums come out the same to
 * the last bit). */
const add = (column: string) => `coalesce(u.${column}, 0) + coalesce(l.${column}, 0)`;
const lastOf = `nullif(max(coalesce(u.last, ''), coalesce(l.last, '')), '')`;

/** The rows of the contracts `contracts` picks (alias "c": `c.id = ?`, or `1` for all), with
 * their figures left for fillFigures. */
function portfolioRowsSql(contracts: string, linked: string, unlinked: string): string[] {
  const commitments = `k.deleted_at IS NULL AND k.contract_id = c.id`;
  const filter = `c.directorate, c.start_date, c.end_date, ${dayOf('c.start_date')},
    ${dayOf('c.end_date')}`;
  const contractKey = '(SELECT p.key FROM portfolio_contracts p WHERE p.id = c.id)';
  const columns = `id, contract_key, contract_id, measure_id, commitment_id, directorate,
    start_date, end_date, start_day, end_day, quantity, proxy_pence, yearly_targets,
    committed_pence, has_targets,
    verified_quantity, submitted_quantity, verified_pence, other_pence, lines, last_period_start`;
  return [
    `INSERT INTO portfolio_contracts (id, reference, directorate, start_date, end_date,
       committed_pence)
     SELECT c.id, c.reference, c.directorate, c.start_date, c.end_date, 0
     FROM contracts c
     WHERE ${contracts} AND c.deleted_at IS NULL
       AND EXISTS (SELECT 1 FROM commitments k WHERE ${commitments})`,
    `INSERT INTO portfolio_commitments (${columns})
     SELECT k.id, ${contractKey}, c.id, k.measure_id, k.id, ${filter}, k.quantity,
       k.proxy_pence, k.yearly_targets, 0, 0,
       ${add('vq')}, ${add('sq')}, ${add('vp')}, ${add('op')}, ${add('lines')}, ${lastOf}
     FROM contracts c JOIN commitments k ON ${commitments}
       LEFT JOIN (${deliverySums('d.commitment_id', linked)}) l ON l.commitment_id = k.id
       LEFT JOIN (${deliverySums('d.contract_id, d.measure_id', unlinked)}) u
         ON u.contract_id = c.id AND u.measure_id = k.measure_id
     WHERE ${contracts} AND c.deleted_at IS NULL`,
    `INSERT INTO portfolio_commitments (${columns})
     SELECT c.id || ' ' || u.measure_id, ${contractKey}, c.id, u.measure_id, NULL, ${filter}, 0,
       NULL, '[]', 0, 0, u.vq, u.sq, u.vp, u.op, u.lines, u.last
     FROM contracts c JOIN (${deliverySums('d.contract_id, d.measure_id', unlinked)}) u
       ON u.contract_id = c.id
     WHERE ${contracts} AND c.deleted_at IS NULL
       AND NOT EXISTS (SELECT 1 FROM commitments k
         WHERE ${commitments} AND k.measure_id = u.measure_id)`,
  ];
}

/** One contract's lines linked to its live commitments, and its lines linked to none. */
const linkedOf = `d.commitment_id IN (SELECT id FROM commitments
  WHERE contract_id = :contractId AND deleted_at IS NULL)`;
const unlinkedOf = 'd.contract_id = :contractId AND d.commitment_id IS NULL';

const [contractRow, commitmentRows, extraRows] = portfolioRowsSql(
  'c.id = :contractId',
  linkedOf,
  unlinkedOf,
) as [string, string, string];

/** One contract's commitments' delivery worked out again, in place. */
const commitmentDelivery = `UPDATE portfolio_commitments AS p SET verified_quantity = s.vq,
    submitted_quantity = s.sq, verified_pence = s.vp, other_pence = s.op, lines = s.lines,
    last_period_start = s.last
  FROM (SELECT k.id, ${add('vq')} AS vq, ${add('sq')} AS sq, ${add('vp')} AS vp,
      ${add('op')} AS op, ${add('lines')} AS lines, ${lastOf} AS last
    FROM commitments k
      LEFT JOIN (${deliverySums('d.commitment_id', linkedOf)}) l ON l.commitment_id = k.id
      LEFT JOIN (${deliverySums('d.contract_id, d.measure_id', unlinkedOf)}) u
        ON u.contract_id = k.contract_id AND u.measure_id = k.measure_id
    WHERE k.contract_id = :contractId AND k.deleted_at IS NULL) s
  WHERE p.contract_id = :contractId AND p.commitment_id = s.id`;

const has = (db: Database, sql: string, contractId: string) =>
  statement(db, `SELECT EXISTS (${sql})`).pluck().get(contractId) === 1;

const kept = new WeakSet<Database>();

/** Whether the workspace has the tables yet: records are also written by the migrations' own
 * tests into workspaces of earlier versions. Once there, they stay. */
function keepsTotals(db: Database): boolean {
  if (kept.has(db)) return true;
  const found = statement(
    db,
    `SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'portfolio_basis'`,
  ).get();
  if (found) kept.add(db);
  return found !== undefined;
}

const keyOf = (db: Database, contractId: string) =>
  statement(db, 'SELECT key FROM portfolio_contracts WHERE id = ?').pluck().get(contractId) as
    number | undefined;

/** Takes one contract's rows out (its committed £ out of the sums by year too). */
function removeContract(db: Database, contractId: string): void {
  const key = keyOf(db, contractId);
  if (key !== undefined) {
    addCommitted(db, key, -1);
    const byContract = [
      'portfolio_commitment_years',
      'portfolio_contract_years',
      'portfolio_sent',
      'portfolio_unsent',
    ];
    for (const table of byContract) {
      statement(db, `DELETE FROM ${table} WHERE contract_key = ?`).run(key);
    }
    statement(
      db,
      `DELETE FROM portfolio_targets WHERE commitment_key IN
         (SELECT key FROM portfolio_commitments WHERE contract_key = ?)`,
    ).run(key);
    statement(db, 'DELETE FROM portfolio_contracts WHERE key = ?').run(key);
  }
  statement(db, 'DELETE FROM portfolio_commitments WHERE contract_id = ?').run(contractId);
}

/** A row for each extra measure a contract's lines report on (most contracts have none). */
function addExtras(db: Database, contractId: string): void {
  const unlinked = 'SELECT 1 FROM line_delivery WHERE commitment_id IS NULL AND contract_id = ?';
  if (has(db, unlinked, contractId)) statement(db, extraRows).run({ contractId });
}

/** One contract's rows worked out again (after a write to it or its commitments).
 * Most contracts written (a register imported, say) have no commitments and no lines linked to
 * none: for those, two quick look-ups find there is nothing to work out. */
export function refreshPortfolioContract(db: Database, contractId: string): void {
  if (!keepsTotals(db)) return;
  const basis = readBasis(db);
  if (!basis) return;
  removeContract(db, contractId);
  // A row only for a live contract with live commitments (lastInsertRowid is only its key then).
  const made = statement(db, contractRow).run({ contractId });
  if (made.changes === 1) {
    statement(db, commitmentRows).run({ contractId });
    fillFigures(db, basis, Number(made.lastInsertRowid));
  }
  addExtras(db, contractId);
}

/** One contract's rows worked out again after a write to one of its returns or their lines:
 * its commitments' delivery and reporting dates, and its extra measures. What it committed does
 * not depend on returns, so it stays. */
export function refreshPortfolioDelivery(db: Database, contractId: string): void {
  if (!keepsTotals(db)) return;
  const basis = readBasis(db);
  if (!basis) return;
  const key = keyOf(db, contractId);
  if (key !== undefined) {
    statement(db, commitmentDelivery).run({ contractId });
    refillReporting(db, basis, key);
  }
  statement(
    db,
    'DELETE FROM portfolio_commitments WHERE contract_id = ? AND commitment_id IS NULL',
  ).run(contractId);
  addExtras(db, contractId);
}

/** Adds (sign 1) or takes off (sign -1) one return's line_delivery rows in delivery_by_period. */
export function countReturnByPeriod(db: Database, returnId: string, sign: 1 | -1): void {
  if (!keepsTotals(db)) return;
  statement(
    db,
    `INSERT INTO delivery_by_period (id, verified_pence, other_pence, lines)
     SELECT period_start, :sign * sum(verified_pence), :sign * sum(other_pence), :sign * count(*)
     FROM line_delivery WHERE return_id = :returnId GROUP BY period_start
     ON CONFLICT (id) DO UPDATE SET
       verified_pence = verified_pence + excluded.verified_pence,
       other_pence = other_pence + excluded.other_pence,
       lines = lines + excluded.lines`,
  ).run({ returnId, sign });
  statement(db, 'DELETE FROM delivery_by_period WHERE lines = 0').run();
}

/** The tables of the running totals (derived data: no UUID ids, not records). */
export const portfolioTotalsTables = [
  'portfolio_basis',
  'portfolio_contracts',
  'portfolio_commitments',
  'portfolio_targets',
  'portfolio_sent',
  'portfolio_unsent',
  'portfolio_commitment_years',
  'portfolio_contract_years',
  'portfolio_committed',
  'delivery_by_period',
];

/** Every row worked out again from scratch (a restored workspace; a sync; a new year start or
 * reporting frequency), for `basis`. */
export function rebuildPortfolioTotals(db: Database, basis = readBasis(db)): void {
  if (!basis) return;
  const rebuilt = portfolioTotalsTables.filter((table) => table !== 'portfolio_basis');
  db.exec(rebuilt.map((table) => `DELETE FROM ${table};`).join('\n'));
  db.exec(`INSERT INTO delivery_by_period (id, verified_pence, other_pence, lines)
    SELECT period_start, sum(verified_pence), sum(other_pence), count(*) FROM line_delivery
    GROUP BY period_start`);
  for (const sql of portfolioRowsSql(
    '1',
    'd.commitment_id IS NOT NULL',
    'd.commitment_id IS NULL',
  )) {
    db.exec(sql);
  }
  fillFigures(db, basis, null);
}

/** Works every row out again when the figures are not for `basis` (the council profile's year
 * start and reporting frequency): a workspace just migrated, or a profile just changed. */
export function ensurePortfolioTotals(db: Database, basis: FiguresBasis): void {
  const now = readBasis(db);
  if (
    now?.financialYearStartMonth === basis.financialYearStartMonth &&
    now.reportingFrequency === basis.reportingFrequency
  ) {
    return;
  }
  db.transaction(() => {
    writeBasis(db, basis);
    rebuildPortfolioTotals(db, basis);
  })();
}
