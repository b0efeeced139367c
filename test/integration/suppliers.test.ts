// Suppliers through the API entry every host uses: the round trip, local from the postcode and the
// council's local area (and the officer's override), SME from size, deletes refused while the
// supplier holds contracts, version conflicts, refused input, likely duplicates and merging.

import { describe, expect, it } from 'vitest';
import type { Context } from '../../electron/api/context';
import { supplierFieldsSchema, type Supplier, type SupplierInput } from '../../shared/supplier';
import {
  as,
  createContract,
  createSupplier,
  openRecordsWorkspace,
  setLocalArea,
  supplierInput,
} from './seed-records';
import {
  callApi,
  countRows,
  dumpTables,
  expectError,
  expectOk,
  isoTimestampPattern,
  useTempDirs,
  uuidPattern,
} from './temp-workspace';

const temp = useTempDirs();
const leicestershire = ['LE1-LE19', 'LE65'];

/** A workspace whose profile says the local area is LE1 to LE19 and LE65. */
async function localWorkspace() {
  const workspace = await openRecordsWorkspace(temp);
  await setLocalArea(workspace.ctx, leicestershire);
  return workspace;
}

const getSupplier = async (ctx: Context, id: string) =>
  expectOk(await callApi(ctx, 'suppliers.get', { id }));

/** The form's values for a stored supplier: the schema keeps its fields and drops the rest. */
const fieldsOf = (supplier: Supplier): SupplierInput => supplierFieldsSchema.parse(supplier);

describe('a supplier through the API', () => {
  it('is created with every field, and read back the same', async () => {
    const { ctx } = await localWorkspace();
    const input: SupplierInput = {
      name: '  Soar Valley Community Transport CIC ',
      companyNumber: '09876543',
      charityNumber: '1100001',
      address: '1 Bridge Street, Loughborough',
      postcode: 'LE11 1AA',
      localOverride: 'derived',
      size: 'micro',
      vcse: true,
      vcseType: 'community-interest-company',
      realLivingWage: true,
      realLivingWageSince: '2021-11-15',
      contactName: 'Jo Patel',
      contactEmail: 'jo@soarvalley.org.uk',
      contactPhone: '01509 000000',
    };

    const created = expectOk(await callApi(ctx, 'suppliers.create', input));

    expect(created).toMatchObject({
      ...input,
      name: 'Soar Valley Community Transport CIC',
      local: true,
      sme: true,
      contractCount: 0,
      contractValuePence: 0,
      version: 1,
      updatedBy: 'Priya Shah',
    });
    expect(created.id).toMatch(uuidPattern);
    expect(created.createdAt).toMatch(isoTimestampPattern);
    expect(await getSupplier(ctx, created.id)).toEqual(created);
  });

  it('is updated, bumping the version, and blank text is stored as nothing', async () => {
    const { ctx, db } = await localWorkspace();
    const created = await createSupplier(ctx, { contactName: 'Jo Patel' });

    const updated = expectOk(
      await callApi(as(ctx, 'Tom Hughes'), 'suppliers.update', {
        id: created.id,
        version: created.version,
        fields: {
          ...fieldsOf(created),
          name: 'Charnwood Cleaning Services Ltd',
          contactName: '  ',
        },
      }),
    );

    expect(updated.name).toBe('Charnwood Cleaning Services Ltd');
    expect(updated.contactName).toBeNull();
    expect(updated.version).toBe(created.version + 1);
    expect(updated.updatedBy).toBe('Tom Hughes');
    const row = db.prepare('SELECT name, contact_name FROM suppliers WHERE id = ?').get(created.id);
    expect(row).toEqual({ name: 'Charnwood Cleaning Services Ltd', contact_name: null });
  });

  it('is deleted softly, left out of lists, and restored', async () => {
    const { ctx, db } = await localWorkspace();
    const supplier = await createSupplier(ctx);

    expect(
      expectOk(await callApi(ctx, 'suppliers.delete', { id: supplier.id, version: 1 })),
    ).toEqual({ id: supplier.id });

    expect(expectError(await callApi(ctx, 'suppliers.get', { id: supplier.id })).code).toBe(
      'not_found',
    );
    expect(expectOk(await callApi(ctx, 'suppliers.list', {})).total).toBe(0);
    expect(
      db
        .prepare('SELECT deleted_by FROM suppliers WHERE id = ? AND deleted_at IS NOT NULL')
        .get(supplier.id),
    ).toEqual({ deleted_by: 'Priya Shah' });

    const restored = expectOk(await callApi(ctx, 'suppliers.restore', { id: supplier.id }));
    expect(restored).toMatchObject({ id: supplier.id, name: supplier.name, version: 3 });
    expect(expectOk(await callApi(ctx, 'suppliers.list', {})).rows.map((s) => s.id)).toEqual([
      supplier.id,
    ]);
  });

  it('refuses a get, update or delete of an id that does not exist', async () => {
    const { ctx } = await localWorkspace();
    const id = '6f1c1d2e-8a4b-4c3d-9e5f-0a1b2c3d4e5f';
    expect(expectError(await callApi(ctx, 'suppliers.get', { id })).code).toBe('not_found');
    expect(expectError(await callApi(ctx, 'suppliers.delete', { id, version: 1 })).code).toBe(
      'not_found',
    );
    expect(expectError(await callApi(ctx, 'suppliers.restore', { id })).code).toBe('not_found');
  });
});

