// Rules that keep the records consistent with each other, through the API: an exercise is
// awarded as one live contract (restore, create and update cannot make a second), an awarded
// exercise keeps its status while its contract stands, directorates keep one spelling, and the
// audit trail names the suppliers and exercises a contract was moved between.

import { describe, expect, it } from 'vitest';
import type { Context } from '../../electron/api/context';
import { contractFieldsSchema, type Contract, type ContractInput } from '../../shared/contract';
import { exerciseFieldsSchema, type Exercise, type ExerciseInput } from '../../shared/exercise';
import {
  contractInput,
  createContract,
  createExercise,
  createSupplier,
  openRecordsWorkspace,
} from './seed-records';
import { callApi, dumpTables, expectError, expectOk, useTempDirs } from './temp-workspace';

const temp = useTempDirs();
const workspace = () => openRecordsWorkspace(temp);

const exerciseFields = (exercise: Exercise): ExerciseInput => exerciseFieldsSchema.parse(exercise);
const contractFields = (contract: Contract): ContractInput => contractFieldsSchema.parse(contract);

const getExercise = async (ctx: Context, id: string) =>
  expectOk(await callApi(ctx, 'exercises.get', { id }));

async function award(ctx: Context, exerciseId: string, supplierId: string, reference: string) {
  const { version } = await getExercise(ctx, exerciseId);
  return expectOk(
    await callApi(ctx, 'exercises.award', {
      id: exerciseId,
      version,
      contract: contractInput(supplierId, { reference }),
    }),
  );
}

const liveContractsOf = (ctx: Context, exerciseId: string) =>
  ctx.db
    .prepare(
      'SELECT reference FROM contracts WHERE exercise_id = ? AND deleted_at IS NULL ORDER BY reference',
    )
    .all(exerciseId);

describe('an exercise has one live contract', () => {
  it('restoring a deleted contract is refused once the exercise was awarded again', async () => {
    const { ctx, db } = await workspace();
    const supplier = await createSupplier(ctx);
    const exercise = await createExercise(ctx, { reference: 'PROC-1' });
    const first = await award(ctx, exercise.id, supplier.id, 'CON-1');
    expectOk(await callApi(ctx, 'contracts.delete', { id: first.id, version: first.version }));
    await award(ctx, exercise.id, supplier.id, 'CON-2');
    const before = dumpTables(db);

    const error = expectError(await callApi(ctx, 'contracts.restore', { id: first.id }));

    expect(error.code).toBe('refused');
    expect(error.message).toMatch(/cannot be restored/);
    expect(error.message).toContain('PROC-1');
    expect(error.message).toContain('CON-2');
    expect(error.message).toMatch(/only one contract/);
    expect(dumpTables(db)).toEqual(before);
    expect(liveContractsOf(ctx, exercise.id)).toEqual([{ reference: 'CON-2' }]);
  });

  it('restoring it is allowed while the exercise has no other contract', async () => {
    const { ctx } = await workspace();
    const supplier = await createSupplier(ctx);
    const exercise = await createExercise(ctx);
    const first = await award(ctx, exercise.id, supplier.id, 'CON-1');
    expectOk(await callApi(ctx, 'contracts.delete', { id: first.id, version: first.version }));

    const restored = expectOk(await callApi(ctx, 'contracts.restore', { id: first.id }));

    expect(restored.exerciseId).toBe(exercise.id);
    expect((await getExercise(ctx, exercise.id)).contractId).toBe(first.id);
  });

  it('a contract created or updated to link an awarded exercise is refused naming exerciseId', async () => {
    const { ctx, db } = await workspace();
    const supplier = await createSupplier(ctx);
    const exercise = await createExercise(ctx, { reference: 'PROC-3' });
    await award(ctx, exercise.id, supplier.id, 'CON-3');
    const other = await createContract(ctx, supplier.id, { reference: 'CON-4' });
    const before = dumpTables(db);

    const create = expectError(
      await callApi(
        ctx,
        'contracts.create',
        contractInput(supplier.id, { reference: 'CON-5', exerciseId: exercise.id }),
      ),
    );
    const update = expectError(
      await callApi(ctx, 'contracts.update', {
        id: other.id,
        version: other.version,
        fields: { ...contractFields(other), exerciseId: exercise.id },
      }),
    );

    expect(create.code).toBe('invalid_input');
    expect(create.details?.issues?.map((issue) => issue.path)).toEqual([['exerciseId']]);
    expect(create.message).toContain('CON-3');
    expect(update.code).toBe('invalid_input');
    expect(update.details?.issues?.map((issue) => issue.path)).toEqual([['fields', 'exerciseId']]);
    expect(dumpTables(db)).toEqual(before);
    expect(liveContractsOf(ctx, exercise.id)).toEqual([{ reference: 'CON-3' }]);
  });

  it('the awarded contract itself can still be edited, and a free exercise can be linked', async () => {
    const { ctx } = await workspace();
    const supplier = await createSupplier(ctx);
    const awarded = await createExercise(ctx);
    const free = await createExercise(ctx);
    const contract = await award(ctx, awarded.id, supplier.id, 'CON-6');

    const edited = expectOk(
      await callApi(ctx, 'contracts.update', {
        id: contract.id,
        version: contract.version,
        fields: { ...contractFields(contract), title: 'Renamed' },
      }),
    );
    const linked = await createContract(ctx, supplier.id, { exerciseId: free.id });

    expect(edited).toMatchObject({ title: 'Renamed', exerciseId: awarded.id });
    expect(linked.exerciseId).toBe(free.id);
  });
});

