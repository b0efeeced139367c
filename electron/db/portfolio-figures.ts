// Writes the figures of shared/portfolio-figures.ts into the portfolio's running totals
// (portfolio-totals.ts makes the rows; this fills in what the council's year start and
// reporting frequency decide), and keeps the basis they were worked out for.

import type { Database } from 'better-sqlite3';
import type { ReportingFrequency } from '../../shared/council-profile';
import {
  commitmentFigures,
  contractFigures,
  periodsPerYearAtMost,
  type CommitmentFigures,
  type FiguresBasis,
} from '../../shared/portfolio-figures';
import type { YearlyTarget } from '../../shared/social-value';
import { statement } from './statements';

export function readBasis(db: Database): FiguresBasis | null {
  const row = statement(
    db,
    `SELECT financial_year_start_month AS month, reporting_frequency AS frequency
     FROM portfolio_basis`,
  ).get() as { month: number; frequency: ReportingFrequency } | undefined;
  return row ? { financialYearStartMonth: row.month, reportingFrequency: row.frequency } : null;
}

export function writeBasis(db: Database, basis: FiguresBasis): void {
  statement(
    db,
    `INSERT INTO portfolio_basis (id, financial_year_start_month, reporting_frequency)
     VALUES (1, ?, ?) ON CONFLICT (id) DO UPDATE SET
       financial_year_start_month = excluded.financial_year_start_month,
       reporting_frequency = excluded.reporting_frequency`,
  ).run(basis.financialYearStartMonth, basis.reportingFrequency);
}

const periodColumns = Array.from({ length: periodsPerYearAtMost }, (_, index) => `p${index}`);

/** Adds (sign 1) or takes off (sign -1) the committed £ by year and period of one contract's
 * commitments (or all, key null) in portfolio_committed. */
export function addCommitted(db: Database, key: number | null, sign: 1 | -1): void {
  const sums = ['pence', ...periodColumns];
  statement(
    db,
    `INSERT INTO portfolio_committed (year_start, directorate, measure_id, ${sums.join(', ')})
     SELECT year_start, coalesce(directorate, ''), measure_id,
       ${sums.map((column) => `:sign * sum(${column})`).join(', ')}
     FROM portfolio_commitment_years WHERE ${key === null ? '1' : 'contract_key = :key'}
     GROUP BY year_start, coalesce(directorate, ''), measure_id
     ON CONFLICT (year_start, directorate, measure_id) DO UPDATE SET
       ${sums.map((column) => `${column} = ${column} + excluded.${column}`).join(', ')}`,
  ).run(key === null ? { sign } : { key, sign });
  statement(
    db,
    `DELETE FROM portfolio_committed WHERE ${sums.map((column) => `${column} = 0`).join(' AND ')}`,
  ).run();
}

interface ContractRow {
  key: number;
  id: string;
  reference: string;
  directorate: string | null;
  start_date: string;
  end_date: string;
}

