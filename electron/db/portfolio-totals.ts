// The portfolio dashboard's running totals (tables from migration 0010), kept so that the
// dashboard reads one small row per commitment instead of adding up every return line:
// - portfolio_contracts: each live contract with live commitments, with what the dashboard
//   filters and rates it by (directorate, term, reference) and the start dates of its returns
//   past draft (in order, comma-separated);
// - portfolio_commitments: each live commitment of a live contract, with its contract's filter
//   columns and its delivery over all periods added up from line_delivery as the dashboard
//   matches it (the lines linked to it, and the contract's lines on its measure linked to no
//   commitment), and the start of the last period it has a line for; plus one row per extra
//   measure (lines linked to no commitment, on a measure the contract has no live commitment on);
// - delivery_by_period: the delivery of all counted lines by period start (the id), whatever
//   their contract (the dashboard takes off the few lines of deleted contracts and commitments).
//
// Derived data like line_delivery (line-delivery.ts): written only here, in the same transaction
// as the write that changed what it is made from, a contract's rows worked out again from
// scratch each time (exact, whatever the order of writes); no audit columns, no change_log rows;
// a sync engine rebuilds it (rebuildPortfolioTotals) instead of copying it.

import type { Database } from 'better-sqlite3';
import { statement } from './statements';

/** Delivery added up from line_delivery "d" by `key`, for the lines `where` picks. */
function deliverySums(key: string, where: string): string {
  return `SELECT ${key}, total(d.verified_quantity) AS vq, total(d.submitted_quantity) AS sq,
      total(d.verified_pence) AS vp, total(d.other_pence) AS op, count(*) AS lines,
      max(d.period_start) AS last
    FROM line_delivery d WHERE ${where} GROUP BY ${key}`;
}

/** The rows of the contracts `contracts` picks (alias "c": `c.id = ?`, or `1` for all). */
function portfolioRowsSql(contracts: string, linked: string, unlinked: string): string[] {
  const commitments = `k.deleted_at IS NULL AND k.contract_id = c.id`;
  const filter = 'c.directorate, c.start_date, c.end_date';
  // A commitment's own lines first, then its measure's unlinked ones, as the lines were added
  // up before these totals were kept (so the sums come out the same to the last bit).
  const add = (column: string) => `coalesce(u.${column}, 0) + coalesce(l.${column}, 0)`;
  return [
    `INSERT INTO portfolio_contracts (id, reference, directorate, start_date, end_date,
       sent_period_starts)
     SELECT c.id, c.reference, ${filter},
       coalesce((SELECT group_concat(s.period_start, ',') FROM (SELECT r.period_start
         FROM returns r WHERE r.contract_id = c.id AND r.deleted_at IS NULL AND r.status <> 'draft'
         ORDER BY r.period_start) s), '')
     FROM contracts c
     WHERE ${contracts} AND c.deleted_at IS NULL
       AND EXISTS (SELECT 1 FROM commitments k WHERE ${commitments})`,
    `INSERT INTO portfolio_commitments (id, contract_id, measure_id, commitment_id, directorate,
       start_date, end_date, quantity, proxy_pence, yearly_targets, verified_quantity,
       submitted_quantity, verified_pence, other_pence, lines, last_period_start)
     SELECT k.id, c.id, k.measure_id, k.id, ${filter}, k.quantity, k.proxy_pence,
       k.yearly_targets, ${add('vq')}, ${add('sq')}, ${add('vp')}, ${add('op')}, ${add('lines')},
       nullif(max(coalesce(u.last, ''), coalesce(l.last, '')), '')
     FROM contracts c JOIN commitments k ON ${commitments}
       LEFT JOIN (${deliverySums('d.commitment_id', linked)}) l ON l.commitment_id = k.id
       LEFT JOIN (${deliverySums('d.contract_id, d.measure_id', unlinked)}) u
         ON u.contract_id = c.id AND u.measure_id = k.measure_id
     WHERE ${contracts} AND c.deleted_at IS NULL`,
    `INSERT INTO portfolio_commitments (id, contract_id, measure_id, commitment_id, directorate,
       start_date, end_date, quantity, proxy_pence, yearly_targets, verified_quantity,
       submitted_quantity, verified_pence, other_pence, lines, last_period_start)
     SELECT c.id || ' ' || u.measure_id, c.id, u.measure_id, NULL, ${filter}, 0, NULL, '[]',
       u.vq, u.sq, u.vp, u.op, u.lines, u.last
     FROM contracts c JOIN (${deliverySums('d.contract_id, d.measure_id', unlinked)}) u
       ON u.contract_id = c.id
     WHERE ${contracts} AND c.deleted_at IS NULL
       AND NOT EXISTS (SELECT 1 FROM commitments k
         WHERE ${commitments} AND k.measure_id = u.measure_id)`,
  ];
}

const [contractRow, commitmentRows, extraRows] = portfolioRowsSql(
  'c.id = :contractId',
  `d.commitment_id IN (SELECT id FROM commitments
    WHERE contract_id = :contractId AND deleted_at IS NULL)`,
  'd.contract_id = :contractId AND d.commitment_id IS NULL',
) as [string, string, string];

const has = (db: Database, sql: string, contractId: string) =>
  statement(db, `SELECT EXISTS (${sql})`).pluck().get(contractId) === 1;

const kept = new WeakSet<Database>();

/** Whether the workspace has the tables yet: records are also written by the migrations' own
 * tests into workspaces of earlier versions. Once there, they stay. */
function keepsTotals(db: Database): boolean {
  if (kept.has(db)) return true;
  const found = statement(
    db,
    `SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'portfolio_commitments'`,
  ).get();
  if (found) kept.add(db);
  return found !== undefined;
}

/** One contract's rows worked out again (after a write to it, its commitments or its returns).
 * Most contracts written (a register imported, say) have no commitments and no lines linked to
 * none: for those, two quick look-ups find there is nothing to work out. */
export function refreshPortfolioContract(db: Database, contractId: string): void {
  if (!keepsTotals(db)) return;
  statement(db, 'DELETE FROM portfolio_contracts WHERE id = ?').run(contractId);
  statement(db, 'DELETE FROM portfolio_commitments WHERE contract_id = ?').run(contractId);
  const commitments = 'SELECT 1 FROM commitments WHERE contract_id = ? AND deleted_at IS NULL';
  if (has(db, commitments, contractId)) {
    statement(db, contractRow).run({ contractId });
    statement(db, commitmentRows).run({ contractId });
  }
  const unlinked = 'SELECT 1 FROM line_delivery WHERE commitment_id IS NULL AND contract_id = ?';
  if (has(db, unlinked, contractId)) statement(db, extraRows).run({ contractId });
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

/** Every row worked out again from scratch (a restored workspace; a sync). */
export function rebuildPortfolioTotals(db: Database): void {
  db.exec(`DELETE FROM portfolio_contracts; DELETE FROM portfolio_commitments;
    DELETE FROM delivery_by_period;
    INSERT INTO delivery_by_period (id, verified_pence, other_pence, lines)
    SELECT period_start, sum(verified_pence), sum(other_pence), count(*) FROM line_delivery
    GROUP BY period_start`);
  for (const sql of portfolioRowsSql(
    '1',
    'd.commitment_id IS NOT NULL',
    'd.commitment_id IS NULL',
  )) {
    db.exec(sql);
  }
}
