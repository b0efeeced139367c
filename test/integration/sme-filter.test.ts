// The SME filter of the supplier and contract lists has three answers, SME, not an SME and size
// not known, so a supplier whose size was never recorded can be found (it is neither of the
// other two), and every supplier is in exactly one of them.

import { describe, expect, it } from 'vitest';
import type { SmeFilter } from '../../shared/list-query';
import type { SupplierSize } from '../../shared/supplier';
import { createContract, createSupplier, openRecordsWorkspace } from './seed-records';
import { callApi, expectError, expectOk, useTempDirs } from './temp-workspace';

const temp = useTempDirs();

async function workspaceWithEverySize() {
  const { ctx } = await openRecordsWorkspace(temp);
  const sizes: (SupplierSize | null)[] = ['micro', 'small', 'medium', 'large', null];
  for (const size of sizes) {
    const supplier = await createSupplier(ctx, { name: `${size ?? 'Unsized'} Ltd`, size });
    await createContract(ctx, supplier.id, { title: `${size ?? 'Unsized'} work` });
  }
  return ctx;
}

const answers: [SmeFilter, string[]][] = [
  [true, ['medium Ltd', 'micro Ltd', 'small Ltd']],
  [false, ['large Ltd']],
  ['unknown', ['Unsized Ltd']],
];

describe('the SME filter', () => {
  it('suppliers: SME, not an SME, and size not known, each supplier in one of them', async () => {
    const ctx = await workspaceWithEverySize();
    for (const [sme, names] of answers) {
      const page = expectOk(await callApi(ctx, 'suppliers.list', { sme }));
      expect(page.rows.map((row) => row.name).sort(), String(sme)).toEqual(names);
      expect(page.total).toBe(names.length);
    }
  });

  it('contracts: the same three answers, by the supplier', async () => {
    const ctx = await workspaceWithEverySize();
    for (const [sme, names] of answers) {
      const page = expectOk(await callApi(ctx, 'contracts.list', { sme }));
      expect(page.rows.map((row) => row.supplierName).sort(), String(sme)).toEqual(names);
    }
  });

  it('refuses any other answer, naming the filter', async () => {
    const { ctx } = await openRecordsWorkspace(temp);
    const error = expectError(
      await callApi(ctx, 'suppliers.list', { sme: 'maybe' as unknown as SmeFilter }),
    );
    expect(error.code).toBe('invalid_input');
    expect(error.details?.issues?.map((issue) => issue.path)).toEqual([['sme']]);
  });
});
