// Returns missing across the portfolio: for every live contract with commitments, each
// reporting period of its term that has ended with no return beyond a draft.

import type { Database } from 'better-sqlite3';
import { daysBetween } from '../../shared/calendar-date';
import type { CouncilProfile } from '../../shared/council-profile';
import { duePeriodsOfTerms, missingPeriods } from '../../shared/reporting-periods';
import type { ReturnStatus } from '../../shared/social-value';
import type { MissingReturn } from '../../shared/social-value-return';
import { statement } from './statements';

interface ContractRow {
  id: string;
  reference: string;
  title: string;
  start_date: string;
  end_date: string;
  supplier_id: string;
  supplier_name: string;
}

/** The most overdue first; `limit` rows at most, with the count of all of them. */
export function missingReturns(
  db: Database,
  asOf: string,
  profile: CouncilProfile,
  limit: number,
): { asOf: string; total: number; rows: MissingReturn[] } {
  const contracts = statement(
    db,
    `SELECT c.id, c.reference, c.title, c.start_date, c.end_date, c.supplier_id, s.name AS supplier_name
     FROM contracts c JOIN suppliers s ON s.id = c.supplier_id
     WHERE c.deleted_at IS NULL AND c.start_date <= ?
       AND EXISTS (SELECT 1 FROM commitments k WHERE k.contract_id = c.id AND k.deleted_at IS NULL)`,
  ).all(asOf) as ContractRow[];
  const returns = statement(
    db,
    `SELECT id, contract_id, period_start, status FROM returns WHERE deleted_at IS NULL AND period_start <= ?`,
  ).all(asOf) as { id: string; contract_id: string; period_start: string; status: ReturnStatus }[];
  const sent = new Map<string, Set<string>>();
  const drafts = new Map<string, string>();
  for (const r of returns) {
    if (r.status === 'draft') drafts.set(`${r.contract_id}|${r.period_start}`, r.id);
    else sent.set(r.contract_id, (sent.get(r.contract_id) ?? new Set()).add(r.period_start));
  }
  const { reportingFrequency: frequency, financialYearStartMonth: fyStart } = profile;
  const dueFor = duePeriodsOfTerms(frequency, fyStart, asOf);
  const rows = contracts.flatMap((contract) => {
    const term = { start: contract.start_date, end: contract.end_date };
    const starts = sent.get(contract.id) ?? new Set<string>();
    // Most contracts have a return for every due period: only the others are worked through.
    if (dueFor(term).every((period) => starts.has(period.start))) return [];
    return missingPeriods(term, frequency, fyStart, asOf, starts).map((period): MissingReturn => ({
      contractId: contract.id,
      contractReference: contract.reference,
      contractTitle: contract.title,
      supplierId: contract.supplier_id,
      supplierName: contract.supplier_name,
      periodLabel: period.label,
      periodStart: period.start,
      periodEnd: period.end,
      daysOverdue: daysBetween(period.end, asOf),
      draftReturnId: drafts.get(`${contract.id}|${period.start}`) ?? null,
    }));
  });
  rows.sort(
    (a, b) =>
      a.periodEnd.localeCompare(b.periodEnd) ||
      a.contractReference.localeCompare(b.contractReference),
  );
  return { asOf, total: rows.length, rows: rows.slice(0, limit) };
}
