// Measures, one at a time: reads with where they sit in the framework, writes with the checks an
// officer's edit needs (a live outcome of the same version, a code no other measure of the
// version has), and deletes refused while any contract uses the measure.

import type { Database } from 'better-sqlite3';
import {
  withDefaultProxy,
  type Measure,
  type MeasureDetails,
  type MeasureFields,
} from '../../shared/measures-framework';
import { AppError } from '../../shared/result';
import { columnMap } from './column-map';
import { fieldProblem } from './field-problems';
import { nextPosition, type Ordered } from './positions';
import {
  checkVersion,
  deleteRecord,
  insertRecord,
  restoreRecord,
  updateRecord,
  type Fields,
} from './records';
import { statement } from './statements';

export const measureColumns = columnMap<MeasureFields>({
  outcomeId: ['outcome_id', 'text'],
  code: ['code', 'text'],
  title: ['title', 'text'],
  guidance: ['guidance', 'text'],
  unit: ['unit', 'text'],
  kind: ['kind', 'text'],
  proxyPence: ['proxy_pence', 'number'],
  evidenceRequired: ['evidence_required', 'text'],
  councilOutcomeIds: ['council_outcome_ids', 'json'],
});

export const measureOrder: Ordered = { table: 'measures', parentColumn: 'outcome_id' };

/** Measures with their outcome and theme; only measures of a live version. */
export const measureSelect = `m.*, o.name AS outcome_name, t.id AS theme_id, t.name AS theme_name`;
export const measureFrom = `measures m JOIN outcomes o ON o.id = m.outcome_id
  JOIN themes t ON t.id = o.theme_id
  JOIN framework_versions v ON v.id = m.framework_version_id AND v.deleted_at IS NULL`;

export function measureFromRow(row: Record<string, unknown>): Measure {
  return {
    ...measureColumns.fromRow(row),
    id: row.id as string,
    frameworkVersionId: row.framework_version_id as string,
    themeId: row.theme_id as string,
    themeName: row.theme_name as string,
    outcomeName: row.outcome_name as string,
    position: row.position as number,
    version: row.version as number,
    createdAt: row.created_at as string,
    updatedAt: row.updated_at as string,
    updatedBy: row.updated_by as string,
  };
}

export function getMeasure(db: Database, id: string): Measure {
  const row = statement(
    db,
    `SELECT ${measureSelect} FROM ${measureFrom} WHERE m.id = ? AND m.deleted_at IS NULL`,
  ).get(id) as Record<string, unknown> | undefined;
  if (!row) throw new AppError('not_found', 'That measure does not exist, or has been deleted.');
  return measureFromRow(row);
}

/** The contracts whose live commitments or returns use a measure that matches (deleted contracts too). */
function contractsUsing(db: Database, measureMatch: 'm.id' | 'm.framework_version_id', id: string) {
  return (
    statement(
      db,
      `SELECT count(*) AS n FROM (
         SELECT c.contract_id FROM commitments c JOIN measures m ON m.id = c.measure_id
         WHERE ${measureMatch} = ? AND c.deleted_at IS NULL
         UNION
         SELECT r.contract_id FROM return_lines l JOIN measures m ON m.id = l.measure_id
         JOIN returns r ON r.id = l.return_id
         WHERE ${measureMatch} = ? AND l.deleted_at IS NULL AND r.deleted_at IS NULL)`,
    ).get(id, id) as { n: number }
  ).n;
}

export const contractsUsingMeasure = (db: Database, id: string): number =>
  contractsUsing(db, 'm.id', id);

export const contractsUsingVersion = (db: Database, versionId: string): number =>
  contractsUsing(db, 'm.framework_version_id', versionId);

/** "3 contracts use" / "1 contract uses". */
export const contractsUse = (n: number): string => `${n} contract${n === 1 ? ' uses' : 's use'}`;

export function measureDetails(db: Database, id: string): MeasureDetails {
  const measure = getMeasure(db, id);
  const { name } = statement(db, 'SELECT name FROM framework_versions WHERE id = ?').get(
    measure.frameworkVersionId,
  ) as { name: string };
  return { ...measure, frameworkVersionName: name, contractsUsing: contractsUsingMeasure(db, id) };
}

