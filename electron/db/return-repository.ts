// Returns: reading them (one with its lines, or a filtered list), starting a draft for a contract
// and period with a line per commitment, editing a draft's lines, deleting and restoring.
// Submitting and verifying are in return-workflow.ts.

import type { Database } from 'better-sqlite3';
import { longDate } from '../../shared/calendar-date';
import type { Contract } from '../../shared/contract';
import type { CouncilProfile } from '../../shared/council-profile';
import type { ListPage } from '../../shared/list-query';
import { withDefaultProxy } from '../../shared/measures-framework';
import { parseReportingPeriod, type ReportingPeriod } from '../../shared/reporting-periods';
import { AppError } from '../../shared/result';
import {
  returnStatusLabels,
  type LineVerification,
  type ReturnStatus,
} from '../../shared/social-value';
import type {
  ReturnDetail,
  ReturnLine,
  ReturnListParams,
  ReturnSortKey,
  ReturnSummary,
} from '../../shared/social-value-return';
import { getContract } from './contract-repository';
import { fieldProblem, FieldProblems } from './field-problems';
import { ListFilter, runList, type ListSpec } from './list-sql';
import { measureOf, measureSelect, toMeasure } from './measure-basics';
import {
  checkVersion,
  deleteRecord,
  insertRecord,
  restoreRecord,
  updateRecord,
  type Fields,
} from './records';
import { statement } from './statements';

const returnSelect = `r.*, c.reference AS contract_reference, c.title AS contract_title,
  c.supplier_id, s.name AS supplier_name, c.start_date AS contract_start, c.end_date AS contract_end,
  (SELECT count(*) FROM return_lines l WHERE l.return_id = r.id AND l.deleted_at IS NULL) AS line_count`;
const returnFrom = `returns r JOIN contracts c ON c.id = r.contract_id JOIN suppliers s ON s.id = c.supplier_id`;

function toSummary(row: Record<string, unknown>): ReturnSummary {
  return {
    id: row.id as string,
    contractId: row.contract_id as string,
    contractReference: row.contract_reference as string,
    contractTitle: row.contract_title as string,
    supplierId: row.supplier_id as string,
    supplierName: row.supplier_name as string,
    periodLabel: row.period_label as string,
    periodStart: row.period_start as string,
    periodEnd: row.period_end as string,
    status: row.status as ReturnStatus,
    submittedAt: (row.submitted_at as string | null) ?? null,
    verifiedBy: (row.verified_by as string | null) ?? null,
    verifiedAt: (row.verified_at as string | null) ?? null,
    statusNote: (row.status_note as string | null) ?? null,
    lineCount: row.line_count as number,
    version: row.version as number,
    createdAt: row.created_at as string,
    updatedAt: row.updated_at as string,
    updatedBy: row.updated_by as string,
  };
}

function toLine(row: Record<string, unknown>): ReturnLine {
  return {
    id: row.id as string,
    measure: toMeasure(row),
    commitmentId: (row.commitment_id as string | null) ?? null,
    committedQuantity: (row.committed_quantity as number | null) ?? null,
    quantity: (row.quantity as number | null) ?? null,
    proxyPence: (row.proxy_pence as number | null) ?? null,
    evidenceReference: (row.evidence_reference as string | null) ?? null,
    narrative: (row.narrative as string | null) ?? null,
    verification: row.verification as LineVerification,
    verifiedBy: (row.verified_by as string | null) ?? null,
    verifiedAt: (row.verified_at as string | null) ?? null,
    verificationNote: (row.verification_note as string | null) ?? null,
  };
}

/** A return's live lines: the committed measures in the framework's order, then extra ones. */
export function returnLines(db: Database, returnId: string): ReturnLine[] {
  const rows = statement(
    db,
    `SELECT l.*, ${measureSelect}, k.quantity AS committed_quantity
     FROM return_lines l JOIN measures m ON m.id = l.measure_id
       JOIN outcomes o ON o.id = m.outcome_id JOIN themes t ON t.id = o.theme_id
       LEFT JOIN commitments k ON k.id = l.commitment_id AND k.deleted_at IS NULL
     WHERE l.return_id = ? AND l.deleted_at IS NULL
     ORDER BY l.commitment_id IS NULL, t.position, o.position, m.position, m.code`,
  ).all(returnId) as Record<string, unknown>[];
  return rows.map(toLine);
}

export function getReturn(db: Database, id: string): ReturnDetail {
  const row = statement(
    db,
    `SELECT ${returnSelect} FROM ${returnFrom} WHERE r.id = ? AND r.deleted_at IS NULL`,
  ).get(id) as Record<string, unknown> | undefined;
  if (!row) throw new AppError('not_found', 'That return does not exist, or has been deleted.');
  return {
    ...toSummary(row),
    contractStartDate: row.contract_start as string,
    contractEndDate: row.contract_end as string,
    lines: returnLines(db, id),
  };
}

