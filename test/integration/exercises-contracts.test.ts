// Procurement exercises and contracts through the API: scope worked out from the thresholds in
// force (stored and shown, recomputed when the profile changes), unique references, dates in
// order, awarding, refused deletes, and the audit trail.

import { describe, expect, it } from 'vitest';
import type { Context } from '../../electron/api/context';
import { contractFieldsSchema, type Contract, type ContractInput } from '../../shared/contract';
import { exerciseFieldsSchema, type Exercise, type ExerciseInput } from '../../shared/exercise';
import {
  as,
  changeProfile,
  contractInput,
  createContract,
  createExercise,
  createSupplier,
  exerciseInput,
  openRecordsWorkspace,
} from './seed-records';
import { callApi, dumpTables, expectError, expectOk, useTempDirs } from './temp-workspace';

const temp = useTempDirs();

const workspace = () => openRecordsWorkspace(temp);

/** The form's values for a stored record: the schema keeps its fields and drops the rest. */
const exerciseFields = (exercise: Exercise): ExerciseInput => exerciseFieldsSchema.parse(exercise);
const contractFields = (contract: Contract): ContractInput => contractFieldsSchema.parse(contract);

function storedScope(ctx: Context, table: 'exercises' | 'contracts', id: string) {
  const row = ctx.db
    .prepare(`SELECT in_scope_act AS act, in_scope_local AS local FROM ${table} WHERE id = ?`)
    .get(id) as { act: number; local: number };
  return { act: row.act === 1, local: row.local === 1 };
}

/** Creates the exercise and checks the scope shown is the scope stored for filtering. */
async function scopeOfExercise(ctx: Context, overrides: Partial<ExerciseInput>) {
  const exercise = await createExercise(ctx, overrides);
  expect(storedScope(ctx, 'exercises', exercise.id)).toEqual({
    act: exercise.scope.act,
    local: exercise.scope.local,
  });
  expect(await get(ctx, exercise.id)).toEqual(exercise);
  return exercise.scope;
}

const get = async (ctx: Context, id: string) =>
  expectOk(await callApi(ctx, 'exercises.get', { id }));

