// The three record lists, the directorates and the dashboard on a seeded workspace of a few
// hundred records: each search, filter, sort and window is checked against the stored rows,
// read and sorted independently here.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Context } from '../../electron/api/context';
import type { ApiMethod } from '../../shared/api-contract';
import { addMonths, calendarDateOf } from '../../shared/calendar-date';
import type { Contract } from '../../shared/contract';
import type { Threshold } from '../../shared/council-profile';
import type { Exercise } from '../../shared/exercise';
import {
  contractSortKeys,
  exerciseSortKeys,
  supplierSortKeys,
  type ContractListQuery,
  type ExerciseListQuery,
  type ListPage,
  type SupplierListQuery,
} from '../../shared/list-query';
import type { Supplier } from '../../shared/supplier';
import { scopeOf } from '../../shared/thresholds';
import {
  createExercise,
  loadProfile,
  openSharedWorkspace,
  seedDirectorates,
  seedRecords,
  setLocalArea,
  type SeededIds,
} from './seed-records';
import { callApi, expectError, expectOk } from './temp-workspace';

// ---------------------------------------------------------------------------------------------
// The workspace, seeded once for the file, and its rows as stored.

let shared: Awaited<ReturnType<typeof openSharedWorkspace>>;
let ctx: Context;
let seeded: SeededIds;
let thresholds: Threshold[];

interface SupplierRow {
  id: string;
  name: string;
  postcode: string | null;
  company_number: string | null;
  charity_number: string | null;
  local: number;
  size: string | null;
  vcse: number;
  real_living_wage: number;
  deleted_at: string | null;
}
interface ExerciseRow {
  id: string;
  reference: string;
  title: string;
  directorate: string | null;
  lead_officer: string | null;
  category: 'goods' | 'services' | 'works';
  estimated_value_pence: number;
  start_date: string;
  advert_date: string | null;
  status: string;
  social_value_approach: string | null;
  in_scope_act: number;
  in_scope_local: number;
  deleted_at: string | null;
}
interface ContractRow {
  id: string;
  reference: string;
  title: string;
  supplier_id: string;
  directorate: string | null;
  contract_manager: string | null;
  category: 'goods' | 'services' | 'works';
  value_pence: number;
  start_date: string;
  end_date: string;
  status: string;
  in_scope_act: number;
  in_scope_local: number;
  deleted_at: string | null;
}

const liveRows = <T>(table: string) =>
  ctx.db.prepare(`SELECT * FROM ${table} WHERE deleted_at IS NULL`).all() as T[];
const suppliers = () => liveRows<SupplierRow>('suppliers');
const exercises = () => liveRows<ExerciseRow>('exercises');
const contracts = () => liveRows<ContractRow>('contracts');
const supplierById = () => new Map(suppliers().map((row) => [row.id, row]));

beforeAll(async () => {
  shared = await openSharedWorkspace();
  ctx = shared.ctx;
  await setLocalArea(ctx, ['LE1-LE19', 'LE65']);
  seeded = await seedRecords(ctx, 20_260_401);
  const gone = await createExercise(ctx, { directorate: 'Only On A Deleted Exercise' });
  expectOk(await callApi(ctx, 'exercises.delete', { id: gone.id, version: gone.version }));
  seeded.deleted.exercises.push(gone.id);
  thresholds = (await loadProfile(ctx)).thresholds;
}, 60_000);

afterAll(async () => {
  await shared?.close();
});

// ---------------------------------------------------------------------------------------------
// Helpers: read a whole list, match like SQL LIKE, sort like SQLite, sum with SQL.

type ListMethod = 'suppliers.list' | 'exercises.list' | 'contracts.list';
type RowOf<M extends ListMethod> = M extends 'suppliers.list'
  ? Supplier
  : M extends 'exercises.list'
    ? Exercise
    : Contract;
type QueryOf<M extends ListMethod> = M extends 'suppliers.list'
  ? SupplierListQuery
  : M extends 'exercises.list'
    ? ExerciseListQuery
    : ContractListQuery;

async function page<M extends ListMethod>(method: M, query: QueryOf<M>) {
  return expectOk(await callApi(ctx, method as ApiMethod & M, query as never)) as ListPage<
    RowOf<M>
  >;
}

/** The whole list, in one window (every list here is under the 500 a window may hold). */
async function whole<M extends ListMethod>(method: M, query: QueryOf<M> = {} as QueryOf<M>) {
  const result = await page(method, { ...query, offset: 0, limit: 500 });
  expect(result.rows).toHaveLength(result.total ?? -1);
  return result;
}