// Each sort but the contract's and supplier's has an index in its order (migrations 4 and 9); those
// two walk the contracts, or suppliers, in their name's index and find each one's returns.
const sortColumns: Record<ReturnSortKey, string> = {
  contractReference: 'c.reference COLLATE NOCASE',
  supplierName: 's.name COLLATE NOCASE',
  period: 'r.period_start',
  status:
    "CASE r.status WHEN 'draft' THEN 1 WHEN 'submitted' THEN 2 WHEN 'queried' THEN 3 WHEN 'verified' THEN 4 ELSE 5 END",
  submittedAt: 'r.submitted_at',
};

/** The search, on the contract's reference and title and its supplier's name, as one lookup. */
function contractSearch(search: string): ListFilter {
  return new ListFilter().search(search, [
    'c.reference',
    'c.title',
    { key: 'c.supplier_id', table: 'suppliers', column: 'name' },
  ]);
}

/**
 * The tables the window's ids are found in: the returns alone, or, to sort the whole list by the
 * contract's reference or the supplier's name, walked from those in their name's order. Every condition
 * of the filter is on the return, so the list is counted on the returns alone; a deleted
 * contract's returns are left out by a lookup in the few deleted contracts.
 */
const keyTables: Partial<Record<ReturnSortKey, string>> = {
  contractReference: `contracts c INDEXED BY contracts_by_reference_and_id
    CROSS JOIN returns r ON r.contract_id = c.id AND c.deleted_at IS NULL`,
  supplierName: `suppliers s CROSS JOIN contracts c ON c.supplier_id = s.id AND c.deleted_at IS NULL
    CROSS JOIN returns r ON r.contract_id = c.id`,
};

/** The returns of live contracts matching the search and filters, in the order asked for. */
export function returnListSpec(query: ReturnListParams): ListSpec {
  const filter = new ListFilter(
    'r.deleted_at IS NULL',
    'r.contract_id NOT IN (SELECT id FROM contracts WHERE deleted_at IS NOT NULL)',
  )
    .oneOf('r.status', query.status)
    .equals('r.contract_id', query.contractId)
    .equals('r.period_label', query.period);
  const contracts = contractSearch(query.search);
  if (contracts.narrowed) {
    filter.where(
      `r.contract_id IN (SELECT c.id FROM contracts c ${contracts.sql()})`,
      ...contracts.params,
    );
  }
  return {
    select: returnSelect,
    from: returnFrom,
    // A narrowed list's matches are found first and sorted, joined to what the sort needs.
    keyFrom: !keyTables[query.sort]
      ? 'returns r'
      : filter.narrowed
        ? returnFrom
        : keyTables[query.sort],
    countFrom: 'returns r INDEXED BY returns_for_lists',
    filter,
    orderBy: sortColumns[query.sort],
    // A contract's (or supplier's) returns by period.
    ...(keyTables[query.sort] ? { thenBy: 'r.period_start' } : {}),
    direction: query.direction,
    idColumn: 'r.id',
    valueColumn: '0',
    offset: query.offset,
    limit: query.limit,
  };
}

export function listReturns(db: Database, query: ReturnListParams): ListPage<ReturnSummary> {
  return runList(db, returnListSpec(query), toSummary);
}

/** The contract's returns, latest period first (a contract has a few dozen at most). */
export function contractReturns(db: Database, contractId: string): ReturnSummary[] {
  return (
    statement(
      db,
      `SELECT ${returnSelect} FROM ${returnFrom}
       WHERE r.contract_id = ? AND r.deleted_at IS NULL ORDER BY r.period_start DESC`,
    ).all(contractId) as Record<string, unknown>[]
  ).map(toSummary);
}

function termText(contract: Contract): string {
  return `${longDate(contract.startDate)} to ${longDate(contract.endDate)}`;
}

/** The period a label names, for this council; refused when outside the contract's term. */
export function periodInTerm(
  label: string,
  contract: Contract,
  profile: CouncilProfile,
): ReportingPeriod {
  const parsed = parseReportingPeriod(
    label,
    profile.reportingFrequency,
    profile.financialYearStartMonth,
  );
  if (!parsed.ok) throw fieldProblem(['period'], parsed.error);
  const period = parsed.value;
  if (period.end < contract.startDate || period.start > contract.endDate) {
    throw fieldProblem(
      ['period'],
      `${period.label} (${longDate(period.start)} to ${longDate(period.end)}) is outside the contract's term, ${termText(contract)}`,
    );
  }
  return period;
}

function returnFor(db: Database, contractId: string, periodStart: string, exceptId: string | null) {
  return statement(
    db,
    `SELECT id, status FROM returns
     WHERE contract_id = ? AND period_start = ? AND deleted_at IS NULL AND id IS NOT ?`,
  ).get(contractId, periodStart, exceptId) as { id: string; status: ReturnStatus } | undefined;
}

