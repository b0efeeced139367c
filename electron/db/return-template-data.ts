// What a supplier return template holds, read from the workspace: the contract, the period, and
// a row per commitment with the quantity committed, the part expected by the period's end, and
// the council's note on it if a return already sent for the period had it queried or rejected.
// Also the contracts with a return due for a period (for the templates in bulk), and the periods
// to offer.

import type { Database } from 'better-sqlite3';
import { addMonths, calendarDateOf } from '../../shared/calendar-date';
import type { CouncilProfile } from '../../shared/council-profile';
import {
  parseReportingPeriod,
  reportingPeriodsBetween,
  type ReportingPeriod,
} from '../../shared/reporting-periods';
import type { TemplatePeriods } from '../../shared/return-import';
import { expectedToDate } from '../../shared/social-value-calc';
import type { ReturnTemplateData } from '../excel/return-template';
import { listCommitments } from './commitment-repository';
import { getContract } from './contract-repository';
import { fieldProblem } from './field-problems';
import { missingReturns } from './missing-returns';
import { periodInTerm } from './return-repository';
import { statement } from './statements';

/** The council's notes on the lines of the contract's live return for the period (queried or
 * rejected, each with its reason), by measure. */
function councilNotes(db: Database, contractId: string, periodStart: string): Map<string, string> {
  const rows = statement(
    db,
    `SELECT l.measure_id, l.verification, l.verification_note
     FROM returns r JOIN return_lines l ON l.return_id = r.id AND l.deleted_at IS NULL
     WHERE r.contract_id = ? AND r.period_start = ? AND r.deleted_at IS NULL
       AND l.verification_note IS NOT NULL`,
  ).all(contractId, periodStart) as {
    measure_id: string;
    verification: string;
    verification_note: string;
  }[];
  return new Map(
    rows.map((row) => [
      row.measure_id,
      `${row.verification === 'rejected' ? 'Rejected' : 'Queried'}: ${row.verification_note}`,
    ]),
  );
}

export function returnTemplateData(
  db: Database,
  contractId: string,
  period: string | ReportingPeriod,
  profile: CouncilProfile,
): ReturnTemplateData {
  const contract = getContract(db, contractId);
  const term = { start: contract.startDate, end: contract.endDate };
  const within = typeof period === 'string' ? periodInTerm(period, contract, profile) : period;
  const notes = councilNotes(db, contract.id, within.start);
  return {
    workspaceId: profile.id,
    councilName: profile.councilName,
    contract: {
      id: contract.id,
      reference: contract.reference,
      title: contract.title,
      supplierName: contract.supplierName,
    },
    period: within,
    lines: listCommitments(db, contract.id).map((commitment) => ({
      measureId: commitment.measureId,
      code: commitment.measure.code,
      title: commitment.measure.title,
      unit: commitment.measure.unit,
      kind: commitment.measure.kind,
      committed: commitment.quantity,
      expected: expectedToDate(commitment, term, within.end, profile.financialYearStartMonth),
      councilNote: notes.get(commitment.measureId) ?? null,
    })),
  };
}

export function parsePeriod(label: string, profile: CouncilProfile): ReportingPeriod {
  const parsed = parseReportingPeriod(
    label,
    profile.reportingFrequency,
    profile.financialYearStartMonth,
  );
  if (!parsed.ok) throw fieldProblem(['period'], parsed.error);
  return parsed.value;
}

/** Every live contract with commitments whose return for the period is not in (drafts count
 * as not in), by reference. */
export function contractsDueFor(
  db: Database,
  period: ReportingPeriod,
  profile: CouncilProfile,
): string[] {
  const due = missingReturns(db, period.end, profile, Number.MAX_SAFE_INTEGER);
  return due.rows
    .filter((row) => row.periodStart === period.start)
    .sort((a, b) => a.contractReference.localeCompare(b.contractReference))
    .map((row) => row.contractId);
}

/** A contract's periods from its start to today's (or its end), or the last two years' for the
 * bulk; the latest ended one suggested. */
export function templatePeriods(
  db: Database,
  contractId: string | undefined,
  profile: CouncilProfile,
  today = calendarDateOf(),
): TemplatePeriods {
  const { reportingFrequency: frequency, financialYearStartMonth: fyStart } = profile;
  let from = addMonths(today, -24);
  let to = today;
  if (contractId) {
    const contract = getContract(db, contractId);
    from = contract.startDate;
    to = contract.endDate < today ? contract.endDate : today;
  }
  const periods = reportingPeriodsBetween(frequency, fyStart, from, to).reverse();
  const ended = periods.find((period) => period.end < today);
  return { periods, suggested: (ended ?? periods.at(-1))?.label ?? null };
}