/** The version a live outcome belongs to; an outcome that has gone is a problem with the field. */
function versionOfOutcome(db: Database, outcomeId: string): string {
  const row = statement(
    db,
    `SELECT t.framework_version_id AS id FROM outcomes o JOIN themes t ON t.id = o.theme_id
     WHERE o.id = ? AND o.deleted_at IS NULL AND t.deleted_at IS NULL`,
  ).get(outcomeId) as { id: string } | undefined;
  if (!row) {
    throw fieldProblem(['outcomeId'], 'That outcome has been deleted. Choose another.');
  }
  return row.id;
}

/** Refuses a code another live measure of the version has (capitals and small letters alike). */
function checkCodeFree(db: Database, versionId: string, code: string, exceptId: string | null) {
  const clash = statement(
    db,
    `SELECT title FROM measures WHERE framework_version_id = ? AND code = ? COLLATE NOCASE
     AND deleted_at IS NULL AND id IS NOT ?`,
  ).get(versionId, code, exceptId) as { title: string } | undefined;
  if (clash) {
    throw fieldProblem(
      ['code'],
      `Another measure in this version already has the code ${code} ("${clash.title}"). Use a different code.`,
    );
  }
}

const stored = (fields: MeasureFields): Fields =>
  measureColumns.toColumns(withDefaultProxy(fields));

export function insertMeasure(db: Database, fields: MeasureFields, officer: string): string {
  const versionId = versionOfOutcome(db, fields.outcomeId);
  checkCodeFree(db, versionId, fields.code, null);
  return insertRecord(
    db,
    'measures',
    {
      framework_version_id: versionId,
      ...stored(fields),
      position: nextPosition(db, measureOrder, fields.outcomeId),
    },
    officer,
  );
}

/** Saves an officer's edit. Commitments keep their own proxy snapshot, so none is touched here. */
export function updateMeasure(
  db: Database,
  id: string,
  version: number,
  fields: MeasureFields,
  officer: string,
): void {
  checkVersion(db, 'measures', id, version, 'measure');
  const current = getMeasure(db, id);
  if (versionOfOutcome(db, fields.outcomeId) !== current.frameworkVersionId) {
    throw fieldProblem(['outcomeId'], 'Choose an outcome of the same framework version.');
  }
  checkCodeFree(db, current.frameworkVersionId, fields.code, id);
  const moved = fields.outcomeId !== current.outcomeId;
  updateRecord(
    db,
    'measures',
    id,
    {
      ...stored(fields),
      ...(moved ? { position: nextPosition(db, measureOrder, fields.outcomeId) } : {}),
    },
    officer,
  );
}

export function deleteMeasure(db: Database, id: string, version: number, officer: string): void {
  checkVersion(db, 'measures', id, version, 'measure');
  const { code } = getMeasure(db, id);
  const contracts = contractsUsingMeasure(db, id);
  if (contracts > 0) {
    throw new AppError(
      'refused',
      `${code} cannot be deleted: ${contractsUse(contracts)} it in commitments or returns. Remove it from ${contracts === 1 ? 'that contract' : 'those contracts'} first, or keep the measure.`,
    );
  }
  deleteRecord(db, 'measures', id, officer);
}

export function restoreMeasure(db: Database, id: string, officer: string): void {
  const row = statement(
    db,
    'SELECT framework_version_id, outcome_id, code, deleted_at FROM measures WHERE id = ?',
  ).get(id) as
    | { framework_version_id: string; outcome_id: string; code: string; deleted_at: string | null }
    | undefined;
  if (row?.deleted_at) {
    const outcomeLive = statement(
      db,
      'SELECT 1 FROM outcomes WHERE id = ? AND deleted_at IS NULL',
    ).get(row.outcome_id);
    if (!outcomeLive) {
      throw new AppError('refused', "This measure's outcome has been deleted; restore it first.");
    }
    try {
      checkCodeFree(db, row.framework_version_id, row.code, id);
    } catch {
      throw new AppError(
        'refused',
        `This measure cannot be restored: another measure of its version now has the code ${row.code}. Change that measure's code first.`,
      );
    }
  }
  restoreRecord(db, 'measures', id, officer);
}