const idsOf = (rows: { id: string }[]) => rows.map((row) => row.id);
const sortedIds = (rows: { id: string }[]) => idsOf(rows).sort();

/** LIKE '%word%' for every word, in any of the columns: ASCII case ignored, % and _ literal. */
function matchesSearch(search: string, columns: (string | null)[]): boolean {
  const words = search.trim().split(/\s+/).filter(Boolean);
  return words.every((word) =>
    columns.some((column) => column !== null && column.toLowerCase().includes(word.toLowerCase())),
  );
}

type Key = string | number | null;
const foldAscii = (text: string) => text.replace(/[A-Z]/g, (c) => c.toLowerCase());

/** SQLite's order: NULL first, numbers by value, text by bytes (NOCASE folds ASCII only). */
function compareKeys(a: Key, b: Key, nocase: boolean): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const [x, y] = nocase ? [foldAscii(String(a)), foldAscii(String(b))] : [String(a), String(b)];
  return x < y ? -1 : x > y ? 1 : 0;
}

interface SortSpec<Row> {
  key: (row: Row) => Key;
  nocase?: boolean;
}

function expectedOrder<Row extends { id: string }>(
  rows: Row[],
  spec: SortSpec<Row>,
  direction: 'asc' | 'desc',
): string[] {
  const sign = direction === 'desc' ? -1 : 1;
  return [...rows]
    .sort(
      (a, b) =>
        sign *
        (compareKeys(spec.key(a), spec.key(b), spec.nocase ?? false) ||
          compareKeys(a.id, b.id, false)),
    )
    .map((row) => row.id);
}

const rank = (order: readonly string[]) => (value: string | null) =>
  value === null ? null : order.indexOf(value) + 1;

function sqlSum(sql: string, ids: string[]): number {
  return (
    ctx.db.prepare(sql).get(JSON.stringify(ids)) as {
      total: number;
    }
  ).total;
}
const contractValueOf = (ids: string[]) =>
  sqlSum(
    'SELECT coalesce(sum(value_pence), 0) AS total FROM contracts WHERE id IN (SELECT value FROM json_each(?))',
    ids,
  );
const exerciseValueOf = (ids: string[]) =>
  sqlSum(
    'SELECT coalesce(sum(estimated_value_pence), 0) AS total FROM exercises WHERE id IN (SELECT value FROM json_each(?))',
    ids,
  );
const supplierValueOf = (ids: string[]) =>
  sqlSum(
    `SELECT coalesce(sum(value_pence), 0) AS total FROM contracts
     WHERE deleted_at IS NULL AND supplier_id IN (SELECT value FROM json_each(?))`,
    ids,
  );

/** Checks a list's rows, count and £ total against the stored rows the predicate picks. */
async function expectListMatches<M extends ListMethod, Row extends { id: string }>(
  method: M,
  query: QueryOf<M>,
  stored: Row[],
  predicate: (row: Row) => boolean,
  valueOf: (ids: string[]) => number,
): Promise<string[]> {
  const expected = stored.filter(predicate).map((row) => row.id);
  const result = await whole(method, query);
  expect(sortedIds(result.rows)).toEqual([...expected].sort());
  expect(result.total).toBe(expected.length);
  expect(result.totalValuePence).toBe(valueOf(expected));
  return expected;
}

/** Pages through in windows of `size`: together they are the whole list, once each, in order. */
async function expectWindowsTile<M extends ListMethod>(method: M, query: QueryOf<M>, size: number) {
  const all = idsOf((await whole(method, query)).rows);
  const paged: string[] = [];
  for (let offset = 0; offset < all.length; offset += size) {
    const window = await page(method, { ...query, offset, limit: size });
    expect(window.offset).toBe(offset);
    expect(window.total).toBe(all.length);
    paged.push(...idsOf(window.rows));
  }
  expect(paged).toEqual(all);
  expect(new Set(paged).size).toBe(all.length);
  const beyond = await page(method, { ...query, offset: all.length, limit: size });
  expect(beyond.rows).toEqual([]);
  expect(beyond.total).toBe(all.length);
}

// ---------------------------------------------------------------------------------------------

