// The rows the portfolio dashboard lists by contract: the top contracts and the first of the
// missing returns, found in SQL from the running totals; only the few rows shown are read in
// full.

import type { Database } from 'better-sqlite3';
import { daysBetween } from '../../shared/calendar-date';
import type { TopContract } from '../../shared/portfolio';
import { noRatings } from '../../shared/portfolio-calc';
import type { MissingReturn } from '../../shared/social-value-return';
import { getContract } from './contract-repository';
import { deliveredByContract } from './portfolio-delivered';
import { ratedCommitmentsSql } from './portfolio-rating-sql';
import type { MeasureTheme } from './portfolio-reads';
import { namedScopeSql } from './portfolio-scope';
import { ratingOf, type TallyQuery } from './portfolio-tally';
import { statement } from './statements';

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

interface Ranked {
  id: string;
  /** '' for a contract with no commitments (only extra measures), which sorts first. */
  reference: string;
  committedPence: number;
  verifiedPence: number;
  submittedPence: number;
}

type CommittedRow = [id: string, reference: string, committedPence: number];

/** The contracts in scope by committed £ (in all, or within the year), the most first; `limit`
 * of them, or all (null). */
function byCommitted(db: Database, { scope, params }: TallyQuery, limit: number | null) {
  const first = limit === null ? '' : `LIMIT ${limit}`;
  const directorate =
    scope.directorate === null ? '' : 'AND y.directorate = :directorate COLLATE NOCASE';
  const sql = scope.year
    ? `SELECT c.id, c.reference, y.pence
       FROM portfolio_contract_years y INDEXED BY portfolio_contract_years_by_pence
         JOIN portfolio_contracts c ON c.key = y.contract_key
       WHERE y.year_start = :yearStart ${directorate} ORDER BY y.pence DESC ${first}`
    : `SELECT c.id, c.reference, c.committed_pence FROM portfolio_contracts c
       WHERE ${namedScopeSql('c', scope)} ORDER BY c.committed_pence DESC ${first}`;
  return statement(db, sql).raw().all(params) as CommittedRow[];
}

/**
 * The contracts that can be among the first `count` by committed £ then delivered and verified:
 * those committing at least as much as the count-th, when fewer than five times `count` of them
 * do; else every contract in scope, with the contracts that delivered only on extra measures.
 */
function candidates(db: Database, query: TallyQuery, count: number): Ranked[] {
  const limit = count * 5;
  let rows = byCommitted(db, query, limit);
  const cut = rows[count - 1]?.[2];
  const all = cut === undefined || rows.length < limit || rows[limit - 1]?.[2] === cut;
  if (all) rows = byCommitted(db, query, null);
  else rows = rows.filter(([, , committed]) => committed >= (cut as number));
  const ranked = new Map<string, Ranked>(
    rows.map(([id, reference, committedPence]) => [
      id,
      { id, reference, committedPence, verifiedPence: 0, submittedPence: 0 },
    ]),
  );
  const listed = all ? null : [...ranked.keys()];
  for (const [id, verified, other] of deliveredByContract(
    db,
    query.source,
    query.scope,
    query.params,
    listed,
  )) {
    let contract = ranked.get(id);
    if (!contract) {
      contract = { id, reference: '', committedPence: 0, verifiedPence: 0, submittedPence: 0 };
      ranked.set(id, contract);
    }
    contract.verifiedPence += verified;
    contract.submittedPence += verified + other;
  }
  return [...ranked.values()];
}

/** The ratings of the listed contracts' commitments, by contract id. */
function ratingsOf(
  db: Database,
  { scope, params }: TallyQuery,
  contractIds: readonly string[],
  measures: ReadonlyMap<string, MeasureTheme>,
): Map<string, TopContract['rag']> {
  const where = `${namedScopeSql('p', scope)}
    AND p.contract_id IN (SELECT value FROM json_each(:listed))`;
  const rated = ratedCommitmentsSql(where, 'p.contract_id, p.measure_id');
  const rows = statement(
    db,
    `SELECT contract_id, measure_id, rag, count(*) FROM (${rated})
     GROUP BY contract_id, measure_id, rag`,
  )
    .raw()
    .all({ ...params, listed: JSON.stringify(contractIds) }) as [string, string, number, number][];
  const byContract = new Map(contractIds.map((id) => [id, noRatings()]));
  for (const [contractId, measureId, code, n] of rows) {
    const rag = byContract.get(contractId);
    if (rag) rag[ratingOf(code, measures.get(measureId))] += n;
  }
  return byContract;
}

/** The contracts with the most committed, then the most delivered and verified. */
export function topContractRows(
  db: Database,
  query: TallyQuery,
  measures: ReadonlyMap<string, MeasureTheme>,
  count: number,
): TopContract[] {
  const top = candidates(db, query, count)
    .sort(
      (a, b) =>
        b.committedPence - a.committedPence ||
        b.verifiedPence - a.verifiedPence ||
        byText(a.reference, b.reference),
    )
    .slice(0, count);
  const ratings = ratingsOf(
    db,
    query,
    top.map((contract) => contract.id),
    measures,
  );
  return top.map(({ id, committedPence, verifiedPence, submittedPence }) => {
    const contract = getContract(db, id);
    return {
      contractId: id,
      reference: contract.reference,
      title: contract.title,
      supplierId: contract.supplierId,
      supplierName: contract.supplierName,
      directorate: contract.directorate,
      committedPence,
      verifiedPence,
      submittedPence,
      rag: ratings.get(id) ?? noRatings(),
    };
  });
}

/** The draft started for a contract's period, if any. */
function draftFor(db: Database, contractId: string, periodStart: string): string | null {
  const row = statement(
    db,
    `SELECT id FROM returns
     WHERE contract_id = ? AND period_start = ? AND status = 'draft' AND deleted_at IS NULL`,
  ).get(contractId, periodStart) as { id: string } | undefined;
  return row?.id ?? null;
}

type UnsentRow = [contractId: string, label: string, start: string, end: string];

/** Returns due by asOf and not in (from the start of the year asked about), the most overdue
 * first (then by contract reference): how many, and the first `count`. */
export function missingReturnRows(
  db: Database,
  { scope, params }: TallyQuery,
  asked: string,
  count: number,
): { total: number; rows: MissingReturn[] } {
  const from = scope.year ? 'AND u.period_end >= :yearStart AND u.period_start >= :yearStart' : '';
  const where = `u.period_end <= :asOf ${from} AND ${namedScopeSql('u', scope)}`;
  const total = statement(db, `SELECT count(*) FROM portfolio_unsent u WHERE ${where}`)
    .pluck()
    .get(params) as number;
  const shown = statement(
    db,
    `SELECT c.id, u.label, u.period_start, u.period_end
     FROM portfolio_unsent u INDEXED BY portfolio_unsent_by_end
       JOIN portfolio_contracts c ON c.key = u.contract_key
     WHERE ${where} ORDER BY u.period_end, u.reference LIMIT ${count}`,
  )
    .raw()
    .all(params) as UnsentRow[];
  return {
    total,
    rows: shown.map(([contractId, periodLabel, periodStart, periodEnd]) => {
      const contract = getContract(db, contractId);
      return {
        contractId,
        contractReference: contract.reference,
        contractTitle: contract.title,
        supplierId: contract.supplierId,
        supplierName: contract.supplierName,
        periodLabel,
        periodStart,
        periodEnd,
        daysOverdue: daysBetween(periodEnd, asked),
        draftReturnId: draftFor(db, contractId, periodStart),
      };
    }),
  };
}
