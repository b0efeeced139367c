// Commitments on a contract: one per measure, with the measure's proxy value kept as it was when
// the commitment was made. A commitment that returns report against cannot be deleted.

import type { Database } from 'better-sqlite3';
import type { Commitment, CommitmentCreate, CommitmentFields } from '../../shared/commitment';
import { quantityMessage } from '../../shared/commitment';
import type { Contract } from '../../shared/contract';
import { financialYearsBetween, parseFinancialYearLabel } from '../../shared/financial-year';
import { withDefaultProxy } from '../../shared/measures-framework';
import { AppError } from '../../shared/result';
import type { MeasureBasics, YearlyTarget } from '../../shared/social-value';
import { getContract } from './contract-repository';
import { fieldProblem, FieldProblems } from './field-problems';
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

const commitmentFrom = `commitments k JOIN measures m ON m.id = k.measure_id
  JOIN outcomes o ON o.id = m.outcome_id JOIN themes t ON t.id = o.theme_id`;

function toCommitment(row: Record<string, unknown>): Commitment {
  return {
    id: row.id as string,
    contractId: row.contract_id as string,
    measureId: row.measure_id as string,
    quantity: row.quantity as number,
    yearlyTargets: JSON.parse(row.yearly_targets as string) as YearlyTarget[],
    proxyPence: (row.proxy_pence as number | null) ?? null,
    notes: (row.notes as string | null) ?? null,
    measure: toMeasure(row),
    version: row.version as number,
    createdAt: row.created_at as string,
    updatedAt: row.updated_at as string,
    updatedBy: row.updated_by as string,
  };
}

/** The live commitments of a contract, in the framework's order. */
export function listCommitments(db: Database, contractId: string): Commitment[] {
  const rows = statement(
    db,
    `SELECT k.*, ${measureSelect} FROM ${commitmentFrom}
     WHERE k.contract_id = ? AND k.deleted_at IS NULL
     ORDER BY t.position, o.position, m.position, m.code`,
  ).all(contractId) as Record<string, unknown>[];
  return rows.map(toCommitment);
}

export function getCommitment(db: Database, id: string): Commitment {
  const row = statement(
    db,
    `SELECT k.*, ${measureSelect} FROM ${commitmentFrom} WHERE k.id = ? AND k.deleted_at IS NULL`,
  ).get(id) as Record<string, unknown> | undefined;
  if (!row) throw new AppError('not_found', 'That commitment does not exist, or has been removed.');
  return toCommitment(row);
}

/**
 * Checks the quantity and yearly targets against the measure and the contract, and returns the
 * columns to store: a record-only measure stores quantity 0; targets are stored with the year
 * written the council's way ("2025-26" becomes "2025/26").
 */
function checkedFields(
  fields: CommitmentFields,
  measure: MeasureBasics,
  contract: Contract,
  financialYearStartMonth: number,
  problems: FieldProblems,
): Fields {
  const recordOnly = measure.kind === 'record-only';
  if (recordOnly && fields.quantity !== null && fields.quantity !== 0) {
    problems.add(
      ['quantity'],
      `${measure.code} is recorded as a narrative only: leave the quantity blank`,
    );
  }
  if (!recordOnly && fields.quantity === null) problems.add(['quantity'], quantityMessage);
  if (recordOnly && fields.yearlyTargets.length > 0) {
    problems.add(['yearlyTargets'], `${measure.code} has no quantity, so it takes no targets`);
  }
  const termYears = financialYearsBetween(
    contract.startDate,
    contract.endDate,
    financialYearStartMonth,
  );
  const seen = new Set<string>();
  const targets: YearlyTarget[] = [];
  fields.yearlyTargets.forEach((target, index) => {
    const path = ['yearlyTargets', index, 'financialYear'];
    const parsed = parseFinancialYearLabel(target.financialYear, financialYearStartMonth);
    if (!parsed.ok) {
      problems.add(path, parsed.error);
      return;
    }
    const label = parsed.value.label;
    if (!termYears.some((year) => year.label === label)) {
      const span = `${termYears[0]?.label} to ${termYears.at(-1)?.label}`;
      problems.add(path, `${label} is outside the contract's term (${span})`);
    } else if (seen.has(label)) {
      problems.add(path, `${label} is listed twice`);
    }
    seen.add(label);
    targets.push({ financialYear: label, quantity: target.quantity });
  });
  const targeted = targets.reduce((sum, target) => sum + target.quantity, 0);
  if (fields.quantity !== null && targeted > fields.quantity * (1 + 1e-9)) {
    problems.add(
      ['yearlyTargets'],
      `The yearly targets add up to ${targeted}, more than the ${fields.quantity} committed for the whole term`,
    );
  }
  return {
    quantity: recordOnly ? 0 : (fields.quantity ?? 0),
    yearly_targets: JSON.stringify(targets),
    notes: fields.notes,
  };
}