describe('the seeded workspace', () => {
  it('has a few hundred live records of each kind, and some deleted', () => {
    expect(suppliers().length).toBeGreaterThan(100);
    expect(exercises().length).toBeGreaterThan(250);
    expect(contracts().length).toBeGreaterThan(250);
    expect(seeded.deleted.suppliers.length).toBeGreaterThan(0);
    expect(seeded.deleted.exercises.length).toBeGreaterThan(0);
    expect(seeded.deleted.contracts.length).toBeGreaterThan(0);
  });

  it('stores a scope that agrees with the thresholds in force for every exercise and contract', () => {
    for (const row of exercises()) {
      const scope = scopeOf(
        {
          category: row.category,
          valuePence: row.estimated_value_pence,
          date: row.advert_date ?? row.start_date,
        },
        thresholds,
      );
      expect([row.in_scope_act, row.in_scope_local], row.reference).toEqual([
        scope.act ? 1 : 0,
        scope.local ? 1 : 0,
      ]);
    }
    for (const row of contracts()) {
      const scope = scopeOf(
        { category: row.category, valuePence: row.value_pence, date: row.start_date },
        thresholds,
      );
      expect([row.in_scope_act, row.in_scope_local], row.reference).toEqual([
        scope.act ? 1 : 0,
        scope.local ? 1 : 0,
      ]);
    }
  });
});

describe('the suppliers list', () => {
  const columns = (row: SupplierRow) => [
    row.name,
    row.postcode,
    row.company_number,
    row.charity_number,
  ];

  it('holds every live supplier and none deleted, with the count and £ total', async () => {
    const result = await whole('suppliers.list');
    expect(sortedIds(result.rows)).toEqual(sortedIds(suppliers()));
    for (const id of seeded.deleted.suppliers) expect(idsOf(result.rows)).not.toContain(id);
    const direct = ctx.db
      .prepare(
        `SELECT coalesce(sum(c.value_pence), 0) AS total FROM contracts c
         JOIN suppliers s ON s.id = c.supplier_id
         WHERE c.deleted_at IS NULL AND s.deleted_at IS NULL`,
      )
      .get() as { total: number };
    expect(result.totalValuePence).toBe(direct.total);
    expect(result.totalValuePence).toBeGreaterThan(0);
  });

  const searches: [search: string, count?: number][] = [
    ['acme'],
    ['ACME cleaning'],
    ['  soar   VALLEY  '],
    ['le65'],
    ['%', 2],
    ['_', 2],
    ['100%', 1],
    ['5%', 1],
    ['0%', 1],
    ['snake_case', 1],
    ['e_c', 1],
    ['%_', 0],
    ['no such supplier', 0],
  ];
  for (const [search, count] of searches) {
    it(`search "${search}": every word in name, postcode, company or charity number`, async () => {
      const found = await expectListMatches(
        'suppliers.list',
        { search },
        suppliers(),
        (row) => matchesSearch(search, columns(row)),
        supplierValueOf,
      );
      if (count === undefined) {
        expect(found.length).toBeGreaterThan(0);
        expect(found.length).toBeLessThan(suppliers().length);
      } else {
        expect(found).toHaveLength(count);
      }
    });
  }

  const flags = [
    ['local', (row: SupplierRow) => row.local === 1],
    ['sme', (row: SupplierRow) => row.size !== null && row.size !== 'large'],
    ['vcse', (row: SupplierRow) => row.vcse === 1],
    ['realLivingWage', (row: SupplierRow) => row.real_living_wage === 1],
  ] as const;
  for (const [flag, holds] of flags) {
    for (const wanted of [true, false]) {
      it(`filter ${flag} = ${wanted}`, async () => {
        const found = await expectListMatches(
          'suppliers.list',
          { [flag]: wanted },
          suppliers(),
          (row) => (wanted ? holds(row) : flag === 'sme' ? row.size === 'large' : !holds(row)),
          supplierValueOf,
        );
        expect(found.length).toBeGreaterThan(0);
      });
    }
  }

  it('filters and a search together', async () => {
    const found = await expectListMatches(
      'suppliers.list',
      { search: 'care', local: true, sme: true },
      suppliers(),
      (row) =>
        matchesSearch('care', columns(row)) &&
        row.local === 1 &&
        row.size !== null &&
        row.size !== 'large',
      supplierValueOf,
    );
    expect(found.length).toBeGreaterThan(0);
  });

  const sorts: Record<(typeof supplierSortKeys)[number], SortSpec<Supplier>> = {
    name: { key: (s) => s.name, nocase: true },
    postcode: { key: (s) => s.postcode },
    size: { key: (s) => rank(['micro', 'small', 'medium', 'large'])(s.size) },
    contractCount: { key: (s) => s.contractCount },
    contractValuePence: { key: (s) => s.contractValuePence },
    updatedAt: { key: (s) => s.updatedAt },
  };
  for (const sort of supplierSortKeys) {
    for (const direction of ['asc', 'desc'] as const) {
      it(`sorts by ${sort} ${direction}, ties broken by id`, async () => {
        const { rows } = await whole('suppliers.list', { sort, direction });
        expect(idsOf(rows)).toEqual(expectedOrder(rows, sorts[sort], direction));
      });
    }
  }

  it('shows each supplier with its live contracts counted and summed', async () => {
    const { rows } = await whole('suppliers.list');
    const live = contracts();
    for (const supplier of rows) {
      const held = live.filter((contract) => contract.supplier_id === supplier.id);
      expect(supplier.contractCount).toBe(held.length);
      expect(supplier.contractValuePence).toBe(held.reduce((sum, c) => sum + c.value_pence, 0));
    }
  });

  for (const sort of ['size', 'contractCount'] as const) {
    it(`windows sorted by ${sort} neither overlap nor skip`, async () => {
      await expectWindowsTile('suppliers.list', { sort, direction: 'asc' }, 13);
      await expectWindowsTile('suppliers.list', { sort, direction: 'desc', local: true }, 7);
    });
  }
});