/** A contract's reporting dates (on its commitments' rows), and its periods sent and not. */
function fillContract(db: Database, basis: FiguresBasis, contract: ContractRow): void {
  const sent = statement(
    db,
    `SELECT period_start FROM returns
     WHERE contract_id = ? AND deleted_at IS NULL AND status <> 'draft'`,
  )
    .pluck()
    .all(contract.id) as string[];
  const term = { start: contract.start_date, end: contract.end_date };
  const figures = contractFigures(term, sent, basis);
  statement(
    db,
    `UPDATE portfolio_commitments SET first_period_end_day = ?, last_period_end_day = ?,
       first_unsent_end_day = ?, last_sent_day = ?
     WHERE contract_key = ? AND commitment_id IS NOT NULL`,
  ).run(
    figures.firstPeriodEndDay,
    figures.lastPeriodEndDay,
    figures.firstUnsentEndDay,
    figures.lastSentDay,
    contract.key,
  );
  const addSent = statement(
    db,
    'INSERT INTO portfolio_sent (contract_key, start_day) VALUES (?, ?)',
  );
  for (const day of figures.sentDays) addSent.run(contract.key, day);
  const addUnsent = statement(
    db,
    `INSERT INTO portfolio_unsent (contract_key, period_start, period_end, label, reference,
       directorate, start_date, end_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const period of figures.unsent) {
    addUnsent.run(
      contract.key,
      period.start,
      period.end,
      period.label,
      contract.reference,
      contract.directorate,
      contract.start_date,
      contract.end_date,
    );
  }
}

/** One contract's reporting dates and periods sent and not worked out again (after a write to
 * its returns). */
export function refillReporting(db: Database, basis: FiguresBasis, key: number): void {
  statement(db, 'DELETE FROM portfolio_sent WHERE contract_key = ?').run(key);
  statement(db, 'DELETE FROM portfolio_unsent WHERE contract_key = ?').run(key);
  const contract = statement(
    db,
    `SELECT key, id, reference, directorate, start_date, end_date FROM portfolio_contracts
     WHERE key = ?`,
  ).get(key) as ContractRow;
  fillContract(db, basis, contract);
}

interface CommitmentRow {
  key: number;
  contract_key: number;
  id: string;
  contract_id: string;
  measure_id: string;
  directorate: string | null;
  start_date: string;
  end_date: string;
  quantity: number;
  proxy_pence: number | null;
  yearly_targets: string;
}

/** Commitments alike in all their figures depend on (term, quantity, proxy, targets). */
interface Alike {
  figures: CommitmentFigures;
  keys: number[];
}

/** The commitments in groups alike, each group's figures worked out once: thousands of
 * commitments alike on one contract cost one calculation and a few statements. */
function alikeGroups(basis: FiguresBasis, rows: readonly CommitmentRow[]) {
  const groups = new Map<string, Alike>();
  const groupOf = rows.map((row) => {
    const { start_date, end_date, quantity, proxy_pence, yearly_targets } = row;
    const alike = `${start_date} ${end_date} ${quantity} ${proxy_pence} ${yearly_targets}`;
    let group = groups.get(alike);
    if (!group) {
      const figures = commitmentFigures(
        {
          id: row.id,
          contractId: row.contract_id,
          measureId: row.measure_id,
          quantity: row.quantity,
          proxyPence: row.proxy_pence,
          yearlyTargets: JSON.parse(row.yearly_targets) as YearlyTarget[],
        },
        { start: row.start_date, end: row.end_date },
        basis,
      );
      groups.set(alike, (group = { figures, keys: [] }));
    }
    group.keys.push(row.key);
    return group;
  });
  return { groups: [...groups.values()], groupOf };
}

const listedKeys = 'SELECT value FROM json_each(:keys)';

/** A group's committed £ (in all, by year and by period) and yearly targets, on each of them. */
function fillAlike(db: Database, { figures, keys }: Alike): void {
  const listed = { keys: JSON.stringify(keys) };
  statement(
    db,
    `UPDATE portfolio_commitments SET committed_pence = :pence, has_targets = :hasTargets
     WHERE key IN (${listedKeys})`,
  ).run({ ...listed, pence: figures.committedPence, hasTargets: figures.hasTargets ? 1 : 0 });
  const addTarget = statement(
    db,
    `INSERT INTO portfolio_targets (commitment_key, position, from_day, to_day, quantity)
     SELECT value, :position, :fromDay, :toDay, :quantity FROM json_each(:keys)`,
  );
  figures.targets.forEach((target, position) => addTarget.run({ ...listed, ...target, position }));
  const addYear = statement(
    db,
    `INSERT INTO portfolio_commitment_years (year_start, commitment_key, contract_key, measure_id,
       directorate, pence, ${periodColumns.join(', ')})
     SELECT :yearStart, p.key, p.contract_key, p.measure_id, p.directorate, :pence,
       ${periodColumns.map((column) => `:${column}`).join(', ')}
     FROM portfolio_commitments p WHERE p.key IN (${listedKeys})`,
  );
  for (const { yearStart, pence, periods } of figures.years) {
    const byPeriod = Object.fromEntries(
      periodColumns.map((column, i) => [column, periods[i] ?? 0]),
    );
    addYear.run({ ...listed, yearStart, pence, ...byPeriod });
  }
}

/** Fills in the figures of one contract's rows (its key), or of every contract's (null). */
export function fillFigures(db: Database, basis: FiguresBasis, key: number | null): void {
  const keyParam = key === null ? [] : [key];
  const contracts = statement(
    db,
    `SELECT key, id, reference, directorate, start_date, end_date FROM portfolio_contracts
     WHERE ${key === null ? '1' : 'key = ?'}`,
  ).all(...keyParam) as ContractRow[];
  for (const contract of contracts) fillContract(db, basis, contract);
  const commitments = statement(
    db,
    `SELECT p.key, p.contract_key, p.id, p.contract_id, p.measure_id, p.directorate,
       p.start_date, p.end_date, p.quantity, p.proxy_pence, p.yearly_targets
     FROM portfolio_commitments p
     WHERE p.commitment_id IS NOT NULL AND ${key === null ? '1' : 'p.contract_key = ?'}`,
  ).all(...keyParam) as CommitmentRow[];
  const { groups, groupOf } = alikeGroups(basis, commitments);
  for (const group of groups) fillAlike(db, group);
  const committed = new Map<number, { pence: number; byYear: Map<string, number> }>();
  commitments.forEach((row, index) => {
    const { figures } = groupOf[index] as Alike;
    let contract = committed.get(row.contract_key);
    if (!contract) committed.set(row.contract_key, (contract = { pence: 0, byYear: new Map() }));
    contract.pence += figures.committedPence;
    for (const year of figures.years) {
      contract.byYear.set(year.yearStart, (contract.byYear.get(year.yearStart) ?? 0) + year.pence);
    }
  });
  const directorates = new Map(contracts.map((contract) => [contract.key, contract.directorate]));
  const setCommitted = statement(
    db,
    'UPDATE portfolio_contracts SET committed_pence = ? WHERE key = ?',
  );
  const addYear = statement(
    db,
    `INSERT INTO portfolio_contract_years (year_start, contract_key, directorate, pence)
     VALUES (?, ?, ?, ?)`,
  );
  for (const [contractKey, { pence, byYear }] of committed) {
    setCommitted.run(pence, contractKey);
    const directorate = directorates.get(contractKey) ?? null;
    for (const [yearStart, inYear] of byYear) {
      addYear.run(yearStart, contractKey, directorate, inYear);
    }
  }
  addCommitted(db, key, 1);
}
