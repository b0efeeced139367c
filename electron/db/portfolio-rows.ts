// The rows the portfolio dashboard lists by contract: the top contracts and the first of the
// missing returns. Only the few rows shown are read in full.

import type { Database } from 'better-sqlite3';
import { daysBetween } from '../../shared/calendar-date';
import type { TopContract } from '../../shared/portfolio';
import type { MissingReturn } from '../../shared/social-value-return';
import { getContract } from './contract-repository';
import type { ContractTally, MissingPeriod } from './portfolio-tally';
import { statement } from './statements';

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The first `count` items in the order `compare` gives, without sorting them all. */
function firstOf<T>(items: Iterable<T>, count: number, compare: (a: T, b: T) => number): T[] {
  const kept: T[] = [];
  for (const item of items) {
    if (kept.length === count && compare(item, kept[count - 1] as T) >= 0) continue;
    let at = kept.length;
    while (at > 0 && compare(item, kept[at - 1] as T) < 0) at -= 1;
    kept.splice(at, 0, item);
    if (kept.length > count) kept.pop();
  }
  return kept;
}

/** The contracts with the most committed, then the most delivered and verified. */
export function topContractRows(
  db: Database,
  byContract: ReadonlyMap<string, ContractTally>,
  count: number,
): TopContract[] {
  return firstOf(
    byContract,
    count,
    ([, a], [, b]) =>
      b.committedPence - a.committedPence ||
      b.verifiedPence - a.verifiedPence ||
      byText(a.reference, b.reference),
  ).map(([contractId, tally]) => {
    const contract = getContract(db, contractId);
    return {
      contractId,
      reference: contract.reference,
      title: contract.title,
      supplierId: contract.supplierId,
      supplierName: contract.supplierName,
      directorate: contract.directorate,
      committedPence: tally.committedPence,
      verifiedPence: tally.verifiedPence,
      submittedPence: tally.submittedPence,
      rag: tally.rag,
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

/** The most overdue first (then by contract reference): how many, and the first `count`. */
export function missingReturnRows(
  db: Database,
  missing: readonly MissingPeriod[],
  asked: string,
  count: number,
): { total: number; rows: MissingReturn[] } {
  const shown = firstOf(
    missing,
    count,
    (a, b) => byText(a.period.end, b.period.end) || byText(a.reference, b.reference),
  );
  return {
    total: missing.length,
    rows: shown.map(({ contractId, period }) => {
      const contract = getContract(db, contractId);
      return {
        contractId,
        contractReference: contract.reference,
        contractTitle: contract.title,
        supplierId: contract.supplierId,
        supplierName: contract.supplierName,
        periodLabel: period.label,
        periodStart: period.start,
        periodEnd: period.end,
        daysOverdue: daysBetween(period.end, asked),
        draftReturnId: draftFor(db, contractId, period.start),
      };
    }),
  };
}