describe('the exercises list', () => {
  const columns = (row: ExerciseRow) => [
    row.reference,
    row.title,
    row.directorate,
    row.lead_officer,
  ];
  const inScope = {
    act: (row: ExerciseRow) => row.in_scope_act === 1,
    local: (row: ExerciseRow) => row.in_scope_local === 1,
    either: (row: ExerciseRow) => row.in_scope_act === 1 || row.in_scope_local === 1,
    neither: (row: ExerciseRow) => row.in_scope_act === 0 && row.in_scope_local === 0,
  };

  it('holds every live exercise and none deleted, with the count and £ total', async () => {
    const found = await expectListMatches(
      'exercises.list',
      {},
      exercises(),
      () => true,
      exerciseValueOf,
    );
    for (const id of seeded.deleted.exercises) expect(found).not.toContain(id);
    const direct = ctx.db
      .prepare(
        'SELECT count(*) AS n, sum(estimated_value_pence) AS total FROM exercises WHERE deleted_at IS NULL',
      )
      .get() as { n: number; total: number };
    const result = await page('exercises.list', { limit: 1 });
    expect([result.total, result.totalValuePence]).toEqual([direct.n, direct.total]);
  });

  const searches: [search: string, count?: number][] = [
    ['highways'],
    ['HOME care'],
    ['ex-01'],
    ['Priya'],
    ["children's"],
    ['grounds support 1'],
    ['%', 0],
    ['_', 0],
    ['EX_0', 0],
    ['ex%1', 0],
  ];
  for (const [search, count] of searches) {
    it(`search "${search}": every word in reference, title, directorate or lead officer`, async () => {
      const found = await expectListMatches(
        'exercises.list',
        { search },
        exercises(),
        (row) => matchesSearch(search, columns(row)),
        exerciseValueOf,
      );
      if (count === undefined) {
        expect(found.length).toBeGreaterThan(0);
        expect(found.length).toBeLessThan(exercises().length);
      } else {
        expect(found).toHaveLength(count);
      }
    });
  }

  const statusSets = [['pipeline'], ['live', 'evaluation'], ['awarded', 'cancelled', 'pipeline']];
  for (const status of statusSets) {
    it(`filter status in ${status.join(', ')}`, async () => {
      const found = await expectListMatches(
        'exercises.list',
        { status: status as ExerciseListQuery['status'] },
        exercises(),
        (row) => status.includes(row.status),
        exerciseValueOf,
      );
      expect(found.length).toBeGreaterThan(0);
    });
  }

  for (const directorate of [...seedDirectorates, 'Nowhere']) {
    it(`filter directorate "${directorate}"`, async () => {
      await expectListMatches(
        'exercises.list',
        { directorate },
        exercises(),
        (row) => row.directorate === directorate,
        exerciseValueOf,
      );
    });
  }

  for (const category of ['goods', 'services', 'works'] as const) {
    it(`filter category ${category}`, async () => {
      const found = await expectListMatches(
        'exercises.list',
        { category },
        exercises(),
        (row) => row.category === category,
        exerciseValueOf,
      );
      expect(found.length).toBeGreaterThan(0);
    });
  }

  for (const scope of ['act', 'local', 'either', 'neither'] as const) {
    it(`filter scope ${scope}`, async () => {
      const found = await expectListMatches(
        'exercises.list',
        { scope },
        exercises(),
        inScope[scope],
        exerciseValueOf,
      );
      expect(found.length).toBeGreaterThan(0);
    });
  }

  const ranges: [from: string | null, to: string | null][] = [
    ['2025-09-15', null],
    [null, '2024-06-01'],
    ['2024-06-01', '2025-09-15'],
    ['2025-09-15', '2025-09-15'],
  ];
  for (const [from, to] of ranges) {
    it(`filter starting from ${from ?? 'any date'} to ${to ?? 'any date'} (both days included)`, async () => {
      const found = await expectListMatches(
        'exercises.list',
        { from, to },
        exercises(),
        (row) => (!from || row.start_date >= from) && (!to || row.start_date <= to),
        exerciseValueOf,
      );
      expect(found.length).toBeGreaterThan(0);
    });
  }

  it('refuses a range that ends before it starts, naming "to"', async () => {
    const error = expectError(
      await callApi(ctx, 'exercises.list', { from: '2025-01-02', to: '2025-01-01' }),
    );
    expect(error.code).toBe('invalid_input');
    expect(error.details?.issues?.map((issue) => issue.path)).toEqual([['to']]);
  });

  it('every filter and a search together', async () => {
    await expectListMatches(
      'exercises.list',
      {
        search: 'e',
        status: ['pipeline', 'live'],
        directorate: 'Adults and Health',
        category: 'services',
        scope: 'either',
        from: '2024-01-01',
        to: '2026-12-31',
      },
      exercises(),
      (row) =>
        matchesSearch('e', columns(row)) &&
        ['pipeline', 'live'].includes(row.status) &&
        row.directorate === 'Adults and Health' &&
        row.category === 'services' &&
        inScope.either(row) &&
        row.start_date >= '2024-01-01' &&
        row.start_date <= '2026-12-31',
      exerciseValueOf,
    );
  });

  const sorts: Record<(typeof exerciseSortKeys)[number], SortSpec<Exercise>> = {
    reference: { key: (e) => e.reference, nocase: true },
    title: { key: (e) => e.title, nocase: true },
    directorate: { key: (e) => e.directorate, nocase: true },
    category: { key: (e) => e.category },
    estimatedValuePence: { key: (e) => e.estimatedValuePence },
    startDate: { key: (e) => e.startDate },
    status: {
      key: (e) => rank(['pipeline', 'live', 'evaluation', 'awarded', 'cancelled'])(e.status),
    },
  };
  for (const sort of exerciseSortKeys) {
    for (const direction of ['asc', 'desc'] as const) {
      it(`sorts by ${sort} ${direction}, ties broken by id`, async () => {
        const { rows } = await whole('exercises.list', { sort, direction });
        expect(idsOf(rows)).toEqual(expectedOrder(rows, sorts[sort], direction));
      });
    }
  }

  for (const sort of ['category', 'status', 'estimatedValuePence', 'directorate'] as const) {
    it(`windows sorted by ${sort} neither overlap nor skip`, async () => {
      await expectWindowsTile('exercises.list', { sort, direction: 'asc' }, 23);
      await expectWindowsTile('exercises.list', { sort, direction: 'desc', scope: 'local' }, 10);
    });
  }

  it('refuses a window over 500 rows or a negative offset', async () => {
    for (const query of [{ limit: 501 }, { limit: 0 }, { offset: -1 }]) {
      const error = expectError(await callApi(ctx, 'exercises.list', query));
      expect(error.code).toBe('invalid_input');
    }
  });
});