describe('scope of an exercise, from the thresholds in force', () => {
  it('services at £60,000 net in 2026: the local policy only', async () => {
    const { ctx } = await workspace();
    const scope = await scopeOfExercise(ctx, {
      category: 'services',
      estimatedValuePence: 6_000_000,
      startDate: '2026-03-01',
    });
    expect(scope).toMatchObject({ act: false, local: true });
    expect(scope.reasons.join(' ')).toContain('£207,720');
    expect(scope.reasons.join(' ')).toContain('£50,000');
  });

  it('services at £173,100 net advertised on 2026-01-01 (£207,720 with VAT) are in scope of the Act', async () => {
    const { ctx } = await workspace();
    const scope = await scopeOfExercise(ctx, {
      estimatedValuePence: 17_310_000,
      startDate: '2025-10-01',
      advertDate: '2026-01-01',
    });
    expect(scope).toMatchObject({ act: true, local: true });
    expect(scope.reasons[0]).toContain('at or above the statutory threshold of £207,720');
  });

  it('a penny less, £173,099.99 net on the same date, is not', async () => {
    const { ctx } = await workspace();
    const scope = await scopeOfExercise(ctx, {
      estimatedValuePence: 17_309_999,
      startDate: '2025-10-01',
      advertDate: '2026-01-01',
    });
    expect(scope).toMatchObject({ act: false, local: true });
  });

  it('advertised on 2025-12-31 the £214,904 threshold applies', async () => {
    const { ctx } = await workspace();
    const at = (estimatedValuePence: number) =>
      scopeOfExercise(ctx, { estimatedValuePence, advertDate: '2025-12-31' });
    const enoughIn2026 = await at(17_310_000);
    expect(enoughIn2026.act).toBe(false);
    expect(enoughIn2026.reasons[0]).toContain('£214,904');
    // £214,904 with VAT is £179,086.67 net (rounded up to the penny).
    expect((await at(17_908_667)).act).toBe(true);
    expect((await at(17_908_666)).act).toBe(false);
  });

  it('with no advert date, the start date chooses the threshold', async () => {
    const { ctx } = await workspace();
    const at = (startDate: string) =>
      scopeOfExercise(ctx, { estimatedValuePence: 17_310_000, startDate, advertDate: null });
    expect((await at('2025-12-31')).act).toBe(false);
    expect((await at('2026-01-01')).act).toBe(true);
  });

  it('goods and works are never in scope of the Act, whatever their value', async () => {
    const { ctx } = await workspace();
    for (const category of ['goods', 'works'] as const) {
      const scope = await scopeOfExercise(ctx, {
        category,
        estimatedValuePence: 1_000_000_000,
        startDate: '2026-03-01',
      });
      expect(scope).toMatchObject({ act: false, local: true });
    }
  });

  it('below every threshold: in scope of neither', async () => {
    const { ctx } = await workspace();
    const scope = await scopeOfExercise(ctx, { estimatedValuePence: 4_999_999 });
    expect(scope).toMatchObject({ act: false, local: false });
  });

  it('a contract is judged on its start date the same way', async () => {
    const { ctx } = await workspace();
    const supplier = await createSupplier(ctx);
    const before = await createContract(ctx, supplier.id, {
      valuePence: 17_310_000,
      startDate: '2025-12-31',
    });
    const after = await createContract(ctx, supplier.id, {
      valuePence: 17_310_000,
      startDate: '2026-01-01',
    });
    expect(before.scope).toMatchObject({ act: false, local: true });
    expect(after.scope).toMatchObject({ act: true, local: true });
    expect(storedScope(ctx, 'contracts', after.id)).toEqual({ act: true, local: true });
  });

  it('is recomputed for stored exercises and contracts when the profile changes a threshold', async () => {
    const { ctx } = await workspace();
    const exercise = await createExercise(ctx, { estimatedValuePence: 6_000_000 });
    const supplier = await createSupplier(ctx);
    const contract = await createContract(ctx, supplier.id, {
      valuePence: 6_000_000,
      startDate: '2026-04-01',
    });
    const big = await createExercise(ctx, {
      estimatedValuePence: 17_310_000,
      advertDate: '2026-01-01',
    });
    expect(exercise.scope.local).toBe(true);
    expect(big.scope.act).toBe(true);

    // The council raises its local threshold to £75,000 from April 2025, and the statutory
    // figure for services from 2026 is typed in as £210,000.
    await changeProfile(ctx, (input) => ({
      ...input,
      thresholds: [
        ...input.thresholds.map((threshold) =>
          threshold.kind === 'statutory' &&
          threshold.category === 'services' &&
          threshold.effectiveFrom === '2026-01-01'
            ? { ...threshold, amountPence: 21_000_000 }
            : threshold,
        ),
        {
          kind: 'local' as const,
          category: 'all' as const,
          vatBasis: 'net' as const,
          amountPence: 7_500_000,
          effectiveFrom: '2025-04-01',
        },
      ],
    }));

    const exerciseAfter = await get(ctx, exercise.id);
    const bigAfter = await get(ctx, big.id);
    const contractAfter = expectOk(await callApi(ctx, 'contracts.get', { id: contract.id }));
    expect(exerciseAfter.scope).toMatchObject({ act: false, local: false });
    expect(exerciseAfter.scope.reasons.join(' ')).toContain('£75,000');
    expect(bigAfter.scope).toMatchObject({ act: false, local: true });
    expect(bigAfter.scope.reasons[0]).toContain('£210,000');
    expect(contractAfter.scope).toMatchObject({ act: false, local: false });
    expect(storedScope(ctx, 'exercises', exercise.id)).toEqual({ act: false, local: false });
    expect(storedScope(ctx, 'exercises', big.id)).toEqual({ act: false, local: true });
    expect(storedScope(ctx, 'contracts', contract.id)).toEqual({ act: false, local: false });
    // Derived: the officer's version is unchanged, so an open form can still be saved.
    expect(exerciseAfter.version).toBe(exercise.version);
    const list = expectOk(await callApi(ctx, 'exercises.list', { scope: 'act' }));
    expect(list.total).toBe(0);
  });

  it('is worked out again when an update changes the value', async () => {
    const { ctx } = await workspace();
    const exercise = await createExercise(ctx, { estimatedValuePence: 6_000_000 });
    const updated = expectOk(
      await callApi(ctx, 'exercises.update', {
        id: exercise.id,
        version: exercise.version,
        fields: { ...exerciseFields(exercise), estimatedValuePence: 100_000 },
      }),
    );
    expect(updated.scope).toMatchObject({ act: false, local: false });
    expect(storedScope(ctx, 'exercises', exercise.id)).toEqual({ act: false, local: false });
  });
});

