// A framework version's themes and outcomes: add, rename, move, delete and undo. Each change
// but a delete returns the version's framework as it now stands.

import type { Database } from 'better-sqlite3';
import type { ApiParsedInput } from '../../shared/api-contract';
import { calendarDateOf } from '../../shared/calendar-date';
import type { Framework } from '../../shared/measures-framework';
import {
  deleteGroup,
  groupKinds,
  insertGroup,
  renameGroup,
  restoreGroup,
  type GroupTable,
} from '../db/framework-group-repository';
import { readFramework } from '../db/framework-repository';
import { moveToPosition } from '../db/positions';
import { statement } from '../db/statements';
import type { Context } from './context';
import type { Handlers } from './handler';

type GroupMethods = `${GroupTable}.${'create' | 'rename' | 'delete' | 'restore' | 'move'}`;

/** The framework holding a theme or outcome (deleted or not). */
function frameworkOf(db: Database, table: GroupTable, id: string): Framework {
  const sql =
    table === 'themes'
      ? 'SELECT framework_version_id AS id FROM themes WHERE id = ?'
      : `SELECT t.framework_version_id AS id FROM outcomes o JOIN themes t ON t.id = o.theme_id
         WHERE o.id = ?`;
  const { id: versionId } = statement(db, sql).get(id) as { id: string };
  return readFramework(db, versionId, calendarDateOf());
}

// Themes and outcomes take the same inputs, so one handler serves either table.
const rename =
  (table: GroupTable) =>
  ({ id, version, name }: ApiParsedInput<'themes.rename'>, { db, officer }: Context): Framework =>
    db.transaction(() => {
      renameGroup(db, table, id, version, name, officer);
      return frameworkOf(db, table, id);
    })();

const remove =
  (table: GroupTable) =>
  ({ id, version }: ApiParsedInput<'themes.delete'>, { db, officer }: Context) =>
    db.transaction(() => {
      deleteGroup(db, table, id, version, officer);
      return { id };
    })();

const restore =
  (table: GroupTable) =>
  ({ id }: ApiParsedInput<'themes.restore'>, { db, officer }: Context): Framework =>
    db.transaction(() => {
      restoreGroup(db, table, id, officer);
      return frameworkOf(db, table, id);
    })();

const move =
  (table: GroupTable) =>
  ({ id, to }: ApiParsedInput<'themes.move'>, { db, officer }: Context): Framework =>
    db.transaction(() => {
      moveToPosition(db, groupKinds[table].order, id, to, officer);
      return frameworkOf(db, table, id);
    })();

export const frameworkGroupHandlers: Handlers<GroupMethods> = {
  'themes.create': ({ frameworkVersionId, name }, { db, officer }) =>
    db.transaction(() => {
      insertGroup(db, 'themes', frameworkVersionId, name, officer);
      return readFramework(db, frameworkVersionId, calendarDateOf());
    })(),
  'themes.rename': rename('themes'),
  'themes.delete': remove('themes'),
  'themes.restore': restore('themes'),
  'themes.move': move('themes'),
  'outcomes.create': ({ themeId, name }, { db, officer }) =>
    db.transaction(() => {
      const id = insertGroup(db, 'outcomes', themeId, name, officer);
      return frameworkOf(db, 'outcomes', id);
    })(),
  'outcomes.rename': rename('outcomes'),
  'outcomes.delete': remove('outcomes'),
  'outcomes.restore': restore('outcomes'),
  'outcomes.move': move('outcomes'),
};
