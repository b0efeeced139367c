// Builds a list query (search, filters, sort, window) from parts, and runs it with its count
// and £ total. Column names come from code; every value the officer typed is a parameter.
//
// A window is read in two steps, so that a long list answers quickly wherever the officer is in
// it: first the ids of the window's rows, on only the tables the filter and the sort need (an
// index in the sort order walks past the rows before the window without reading them), then
// those rows with every join their columns need. The count and £ total come only when the
// request wants them (the first window of a query): with the ids when a filtered list's matches
// are all read anyway, otherwise from a statement on only the tables the filter needs.

import type { Database } from 'better-sqlite3';
import type { ListPage, ScopeFilter, SortDirection } from '../../shared/list-query';
import { statement } from './statements';

type Param = string | number;

/**
 * A column of another table that a list's rows point at, searched without joining that table:
 * `key IN (SELECT id FROM table WHERE column LIKE ?)`.
 */
export interface LinkedColumn {
  /** The list's column holding the other table's id, e.g. "c.supplier_id". */
  key: string;
  table: string;
  column: string;
}

export type SearchColumn = string | LinkedColumn;

function likeCondition(column: SearchColumn): string {
  if (typeof column === 'string') return `${column} LIKE ? ESCAPE '\\'`;
  return `${column.key} IN (SELECT id FROM ${column.table} WHERE ${column.column} LIKE ? ESCAPE '\\')`;
}

export class ListFilter {
  readonly conditions: string[] = [];
  readonly params: Param[] = [];
  readonly #always: number;

  /** `always`: the conditions every row of the list meets whatever is asked (not deleted). */
  constructor(...always: string[]) {
    this.conditions.push(...always);
    this.#always = always.length;
  }

  /** True when a search or filter leaves out rows the list would otherwise hold. */
  get narrowed(): boolean {
    return this.conditions.length > this.#always;
  }

  where(condition: string, ...params: Param[]): this {
    this.conditions.push(condition);
    this.params.push(...params);
    return this;
  }

