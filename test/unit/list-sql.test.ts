// Building a list's WHERE clause: every value the officer typed is a parameter, search words are
// ANDed and matched literally (% and _ escaped), empty filters add nothing. A small in-memory
// table shows the SQL does what it says in SQLite.

import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allOf, ListFilter, runList, type ListSpec } from '../../electron/db/list-sql';

describe('ListFilter', () => {
  it('adds nothing for no conditions', () => {
    const filter = new ListFilter()
      .search('', ['name'])
      .search('   ', ['name'])
      .flag('local', undefined)
      .oneOf('status', [])
      .equals('directorate', undefined)
      .equals('directorate', '')
      .scope('e', undefined);
    expect(filter.sql()).toBe('');
    expect(filter.params).toEqual([]);
  });

  it('makes each search word a parameter, in any of the columns, all words required', () => {
    const filter = new ListFilter().search('home  Care', ['c.title', 's.name']);
    expect(filter.sql()).toBe(
      "WHERE (c.title LIKE ? ESCAPE '\\' OR s.name LIKE ? ESCAPE '\\') AND (c.title LIKE ? ESCAPE '\\' OR s.name LIKE ? ESCAPE '\\')",
    );
    expect(filter.params).toEqual(['%home%', '%home%', '%Care%', '%Care%']);
  });

  it('escapes %, _ and the escape character itself', () => {
    const filter = new ListFilter().search('100%_a\\b', ['name']);
    expect(filter.params).toEqual(['%100\\%\\_a\\\\b%']);
  });

  it('never puts typed text into the SQL', () => {
    const typed = "'; DROP TABLE suppliers; --";
    const filter = new ListFilter()
      .search(typed, ['name'])
      .equals('directorate', typed)
      .oneOf('status', [typed]);
    expect(filter.sql()).not.toContain('DROP');
    expect(filter.params).toContain(typed);
  });

  it('writes flags as 0 or 1, lists as IN, and equality', () => {
    const filter = new ListFilter()
      .flag('s.local', true)
      .flag('s.vcse', false)
      .oneOf('e.status', ['live', 'evaluation'])
      .equals('e.category', 'services');
    expect(filter.sql()).toBe(
      'WHERE s.local = ? AND s.vcse = ? AND e.status IN (?, ?) AND e.category = ?',
    );
    expect(filter.params).toEqual([1, 0, 'live', 'evaluation', 'services']);
  });

  it.each([
    ['act', 'WHERE e.in_scope_act = 1'],
    ['local', 'WHERE e.in_scope_local = 1'],
    ['either', 'WHERE (e.in_scope_act = 1 OR e.in_scope_local = 1)'],
    ['neither', 'WHERE e.in_scope_act = 0 AND e.in_scope_local = 0'],
  ] as const)('scope %s', (scope, sql) => {
    expect(new ListFilter().scope('e', scope).sql()).toBe(sql);
  });
});

describe('runList on SQLite', () => {
  let db: Database.Database;

  beforeEach(() => {
    db = new Database(':memory:');
    db.exec('CREATE TABLE t (id TEXT PRIMARY KEY, name TEXT, value INTEGER)');
    const insert = db.prepare('INSERT INTO t VALUES (?, ?, ?)');
    const rows: [string, string, number][] = [
      ['a', '100% Recycled', 5],
      ['b', '1000 Trees', 7],
      ['c', 'snake_case Ltd', 11],
      ['d', 'snakeXcase Ltd', 13],
      ['e', 'Back\\slash', 17],
      ['f', 'ACME Care', 5],
      ['g', 'acme care', 5],
    ];
    for (const row of rows) insert.run(...row);
  });
  afterEach(() => db.close());

  const spec = (filter: ListFilter, overrides: Partial<ListSpec> = {}): ListSpec => ({
    select: '*',
    from: 't',
    filter,
    orderBy: 'value',
    direction: 'asc',
    idColumn: 'id',
    valueColumn: 'value',
    offset: 0,
    limit: 100,
    ...overrides,
  });
  const ids = (search: string) =>
    runList(db, spec(new ListFilter().search(search, ['name'])), (row) => row.id).rows;

  it('matches % and _ literally, and ignores ASCII case', () => {
    expect(ids('100%')).toEqual(['a']);
    expect(ids('%')).toEqual(['a']);
    expect(ids('snake_case')).toEqual(['c']);
    expect(ids('_')).toEqual(['c']);
    expect(ids('\\')).toEqual(['e']);
    expect(ids('ACME CARE')).toEqual(['f', 'g']);
    expect(ids('care acme')).toEqual(['f', 'g']);
  });

  it('counts and sums every matching row, whatever the window', () => {
    const page = runList(db, spec(new ListFilter(), { offset: 2, limit: 2 }), (row) => row.id);
    expect(page).toEqual({ rows: ['g', 'b'], offset: 2, total: 7, totalValuePence: 63 });
    const none = runList(db, spec(new ListFilter().where('value > 100')), (row) => row.id);
    expect(none).toEqual({ rows: [], offset: 0, total: 0, totalValuePence: 0 });
  });

  it('breaks ties by id in the direction asked, so windows tile', () => {
    const order = (direction: 'asc' | 'desc') =>
      runList(db, spec(new ListFilter(), { direction }), (row) => row.id).rows;
    expect(order('asc')).toEqual(['a', 'f', 'g', 'b', 'c', 'd', 'e']);
    expect(order('desc')).toEqual(['e', 'd', 'c', 'b', 'g', 'f', 'a']);
    const windows = [0, 3, 6].flatMap(
      (offset) => runList(db, spec(new ListFilter(), { offset, limit: 3 }), (row) => row.id).rows,
    );
    expect(windows).toEqual(order('asc'));
  });

  it('allOf returns every row from the start', () => {
    const all = runList(db, allOf(spec(new ListFilter(), { offset: 5, limit: 1 })), (r) => r.id);
    expect(all.rows).toHaveLength(7);
    expect(all.offset).toBe(0);
  });
});
