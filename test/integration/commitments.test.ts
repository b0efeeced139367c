// Commitments through the API on a real workspace: the proxy value kept when made, quantities
// checked and named by field, yearly targets read the council's way and kept within the term,
// one commitment per measure, removal refused while returns report against it, and nothing
// half-written when a request is refused.

import { describe, expect, it } from 'vitest';
import type { Context } from '../../electron/api/context';
import { getMeasure, updateMeasure } from '../../electron/db/measure-repository';
import type { CommitmentInput } from '../../shared/commitment';
import { createContract, createSupplier, openRecordsWorkspace } from './seed-records';
import { seedFramework } from './seed-framework';
import { callApi, dumpTables, expectError, expectOk, useTempDirs } from './temp-workspace';

const temp = useTempDirs();

/** A workspace with a two-year contract (2025/26 and 2026/27) and three measures. */
async function setUp() {
  const { ctx, db } = await openRecordsWorkspace(temp);
  const measures = seedFramework(db, [
    { code: 'LOC1', unit: 'FTE', proxyPence: 3_000_000 },
    { code: 'APP1', unit: 'weeks', proxyPence: 25_000 },
    { code: 'NAR1', unit: 'text', kind: 'record-only', proxyPence: null },
    { code: 'SPD1', unit: '£', kind: 'money', proxyPence: null },
  ]);
  const supplier = await createSupplier(ctx);
  const contract = await createContract(ctx, supplier.id, {
    valuePence: 100_000_000,
    startDate: '2025-04-01',
    endDate: '2027-03-31',
  });
  const commit = (input: Partial<CommitmentInput> & { measureId: string }) =>
    callApi(ctx, 'commitments.create', { contractId: contract.id, quantity: 1, ...input });
  return { ctx, db, measures, contract, commit };
}

/** Sends raw JSON values (text where a number belongs), as a careless client could. */
const raw = (input: Record<string, unknown>) => input as unknown as CommitmentInput;

const issues = (error: { details?: { issues?: { path: unknown[]; message: string }[] } }) =>
  Object.fromEntries((error.details?.issues ?? []).map((i) => [i.path.join('.'), i.message]));

describe('making a commitment', () => {
  it('keeps the measure proxy value as it was, whatever happens to the measure later', async () => {
    const { ctx, db, measures, commit } = await setUp();
    const made = expectOk(await commit({ measureId: measures.LOC1 as string, quantity: 4 }));
    expect(made).toMatchObject({ quantity: 4, proxyPence: 3_000_000, yearlyTargets: [] });
    expect(made.measure).toMatchObject({ code: 'LOC1', unit: 'FTE', proxyPence: 3_000_000 });

    const measure = getMeasure(db, measures.LOC1 as string);
    updateMeasure(db, measure.id, measure.version, { ...measure, proxyPence: 4_500_000 }, 'Sam');

    const [after] = expectOk(
      await callApi(ctx, 'commitments.list', { contractId: made.contractId }),
    );
    expect(after?.proxyPence).toBe(3_000_000);
    expect(after?.measure.proxyPence).toBe(4_500_000);
    const value = expectOk(
      await callApi(ctx, 'contracts.socialValue', { id: made.contractId, asOf: '2025-04-01' }),
    );
    expect(value.commitments[0]?.progress.committedPence).toBe(12_000_000);

    // A new commitment on another contract takes today's proxy.
    const other = await createContract(ctx, (await createSupplier(ctx)).id, {
      startDate: '2025-04-01',
      endDate: '2026-03-31',
    });
    const later = expectOk(
      await callApi(ctx, 'commitments.create', {
        contractId: other.id,
        measureId: measures.LOC1 as string,
        quantity: 1,
      }),
    );
    expect(later.proxyPence).toBe(4_500_000);
  });

  it('a money measure with no proxy is worth £1 for each £1', async () => {
    const { measures, commit } = await setUp();
    const made = expectOk(await commit({ measureId: measures.SPD1 as string, quantity: 250_000 }));
    expect(made.proxyPence).toBe(100);
  });

  it('refuses negative, missing and non-numeric quantities, naming the field', async () => {
    const { db, measures, commit } = await setUp();
    const before = dumpTables(db);
    const measureId = measures.LOC1 as string;
    expect(issues(expectError(await commit({ measureId, quantity: -1 })))).toEqual({
      quantity: 'The quantity cannot be negative',
    });
    for (const quantity of ['12', 'twelve', true]) {
      const error = expectError(await commit(raw({ measureId, quantity })));
      expect(error.code).toBe('invalid_input');
      expect(issues(error)).toEqual({
        quantity: 'Enter the quantity as a number, for example 12 or 2.5',
      });
    }
    expect(issues(expectError(await commit({ measureId, quantity: null })))).toEqual({
      quantity: 'Enter the quantity as a number, for example 12 or 2.5',
    });
    expect(dumpTables(db)).toEqual(before);
  });

  it('a record-only measure takes no quantity: stored as 0, and a quantity is refused', async () => {
    const { db, measures, commit } = await setUp();
    const measureId = measures.NAR1 as string;
    expect(issues(expectError(await commit({ measureId, quantity: 3 })))).toEqual({
      quantity: 'NAR1 is recorded as a narrative only: leave the quantity blank',
    });
    const made = expectOk(await commit({ measureId, quantity: null, notes: 'Case study yearly' }));
    expect(made).toMatchObject({ quantity: 0, proxyPence: null, notes: 'Case study yearly' });
    const stored = db.prepare('SELECT quantity FROM commitments WHERE id = ?').get(made.id);
    expect(stored).toEqual({ quantity: 0 });
  });

  it('reads yearly targets the council way and keeps them within the term', async () => {
    const { measures, commit } = await setUp();
    const measureId = measures.APP1 as string;
    const made = expectOk(
      await commit({
        measureId,
        quantity: 104,
        yearlyTargets: [
          { financialYear: '2025-26', quantity: 52 },
          { financialYear: 'FY 2026/2027', quantity: 52 },
        ],
      }),
    );
    expect(made.yearlyTargets).toEqual([
      { financialYear: '2025/26', quantity: 52 },
      { financialYear: '2026/27', quantity: 52 },
    ]);

    const error = expectError(
      await commit({
        measureId: measures.LOC1 as string,
        quantity: 10,
        yearlyTargets: [
          { financialYear: '2027/28', quantity: 1 },
          { financialYear: 'next year', quantity: 1 },
          { financialYear: '2025/26', quantity: 5 },
          { financialYear: '2025/2026', quantity: 5 },
          { financialYear: '2026/27', quantity: -2 },
        ],
      }),
    );
    expect(issues(error)).toEqual({
      'yearlyTargets.4.quantity': 'The quantity cannot be negative',
    });
    const wrong = issues(
      expectError(
        await commit({
          measureId: measures.LOC1 as string,
          quantity: 10,
          yearlyTargets: [
            { financialYear: '2027/28', quantity: 1 },
            { financialYear: 'next year', quantity: 1 },
            { financialYear: '2025/26', quantity: 5 },
            { financialYear: '2025/2026', quantity: 5 },
          ],
        }),
      ),
    );
    expect(wrong).toEqual({
      'yearlyTargets.0.financialYear':
        "2027/28 is outside the contract's term (2025/26 to 2026/27)",
      'yearlyTargets.1.financialYear': '"next year" is not a financial year: write it like 2025/26',
      'yearlyTargets.3.financialYear': '2025/26 is listed twice',
      yearlyTargets:
        'The yearly targets add up to 11, more than the 10 committed for the whole term',
    });
  });

  it('one commitment per measure on a contract', async () => {
    const { measures, commit } = await setUp();
    expectOk(await commit({ measureId: measures.LOC1 as string }));
    const error = expectError(await commit({ measureId: measures.LOC1 as string }));
    expect(issues(error)).toEqual({
      measureId: 'This contract already has a commitment for LOC1. Change that one instead.',
    });
  });

  it('refuses a measure that does not exist, and a contract that does not', async () => {
    const { ctx, contract, commit } = await setUp();
    const unknown = '0b9a3c52-6f0e-4d7e-9b1a-2c3d4e5f6a7b';
    expect(issues(expectError(await commit({ measureId: unknown })))).toEqual({
      measureId: 'That measure does not exist, or has been deleted. Choose another.',
    });
    const noContract = expectError(
      await callApi(ctx, 'commitments.create', {
        contractId: unknown,
        measureId: contract.id,
        quantity: 1,
      }),
    );
    expect(noContract.code).toBe('not_found');
  });
});