describe('references', () => {
  it('a duplicate exercise reference (any case) is refused naming the field', async () => {
    const { ctx, db } = await workspace();
    await createExercise(ctx, { reference: 'PROC-2026-001', title: 'Home care framework' });
    const before = dumpTables(db);

    const error = expectError(
      await callApi(ctx, 'exercises.create', exerciseInput({ reference: 'proc-2026-001' })),
    );

    expect(error.code).toBe('invalid_input');
    expect(error.message).toContain('proc-2026-001');
    expect(error.message).toContain('Home care framework');
    expect(error.details?.issues).toEqual([{ path: ['reference'], message: error.message }]);
    expect(dumpTables(db)).toEqual(before);
  });

  it('a duplicate reference on update is refused under "fields"', async () => {
    const { ctx } = await workspace();
    await createExercise(ctx, { reference: 'PROC-2026-001' });
    const other = await createExercise(ctx, { reference: 'PROC-2026-002' });
    const error = expectError(
      await callApi(ctx, 'exercises.update', {
        id: other.id,
        version: other.version,
        fields: { ...exerciseFields(other), reference: 'Proc-2026-001' },
      }),
    );
    expect(error.code).toBe('invalid_input');
    expect(error.details?.issues?.map((issue) => issue.path)).toEqual([['fields', 'reference']]);
    // Keeping its own reference, in another case, is not a clash.
    const recased = expectOk(
      await callApi(ctx, 'exercises.update', {
        id: other.id,
        version: other.version,
        fields: { ...exerciseFields(other), reference: 'proc-2026-002' },
      }),
    );
    expect(recased.reference).toBe('proc-2026-002');
  });

  it('a duplicate contract reference is refused on create, update and award', async () => {
    const { ctx, db } = await workspace();
    const supplier = await createSupplier(ctx);
    await createContract(ctx, supplier.id, { reference: 'CON-001' });
    const other = await createContract(ctx, supplier.id, { reference: 'CON-002' });
    const exercise = await createExercise(ctx);
    const before = dumpTables(db);

    const create = expectError(
      await callApi(ctx, 'contracts.create', contractInput(supplier.id, { reference: 'con-001' })),
    );
    const update = expectError(
      await callApi(ctx, 'contracts.update', {
        id: other.id,
        version: other.version,
        fields: { ...contractFields(other), reference: 'Con-001' },
      }),
    );
    const award = expectError(
      await callApi(ctx, 'exercises.award', {
        id: exercise.id,
        version: exercise.version,
        contract: contractInput(supplier.id, { reference: 'CON-001' }),
      }),
    );

    const pathOf = (error: typeof create) => error.details?.issues?.map((issue) => issue.path);
    expect(pathOf(create)).toEqual([['reference']]);
    expect(pathOf(update)).toEqual([['fields', 'reference']]);
    expect(pathOf(award)).toEqual([['contract', 'reference']]);
    for (const error of [create, update, award]) {
      expect(error.code).toBe('invalid_input');
      expect(error.message).toMatch(/already has the reference/);
    }
    expect(dumpTables(db)).toEqual(before);
    expect((await get(ctx, exercise.id)).status).toBe('pipeline');
  });

  it("a deleted exercise's reference can be used again; restoring it then is refused clearly", async () => {
    const { ctx, db } = await workspace();
    const old = await createExercise(ctx, { reference: 'PROC-001', title: 'Old tender' });
    expectOk(await callApi(ctx, 'exercises.delete', { id: old.id, version: old.version }));
    const reused = await createExercise(ctx, { reference: 'proc-001', title: 'New tender' });
    const before = dumpTables(db);

    const error = expectError(await callApi(ctx, 'exercises.restore', { id: old.id }));

    expect(error.code).toBe('refused');
    expect(error.message).toMatch(/cannot be restored/);
    expect(error.message).toContain('PROC-001');
    expect(error.message).toContain('New tender');
    expect(error.message).not.toMatch(/Use a different reference/);
    expect(dumpTables(db)).toEqual(before);
    expect(reused.reference).toBe('proc-001');
  });

  it("a deleted contract's reference can be used again; restoring it then is refused clearly", async () => {
    const { ctx, db } = await workspace();
    const supplier = await createSupplier(ctx);
    const old = await createContract(ctx, supplier.id, { reference: 'CON-9', title: 'Old one' });
    expectOk(await callApi(ctx, 'contracts.delete', { id: old.id, version: old.version }));
    await createContract(ctx, supplier.id, { reference: 'CON-9', title: 'New one' });
    const before = dumpTables(db);

    const error = expectError(await callApi(ctx, 'contracts.restore', { id: old.id }));

    expect(error.code).toBe('refused');
    expect(error.message).toMatch(/cannot be restored/);
    expect(error.message).toContain('CON-9');
    expect(error.message).toContain('New one');
    expect(dumpTables(db)).toEqual(before);
  });
});