function liveCommitmentFor(
  db: Database,
  contractId: string,
  measureId: string,
  exceptId: string | null,
) {
  return statement(
    db,
    `SELECT id FROM commitments WHERE contract_id = ? AND measure_id = ? AND deleted_at IS NULL AND id IS NOT ?`,
  ).get(contractId, measureId, exceptId) as { id: string } | undefined;
}

/** Makes the commitment, keeping the measure's proxy value as it is today. Returns its id. */
export function insertCommitment(
  db: Database,
  input: CommitmentCreate,
  officer: string,
  financialYearStartMonth: number,
): string {
  const contract = getContract(db, input.contractId);
  const measure = measureOf(db, input.measureId);
  if (!measure) {
    throw fieldProblem(
      ['measureId'],
      'That measure does not exist, or has been deleted. Choose another.',
    );
  }
  const problems = new FieldProblems();
  if (liveCommitmentFor(db, contract.id, measure.id, null)) {
    problems.add(
      ['measureId'],
      `This contract already has a commitment for ${measure.code}. Change that one instead.`,
    );
  }
  const columns = checkedFields(input, measure, contract, financialYearStartMonth, problems);
  problems.throwIfAny();
  return insertRecord(
    db,
    'commitments',
    {
      contract_id: contract.id,
      measure_id: measure.id,
      ...columns,
      proxy_pence: withDefaultProxy(measure).proxyPence,
    },
    officer,
  );
}

/** Changes the quantity, targets or notes; the measure and the proxy snapshot stay. */
export function updateCommitment(
  db: Database,
  id: string,
  version: number,
  fields: CommitmentFields,
  officer: string,
  financialYearStartMonth: number,
): void {
  checkVersion(db, 'commitments', id, version, 'commitment');
  const commitment = getCommitment(db, id);
  const contract = getContract(db, commitment.contractId);
  const problems = new FieldProblems();
  const columns = checkedFields(
    fields,
    commitment.measure,
    contract,
    financialYearStartMonth,
    problems,
  );
  problems.throwIfAny();
  updateRecord(db, 'commitments', id, columns, officer);
}

/** How many lines of live returns report against the commitment. */
function reportedLines(db: Database, id: string): number {
  return (
    statement(
      db,
      `SELECT count(*) AS n FROM return_lines l JOIN returns r ON r.id = l.return_id
       WHERE l.commitment_id = ? AND l.deleted_at IS NULL AND r.deleted_at IS NULL`,
    ).get(id) as { n: number }
  ).n;
}

export function deleteCommitment(db: Database, id: string, version: number, officer: string): void {
  checkVersion(db, 'commitments', id, version, 'commitment');
  const lines = reportedLines(db, id);
  if (lines > 0) {
    const { measure } = getCommitment(db, id);
    throw new AppError(
      'refused',
      `The commitment for ${measure.code} cannot be removed: ${lines === 1 ? '1 return line reports' : `${lines} return lines report`} against it. Delete those returns first, or set the commitment's quantity to what was agreed.`,
    );
  }
  deleteRecord(db, 'commitments', id, officer);
}

export function restoreCommitment(db: Database, id: string, officer: string): void {
  const row = statement(db, 'SELECT contract_id, measure_id FROM commitments WHERE id = ?').get(
    id,
  ) as { contract_id: string; measure_id: string } | undefined;
  if (row) {
    getContract(db, row.contract_id);
    if (liveCommitmentFor(db, row.contract_id, row.measure_id, id)) {
      throw new AppError(
        'refused',
        'This commitment cannot be restored: the contract has a new commitment for the same measure. Change that one instead.',
      );
    }
  }
  restoreRecord(db, 'commitments', id, officer);
}