describe('local, from the postcode and the council profile', () => {
  const cases: [postcode: string | null, local: boolean][] = [
    ['LE1 6ZG', true],
    ['LE19 1AB', true],
    ['le6 1aa', true],
    ['LE65 2XY', true],
    ['LE20 1AA', false],
    ['LE66 1AA', false],
    ['L1 8JQ', false],
    ['NG1 1AA', false],
    [null, false],
  ];
  for (const [postcode, local] of cases) {
    it(`${postcode ?? 'no postcode'} is ${local ? '' : 'not '}local to LE1-LE19, LE65`, async () => {
      const { ctx, db } = await localWorkspace();
      const supplier = await createSupplier(ctx, { postcode });
      expect(supplier.local).toBe(local);
      expect(db.prepare('SELECT local FROM suppliers WHERE id = ?').get(supplier.id)).toEqual({
        local: local ? 1 : 0,
      });
    });
  }

  it("follows the officer's override, whatever the postcode", async () => {
    const { ctx } = await localWorkspace();
    const forcedLocal = await createSupplier(ctx, { postcode: 'NG1 1AA', localOverride: 'local' });
    const forcedAway = await createSupplier(ctx, {
      postcode: 'LE1 6ZG',
      localOverride: 'not-local',
    });
    expect(forcedLocal.local).toBe(true);
    expect(forcedAway.local).toBe(false);

    const derivedAgain = expectOk(
      await callApi(ctx, 'suppliers.update', {
        id: forcedAway.id,
        version: forcedAway.version,
        fields: { ...fieldsOf(forcedAway), localOverride: 'derived' },
      }),
    );
    expect(derivedAgain.local).toBe(true);
  });

  it('is worked out again on update when the postcode changes', async () => {
    const { ctx } = await localWorkspace();
    const supplier = await createSupplier(ctx, { postcode: 'NG1 1AA' });
    const moved = expectOk(
      await callApi(ctx, 'suppliers.update', {
        id: supplier.id,
        version: supplier.version,
        fields: { ...fieldsOf(supplier), postcode: 'LE65 1AA' },
      }),
    );
    expect(moved.local).toBe(true);
  });

  it('is recomputed for every supplier when the profile changes its local area', async () => {
    const { ctx } = await localWorkspace();
    const leicester = await createSupplier(ctx, { postcode: 'LE1 6ZG' });
    const nottingham = await createSupplier(ctx, { postcode: 'NG1 1AA' });
    const forcedLocal = await createSupplier(ctx, { postcode: 'CV1 2AB', localOverride: 'local' });
    const forcedAway = await createSupplier(ctx, {
      postcode: 'NG1 2BB',
      localOverride: 'not-local',
    });
    const deleted = await createSupplier(ctx, { postcode: 'NG1 3CC' });
    expectOk(await callApi(ctx, 'suppliers.delete', { id: deleted.id, version: 1 }));

    await setLocalArea(ctx, ['NG1']);

    const after = async (supplier: Supplier) => getSupplier(ctx, supplier.id);
    expect((await after(leicester)).local).toBe(false);
    expect((await after(nottingham)).local).toBe(true);
    expect((await after(forcedLocal)).local).toBe(true);
    expect((await after(forcedAway)).local).toBe(false);
    // Derived, not the officer's change: no new version, so an open form can still be saved.
    expect((await after(nottingham)).version).toBe(nottingham.version);
    const listed = expectOk(await callApi(ctx, 'suppliers.list', { local: true }));
    expect(listed.rows.map((s) => s.id).sort()).toEqual([nottingham.id, forcedLocal.id].sort());
    // A deleted supplier is right again when restored.
    expect(expectOk(await callApi(ctx, 'suppliers.restore', { id: deleted.id })).local).toBe(true);
  });
});

