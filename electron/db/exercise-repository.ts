// Procurement exercises (the pipeline): reads, writes and their scope.

import type { Database } from 'better-sqlite3';
import type { Threshold } from '../../shared/council-profile';
import { exerciseStatusLabels, type Exercise, type ExerciseFields } from '../../shared/exercise';
import type { ExerciseListParams, ListPage } from '../../shared/list-query';
import { AppError } from '../../shared/result';
import { columnMap } from './column-map';
import { withDirectorateSpelling } from './directorates';
import { allOf, ListFilter, runList, type ListSpec } from './list-sql';
import {
  checkReferenceFreeToRestore,
  checkUniqueReference,
  checkVersion,
  deleteRecord,
  insertRecord,
  restoreRecord,
  updateRecord,
  type Fields,
} from './records';
import { recomputeScope, scopeColumns, scopeFromRow } from './scope-columns';
import { statement } from './statements';

export const exerciseColumns = columnMap<ExerciseFields>({
  reference: ['reference', 'text'],
  title: ['title', 'text'],
  description: ['description', 'text'],
  directorate: ['directorate', 'text'],
  leadOfficer: ['lead_officer', 'text'],
  category: ['category', 'text'],
  procurementRoute: ['procurement_route', 'text'],
  estimatedValuePence: ['estimated_value_pence', 'number'],
  startDate: ['start_date', 'text'],
  advertDate: ['advert_date', 'text'],
  tenderCloseDate: ['tender_close_date', 'text'],
  awardDecisionDate: ['award_decision_date', 'text'],
  contractStartDate: ['contract_start_date', 'text'],
  contractEndDate: ['contract_end_date', 'text'],
  status: ['status', 'text'],
  reservedToLocal: ['reserved_to_local', 'boolean'],
  socialValueWeightingPercent: ['social_value_weighting_percent', 'number'],
  socialValueApproach: ['social_value_approach', 'text'],
  notApplicableReason: ['not_applicable_reason', 'text'],
  targetedOutcomeIds: ['targeted_outcome_ids', 'json'],
});

/** An exercise is judged on the thresholds in force when it is advertised (or starts). */
function storedColumns(fields: ExerciseFields, thresholds: readonly Threshold[]): Fields {
  return {
    ...exerciseColumns.toColumns(fields),
    ...scopeColumns(
      {
        category: fields.category,
        valuePence: fields.estimatedValuePence,
        date: fields.advertDate ?? fields.startDate,
      },
      thresholds,
    ),
  };
}

const awardedContract =
  '(SELECT c.id FROM contracts c WHERE c.exercise_id = e.id AND c.deleted_at IS NULL ORDER BY c.created_at LIMIT 1) AS contract_id';

export function toExercise(row: Record<string, unknown>): Exercise {
  return {
    ...exerciseColumns.fromRow(row),
    id: row.id as string,
    scope: scopeFromRow(row),
    contractId: (row.contract_id as string | null) ?? null,
    version: row.version as number,
    createdAt: row.created_at as string,
    updatedAt: row.updated_at as string,
    updatedBy: row.updated_by as string,
  };
}

export function getExercise(db: Database, id: string): Exercise {
  const row = statement(
    db,
    `SELECT e.*, ${awardedContract} FROM exercises e WHERE e.id = ? AND e.deleted_at IS NULL`,
  ).get(id) as Record<string, unknown> | undefined;
  if (!row) {
    throw new AppError(
      'not_found',
      'That procurement exercise does not exist, or has been deleted.',
    );
  }
  return toExercise(row);
}

export function insertExercise(
  db: Database,
  fields: ExerciseFields,
  officer: string,
  thresholds: readonly Threshold[],
): string {
  checkUniqueReference(db, 'exercises', fields.reference, null, 'procurement exercise');
  return insertRecord(
    db,
    'exercises',
    storedColumns(
      withDirectorateSpelling(db, fields, { table: 'exercises', id: null }),
      thresholds,
    ),
    officer,
  );
}

