// The plans SQLite makes for the list queries on a workspace built by the real migrations: the
// whole of a list is walked in its sort's index (never sorted whole), a filtered contracts list
// is read from contracts_for_lists, and a window's rows are read by id. These keep a list of
// 50,000 contracts answering in a few milliseconds wherever the officer is in it (npm run bench
// measures it); a change to a sort expression or an index that loses one of them fails here.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3';
import { contractListSpec } from '../../electron/db/contract-repository';
import { exerciseListSpec } from '../../electron/db/exercise-repository';
import { listStatements, type ListSpec } from '../../electron/db/list-sql';
import { supplierListSpec } from '../../electron/db/supplier-repository';
import { openWorkspace } from '../../electron/db/open';
import { workspaceFileIn } from '../../electron/workspace-location';
import {
  contractListQuerySchema,
  contractSortKeys,
  exerciseListQuerySchema,
  exerciseSortKeys,
  supplierListQuerySchema,
  supplierSortKeys,
  type ContractListQuery,
} from '../../shared/list-query';
import { makeTempDir, removeTempDir } from './temp-workspace';

let dir: string;
let db: Database;

beforeAll(async () => {
  dir = await makeTempDir();
  db = openWorkspace(workspaceFileIn(dir)).db;
});

afterAll(async () => {
  db?.close();
  await removeTempDir(dir);
});

type Statement = keyof ReturnType<typeof listStatements>;

/** The plan's lines for one of a window's statements. */
function plan(spec: ListSpec, statement: Statement): string[] {
  const sql = listStatements(spec)[statement];
  const params =
    statement === 'rows'
      ? ['[]']
      : statement === 'keys'
        ? [...spec.filter.params, spec.limit, spec.offset]
        : spec.filter.params;
  return (
    db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as {
      detail: string;
    }[]
  ).map((row) => row.detail);
}

const sortsWhole = /USE TEMP B-TREE FOR ORDER BY/;
const directions = ['asc', 'desc'] as const;
const contracts = (query: ContractListQuery) =>
  contractListSpec(contractListQuerySchema.parse(query));

describe('the whole of a list is walked in the order of its sort', () => {
  for (const direction of directions) {
    it(`contracts, every sort, ${direction}`, () => {
      for (const sort of contractSortKeys) {
        expect(plan(contracts({ sort, direction }), 'keys'), sort).not.toContainEqual(
          expect.stringMatching(sortsWhole),
        );
      }
    });

    it(`exercises, every sort, ${direction}`, () => {
      for (const sort of exerciseSortKeys) {
        const spec = exerciseListSpec(exerciseListQuerySchema.parse({ sort, direction }));
        expect(plan(spec, 'keys'), sort).not.toContainEqual(expect.stringMatching(sortsWhole));
      }
    });

    // A supplier's contract count and £ total are worked out for each supplier, so those two
    // sorts cannot be walked in an index; the bench shows what they cost.
    it(`suppliers, every sort but the contract count and value, ${direction}`, () => {
      const computed = ['contractCount', 'contractValuePence'];
      for (const sort of supplierSortKeys.filter((key) => !computed.includes(key))) {
        const spec = supplierListSpec(supplierListQuerySchema.parse({ sort, direction }));
        expect(plan(spec, 'keys'), sort).not.toContainEqual(expect.stringMatching(sortsWhole));
      }
    });
  }

  it('contracts by supplier name: the suppliers in name order, each one’s contracts by id', () => {
    expect(plan(contracts({ sort: 'supplierName' }), 'keys')).toEqual([
      expect.stringMatching(/^SCAN s USING COVERING INDEX suppliers_by_name/),
      expect.stringMatching(/^SEARCH c USING INDEX contracts_by_supplier \(supplier_id=\?\)/),
      'USE TEMP B-TREE FOR LAST TERM OF ORDER BY',
    ]);
  });

  it('counts the whole contracts list from the value index', () => {
    expect(plan(contracts({}), 'count')).toEqual(['SCAN c USING INDEX contracts_by_value']);
  });
});

describe('a filtered contracts list', () => {
  const filters: ContractListQuery[] = [
    { search: 'care home' },
    { status: ['active', 'not-started'] },
    { category: 'works' },
    { directorate: 'Place' },
    { from: '2025-04-01', to: '2026-03-31' },
    { scope: 'either' },
    { local: true, sme: true },
    { search: 'care', sort: 'supplierName' },
  ];
  for (const filter of filters) {
    it(`is read from contracts_for_lists: ${JSON.stringify(filter)}`, () => {
      const spec = contracts(filter);
      for (const statement of ['keys', 'count'] as const) {
        expect(plan(spec, statement), statement).toContainEqual(
          expect.stringMatching(/^(SCAN|SEARCH) c USING INDEX contracts_for_lists\b/),
        );
      }
    });
  }

  it('of one supplier is found through contracts_by_supplier', () => {
    const spec = contracts({ supplierId: '6f1c1d2e-8a4b-4c3d-9e5f-0a1b2c3d4e5f', status: [] });
    expect(plan(spec, 'keys')).toContainEqual(
      expect.stringMatching(/^SEARCH c USING INDEX contracts_by_supplier \(supplier_id=\?\)/),
    );
  });
});

describe('a filtered contracts list sorted by supplier name, or deep in the list', () => {
  const walks: [ContractListQuery, RegExp][] = [
    [{ search: 'care', sort: 'supplierName' }, /^SCAN s USING COVERING INDEX suppliers_by_name/],
    [{ local: true, sort: 'supplierName', direction: 'desc' }, /^SCAN s USING COVERING INDEX/],
    [
      { status: ['active'], sort: 'title', offset: 20_000 },
      /^SCAN c USING INDEX contracts_by_title/,
    ],
    [{ search: 'e', sort: 'status', offset: 40_000 }, /^SCAN c USING INDEX contracts_by_status/],
  ];
  for (const [query, walked] of walks) {
    it(`is walked in the sort's order, keeping its matches: ${JSON.stringify(query)}`, () => {
      const lines = plan(contracts(query), 'keys');
      expect(lines).toContainEqual(expect.stringMatching(walked));
      expect(lines).toContainEqual(expect.stringMatching(/USING INDEX contracts_for_lists\b/));
      expect(lines).not.toContainEqual(expect.stringMatching(sortsWhole));
    });
  }
});

describe("a window's rows", () => {
  it('are read by id, in every list', () => {
    const specs = [
      contracts({ search: 'care' }),
      supplierListSpec(supplierListQuerySchema.parse({})),
      exerciseListSpec(exerciseListQuerySchema.parse({})),
    ];
    for (const spec of specs) {
      expect(plan(spec, 'rows')[0]).toMatch(
        /^SEARCH \w+ USING INDEX sqlite_autoindex_\w+ \(id=\?\)/,
      );
    }
  });
});