describe('the contracts list', () => {
  const columns = (row: ContractRow, supplier: SupplierRow | undefined) => [
    row.reference,
    row.title,
    supplier?.name ?? null,
    row.directorate,
    row.contract_manager,
  ];
  const withSupplier = () => {
    const byId = new Map(
      (ctx.db.prepare('SELECT * FROM suppliers').all() as SupplierRow[]).map((s) => [s.id, s]),
    );
    return contracts().map((row) => ({ ...row, supplier: byId.get(row.supplier_id) }));
  };
  type Joined = ReturnType<typeof withSupplier>[number];
  const inScope = {
    act: (row: Joined) => row.in_scope_act === 1,
    local: (row: Joined) => row.in_scope_local === 1,
    either: (row: Joined) => row.in_scope_act === 1 || row.in_scope_local === 1,
    neither: (row: Joined) => row.in_scope_act === 0 && row.in_scope_local === 0,
  };

  it('holds every live contract and none deleted, with the count and £ total', async () => {
    const found = await expectListMatches(
      'contracts.list',
      {},
      withSupplier(),
      () => true,
      contractValueOf,
    );
    for (const id of seeded.deleted.contracts) expect(found).not.toContain(id);
    const direct = ctx.db
      .prepare(
        'SELECT count(*) AS n, sum(value_pence) AS total FROM contracts WHERE deleted_at IS NULL',
      )
      .get() as { n: number; total: number };
    const result = await page('contracts.list', { limit: 1 });
    expect([result.total, result.totalValuePence]).toEqual([direct.n, direct.total]);
  });

  const searches: [search: string, count?: number][] = [
    ['grounds'],
    ['HOME care'],
    ['contract 1'],
    ['acme'],
    ['Tom Hughes'],
    ['c-02 fleet'],
    ['100%'],
    ['%'],
    ['_'],
    ['%%', 0],
    ['C_0', 0],
  ];
  for (const [search, count] of searches) {
    it(`search "${search}": every word in reference, title, supplier, directorate or manager`, async () => {
      const found = await expectListMatches(
        'contracts.list',
        { search },
        withSupplier(),
        (row) => matchesSearch(search, columns(row, row.supplier)),
        contractValueOf,
      );
      if (count === undefined) {
        expect(found.length).toBeGreaterThan(0);
        expect(found.length).toBeLessThan(contracts().length);
      } else {
        expect(found).toHaveLength(count);
      }
    });
  }

  const statusSets = [['active'], ['not-started', 'ended'], ['terminated', 'active', 'ended']];
  for (const status of statusSets) {
    it(`filter status in ${status.join(', ')}`, async () => {
      const found = await expectListMatches(
        'contracts.list',
        { status: status as ContractListQuery['status'] },
        withSupplier(),
        (row) => status.includes(row.status),
        contractValueOf,
      );
      expect(found.length).toBeGreaterThan(0);
    });
  }

  for (const directorate of seedDirectorates) {
    it(`filter directorate "${directorate}"`, async () => {
      const found = await expectListMatches(
        'contracts.list',
        { directorate },
        withSupplier(),
        (row) => row.directorate === directorate,
        contractValueOf,
      );
      expect(found.length).toBeGreaterThan(0);
    });
  }

  for (const category of ['goods', 'services', 'works'] as const) {
    it(`filter category ${category}`, async () => {
      const found = await expectListMatches(
        'contracts.list',
        { category },
        withSupplier(),
        (row) => row.category === category,
        contractValueOf,
      );
      expect(found.length).toBeGreaterThan(0);
    });
  }

  for (const scope of ['act', 'local', 'either', 'neither'] as const) {
    it(`filter scope ${scope}`, async () => {
      const found = await expectListMatches(
        'contracts.list',
        { scope },
        withSupplier(),
        inScope[scope],
        contractValueOf,
      );
      expect(found.length).toBeGreaterThan(0);
    });
  }

  const supplierFlags = [
    ['local', (s: SupplierRow) => s.local === 1, (s: SupplierRow) => s.local === 0],
    [
      'sme',
      (s: SupplierRow) => s.size !== null && s.size !== 'large',
      (s: SupplierRow) => s.size === 'large',
    ],
    ['vcse', (s: SupplierRow) => s.vcse === 1, (s: SupplierRow) => s.vcse === 0],
  ] as const;
  for (const [flag, yes, no] of supplierFlags) {
    for (const wanted of [true, false]) {
      it(`filter supplier ${flag} = ${wanted}`, async () => {
        const found = await expectListMatches(
          'contracts.list',
          { [flag]: wanted },
          withSupplier(),
          (row) => row.supplier !== undefined && (wanted ? yes(row.supplier) : no(row.supplier)),
          contractValueOf,
        );
        expect(found.length).toBeGreaterThan(0);
      });
    }
  }

  it('filter by supplier', async () => {
    const [first] = await whole('contracts.list', { sort: 'supplierName' }).then((r) => r.rows);
    const supplierId = first?.supplierId as string;
    const found = await expectListMatches(
      'contracts.list',
      { supplierId },
      withSupplier(),
      (row) => row.supplier_id === supplierId,
      contractValueOf,
    );
    expect(found.length).toBeGreaterThan(0);
  });

  const today = calendarDateOf();
  const ranges: [from: string | null, to: string | null][] = [
    ['2026-04-01', '2027-03-31'],
    ['2023-01-01', null],
    [null, '2023-01-01'],
    [today, today],
  ];
  for (const [from, to] of ranges) {
    it(`filter running at any time from ${from ?? 'any date'} to ${to ?? 'any date'}`, async () => {
      const found = await expectListMatches(
        'contracts.list',
        { from, to },
        withSupplier(),
        (row) => (!from || row.end_date >= from) && (!to || row.start_date <= to),
        contractValueOf,
      );
      expect(found.length).toBeGreaterThan(0);
      expect(found.length).toBeLessThan(contracts().length);
    });
  }

  it('every filter and a search together', async () => {
    await expectListMatches(
      'contracts.list',
      {
        search: 'a',
        status: ['active', 'not-started'],
        category: 'services',
        scope: 'local',
        local: true,
        sme: true,
        vcse: false,
        from: '2024-04-01',
        to: '2027-03-31',
      },
      withSupplier(),
      (row) =>
        matchesSearch('a', columns(row, row.supplier)) &&
        ['active', 'not-started'].includes(row.status) &&
        row.category === 'services' &&
        row.in_scope_local === 1 &&
        row.supplier?.local === 1 &&
        row.supplier.size !== null &&
        row.supplier.size !== 'large' &&
        row.supplier.vcse === 0 &&
        row.end_date >= '2024-04-01' &&
        row.start_date <= '2027-03-31',
      contractValueOf,
    );
  });

  const sorts: Record<(typeof contractSortKeys)[number], SortSpec<Contract>> = {
    reference: { key: (c) => c.reference, nocase: true },
    title: { key: (c) => c.title, nocase: true },
    supplierName: { key: (c) => c.supplierName, nocase: true },
    directorate: { key: (c) => c.directorate, nocase: true },
    category: { key: (c) => c.category },
    valuePence: { key: (c) => c.valuePence },
    startDate: { key: (c) => c.startDate },
    endDate: { key: (c) => c.endDate },
    status: { key: (c) => rank(['not-started', 'active', 'ended', 'terminated'])(c.status) },
  };
  for (const sort of contractSortKeys) {
    for (const direction of ['asc', 'desc'] as const) {
      it(`sorts by ${sort} ${direction}, ties broken by id`, async () => {
        const { rows } = await whole('contracts.list', { sort, direction });
        expect(idsOf(rows)).toEqual(expectedOrder(rows, sorts[sort], direction));
      });
    }
  }

  for (const sort of ['category', 'status', 'valuePence', 'supplierName'] as const) {
    it(`windows sorted by ${sort} neither overlap nor skip`, async () => {
      await expectWindowsTile('contracts.list', { sort, direction: 'asc' }, 29);
      await expectWindowsTile('contracts.list', { sort, direction: 'desc', local: true }, 11);
    });
  }
});