describe('dates in order', () => {
  it('a contract ending before it starts is refused naming endDate, on create and update', async () => {
    const { ctx, db } = await workspace();
    const supplier = await createSupplier(ctx);
    const contract = await createContract(ctx, supplier.id);
    const before = dumpTables(db);

    const create = expectError(
      await callApi(
        ctx,
        'contracts.create',
        contractInput(supplier.id, { startDate: '2026-04-01', endDate: '2026-03-31' }),
      ),
    );
    const update = expectError(
      await callApi(ctx, 'contracts.update', {
        id: contract.id,
        version: contract.version,
        fields: { ...contractFields(contract), endDate: '2020-01-01' },
      }),
    );

    expect(create.code).toBe('invalid_input');
    expect(create.details?.issues?.map((issue) => issue.path)).toEqual([['endDate']]);
    expect(update.details?.issues?.map((issue) => issue.path)).toEqual([['fields', 'endDate']]);
    expect(dumpTables(db)).toEqual(before);
  });

  it("an exercise's contract end date before its start is refused", async () => {
    const { ctx } = await workspace();
    const error = expectError(
      await callApi(
        ctx,
        'exercises.create',
        exerciseInput({ contractStartDate: '2026-06-01', contractEndDate: '2026-05-31' }),
      ),
    );
    expect(error.code).toBe('invalid_input');
    expect(error.details?.issues?.map((issue) => issue.path)).toEqual([['contractEndDate']]);
  });

  it('a contract starting and ending on the same day is allowed', async () => {
    const { ctx } = await workspace();
    const supplier = await createSupplier(ctx);
    const contract = await createContract(ctx, supplier.id, {
      startDate: '2026-04-01',
      endDate: '2026-04-01',
    });
    expect(contract.endDate).toBe('2026-04-01');
  });
});

