// Framework versions and their trees. The version in force on a date is the live version with
// the latest effective date on or before it; frameworkInForce and measuresInForce are what other
// parts of the app (commitments, returns) use to offer measures.

import type { Database } from 'better-sqlite3';
import { longDate } from '../../shared/calendar-date';
import type {
  Framework,
  FrameworkVersion,
  FrameworkVersionFields,
  Measure,
  Outcome,
  Theme,
} from '../../shared/measures-framework';
import { AppError } from '../../shared/result';
import { columnMap } from './column-map';
import { fieldProblem } from './field-problems';
import {
  contractsUse,
  contractsUsingVersion,
  measureFrom,
  measureFromRow,
  measureSelect,
} from './measure-repository';
import { checkVersion, deleteRecord, restoreRecord, updateRecord } from './records';
import { statement } from './statements';

export const versionColumns = columnMap<FrameworkVersionFields>({
  name: ['name', 'text'],
  effectiveFrom: ['effective_from', 'text'],
  notes: ['notes', 'text'],
});

const versionSelect = `SELECT v.*, (SELECT count(*) FROM measures m
  WHERE m.framework_version_id = v.id AND m.deleted_at IS NULL) AS measure_count
  FROM framework_versions v WHERE v.deleted_at IS NULL`;

type Row = Record<string, unknown>;

/** The id of the version in force on `date`, or undefined before the first one takes effect. */
export function versionIdInForce(db: Database, date: string): string | undefined {
  const row = statement(
    db,
    `SELECT id FROM framework_versions WHERE deleted_at IS NULL AND effective_from <= ?
     ORDER BY effective_from DESC LIMIT 1`,
  ).get(date) as { id: string } | undefined;
  return row?.id;
}

/** The version taking effect last (it may not be in force yet). */
function latestVersionId(db: Database): string | undefined {
  const row = statement(
    db,
    'SELECT id FROM framework_versions WHERE deleted_at IS NULL ORDER BY effective_from DESC LIMIT 1',
  ).get() as { id: string } | undefined;
  return row?.id;
}

function toVersion(row: Row, inForceId: string | undefined): FrameworkVersion {
  return {
    ...versionColumns.fromRow(row),
    id: row.id as string,
    measureCount: row.measure_count as number,
    inForce: row.id === inForceId,
    version: row.version as number,
    createdAt: row.created_at as string,
    updatedAt: row.updated_at as string,
    updatedBy: row.updated_by as string,
  };
}

/** Every live version, the latest effective date first; `today` decides which is in force. */
export function listVersions(db: Database, today: string): FrameworkVersion[] {
  const inForceId = versionIdInForce(db, today);
  return (statement(db, `${versionSelect} ORDER BY v.effective_from DESC`).all() as Row[]).map(
    (row) => toVersion(row, inForceId),
  );
}

export function getVersion(db: Database, id: string, today: string): FrameworkVersion {
  const row = statement(db, `${versionSelect} AND v.id = ?`).get(id) as Row | undefined;
  if (!row) {
    throw new AppError('not_found', 'That framework version does not exist, or has been deleted.');
  }
  return toVersion(row, versionIdInForce(db, today));
}

/** The version in force on `date`, or null before the first one takes effect. */
export function frameworkInForce(db: Database, date: string): FrameworkVersion | null {
  const id = versionIdInForce(db, date);
  return id === undefined ? null : getVersion(db, id, date);
}

/** Every measure of a version, in framework order (theme, outcome, measure). */
export function measuresOfVersion(db: Database, versionId: string): Measure[] {
  return (
    statement(
      db,
      `SELECT ${measureSelect} FROM ${measureFrom}
       WHERE m.framework_version_id = ? AND m.deleted_at IS NULL
       ORDER BY t.position, o.position, m.position, m.code`,
    ).all(versionId) as Row[]
  ).map(measureFromRow);
}

/**
 * The measures of the version in force on `date`; of the latest version when no date is given.
 * None before the first version takes effect.
 */
export function measuresInForce(db: Database, date?: string): Measure[] {
  const id = date === undefined ? latestVersionId(db) : versionIdInForce(db, date);
  return id === undefined ? [] : measuresOfVersion(db, id);
}