// A filtered list is read another way than the whole one (its matches found first, then sorted),
// and a window may be asked for without the count and £ total: neither changes what is listed.
describe('every list, filtered or asked for its rows alone', () => {
  const filtered = {
    'suppliers.list': [{ local: true }, { search: 'e' }, { sme: false, vcse: false }],
    'exercises.list': [
      { scope: 'either' as const },
      { search: 'a' },
      { category: 'works' as const },
    ],
    'contracts.list': [{ local: true }, { search: 'e' }, { status: ['active' as const] }],
  };
  const sortKeys = {
    'suppliers.list': supplierSortKeys,
    'exercises.list': exerciseSortKeys,
    'contracts.list': contractSortKeys,
  };
  for (const method of ['suppliers.list', 'exercises.list', 'contracts.list'] as const) {
    it(`${method}: filtered, in the same order as the whole list, for every sort`, async () => {
      for (const sort of sortKeys[method]) {
        for (const direction of ['asc', 'desc'] as const) {
          const all = idsOf((await whole(method, { sort, direction } as never)).rows);
          for (const filter of filtered[method]) {
            const query = { ...filter, sort, direction } as never;
            const kept = new Set(idsOf((await whole(method, query)).rows));
            expect(kept.size, `${sort} ${direction} ${JSON.stringify(filter)}`).toBeGreaterThan(0);
            expect(idsOf((await whole(method, query)).rows)).toEqual(
              all.filter((id) => kept.has(id)),
            );
          }
        }
      }
    });

    it(`${method}: totals: false gives the same rows, without the count and £ total`, async () => {
      for (const filter of [{}, ...filtered[method]]) {
        for (const offset of [0, 7, 1_000]) {
          const query = { ...filter, offset, limit: 9 } as never;
          const full = await page(method, query);
          const alone = await page(method, { ...(query as object), totals: false } as never);
          expect(alone).toEqual({ rows: full.rows, offset });
          expect(full.total).toBeGreaterThan(0);
          expect(full.totalValuePence).toBeGreaterThan(0);
        }
      }
    });
  }

  it('keeps the count and £ total of a filtered list whichever window is asked for', async () => {
    const query = { search: 'e', sort: 'title' } as const;
    const first = await page('contracts.list', { ...query, offset: 0, limit: 10 });
    // Past 10,000 rows a filtered list is read another way (see contractSources).
    for (const offset of [5, (first.total ?? 0) - 1, first.total ?? 0, 5_000, 20_000]) {
      const later = await page('contracts.list', { ...query, offset, limit: 10 });
      expect([later.total, later.totalValuePence]).toEqual([first.total, first.totalValuePence]);
    }
  });
});