describe('awarding an exercise', () => {
  it('makes its contract, linked to the exercise, and marks the exercise awarded', async () => {
    const { ctx } = await workspace();
    const supplier = await createSupplier(ctx, { name: 'Beacon Care Ltd' });
    const exercise = await createExercise(ctx, { reference: 'PROC-7', status: 'evaluation' });

    const contract = expectOk(
      await callApi(as(ctx, 'Tom Hughes'), 'exercises.award', {
        id: exercise.id,
        version: exercise.version,
        contract: contractInput(supplier.id, { reference: 'CON-7', valuePence: 7_000_000 }),
      }),
    );

    expect(contract).toMatchObject({
      reference: 'CON-7',
      exerciseId: exercise.id,
      exerciseReference: 'PROC-7',
      supplierId: supplier.id,
      supplierName: 'Beacon Care Ltd',
      valuePence: 7_000_000,
      updatedBy: 'Tom Hughes',
    });
    const awarded = await get(ctx, exercise.id);
    expect(awarded).toMatchObject({
      status: 'awarded',
      contractId: contract.id,
      version: exercise.version + 1,
      updatedBy: 'Tom Hughes',
    });
    expect(expectOk(await callApi(ctx, 'contracts.get', { id: contract.id }))).toEqual(contract);
  });

  it('refuses a second award, and changes nothing', async () => {
    const { ctx, db } = await workspace();
    const supplier = await createSupplier(ctx);
    const exercise = await createExercise(ctx);
    expectOk(
      await callApi(ctx, 'exercises.award', {
        id: exercise.id,
        version: exercise.version,
        contract: contractInput(supplier.id),
      }),
    );
    const awarded = await get(ctx, exercise.id);
    const before = dumpTables(db);

    const error = expectError(
      await callApi(ctx, 'exercises.award', {
        id: exercise.id,
        version: awarded.version,
        contract: contractInput(supplier.id),
      }),
    );

    expect(error.code).toBe('refused');
    expect(error.message).toMatch(/already been awarded/);
    expect(dumpTables(db)).toEqual(before);
  });

  it('refuses a cancelled exercise', async () => {
    const { ctx, db } = await workspace();
    const supplier = await createSupplier(ctx);
    const exercise = await createExercise(ctx, { status: 'cancelled' });
    const before = dumpTables(db);

    const error = expectError(
      await callApi(ctx, 'exercises.award', {
        id: exercise.id,
        version: exercise.version,
        contract: contractInput(supplier.id),
      }),
    );

    expect(error.code).toBe('refused');
    expect(error.message).toMatch(/cancelled/);
    expect(dumpTables(db)).toEqual(before);
  });

  it('refuses an award over a newer version of the exercise', async () => {
    const { ctx, db } = await workspace();
    const supplier = await createSupplier(ctx);
    const exercise = await createExercise(ctx);
    expectOk(
      await callApi(as(ctx, 'Aisha Khan'), 'exercises.update', {
        id: exercise.id,
        version: exercise.version,
        fields: { ...exerciseFields(exercise), title: 'Renamed' },
      }),
    );
    const before = dumpTables(db);
    const error = expectError(
      await callApi(ctx, 'exercises.award', {
        id: exercise.id,
        version: exercise.version,
        contract: contractInput(supplier.id),
      }),
    );
    expect(error.code).toBe('conflict');
    expect(error.message).toContain('Aisha Khan');
    expect(dumpTables(db)).toEqual(before);
  });

  it('names the contract fields under "contract" when they are wrong', async () => {
    const { ctx } = await workspace();
    const exercise = await createExercise(ctx);
    const error = expectError(
      await callApi(ctx, 'exercises.award', {
        id: exercise.id,
        version: exercise.version,
        contract: { ...contractInput('6f1c1d2e-8a4b-4c3d-9e5f-0a1b2c3d4e5f'), title: '' },
      }),
    );
    expect(error.code).toBe('invalid_input');
    expect(error.details?.issues?.map((issue) => issue.path)).toEqual([['contract', 'title']]);
  });

  it('an awarded exercise cannot be deleted while its contract stands', async () => {
    const { ctx, db } = await workspace();
    const supplier = await createSupplier(ctx);
    const exercise = await createExercise(ctx);
    const contract = expectOk(
      await callApi(ctx, 'exercises.award', {
        id: exercise.id,
        version: exercise.version,
        contract: contractInput(supplier.id, { reference: 'CON-42' }),
      }),
    );
    const awarded = await get(ctx, exercise.id);
    const before = dumpTables(db);

    const error = expectError(
      await callApi(ctx, 'exercises.delete', { id: exercise.id, version: awarded.version }),
    );

    expect(error.code).toBe('refused');
    expect(error.message).toContain('CON-42');
    expect(dumpTables(db)).toEqual(before);

    expectOk(await callApi(ctx, 'contracts.delete', { id: contract.id, version: 1 }));
    expectOk(await callApi(ctx, 'exercises.delete', { id: exercise.id, version: awarded.version }));
  });
});