/** A version with its themes, outcomes and measures, in order. */
export function readFramework(db: Database, versionId: string, today: string): Framework {
  const version = getVersion(db, versionId, today);
  const themes: Theme[] = (
    statement(
      db,
      `SELECT id, framework_version_id, name, position, version FROM themes
       WHERE framework_version_id = ? AND deleted_at IS NULL ORDER BY position, created_at`,
    ).all(versionId) as Row[]
  ).map((row) => ({
    id: row.id as string,
    frameworkVersionId: row.framework_version_id as string,
    name: row.name as string,
    position: row.position as number,
    version: row.version as number,
    outcomes: [],
  }));
  const outcomes = new Map<string, Outcome>();
  const outcomeRows = statement(
    db,
    `SELECT o.id, o.theme_id, o.name, o.position, o.version FROM outcomes o
     JOIN themes t ON t.id = o.theme_id
     WHERE t.framework_version_id = ? AND o.deleted_at IS NULL AND t.deleted_at IS NULL
     ORDER BY o.position, o.created_at`,
  ).all(versionId) as Row[];
  for (const row of outcomeRows) {
    const outcome: Outcome = {
      id: row.id as string,
      themeId: row.theme_id as string,
      name: row.name as string,
      position: row.position as number,
      version: row.version as number,
      measures: [],
    };
    outcomes.set(outcome.id, outcome);
    themes.find((theme) => theme.id === outcome.themeId)?.outcomes.push(outcome);
  }
  for (const measure of measuresOfVersion(db, versionId)) {
    outcomes.get(measure.outcomeId)?.measures.push(measure);
  }
  return { version, themes };
}

/** Refuses an effective date another live version already has. */
export function checkEffectiveDateFree(
  db: Database,
  effectiveFrom: string,
  exceptId: string | null,
): void {
  const clash = statement(
    db,
    `SELECT name FROM framework_versions WHERE effective_from = ? AND deleted_at IS NULL
     AND id IS NOT ?`,
  ).get(effectiveFrom, exceptId) as { name: string } | undefined;
  if (clash) {
    throw fieldProblem(
      ['effectiveFrom'],
      `The version "${clash.name}" already takes effect on ${longDate(effectiveFrom)}. Choose another date.`,
    );
  }
}

export function updateVersion(
  db: Database,
  id: string,
  version: number,
  fields: FrameworkVersionFields,
  officer: string,
): void {
  checkVersion(db, 'framework_versions', id, version, 'framework version');
  checkEffectiveDateFree(db, fields.effectiveFrom, id);
  updateRecord(db, 'framework_versions', id, versionColumns.toColumns(fields), officer);
}

/**
 * Deletes a version (its themes, outcomes and measures go with it, and come back with a
 * restore). Refused for the last version, and while any contract uses one of its measures.
 */
export function deleteVersion(db: Database, id: string, version: number, officer: string): void {
  checkVersion(db, 'framework_versions', id, version, 'framework version');
  const { n: versions } = statement(
    db,
    'SELECT count(*) AS n FROM framework_versions WHERE deleted_at IS NULL',
  ).get() as { n: number };
  if (versions === 1) {
    throw new AppError(
      'refused',
      'This is the only version of the framework, so it cannot be deleted. Change it instead.',
    );
  }
  const contracts = contractsUsingVersion(db, id);
  if (contracts > 0) {
    throw new AppError(
      'refused',
      `This version cannot be deleted: ${contractsUse(contracts)} its measures in commitments or returns.`,
    );
  }
  deleteRecord(db, 'framework_versions', id, officer);
}

export function restoreVersion(db: Database, id: string, officer: string): void {
  const row = statement(
    db,
    'SELECT effective_from, deleted_at FROM framework_versions WHERE id = ?',
  ).get(id) as { effective_from: string; deleted_at: string | null } | undefined;
  if (row?.deleted_at) {
    try {
      checkEffectiveDateFree(db, row.effective_from, id);
    } catch (error) {
      throw new AppError('refused', `This version cannot be restored. ${(error as Error).message}`);
    }
  }
  restoreRecord(db, 'framework_versions', id, officer);
}
