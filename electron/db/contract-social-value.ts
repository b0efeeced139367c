// A contract's social value at a date: its commitments against delivery, expectation and RAG,
// worked out by the shared calculations from what the workspace holds.

import type { Database } from 'better-sqlite3';
import { addDays } from '../../shared/calendar-date';
import type { ContractSocialValue, ExtraDelivery } from '../../shared/contract-social-value';
import type { CouncilProfile } from '../../shared/council-profile';
import { reportingPeriodsBetween } from '../../shared/reporting-periods';
import {
  commitmentProgress,
  deliveryOf,
  expectedToDate,
  shareOfContractValue,
  totalOf,
  valuePence,
} from '../../shared/social-value-calc';
import type { ReturnLineBasics, ReturnStatus } from '../../shared/social-value';
import { listCommitments } from './commitment-repository';
import { getContract } from './contract-repository';
import { measureSelect, toMeasure } from './measure-basics';
import { contractReturns } from './return-repository';
import { statement } from './statements';

interface LineRow extends ReturnLineBasics {
  measure: ReturnType<typeof toMeasure>;
}

function contractLines(db: Database, contractId: string): LineRow[] {
  const rows = statement(
    db,
    `SELECT l.measure_id, l.commitment_id, l.quantity, l.proxy_pence, l.verification,
       r.period_start, r.period_end, r.status, ${measureSelect}
     FROM return_lines l JOIN returns r ON r.id = l.return_id JOIN measures m ON m.id = l.measure_id
     WHERE r.contract_id = ? AND r.deleted_at IS NULL AND l.deleted_at IS NULL`,
  ).all(contractId) as Record<string, unknown>[];
  return rows.map((row) => ({
    contractId,
    measureId: row.measure_id as string,
    commitmentId: (row.commitment_id as string | null) ?? null,
    periodStart: row.period_start as string,
    periodEnd: row.period_end as string,
    returnStatus: row.status as ReturnStatus,
    verification: row.verification as ReturnLineBasics['verification'],
    quantity: (row.quantity as number | null) ?? null,
    proxyPence: (row.proxy_pence as number | null) ?? null,
    measure: toMeasure(row),
  }));
}

/** Delivery reported for measures the contract has no commitment for, by measure. */
function extrasOf(lines: readonly LineRow[], committed: ReadonlySet<string>, asOf: string) {
  const byMeasure = new Map<string, LineRow[]>();
  for (const line of lines) {
    if (line.commitmentId !== null || committed.has(line.measureId)) continue;
    byMeasure.set(line.measureId, [...(byMeasure.get(line.measureId) ?? []), line]);
  }
  return [...byMeasure.values()].map((measureLines): ExtraDelivery => ({
    measure: (measureLines[0] as LineRow).measure,
    ...deliveryOf(measureLines, asOf),
  }));
}

export function contractSocialValue(
  db: Database,
  contractId: string,
  asOf: string,
  profile: CouncilProfile,
): ContractSocialValue {
  const contract = getContract(db, contractId);
  const term = { start: contract.startDate, end: contract.endDate };
  const fyStart = profile.financialYearStartMonth;
  const frequency = profile.reportingFrequency;
  const commitments = listCommitments(db, contractId);
  const lines = contractLines(db, contractId);
  const returns = contractReturns(db, contractId);
  const submittedPeriodStarts = new Set(
    returns.filter((r) => r.status !== 'draft').map((r) => r.periodStart),
  );
  const bands = {
    greenFromPercent: profile.ragGreenFromPercent,
    amberFromPercent: profile.ragAmberFromPercent,
  };
  const rows = commitments.map((commitment) => {
    const progress = commitmentProgress(commitment, commitment.measure, lines, term, {
      asOf,
      bands,
      financialYearStartMonth: fyStart,
      frequency,
      submittedPeriodStarts,
    });
    return {
      commitment,
      progress,
      expectedPence: valuePence(progress.expectedQuantity, commitment.proxyPence),
      shareOfContractValue: shareOfContractValue(progress.committedPence, contract.valuePence),
    };
  });
  const extras = extrasOf(lines, new Set(commitments.map((c) => c.measureId)), asOf);
  const committedTotals = totalOf(rows, (row) => ({
    committedPence: row.progress.committedPence,
    verifiedPence: row.progress.delivery.verifiedPence,
    submittedPence: row.progress.delivery.submittedPence,
    rag: row.progress.rag,
  }));
  const totals = {
    ...committedTotals,
    verifiedPence:
      committedTotals.verifiedPence + extras.reduce((sum, e) => sum + e.verifiedPence, 0),
    submittedPence:
      committedTotals.submittedPence + extras.reduce((sum, e) => sum + e.submittedPence, 0),
    expectedPence: rows.reduce((sum, row) => sum + row.expectedPence, 0),
    shareOfContractValue: shareOfContractValue(committedTotals.committedPence, contract.valuePence),
  };

  const statusOf = new Map(returns.map((r) => [r.periodStart, r.status]));
  const termPeriods = reportingPeriodsBetween(frequency, fyStart, term.start, term.end);
  const expectedBy = (date: string) =>
    commitments.reduce(
      (sum, c) => sum + valuePence(expectedToDate(c, term, date, fyStart), c.proxyPence),
      0,
    );
  const periods = termPeriods.map((period) => {
    const delivered = deliveryOf(
      lines.filter((line) => line.periodStart === period.start),
      asOf,
    );
    const status = statusOf.get(period.start);
    const due = period.end <= asOf && commitments.length > 0;
    return {
      ...period,
      expectedPence: expectedBy(period.end) - expectedBy(addDays(period.start, -1)),
      verifiedPence: delivered.verifiedPence,
      submittedPence: delivered.submittedPence,
      returnStatus: status ?? (due ? ('missing' as const) : null),
    };
  });
  return {
    contractId,
    contractValuePence: contract.valuePence,
    asOf,
    commitments: rows,
    extras,
    totals,
    periods,
    returns,
    periodsWithoutReturn: termPeriods.filter(
      (period) => period.start <= asOf && !statusOf.has(period.start),
    ),
  };
}