describe('the audit trail', () => {
  it('shows create, update (old and new values), delete and restore with the officer', async () => {
    const { ctx } = await workspace();
    const exercise = await createExercise(ctx, {
      reference: 'PROC-55',
      title: 'Home care',
      estimatedValuePence: 6_000_000,
    });
    const updated = expectOk(
      await callApi(as(ctx, 'Tom Hughes'), 'exercises.update', {
        id: exercise.id,
        version: exercise.version,
        fields: {
          ...exerciseFields(exercise),
          title: 'Home care framework',
          estimatedValuePence: 7_500_000,
        },
      }),
    );
    expectOk(
      await callApi(as(ctx, 'Aisha Khan'), 'exercises.delete', {
        id: exercise.id,
        version: updated.version,
      }),
    );
    expectOk(await callApi(as(ctx, 'Sam Lee'), 'exercises.restore', { id: exercise.id }));

    const history = expectOk(
      await callApi(ctx, 'audit.history', { table: 'exercises', id: exercise.id }),
    );

    expect(history.map((entry) => [entry.operation, entry.officer])).toEqual([
      ['restore', 'Sam Lee'],
      ['delete', 'Aisha Khan'],
      ['update', 'Tom Hughes'],
      ['insert', 'Priya Shah'],
    ]);
    const [restore, remove, update, insert] = history;
    expect(update?.changes).toEqual(
      expect.arrayContaining([
        { field: 'title', old: 'Home care', new: 'Home care framework' },
        { field: 'estimated_value_pence', old: 6_000_000, new: 7_500_000 },
      ]),
    );
    // Only the fields that changed; derived scope columns are not shown.
    expect(update?.changes.map((change) => change.field).sort()).toEqual([
      'estimated_value_pence',
      'title',
    ]);
    expect(insert?.changes).toEqual(
      expect.arrayContaining([
        { field: 'reference', old: null, new: 'PROC-55' },
        { field: 'title', old: null, new: 'Home care' },
      ]),
    );
    expect(remove?.changes).toEqual([]);
    expect(restore?.changes).toEqual([]);
    for (const entry of history) expect(Date.parse(entry.changedAt)).not.toBeNaN();
  });

  it('of a contract and a supplier, too', async () => {
    const { ctx } = await workspace();
    const supplier = await createSupplier(ctx, { name: 'Acme Ltd' });
    const contract = await createContract(ctx, supplier.id, { status: 'active' });
    expectOk(
      await callApi(as(ctx, 'Tom Hughes'), 'contracts.update', {
        id: contract.id,
        version: contract.version,
        fields: { ...contractFields(contract), status: 'terminated' },
      }),
    );
    const contractHistory = expectOk(
      await callApi(ctx, 'audit.history', { table: 'contracts', id: contract.id }),
    );
    expect(contractHistory[0]).toMatchObject({
      operation: 'update',
      officer: 'Tom Hughes',
      changes: [{ field: 'status', old: 'active', new: 'terminated' }],
    });
    const supplierHistory = expectOk(
      await callApi(ctx, 'audit.history', { table: 'suppliers', id: supplier.id }),
    );
    expect(supplierHistory).toHaveLength(1);
    expect(supplierHistory[0]).toMatchObject({ operation: 'insert', officer: 'Priya Shah' });
    expect(supplierHistory[0]?.changes).toContainEqual({
      field: 'name',
      old: null,
      new: 'Acme Ltd',
    });
  });

  it('records nothing for a save that changes nothing', async () => {
    const { ctx } = await workspace();
    const exercise = await createExercise(ctx);
    const same = expectOk(
      await callApi(ctx, 'exercises.update', {
        id: exercise.id,
        version: exercise.version,
        fields: exerciseFields(exercise),
      }),
    );
    expect(same.version).toBe(exercise.version);
    const history = expectOk(
      await callApi(ctx, 'audit.history', { table: 'exercises', id: exercise.id }),
    );
    expect(history.map((entry) => entry.operation)).toEqual(['insert']);
  });
});