describe('SME, from the size', () => {
  const cases = [
    ['micro', true],
    ['small', true],
    ['medium', true],
    ['large', false],
    [null, false],
  ] as const;
  for (const [size, sme] of cases) {
    it(`a ${size ?? 'size-unknown'} supplier is ${sme ? '' : 'not '}an SME`, async () => {
      const { ctx } = await localWorkspace();
      expect((await createSupplier(ctx, { size })).sme).toBe(sme);
    });
  }
});

describe('deleting a supplier that holds contracts', () => {
  it('is refused with the reason, and nothing is changed', async () => {
    const { ctx, db } = await localWorkspace();
    const supplier = await createSupplier(ctx);
    await createContract(ctx, supplier.id);
    await createContract(ctx, supplier.id);
    const before = dumpTables(db);

    const error = expectError(
      await callApi(ctx, 'suppliers.delete', { id: supplier.id, version: supplier.version }),
    );

    expect(error.code).toBe('refused');
    expect(error.message).toMatch(/holds 2 contracts/);
    expect(error.message).toMatch(/cannot be deleted/);
    expect(dumpTables(db)).toEqual(before);
  });

  it('is allowed once its contracts are deleted', async () => {
    const { ctx } = await localWorkspace();
    const supplier = await createSupplier(ctx);
    const contract = await createContract(ctx, supplier.id);
    expectOk(await callApi(ctx, 'contracts.delete', { id: contract.id, version: 1 }));
    expectOk(await callApi(ctx, 'suppliers.delete', { id: supplier.id, version: 1 }));
  });
});

describe('a save over a newer version', () => {
  it('is refused as a conflict naming who changed it, and nothing is changed', async () => {
    const { ctx, db } = await localWorkspace();
    const supplier = await createSupplier(ctx);
    expectOk(
      await callApi(as(ctx, 'Tom Hughes'), 'suppliers.update', {
        id: supplier.id,
        version: supplier.version,
        fields: { ...fieldsOf(supplier), name: 'Charnwood Cleaning Group Ltd' },
      }),
    );
    const before = dumpTables(db);

    const update = expectError(
      await callApi(ctx, 'suppliers.update', {
        id: supplier.id,
        version: supplier.version,
        fields: { ...fieldsOf(supplier), contactName: 'Stale' },
      }),
    );
    const remove = expectError(
      await callApi(ctx, 'suppliers.delete', { id: supplier.id, version: supplier.version }),
    );

    for (const error of [update, remove]) {
      expect(error.code).toBe('conflict');
      expect(error.message).toContain('Tom Hughes');
    }
    expect(dumpTables(db)).toEqual(before);
  });
});