/** Starts a draft return with a line for each of the contract's commitments. Returns its id. */
export function insertReturn(
  db: Database,
  input: { contractId: string; period: string },
  officer: string,
  profile: CouncilProfile,
): string {
  const contract = getContract(db, input.contractId);
  const period = periodInTerm(input.period, contract, profile);
  const existing = returnFor(db, contract.id, period.start, null);
  if (existing) {
    throw fieldProblem(
      ['period'],
      `This contract already has a return for ${period.label} (${returnStatusLabels[existing.status].toLowerCase()}). Open that one instead.`,
    );
  }
  const id = insertRecord(
    db,
    'returns',
    {
      contract_id: contract.id,
      period_start: period.start,
      period_end: period.end,
      period_label: period.label,
      status: 'draft',
    },
    officer,
  );
  const commitments = statement(
    db,
    `SELECT id, measure_id, proxy_pence FROM commitments WHERE contract_id = ? AND deleted_at IS NULL`,
  ).all(contract.id) as { id: string; measure_id: string; proxy_pence: number | null }[];
  for (const commitment of commitments) {
    insertRecord(
      db,
      'return_lines',
      {
        return_id: id,
        measure_id: commitment.measure_id,
        commitment_id: commitment.id,
        proxy_pence: commitment.proxy_pence,
      },
      officer,
    );
  }
  return id;
}

/** Refuses a change to a return past draft: it is corrected by sending it back to draft. */
export function checkDraft(db: Database, id: string, version: number, doing: string): ReturnDetail {
  checkVersion(db, 'returns', id, version, 'return');
  const found = getReturn(db, id);
  if (found.status !== 'draft') {
    throw new AppError(
      'refused',
      `This return is ${returnStatusLabels[found.status].toLowerCase()}, so it cannot be ${doing}. Send it back to draft first; that is recorded in its audit trail.`,
    );
  }
  return found;
}

interface LineInput {
  measureId: string;
  quantity: number | null;
  evidenceReference: string | null;
  narrative: string | null;
}

/**
 * Saves a draft's lines: a listed measure's line is updated, or added (an extra measure, or a
 * commitment made since the draft was started); an extra measure's line no longer listed is
 * removed. A committed measure's line stays, blank, even when not listed.
 */
export function updateReturnLines(
  db: Database,
  id: string,
  version: number,
  lines: readonly LineInput[],
  officer: string,
): void {
  const draft = checkDraft(db, id, version, 'edited');
  const problems = new FieldProblems();
  const measures = lines.map((line, index) => {
    const measure = measureOf(db, line.measureId);
    if (!measure) {
      problems.add(['lines', index, 'measureId'], 'That measure does not exist, or was deleted');
    } else if (measure.kind === 'record-only' && line.quantity !== null) {
      problems.add(
        ['lines', index, 'quantity'],
        `${measure.code} is recorded as a narrative only: leave the quantity blank`,
      );
    }
    return measure;
  });
  problems.throwIfAny();
  const held = new Map(draft.lines.map((line) => [line.measure.id, line]));
  lines.forEach((line, index) => {
    const fields: Fields = {
      quantity: line.quantity,
      evidence_reference: line.evidenceReference,
      narrative: line.narrative,
    };
    const existing = held.get(line.measureId);
    if (existing) {
      updateRecord(db, 'return_lines', existing.id, fields, officer);
      return;
    }
    const commitment = statement(
      db,
      `SELECT id, proxy_pence FROM commitments WHERE contract_id = ? AND measure_id = ? AND deleted_at IS NULL`,
    ).get(draft.contractId, line.measureId) as
      { id: string; proxy_pence: number | null } | undefined;
    const measure = measures[index];
    insertRecord(
      db,
      'return_lines',
      {
        return_id: id,
        measure_id: line.measureId,
        commitment_id: commitment?.id ?? null,
        proxy_pence: commitment
          ? commitment.proxy_pence
          : measure
            ? withDefaultProxy(measure).proxyPence
            : null,
        ...fields,
      },
      officer,
    );
  });
  const listed = new Set(lines.map((line) => line.measureId));
  for (const line of draft.lines) {
    if (line.commitmentId === null && !listed.has(line.measure.id)) {
      deleteRecord(db, 'return_lines', line.id, officer);
    }
  }
  updateRecord(db, 'returns', id, {}, officer, { touch: true });
}

export function deleteReturn(db: Database, id: string, version: number, officer: string): void {
  checkVersion(db, 'returns', id, version, 'return');
  deleteRecord(db, 'returns', id, officer);
}

/** Undoes a delete, unless the contract is gone or has a new return for the same period. */
export function restoreReturn(db: Database, id: string, officer: string): void {
  const row = statement(
    db,
    'SELECT contract_id, period_start, period_label FROM returns WHERE id = ?',
  ).get(id) as { contract_id: string; period_start: string; period_label: string } | undefined;
  if (row) {
    getContract(db, row.contract_id);
    if (returnFor(db, row.contract_id, row.period_start, id)) {
      throw new AppError(
        'refused',
        `This return cannot be restored: the contract has a new return for ${row.period_label}. Use that one instead.`,
      );
    }
  }
  restoreRecord(db, 'returns', id, officer);
}
