// A framework version's themes and each theme's outcomes: added, renamed, moved and deleted.
// A theme or outcome that still holds measures is not deleted; the officer is told how many.

import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/result';
import { fieldProblem } from './field-problems';
import { nextPosition, type Ordered } from './positions';
import { checkVersion, deleteRecord, insertRecord, restoreRecord, updateRecord } from './records';
import { statement } from './statements';

export type GroupTable = 'themes' | 'outcomes';

interface GroupKind {
  noun: string;
  /** "a theme", "an outcome". */
  aNoun: string;
  order: Ordered;
  /** The parent's table, and what to call it when it has gone. */
  parentTable: string;
  parentNoun: string;
  /** Counts the live measures under one group. */
  measureCount: string;
}

export const groupKinds: Record<GroupTable, GroupKind> = {
  themes: {
    noun: 'theme',
    aNoun: 'a theme',
    order: { table: 'themes', parentColumn: 'framework_version_id' },
    parentTable: 'framework_versions',
    parentNoun: 'framework version',
    measureCount: `SELECT count(*) AS n FROM measures m JOIN outcomes o ON o.id = m.outcome_id
      WHERE o.theme_id = ? AND m.deleted_at IS NULL AND o.deleted_at IS NULL`,
  },
  outcomes: {
    noun: 'outcome',
    aNoun: 'an outcome',
    order: { table: 'outcomes', parentColumn: 'theme_id' },
    parentTable: 'themes',
    parentNoun: 'theme',
    measureCount: 'SELECT count(*) AS n FROM measures WHERE outcome_id = ? AND deleted_at IS NULL',
  },
};

/** Refuses a name a live sibling already has (capitals and small letters alike). */
function checkNameFree(
  db: Database,
  table: GroupTable,
  parentId: string,
  name: string,
  exceptId: string | null,
): void {
  const { aNoun, order, parentNoun } = groupKinds[table];
  const clash = statement(
    db,
    `SELECT 1 FROM ${table} WHERE ${order.parentColumn} = ? AND name = ? COLLATE NOCASE
     AND deleted_at IS NULL AND id IS NOT ?`,
  ).get(parentId, name, exceptId);
  if (clash) {
    throw fieldProblem(
      ['name'],
      `This ${parentNoun} already has ${aNoun} called "${name}". Use a different name.`,
    );
  }
}

const parentLive = (db: Database, table: GroupTable, parentId: string): boolean =>
  statement(
    db,
    `SELECT 1 FROM ${groupKinds[table].parentTable} WHERE id = ? AND deleted_at IS NULL`,
  ).get(parentId) !== undefined;

export function insertGroup(
  db: Database,
  table: GroupTable,
  parentId: string,
  name: string,
  officer: string,
): string {
  const { order, parentNoun } = groupKinds[table];
  if (!parentLive(db, table, parentId)) {
    throw new AppError('not_found', `That ${parentNoun} has been deleted; reload the page.`);
  }
  checkNameFree(db, table, parentId, name, null);
  return insertRecord(
    db,
    table,
    { [order.parentColumn]: parentId, name, position: nextPosition(db, order, parentId) },
    officer,
  );
}

function parentOf(db: Database, table: GroupTable, id: string): string {
  const { order, noun } = groupKinds[table];
  const row = statement(
    db,
    `SELECT ${order.parentColumn} AS parent FROM ${table} WHERE id = ?`,
  ).get(id) as { parent: string } | undefined;
  if (!row) throw new AppError('not_found', `That ${noun} does not exist.`);
  return row.parent;
}

export function renameGroup(
  db: Database,
  table: GroupTable,
  id: string,
  version: number,
  name: string,
  officer: string,
): void {
  checkVersion(db, table, id, version, groupKinds[table].noun);
  checkNameFree(db, table, parentOf(db, table, id), name, id);
  updateRecord(db, table, id, { name }, officer);
}

/**
 * Deletes a theme or outcome that holds no measures. A theme's empty outcomes stay as they are,
 * hidden with it, and come back when it is restored.
 */
export function deleteGroup(
  db: Database,
  table: GroupTable,
  id: string,
  version: number,
  officer: string,
): void {
  const { noun, measureCount } = groupKinds[table];
  checkVersion(db, table, id, version, noun);
  const { n } = statement(db, measureCount).get(id) as { n: number };
  if (n > 0) {
    throw new AppError(
      'refused',
      `This ${noun} still holds ${n} measure${n === 1 ? '' : 's'}, so it cannot be deleted. Move ${n === 1 ? 'it' : 'them'} to another outcome, or delete ${n === 1 ? 'it' : 'them'}, first.`,
    );
  }
  deleteRecord(db, table, id, officer);
}

/** Undoes a delete, unless the parent has gone or a sibling has taken the name since. */
export function restoreGroup(db: Database, table: GroupTable, id: string, officer: string): void {
  const { parentNoun, noun } = groupKinds[table];
  const parentId = parentOf(db, table, id);
  if (!parentLive(db, table, parentId)) {
    throw new AppError(
      'refused',
      `This ${noun}'s ${parentNoun} has been deleted; restore that first.`,
    );
  }
  const { deleted_at: deletedAt, name } = statement(
    db,
    `SELECT deleted_at, name FROM ${table} WHERE id = ?`,
  ).get(id) as { deleted_at: string | null; name: string };
  if (deletedAt === null) return;
  try {
    checkNameFree(db, table, parentId, name, id);
  } catch (error) {
    throw new AppError('refused', `This ${noun} cannot be restored. ${(error as Error).message}`);
  }
  restoreRecord(db, table, id, officer);
}