describe('the directorates', () => {
  it('are those used on live exercises and contracts, once each, in alphabetical order', async () => {
    const used = new Set(
      [...exercises(), ...contracts()].flatMap((row) =>
        row.directorate === null ? [] : [row.directorate],
      ),
    );
    const expected = [...used].sort((a, b) => compareKeys(a, b, true));

    const directorates = expectOk(await callApi(ctx, 'records.directorates', {}));

    expect(directorates).toEqual(expected);
    expect(directorates).toEqual([...seedDirectorates].sort());
    expect(directorates).not.toContain('Only On A Deleted Exercise');
  });
});

describe('the dashboard', () => {
  it('counts the pipeline by status, with the estimated value of each', async () => {
    const dashboard = expectOk(await callApi(ctx, 'dashboard.get', {}));
    const direct = ctx.db
      .prepare(
        `SELECT status, count(*) AS count, sum(estimated_value_pence) AS value
         FROM exercises WHERE deleted_at IS NULL GROUP BY status`,
      )
      .all() as { status: string; count: number; value: number }[];

    expect(dashboard.pipeline.map((stage) => stage.status)).toEqual([
      'pipeline',
      'live',
      'evaluation',
      'awarded',
      'cancelled',
    ]);
    for (const stage of dashboard.pipeline) {
      const row = direct.find((r) => r.status === stage.status);
      expect([stage.count, stage.estimatedValuePence], stage.status).toEqual([
        row?.count ?? 0,
        row?.value ?? 0,
      ]);
    }
    expect(dashboard.pipeline.reduce((sum, stage) => sum + stage.count, 0)).toBe(
      exercises().length,
    );
  });

  it('lists contracts not yet ended whose end date is in the next six months, soonest first', async () => {
    const dashboard = expectOk(await callApi(ctx, 'dashboard.get', {}));
    const today = calendarDateOf();
    const until = addMonths(today, 6);
    expect(dashboard.asOf).toBe(today);
    const inWindow = contracts().filter((c) => c.end_date >= today && c.end_date <= until);
    const expected = inWindow
      .filter((c) => c.status === 'active' || c.status === 'not-started')
      .sort(
        (a, b) =>
          compareKeys(a.end_date, b.end_date, false) ||
          compareKeys(a.reference, b.reference, false),
      )
      .slice(0, 50)
      .map((c) => c.id);

    expect(idsOf(dashboard.endingSoon)).toEqual(expected);
    expect(expected.length).toBeGreaterThan(0);
    // The window and the status both matter: some ended or terminated ones fall in it too.
    expect(inWindow.length).toBeGreaterThan(expected.length);
  });

  it('lists open exercises in scope with no social value approach, earliest first', async () => {
    const dashboard = expectOk(await callApi(ctx, 'dashboard.get', {}));
    const expected = exercises()
      .filter(
        (e) =>
          ['pipeline', 'live', 'evaluation'].includes(e.status) &&
          (e.in_scope_act === 1 || e.in_scope_local === 1) &&
          e.social_value_approach === null,
      )
      .sort(
        (a, b) =>
          compareKeys(a.start_date, b.start_date, false) ||
          compareKeys(a.reference, b.reference, false),
      )
      .map((e) => e.id);

    expect(idsOf(dashboard.inScopeWithoutSocialValue)).toEqual(expected.slice(0, 50));
    expect(expected.length).toBeGreaterThan(0);
    for (const exercise of dashboard.inScopeWithoutSocialValue) {
      expect(exercise.socialValueApproach).toBeNull();
    }
  });

  it('leaves deleted records out', async () => {
    const dashboard = expectOk(await callApi(ctx, 'dashboard.get', {}));
    const shown = [...idsOf(dashboard.endingSoon), ...idsOf(dashboard.inScopeWithoutSocialValue)];
    for (const id of [...seeded.deleted.contracts, ...seeded.deleted.exercises]) {
      expect(shown).not.toContain(id);
    }
    const live = supplierById();
    for (const contract of dashboard.endingSoon) expect(live.has(contract.supplierId)).toBe(true);
  });
});