  /** Every word of the search appears in at least one of the columns. */
  search(text: string, columns: SearchColumn[]): this {
    for (const word of text.split(/\s+/).filter(Boolean)) {
      const pattern = `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      this.where(`(${columns.map(likeCondition).join(' OR ')})`, ...columns.map(() => pattern));
    }
    return this;
  }

  flag(column: string, wanted: boolean | undefined): this {
    return wanted === undefined ? this : this.where(`${column} = ?`, wanted ? 1 : 0);
  }

  oneOf(column: string, values: readonly string[]): this {
    if (values.length === 0) return this;
    return this.where(`${column} IN (${values.map(() => '?').join(', ')})`, ...values);
  }

  equals(column: string, value: string | undefined): this {
    return value === undefined || value === '' ? this : this.where(`${column} = ?`, value);
  }

  scope(alias: string, scope: ScopeFilter | undefined): this {
    if (scope === 'act') return this.where(`${alias}.in_scope_act = 1`);
    if (scope === 'local') return this.where(`${alias}.in_scope_local = 1`);
    if (scope === 'either')
      return this.where(`(${alias}.in_scope_act = 1 OR ${alias}.in_scope_local = 1)`);
    if (scope === 'neither')
      return this.where(`${alias}.in_scope_act = 0 AND ${alias}.in_scope_local = 0`);
    return this;
  }

  sql(): string {
    return this.conditions.length ? `WHERE ${this.conditions.join(' AND ')}` : '';
  }

  /** The conditions every row of the list meets, without the search and filters. */
  alwaysSql(): string {
    const always = this.conditions.slice(0, this.#always);
    return always.length ? `WHERE ${always.join(' AND ')}` : '';
  }
}

/**
 * A narrowed list read by walking the whole list in its sort's index and keeping the rows among
 * its matches, instead of sorting the matches: better when sorting them costs more than the walk,
 * as for a sort on a joined table's column, or a window deep in a long list of many matches.
 */
export interface MatchWalk {
  /** The tables the matches are found in (the filter's columns read there). */
  matchFrom: string;
  /** The rowid of the list's own table, "c.rowid": how a walked row is found among the matches. */
  rowid: string;
}

export interface ListSpec {
  /** The columns of a row. */
  select: string;
  /** The tables the rows are read from, with every join their columns need. */
  from: string;
  /**
   * The tables the filter and the sort need, when fewer than `from`: the window's ids are found
   * on these alone, so a join that only adds columns is made for the window's rows, not for every
   * row sorted or skipped on the way to it.
   */
  keyFrom?: string;
  /** The tables the filter needs, when fewer than `keyFrom`: the count and £ total are taken here. */
  countFrom?: string;
  filter: ListFilter;
  /** The sort expression; the id breaks ties so windows never overlap. */
  orderBy: string;
  /** A second sort, in the same direction, before the id: a contract's returns by period. */
  thenBy?: string;
  direction: SortDirection;
  idColumn: string;
  /** The money summed for the list's £ total. */
  valueColumn: string;
  offset: number;
  /** The window's size; -1 for every row from the offset on. */
  limit: number;
  /** False: the window's rows only, without the count and £ total (they are the first window's). */
  totals?: boolean;
  /** Set when a narrowed list is to be walked in `keyFrom`'s sort order (see MatchWalk). */
  walkMatches?: MatchWalk;
}

function orderClause(spec: ListSpec, orderBy = spec.orderBy): string {
  const direction = spec.direction === 'desc' ? 'DESC' : 'ASC';
  const then = spec.thenBy ? `, ${spec.thenBy} ${direction}` : '';
  return `ORDER BY ${orderBy} ${direction}${then}, ${spec.idColumn} ${direction}`;
}

/** Whether the count and £ total come with the window's ids (see keysSql). */
const totalsInKeys = (spec: ListSpec) =>
  spec.totals !== false && spec.filter.narrowed && !spec.walkMatches;

/**
 * The ids of the window's rows, in the list's order; parameters: the filter's, limit, offset.
 *
 * The whole list is walked in its sort's index, which passes the rows before the window without
 * reading them. A narrowed list is filtered first and its matches sorted: walking the index would
 * read every row it passes to test it against the filter, which deep in a long list costs far
 * more than the sort. (The unary + keeps SQLite from walking the sort's index.) As every match is
 * read anyway, the count and £ total of them all come in the same pass when wanted. Or, when the
 * spec says so, a narrowed list is walked in the sort's index and its rows kept when among the
 * matches (MatchWalk); the + there keeps SQLite from fetching the matches by rowid and sorting.
 */
function keysSql(spec: ListSpec): string {
  const from = spec.keyFrom ?? spec.from;
  const { filter, walkMatches: walk } = spec;
  if (filter.narrowed && walk) {
    const always = filter.alwaysSql();
    const matches = `+${walk.rowid} IN (SELECT ${walk.rowid} FROM ${walk.matchFrom} ${filter.sql()})`;
    return `SELECT ${spec.idColumn} AS list_id FROM ${from}
      ${always ? `${always} AND` : 'WHERE'} ${matches} ${orderClause(spec)} LIMIT ? OFFSET ?`;
  }
  const orderBy = filter.narrowed ? `+(${spec.orderBy})` : spec.orderBy;
  const totals = totalsInKeys(spec)
    ? `, count(*) OVER () AS list_total, coalesce(sum(${spec.valueColumn}) OVER (), 0) AS list_value`
    : '';
  return `SELECT ${spec.idColumn} AS list_id${totals} FROM ${from}
    ${filter.sql()} ${orderClause(spec, orderBy)} LIMIT ? OFFSET ?`;
}

/** The rows whose ids are in the JSON array given, with every join their columns need. */
const rowsSql = (spec: ListSpec) =>
  `SELECT ${spec.select}, ${spec.idColumn} AS list_id FROM ${spec.from}
   WHERE ${spec.idColumn} IN (SELECT value FROM json_each(?))`;

/** The count and £ total of every match; parameters: the filter's. */
const countSql = (spec: ListSpec) =>
  `SELECT count(*) AS total, coalesce(sum(${spec.valueColumn}), 0) AS value
   FROM ${spec.countFrom ?? spec.keyFrom ?? spec.from} ${spec.filter.sql()}`;

/** Every row from the offset on, for an export: one statement, as nothing is skipped. */
const allSql = (spec: ListSpec) =>
  `SELECT ${spec.select} FROM ${spec.from} ${spec.filter.sql()} ${orderClause(spec)}
   LIMIT -1 OFFSET ?`;

/** The statements a window of the list runs, for tests and the benchmark to read their plans. */
export function listStatements(spec: ListSpec): { keys: string; rows: string; count: string } {
  return { keys: keysSql(spec), rows: rowsSql(spec), count: countSql(spec) };
}

interface Totals {
  total: number;
  value: number;
}

interface WindowKey {
  list_id: string;
  list_total?: number;
  list_value?: number;
}

function windowKeys(db: Database, spec: ListSpec): WindowKey[] {
  return statement(db, keysSql(spec)).all(
    ...spec.filter.params,
    spec.limit,
    spec.offset,
  ) as WindowKey[];
}

/** The rows with these ids, in this order. */
function rowsOf(db: Database, spec: ListSpec, keys: WindowKey[]): Record<string, unknown>[] {
  if (keys.length === 0) return [];
  const rows = statement(db, rowsSql(spec)).all(
    JSON.stringify(keys.map((key) => key.list_id)),
  ) as Record<string, unknown>[];
  const byId = new Map(rows.map(({ list_id, ...row }) => [list_id, row]));
  return keys.flatMap(({ list_id }) => {
    const row = byId.get(list_id);
    return row ? [row] : [];
  });
}

function allRows(db: Database, spec: ListSpec): Record<string, unknown>[] {
  return statement(db, allSql(spec)).all(...spec.filter.params, spec.offset) as Record<
    string,
    unknown
  >[];
}

/** The count and £ total that came with the window's ids, if they could. */
function totalsInPass(keys: WindowKey[], offset: number): Totals | undefined {
  const first = keys[0];
  if (first) return { total: first.list_total ?? 0, value: first.list_value ?? 0 };
  // No match from the very start: nothing matches. Past the end, they are counted apart.
  return offset === 0 ? { total: 0, value: 0 } : undefined;
}

function read<Row>(
  db: Database,
  spec: ListSpec,
  toRow: (row: Record<string, unknown>) => Row,
): ListPage<Row> {
  const keys = spec.limit < 0 ? undefined : windowKeys(db, spec);
  const rows = keys ? rowsOf(db, spec, keys) : allRows(db, spec);
  const page = { rows: rows.map(toRow), offset: spec.offset };
  if (spec.totals === false) return page;
  const totals =
    (keys && totalsInKeys(spec) && totalsInPass(keys, spec.offset)) ||
    (statement(db, countSql(spec)).get(...spec.filter.params) as Totals);
  return { ...page, total: totals.total, totalValuePence: totals.value };
}

/** Reads the list in one transaction, so its rows and totals agree even while others write. */
export function runList<Row>(
  db: Database,
  spec: ListSpec,
  toRow: (row: Record<string, unknown>) => Row,
): ListPage<Row> {
  return db.transaction(read<Row>)(db, spec, toRow);
}

/** All the rows a list query matches, for an export (without the count and £ total). */
export function allOf(spec: ListSpec): ListSpec {
  return { ...spec, offset: 0, limit: -1, totals: false };
}
