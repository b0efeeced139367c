// Building a list's WHERE clause: every value the officer typed is a parameter, search words are
// ANDed and matched literally (% and _ escaped), empty filters add nothing. A small in-memory
// table shows the SQL does what it says in SQLite, windows and totals included.

import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  allOf,
  ListFilter,
  listStatements,
  runList,
  type ListSpec,
} from '../../electron/db/list-sql';

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

  it('searches a column of another table through the key that points at it', () => {
    const filter = new ListFilter().search('care', [
      'c.title',
      { key: 'c.supplier_id', table: 'suppliers', column: 'name' },
    ]);
    expect(filter.sql()).toBe(
      "WHERE (c.title LIKE ? ESCAPE '\\' OR c.supplier_id IN (SELECT id FROM suppliers WHERE name LIKE ? ESCAPE '\\'))",
    );
    expect(filter.params).toEqual(['%care%', '%care%']);
  });

  it('is narrowed only by conditions beyond those every row of the list meets', () => {
    const filter = new ListFilter('c.deleted_at IS NULL');
    expect(filter.sql()).toBe('WHERE c.deleted_at IS NULL');
    expect(filter.narrowed).toBe(false);
    expect(filter.search(' ', ['c.title']).flag('c.local', undefined).narrowed).toBe(false);
    expect(filter.flag('c.local', false).narrowed).toBe(true);
    expect(new ListFilter().narrowed).toBe(false);
    expect(new ListFilter().where('1 = 1').narrowed).toBe(true);
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

  it('allOf returns every row from the start, without totals', () => {
    const all = runList(db, allOf(spec(new ListFilter(), { offset: 5, limit: 1 })), (r) => r.id);
    expect(all).toEqual({ rows: ['a', 'f', 'g', 'b', 'c', 'd', 'e'], offset: 0 });
  });

  it('leaves out the count and £ total when asked for the rows alone', () => {
    for (const filter of [new ListFilter(), new ListFilter().where('value < 10')]) {
      const page = runList(db, spec(filter, { offset: 1, limit: 2, totals: false }), (r) => r.id);
      expect(page).toEqual({ rows: page.rows, offset: 1 });
      const withTotals = runList(db, spec(filter, { offset: 1, limit: 2 }), (r) => r.id);
      expect(page.rows).toEqual(withTotals.rows);
    }
  });

  // A narrowed list counts its matches in the same statement as it finds the window's ids.
  it('counts and sums a narrowed list whichever window is asked for, past the end too', () => {
    const narrowed = () => new ListFilter().where("name LIKE '%a%'");
    const window = (offset: number, limit: number) =>
      runList(db, spec(narrowed(), { offset, limit }), (row) => row.id);
    expect(window(0, 2)).toEqual({ rows: ['f', 'g'], offset: 0, total: 5, totalValuePence: 51 });
    expect(window(3, 5)).toEqual({ rows: ['d', 'e'], offset: 3, total: 5, totalValuePence: 51 });
    expect(window(5, 5)).toEqual({ rows: [], offset: 5, total: 5, totalValuePence: 51 });
    expect(window(60, 5)).toEqual({ rows: [], offset: 60, total: 5, totalValuePence: 51 });
    const none = runList(db, spec(new ListFilter().where('value > 100')), (row) => row.id);
    expect(none).toEqual({ rows: [], offset: 0, total: 0, totalValuePence: 0 });
    expect(listStatements(spec(narrowed())).keys).toContain('OVER ()');
    expect(listStatements(spec(narrowed(), { totals: false })).keys).not.toContain('OVER ()');
  });

  it('sorts a narrowed list as it sorts the whole one', () => {
    db.exec('CREATE INDEX t_by_name ON t (name COLLATE NOCASE, id)');
    for (const direction of ['asc', 'desc'] as const) {
      const order = (filter: ListFilter) =>
        runList(db, spec(filter, { orderBy: 'name COLLATE NOCASE', direction }), (r) =>
          String(r.id),
        ).rows;
      const whole = order(new ListFilter());
      expect(order(new ListFilter().where('value >= 0'))).toEqual(whole);
      expect(order(new ListFilter().where('value < 10'))).toEqual(
        whole.filter((id) => ['a', 'b', 'f', 'g'].includes(id)),
      );
    }
  });

  it('walks a narrowed list in its sort order when told to, keeping the rows that match', () => {
    db.exec('CREATE INDEX t_by_name ON t (name COLLATE NOCASE, id)');
    const narrowed = (always: string[]) => new ListFilter(...always).where("name LIKE '%e%'");
    for (const always of [[], ['value > 0']]) {
      for (const direction of ['asc', 'desc'] as const) {
        for (const [offset, limit] of [
          [0, 100],
          [1, 2],
          [4, 3],
          [9, 3],
        ] as const) {
          const sorted = spec(narrowed(always), { orderBy: 'name COLLATE NOCASE', direction });
          const walked = { ...sorted, walkMatches: { matchFrom: 't', rowid: 't.rowid' } };
          const read = (which: ListSpec) =>
            runList(db, { ...which, offset, limit }, (row) => String(row.id));
          expect(read(walked)).toEqual(read(sorted));
        }
      }
    }
    const walked = { ...spec(narrowed([])), walkMatches: { matchFrom: 't', rowid: 't.rowid' } };
    expect(listStatements(walked).keys).toMatch(
      /FROM t\s+WHERE \+t\.rowid IN \(SELECT t\.rowid FROM t WHERE name LIKE '%e%'\)/,
    );
    expect(listStatements(walked).keys).not.toContain('OVER ()');
  });

  it('finds the window on the tables the filter and sort need, then joins for the rows', () => {
    db.exec(`CREATE TABLE u (id TEXT PRIMARY KEY, t_id TEXT, note TEXT);
      INSERT INTO u VALUES ('u1', 'b', 'first'), ('u2', 'f', 'second');`);
    const joined = spec(new ListFilter().where('t.value < 10'), {
      select: 't.id AS id, u.note AS note',
      from: 't LEFT JOIN u ON u.t_id = t.id',
      keyFrom: 't',
      orderBy: 't.name',
      idColumn: 't.id',
      valueColumn: 't.value',
      offset: 1,
    });
    expect(listStatements(joined).keys).not.toContain('JOIN');
    const page = runList(db, joined, (row) => `${String(row.id)}:${String(row.note)}`);
    expect(page).toEqual({
      rows: ['b:first', 'f:second', 'g:null'],
      offset: 1,
      total: 4,
      totalValuePence: 22,
    });
  });
});