describe('an awarded exercise keeps its status while its contract stands', () => {
  for (const status of ['pipeline', 'live', 'evaluation', 'cancelled'] as const) {
    it(`a change to ${status} is refused naming the status field`, async () => {
      const { ctx, db } = await workspace();
      const supplier = await createSupplier(ctx);
      const exercise = await createExercise(ctx);
      await award(ctx, exercise.id, supplier.id, 'CON-7');
      const awarded = await getExercise(ctx, exercise.id);
      const before = dumpTables(db);

      const error = expectError(
        await callApi(ctx, 'exercises.update', {
          id: awarded.id,
          version: awarded.version,
          fields: { ...exerciseFields(awarded), status },
        }),
      );

      expect(error.code).toBe('invalid_input');
      const [issue] = error.details?.issues ?? [];
      expect(issue?.path).toEqual(['fields', 'status']);
      expect(issue?.message).toMatch(/^The status cannot be changed/);
      expect(issue?.message).toContain('CON-7');
      expect(issue?.message).toMatch(/Delete the contract first/);
      expect(dumpTables(db)).toEqual(before);
    });
  }

  it('other changes still save, and the status can change once the contract is deleted', async () => {
    const { ctx } = await workspace();
    const supplier = await createSupplier(ctx);
    const exercise = await createExercise(ctx);
    const contract = await award(ctx, exercise.id, supplier.id, 'CON-8');
    const awarded = await getExercise(ctx, exercise.id);

    const renamed = expectOk(
      await callApi(ctx, 'exercises.update', {
        id: awarded.id,
        version: awarded.version,
        fields: { ...exerciseFields(awarded), title: 'Renamed' },
      }),
    );
    expectOk(await callApi(ctx, 'contracts.delete', { id: contract.id, version: 1 }));
    const cancelled = expectOk(
      await callApi(ctx, 'exercises.update', {
        id: renamed.id,
        version: renamed.version,
        fields: { ...exerciseFields(renamed), status: 'cancelled' },
      }),
    );

    expect(renamed).toMatchObject({ title: 'Renamed', status: 'awarded' });
    expect(cancelled.status).toBe('cancelled');
  });
});

describe('directorates keep one spelling', () => {
  it('a name differing only in case or surrounding spaces is saved as the one in use', async () => {
    const { ctx, db } = await workspace();
    const supplier = await createSupplier(ctx);
    await createExercise(ctx, { directorate: 'Adults and Health' });

    const exercise = await createExercise(ctx, { directorate: '  adults AND health ' });
    const contract = await createContract(ctx, supplier.id, { directorate: 'ADULTS AND HEALTH' });
    const other = await createContract(ctx, supplier.id, { directorate: 'Resources' });
    const moved = expectOk(
      await callApi(ctx, 'contracts.update', {
        id: other.id,
        version: other.version,
        fields: { ...contractFields(other), directorate: 'adults and health' },
      }),
    );

    expect(exercise.directorate).toBe('Adults and Health');
    expect(contract.directorate).toBe('Adults and Health');
    expect(moved.directorate).toBe('Adults and Health');
    expect(expectOk(await callApi(ctx, 'records.directorates', {}))).toEqual(['Adults and Health']);
    expect(db.prepare('SELECT DISTINCT directorate FROM contracts').all()).toEqual([
      { directorate: 'Adults and Health' },
    ]);
  });

  it('a new name is kept as typed, and the only record holding a name can correct its case', async () => {
    const { ctx } = await workspace();
    const exercise = await createExercise(ctx, { directorate: 'place and growth' });
    expect(exercise.directorate).toBe('place and growth');

    const corrected = expectOk(
      await callApi(ctx, 'exercises.update', {
        id: exercise.id,
        version: exercise.version,
        fields: { ...exerciseFields(exercise), directorate: 'Place and Growth' },
      }),
    );

    expect(corrected.directorate).toBe('Place and Growth');
  });

  it('a deleted record does not decide the spelling', async () => {
    const { ctx } = await workspace();
    const gone = await createExercise(ctx, { directorate: 'resources' });
    expectOk(await callApi(ctx, 'exercises.delete', { id: gone.id, version: gone.version }));

    expect((await createExercise(ctx, { directorate: 'Resources' })).directorate).toBe('Resources');
  });
});

describe('the audit trail of a contract', () => {
  it('names the suppliers and exercises it was moved between, even deleted ones', async () => {
    const { ctx } = await workspace();
    const acme = await createSupplier(ctx, { name: 'Acme Ltd' });
    const beacon = await createSupplier(ctx, { name: 'Beacon Care Ltd' });
    const exercise = await createExercise(ctx, { reference: 'PROC-9' });
    const contract = await createContract(ctx, acme.id);
    expectOk(
      await callApi(ctx, 'contracts.update', {
        id: contract.id,
        version: contract.version,
        fields: { ...contractFields(contract), supplierId: beacon.id, exerciseId: exercise.id },
      }),
    );
    expectOk(await callApi(ctx, 'suppliers.delete', { id: acme.id, version: acme.version }));

    const [update, insert] = expectOk(
      await callApi(ctx, 'audit.history', { table: 'contracts', id: contract.id }),
    );

    expect(update?.changes).toEqual(
      expect.arrayContaining([
        {
          field: 'supplier_id',
          old: acme.id,
          new: beacon.id,
          names: { old: 'Acme Ltd', new: 'Beacon Care Ltd' },
        },
        {
          field: 'exercise_id',
          old: null,
          new: exercise.id,
          names: { old: null, new: 'PROC-9' },
        },
      ]),
    );
    expect(insert?.changes).toContainEqual({
      field: 'supplier_id',
      old: null,
      new: acme.id,
      names: { old: null, new: 'Acme Ltd' },
    });
    expect(insert?.changes.find((change) => change.field === 'title')).toEqual({
      field: 'title',
      old: null,
      new: 'Grounds maintenance contract',
    });
  });
});