describe('changing and removing a commitment', () => {
  async function withCommitment() {
    const setup = await setUp();
    const made = expectOk(
      await setup.commit({ measureId: setup.measures.LOC1 as string, quantity: 4 }),
    );
    return { ...setup, made };
  }

  const update = (ctx: Context, id: string, version: number, quantity: unknown) =>
    callApi(ctx, 'commitments.update', {
      id,
      version,
      fields: raw({ quantity, yearlyTargets: [], notes: null }),
    });

  it('changes the quantity, keeps the proxy, and records both in the audit trail', async () => {
    const { ctx, made } = await withCommitment();
    const changed = expectOk(await update(ctx, made.id, made.version, 5.5));
    expect(changed).toMatchObject({ quantity: 5.5, proxyPence: 3_000_000, version: 2 });
    const history = expectOk(
      await callApi(ctx, 'audit.history', { table: 'commitments', id: made.id }),
    );
    expect(history.map((entry) => entry.operation)).toEqual(['update', 'insert']);
    expect(history[0]?.changes).toEqual([{ field: 'quantity', old: 4, new: 5.5 }]);
  });

  it('names the field under "fields" and refuses a stale version', async () => {
    const { ctx, made } = await withCommitment();
    expect(issues(expectError(await update(ctx, made.id, made.version, 'lots')))).toEqual({
      'fields.quantity': 'Enter the quantity as a number, for example 12 or 2.5',
    });
    expectOk(await update(ctx, made.id, made.version, 6));
    expect(expectError(await update(ctx, made.id, made.version, 7)).code).toBe('conflict');
  });

  it('refuses to remove a commitment a return reports against, with the reason', async () => {
    const { ctx, db, contract, made } = await withCommitment();
    const draft = expectOk(
      await callApi(ctx, 'returns.create', { contractId: contract.id, period: 'Q1 2025/26' }),
    );
    const before = dumpTables(db);
    const error = expectError(
      await callApi(ctx, 'commitments.delete', { id: made.id, version: made.version }),
    );
    expect(error.code).toBe('refused');
    expect(error.message).toContain(
      'The commitment for LOC1 cannot be removed: 1 return line reports against it',
    );
    expect(dumpTables(db)).toEqual(before);

    // Once the return is deleted, the commitment can go, and come back.
    expectOk(await callApi(ctx, 'returns.delete', { id: draft.id, version: draft.version }));
    expectOk(await callApi(ctx, 'commitments.delete', { id: made.id, version: made.version }));
    expect(expectOk(await callApi(ctx, 'commitments.list', { contractId: contract.id }))).toEqual(
      [],
    );
    const restored = expectOk(await callApi(ctx, 'commitments.restore', { id: made.id }));
    expect(restored.quantity).toBe(4);
  });
});