describe('refused input', () => {
  it('names the fields on create', async () => {
    const { ctx, db } = await localWorkspace();
    const error = expectError(
      await callApi(ctx, 'suppliers.create', {
        ...supplierInput(),
        name: ' ',
        contactEmail: 'not-an-email',
        vcse: false,
        vcseType: 'charity',
      }),
    );
    expect(error.code).toBe('invalid_input');
    const paths = error.details?.issues?.map((issue) => issue.path);
    expect(paths).toEqual(expect.arrayContaining([['name'], ['contactEmail'], ['vcseType']]));
    expect(countRows(db, 'suppliers')).toBe(0);
  });

  it('names the fields under "fields" on update, and nothing is changed', async () => {
    const { ctx, db } = await localWorkspace();
    const supplier = await createSupplier(ctx);
    const before = dumpTables(db);
    const error = expectError(
      await callApi(ctx, 'suppliers.update', {
        id: supplier.id,
        version: supplier.version,
        fields: { ...fieldsOf(supplier), contactEmail: 'jo at example', vcseType: 'charity' },
      }),
    );
    expect(error.code).toBe('invalid_input');
    expect(error.details?.issues?.map((issue) => issue.path)).toEqual(
      expect.arrayContaining([
        ['fields', 'contactEmail'],
        ['fields', 'vcseType'],
      ]),
    );
    expect(dumpTables(db)).toEqual(before);
  });

  it('a postcode is saved in its standard form, on create and update', async () => {
    const { ctx, db } = await localWorkspace();
    const supplier = await createSupplier(ctx, { postcode: 'le5 0aa' });
    expect(supplier.postcode).toBe('LE5 0AA');
    expect(supplier.local).toBe(true);
    const updated = expectOk(
      await callApi(ctx, 'suppliers.update', {
        id: supplier.id,
        version: supplier.version,
        fields: { ...fieldsOf(supplier), postcode: ' ec1a1bb ' },
      }),
    );
    expect(updated.postcode).toBe('EC1A 1BB');
    expect(db.prepare('SELECT postcode FROM suppliers').all()).toEqual([{ postcode: 'EC1A 1BB' }]);
  });

  it('a postcode that is not the shape of a UK postcode is refused naming the field', async () => {
    const { ctx, db } = await localWorkspace();
    const supplier = await createSupplier(ctx);
    const before = dumpTables(db);
    for (const postcode of ['LE5', 'Leics', '12345']) {
      const create = expectError(
        await callApi(ctx, 'suppliers.create', { ...supplierInput(), postcode }),
      );
      const update = expectError(
        await callApi(ctx, 'suppliers.update', {
          id: supplier.id,
          version: supplier.version,
          fields: { ...fieldsOf(supplier), postcode },
        }),
      );
      expect(create.code).toBe('invalid_input');
      expect(create.details?.issues).toEqual([
        { path: ['postcode'], message: 'Enter a UK postcode in full, for example LE1 6ZG' },
      ]);
      expect(create.message).toContain('(postcode)');
      expect(update.details?.issues?.map((issue) => issue.path)).toEqual([['fields', 'postcode']]);
    }
    expect(dumpTables(db)).toEqual(before);
  });

  it('takes a VCSE type when the supplier is a VCSE', async () => {
    const { ctx } = await localWorkspace();
    const supplier = await createSupplier(ctx, { vcse: true, vcseType: 'charity' });
    expect(supplier.vcseType).toBe('charity');
  });
});