/** The live contract an exercise was awarded as, if any. */
function liveContractOf(db: Database, id: string): { reference: string } | undefined {
  return statement(
    db,
    'SELECT reference FROM contracts WHERE exercise_id = ? AND deleted_at IS NULL ORDER BY created_at LIMIT 1',
  ).get(id) as { reference: string } | undefined;
}

/** While its contract stands, an exercise stays awarded: its status cannot be moved back. */
export function checkStatusChange(
  db: Database,
  id: string,
  status: ExerciseFields['status'],
): void {
  if (status === 'awarded') return;
  const stored = statement(db, 'SELECT status FROM exercises WHERE id = ?').get(id) as {
    status: ExerciseFields['status'];
  };
  if (stored.status === status) return;
  const contract = liveContractOf(db, id);
  if (contract) {
    const message = `The status cannot be changed to ${exerciseStatusLabels[status]}: this exercise was awarded as contract ${contract.reference}. Delete the contract first if the award no longer stands.`;
    throw new AppError('invalid_input', message, { issues: [{ path: ['status'], message }] });
  }
}

export function updateExercise(
  db: Database,
  id: string,
  version: number,
  fields: ExerciseFields,
  officer: string,
  thresholds: readonly Threshold[],
): void {
  checkVersion(db, 'exercises', id, version, 'procurement exercise');
  checkUniqueReference(db, 'exercises', fields.reference, id, 'procurement exercise');
  checkStatusChange(db, id, fields.status);
  updateRecord(
    db,
    'exercises',
    id,
    storedColumns(withDirectorateSpelling(db, fields, { table: 'exercises', id }), thresholds),
    officer,
  );
}

export function deleteExercise(db: Database, id: string, version: number, officer: string): void {
  checkVersion(db, 'exercises', id, version, 'procurement exercise');
  const contract = liveContractOf(db, id);
  if (contract) {
    throw new AppError(
      'refused',
      `This exercise was awarded as contract ${contract.reference}, so it cannot be deleted. Delete the contract first.`,
    );
  }
  deleteRecord(db, 'exercises', id, officer);
}

export function restoreExercise(db: Database, id: string, officer: string): void {
  checkReferenceFreeToRestore(db, 'exercises', id, 'procurement exercise');
  restoreRecord(db, 'exercises', id, officer);
}

const sortColumns: Record<ExerciseListParams['sort'], string> = {
  reference: 'e.reference COLLATE NOCASE',
  title: 'e.title COLLATE NOCASE',
  directorate: 'e.directorate COLLATE NOCASE',
  category: 'e.category',
  estimatedValuePence: 'e.estimated_value_pence',
  startDate: 'e.start_date',
  status:
    "CASE e.status WHEN 'pipeline' THEN 1 WHEN 'live' THEN 2 WHEN 'evaluation' THEN 3 WHEN 'awarded' THEN 4 ELSE 5 END",
};

export function exerciseListSpec(query: ExerciseListParams): ListSpec {
  const filter = new ListFilter('e.deleted_at IS NULL')
    .search(query.search, ['e.reference', 'e.title', 'e.directorate', 'e.lead_officer'])
    .oneOf('e.status', query.status)
    .equals('e.directorate', query.directorate)
    .equals('e.category', query.category)
    .scope('e', query.scope);
  if (query.from) filter.where('e.start_date >= ?', query.from);
  if (query.to) filter.where('e.start_date <= ?', query.to);
  return {
    select: `e.*, ${awardedContract}`,
    from: 'exercises e',
    filter,
    orderBy: sortColumns[query.sort],
    direction: query.direction,
    idColumn: 'e.id',
    valueColumn: 'e.estimated_value_pence',
    offset: query.offset,
    limit: query.limit,
    totals: query.totals,
  };
}

export function listExercises(db: Database, query: ExerciseListParams): ListPage<Exercise> {
  return runList(db, exerciseListSpec(query), toExercise);
}

export function allExercises(db: Database, query: ExerciseListParams): Exercise[] {
  return runList(db, allOf(exerciseListSpec(query)), toExercise).rows;
}

export function recomputeExerciseScope(db: Database, thresholds: readonly Threshold[]): void {
  recomputeScope(
    db,
    'exercises',
    'estimated_value_pence',
    'coalesce(advert_date, start_date)',
    thresholds,
  );
}
