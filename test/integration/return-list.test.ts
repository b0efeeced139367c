// The returns list through the API on a real workspace: sorted by contract reference, supplier,
// period, status and submitted date, each both ways; searched by contract reference, title and
// supplier name (every word somewhere); a deleted contract's returns left out; and the plans
// SQLite makes for it, which keep it fast on the large workspace (npm run bench measures it).

import { describe, expect, it } from 'vitest';
import { listStatements } from '../../electron/db/list-sql';
import { returnListSpec } from '../../electron/db/return-repository';
import {
  returnListQuerySchema,
  returnSortKeys,
  type ReturnListQuery,
} from '../../shared/social-value-return';
import { seedFramework } from './seed-framework';
import { createContract, createSupplier, openRecordsWorkspace } from './seed-records';
import { enterReturn } from './seed-returns';
import { callApi, expectOk, useTempDirs } from './temp-workspace';

const temp = useTempDirs();

/**
 * Three contracts: C-003 "Home care" (Soar Valley Care Ltd), C-001 "Grounds maintenance"
 * (Charnwood Works Ltd), C-002 "Care home places" (Beacon Hill Homes Ltd); returns in a spread of
 * periods and statuses, submitted one after another.
 */
async function returnsWorkspace() {
  const { ctx, db } = await openRecordsWorkspace(temp);
  const measures = seedFramework(db, [{ code: 'LOC1', unit: 'FTE' }]);
  const contract = async (reference: string, title: string, supplierName: string) =>
    createContract(ctx, (await createSupplier(ctx, { name: supplierName })).id, {
      reference,
      title,
      startDate: '2024-04-01',
      endDate: '2027-03-31',
    });
  const homeCare = await contract('C-003', 'Home care', 'Soar Valley Care Ltd');
  const grounds = await contract('C-001', 'Grounds maintenance', 'Charnwood Works Ltd');
  const places = await contract('C-002', 'Care home places', 'Beacon Hill Homes Ltd');
  const line = (decision?: 'verified' | 'queried' | 'rejected') => [
    { measureId: measures.LOC1 as string, quantity: 1, ...(decision ? { decision } : {}) },
  ];
  await enterReturn(ctx, grounds.id, 'Q1 2024/25', line('verified'));
  await enterReturn(ctx, homeCare.id, 'Q3 2024/25', line('queried'));
  await enterReturn(ctx, places.id, 'Q2 2024/25', line());
  await enterReturn(ctx, homeCare.id, 'Q4 2024/25', line(), { draft: true });
  await enterReturn(ctx, places.id, 'Q1 2025/26', line('rejected'));
  return { ctx, db, homeCare, grounds, places };
}

type Ctx = Awaited<ReturnType<typeof returnsWorkspace>>['ctx'];
const rowsOf = async (ctx: Ctx, query: ReturnListQuery) =>
  expectOk(await callApi(ctx, 'returns.list', query)).rows.map(
    (row) => `${row.contractReference} ${row.periodLabel}`,
  );