describe('likely duplicates', () => {
  it('are grouped by company number written differently, and by normalised name', async () => {
    const { ctx } = await localWorkspace();
    const acmeLtd = await createSupplier(ctx, { name: 'Acme Ltd' });
    const acmeLimited = await createSupplier(ctx, { name: 'ACME Limited' });
    const padded = await createSupplier(ctx, { name: 'Beacon Care', companyNumber: '01234567' });
    const unpadded = await createSupplier(ctx, {
      name: 'Beacon Homecare Services',
      companyNumber: '1234567',
    });
    const other = await createSupplier(ctx, { name: 'Acme Widgets Ltd', companyNumber: '7654321' });
    const deleted = await createSupplier(ctx, { name: 'Acme PLC' });
    expectOk(await callApi(ctx, 'suppliers.delete', { id: deleted.id, version: 1 }));

    const groups = expectOk(await callApi(ctx, 'suppliers.duplicates', {}));

    const asIds = groups.map((group) => group.map((supplier) => supplier.id).sort());
    expect(asIds).toHaveLength(2);
    expect(asIds).toEqual(
      expect.arrayContaining([
        [acmeLtd.id, acmeLimited.id].sort(),
        [padded.id, unpadded.id].sort(),
      ]),
    );
    expect(asIds.flat()).not.toContain(other.id);
  });

  it('merge: contracts move to the kept supplier, the others are deleted, and it is all logged', async () => {
    const { ctx, db } = await localWorkspace();
    const kept = await createSupplier(ctx, { name: 'Acme Ltd' });
    const merged = await createSupplier(ctx, { name: 'ACME Limited' });
    const alsoMerged = await createSupplier(ctx, { name: 'Acme', companyNumber: '1234567' });
    const keptContract = await createContract(ctx, kept.id, { valuePence: 100_000 });
    const movedA = await createContract(ctx, merged.id, { valuePence: 250_000 });
    const movedB = await createContract(ctx, alsoMerged.id, { valuePence: 12_345 });
    const merger = as(ctx, 'Aisha Khan');

    const result = expectOk(
      await callApi(merger, 'suppliers.merge', {
        keepId: kept.id,
        mergeIds: [merged.id, alsoMerged.id],
      }),
    );

    expect(result).toMatchObject({
      id: kept.id,
      contractCount: 3,
      contractValuePence: 362_345,
    });
    for (const contract of [keptContract, movedA, movedB]) {
      const after = expectOk(await callApi(ctx, 'contracts.get', { id: contract.id }));
      expect(after.supplierId).toBe(kept.id);
      expect(after.supplierName).toBe('Acme Ltd');
    }
    for (const gone of [merged, alsoMerged]) {
      expect(expectError(await callApi(ctx, 'suppliers.get', { id: gone.id })).code).toBe(
        'not_found',
      );
      expect(db.prepare('SELECT deleted_by FROM suppliers WHERE id = ?').get(gone.id)).toEqual({
        deleted_by: 'Aisha Khan',
      });
      const [latest] = expectOk(
        await callApi(ctx, 'audit.history', { table: 'suppliers', id: gone.id }),
      );
      expect(latest).toMatchObject({ operation: 'delete', officer: 'Aisha Khan' });
    }
    const [move] = expectOk(
      await callApi(ctx, 'audit.history', { table: 'contracts', id: movedA.id }),
    );
    expect(move).toMatchObject({
      operation: 'update',
      officer: 'Aisha Khan',
      changes: [{ field: 'supplier_id', old: merged.id, new: kept.id }],
    });
    expect(countRows(db, 'change_log', "officer = 'Aisha Khan'")).toBe(4);
    expect(expectOk(await callApi(ctx, 'suppliers.duplicates', {}))).toEqual([]);
  });

  it('merge refuses a supplier merged into itself, and changes nothing', async () => {
    const { ctx, db } = await localWorkspace();
    const kept = await createSupplier(ctx, { name: 'Acme Ltd' });
    const merged = await createSupplier(ctx, { name: 'ACME Limited' });
    await createContract(ctx, merged.id);
    const before = dumpTables(db);

    const error = expectError(
      await callApi(ctx, 'suppliers.merge', { keepId: kept.id, mergeIds: [merged.id, kept.id] }),
    );

    expect(error.code).toBe('invalid_input');
    expect(error.details?.issues?.[0]?.path).toEqual(['mergeIds']);
    expect(dumpTables(db)).toEqual(before);
  });
});