describe('the returns list', () => {
  it('sorts by contract, supplier, period, status and submitted date, both ways', async () => {
    const { ctx } = await returnsWorkspace();
    expect(await rowsOf(ctx, {})).toEqual([
      'C-002 Q1 2025/26',
      'C-003 Q4 2024/25',
      'C-003 Q3 2024/25',
      'C-002 Q2 2024/25',
      'C-001 Q1 2024/25',
    ]);
    const sorted = async (sort: ReturnListQuery['sort']) => ({
      asc: await rowsOf(ctx, { sort, direction: 'asc' }),
      desc: await rowsOf(ctx, { sort, direction: 'desc' }),
    });
    const byReference = await sorted('contractReference');
    expect(byReference.asc.map((row) => row.slice(0, 5))).toEqual([
      'C-001',
      'C-002',
      'C-002',
      'C-003',
      'C-003',
    ]);
    expect(byReference.desc.map((row) => row.slice(0, 5))).toEqual([
      'C-003',
      'C-003',
      'C-002',
      'C-002',
      'C-001',
    ]);
    // Beacon Hill (C-002), Charnwood (C-001), Soar Valley (C-003).
    const bySupplier = await sorted('supplierName');
    expect(bySupplier.asc.map((row) => row.slice(0, 5))).toEqual([
      'C-002',
      'C-002',
      'C-001',
      'C-003',
      'C-003',
    ]);
    expect((await sorted('period')).asc).toEqual([
      'C-001 Q1 2024/25',
      'C-002 Q2 2024/25',
      'C-003 Q3 2024/25',
      'C-003 Q4 2024/25',
      'C-002 Q1 2025/26',
    ]);
    // In the order of a return's life: draft, submitted, queried, verified, rejected.
    expect((await sorted('status')).asc).toEqual([
      'C-003 Q4 2024/25',
      'C-002 Q2 2024/25',
      'C-003 Q3 2024/25',
      'C-001 Q1 2024/25',
      'C-002 Q1 2025/26',
    ]);
    // Submitted in the order entered; the draft, never submitted, first (blank sorts low).
    const bySubmitted = await sorted('submittedAt');
    expect(bySubmitted.asc).toEqual([
      'C-003 Q4 2024/25',
      'C-001 Q1 2024/25',
      'C-003 Q3 2024/25',
      'C-002 Q2 2024/25',
      'C-002 Q1 2025/26',
    ]);
    expect(bySubmitted.desc).toEqual([...bySubmitted.asc].reverse());
  });

  it('searches the contract reference, title and supplier name, every word somewhere', async () => {
    const { ctx } = await returnsWorkspace();
    const found = async (search: string) => (await rowsOf(ctx, { search })).sort();
    expect(await found('c-001')).toEqual(['C-001 Q1 2024/25']);
    expect(await found('grounds')).toEqual(['C-001 Q1 2024/25']);
    expect(await found('BEACON')).toEqual(['C-002 Q1 2025/26', 'C-002 Q2 2024/25']);
    // "care" is in C-003's title and supplier and in C-002's title.
    expect(await found('care')).toEqual([
      'C-002 Q1 2025/26',
      'C-002 Q2 2024/25',
      'C-003 Q3 2024/25',
      'C-003 Q4 2024/25',
    ]);
    expect(await found('care soar')).toEqual(['C-003 Q3 2024/25', 'C-003 Q4 2024/25']);
    expect(await found('100%')).toEqual([]);
    // With the queue's statuses and a sort.
    expect(
      await rowsOf(ctx, {
        search: 'care',
        status: ['submitted', 'queried'],
        sort: 'contractReference',
        direction: 'asc',
      }),
    ).toEqual(['C-002 Q2 2024/25', 'C-003 Q3 2024/25']);
    const counted = expectOk(await callApi(ctx, 'returns.list', { search: 'care' }));
    expect(counted.total).toBe(4);
  });

  it("leaves out a deleted contract's returns, counted too", async () => {
    const { ctx, grounds } = await returnsWorkspace();
    expectOk(await callApi(ctx, 'contracts.delete', { id: grounds.id, version: grounds.version }));
    for (const sort of returnSortKeys) {
      const page = expectOk(await callApi(ctx, 'returns.list', { sort }));
      expect(page.rows.map((row) => row.contractReference)).not.toContain('C-001');
      expect(page.total).toBe(4);
    }
  });

  it('is walked in an index for every sort, never sorted whole, and counted from an index', async () => {
    const { db } = await returnsWorkspace();
    const plan = (query: ReturnListQuery, statement: 'keys' | 'count') => {
      const spec = returnListSpec(returnListQuerySchema.parse(query));
      const params =
        statement === 'keys'
          ? [...spec.filter.params, spec.limit, spec.offset]
          : spec.filter.params;
      const sql = `EXPLAIN QUERY PLAN ${listStatements(spec)[statement]}`;
      return (db.prepare(sql).all(...params) as { detail: string }[])
        .map((row) => row.detail)
        .join(' | ');
    };
    for (const sort of returnSortKeys) {
      for (const direction of ['asc', 'desc'] as const) {
        const keys = plan({ sort, direction }, 'keys');
        expect(keys, `${sort} ${direction}`).toMatch(/COVERING INDEX/);
        expect(keys, `${sort} ${direction}`).not.toMatch(/USE TEMP B-TREE FOR ORDER BY/);
      }
    }
    expect(plan({}, 'count')).toMatch(/COVERING INDEX returns_for_lists/);
    expect(plan({ status: ['submitted', 'queried'] }, 'count')).toMatch(
      /SEARCH r USING COVERING INDEX returns_for_lists \(status=\?\)/,
    );
  });
});
