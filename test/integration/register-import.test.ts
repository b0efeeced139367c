// Register import against real SQLite through the real migrations: every real register file
// (Norfolk: all 5,729 rows accounted for, its bracket negatives and mixed date forms read right),
// re-importing a newer register, suppliers matched by company number and name, the import
// history and its undo, and saved mapping profiles.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Context } from '../../electron/api/context';
import { openRecordsWorkspace, createSupplier } from './seed-records';
import {
  importRealFile,
  importRegister,
  ourRegisterProfile,
  previewRegister,
  registerFile,
  skippedByKind,
} from './register-import-flow';
import { callApi, countRows, expectOk, useTempDirs } from './temp-workspace';

const temp = useTempDirs();
const norfolk = registerFile('norfolk-contracts-register.csv');

function contractByReference(ctx: Context, reference: string) {
  return ctx.db
    .prepare(
      `SELECT c.start_date, c.end_date, c.value_pence, c.status, c.directorate, s.name AS supplier,
         s.company_number FROM contracts c JOIN suppliers s ON s.id = c.supplier_id
       WHERE c.reference = ? AND c.deleted_at IS NULL`,
    )
    .get(reference) as Record<string, unknown> | undefined;
}

describe('the Norfolk contracts register (LGA layout)', () => {
  it('accounts for all 5,729 rows: imported, or skipped with a reason', async () => {
    const { ctx, db } = await openRecordsWorkspace(temp);
    const suppliersBefore = countRows(db, 'suppliers');
    const report = await importRealFile(ctx, norfolk);

    expect(report.rows).toBe(5729);
    expect(report.imported + report.updated + report.unchanged + report.skipped.length).toBe(5729);
    expect(report.imported).toBe(3249);
    expect(skippedByKind(report)).toEqual({
      'No reference': 696,
      'Repeated reference': 203,
      'Negative amount': 6,
      'No start date': 621,
      'No end date': 954,
    });
    expect(report.errors).toEqual([]);
    expect(countRows(db, 'contracts', 'deleted_at IS NULL')).toBe(3249);
    expect(countRows(db, 'suppliers') - suppliersBefore).toBe(report.suppliersCreated);
    expect(countRows(db, 'change_log', "table_name = 'contracts'")).toBe(3249);
  });

  it('reads bracket negatives, dd-Mon-yyyy and dd/mm/yyyy dates, decimals and company numbers right', async () => {
    const { ctx } = await openRecordsWorkspace(temp);
    const report = await importRealFile(ctx, norfolk);

    expect(report.skipped.find((s) => s.row === 295)).toEqual({
      row: 295,
      kind: 'Negative amount',
      reason:
        "Contract value: (3728) is minus £3,728.00, and a contract's whole-life value cannot be negative",
    });
    expect(contractByReference(ctx, 'BAN10057')).toBeUndefined();
    expect(contractByReference(ctx, 'BON41423')).toMatchObject({
      start_date: '2013-06-19',
      end_date: '2015-03-31',
      value_pence: 75_000_000,
      supplier: 'BREAK',
      company_number: '01699685',
      status: 'ended',
    });
    expect(contractByReference(ctx, 'AQN45497')).toMatchObject({
      start_date: '2015-01-21',
      end_date: '2017-07-31',
      value_pence: 863_901,
      supplier: 'Wroxham Taxis',
    });
    const placeholder = report.skipped.find((s) => s.row === 7);
    expect(placeholder?.reason).toBe(
      'There is no start date (01-Jan-2000 in the file stands for "not known"), and a new contract needs one',
    );
  });

  it('re-imported unchanged changes nothing; a newer register updates by reference and adds', async () => {
    const { ctx, db } = await openRecordsWorkspace(temp);
    await importRealFile(ctx, norfolk);
    const changesBefore = countRows(db, 'change_log');

    const again = await importRealFile(ctx, norfolk);
    expect(again).toMatchObject({ imported: 0, updated: 0, unchanged: 3249 });
    expect(countRows(db, 'change_log')).toBe(changesBefore);

    const added = Array<string>(39).fill('');
    Object.assign(added, { 3: 'NEW-1', 5: 'A new contract', 7: 'CHILDREN', 16: '01/04/2025' });
    Object.assign(added, { 17: '31/03/2027', 20: '"£12,500.00"', 23: 'NEW SUPPLIER LTD' });
    const newer = readFileSync(norfolk, 'utf-8')
      .replace(
        'AQN45497,,Hoveton to Coltishall Primary School ,',
        'AQN45497,,Hoveton to Coltishall Primary School (extended),',
      )
      .concat(`${added.join(',')}\n`);
    const report = await importRegister(ctx, 'norfolk-newer.csv', Buffer.from(newer));
    expect(report).toMatchObject({ rows: 5730, imported: 1, updated: 1, unchanged: 3248 });
    expect(contractByReference(ctx, 'NEW-1')).toMatchObject({
      value_pence: 1_250_000,
      supplier: 'NEW SUPPLIER LTD',
    });
    expect(countRows(db, 'contracts', "reference = 'AQN45497'")).toBe(1);
    expect(
      (
        db.prepare("SELECT title FROM contracts WHERE reference = 'AQN45497'").get() as {
          title: string;
        }
      ).title,
    ).toBe('Hoveton to Coltishall Primary School (extended)');
  });
});

describe('Contracts Finder exports', () => {
  it.each([
    ['city-of-london-corporation-award_20200713-20200720.csv', 'contracts', 2, 0],
    ['devon-county-council-award_20200629-20200706.csv', 'contracts', 1, 0],
    ['nottingham-city-council-award_20200720-20200727.csv', 'contracts', 2, 0],
    ['city-of-london-corporation-tender_20200713-20200720.csv', 'exercises', 2, 0],
    ['devon-county-council-tender_20200803-20200810.csv', 'exercises', 2, 1],
    ['nottingham-city-council-tender_20200608-20200615.csv', 'exercises', 2, 0],
  ])('%s comes in as %s: %i added, %i skipped', async (file, kind, added, skipped) => {
    const { ctx, db } = await openRecordsWorkspace(temp);
    const report = await importRealFile(ctx, registerFile(file));
    expect(report).toMatchObject({ kind, rows: added + skipped, imported: added, errors: [] });
    expect(report.skipped).toHaveLength(skipped);
    expect(countRows(db, kind, 'deleted_at IS NULL')).toBe(added);
  });

  it('reads the Devon award: ISO timestamps, the notice UUID as reference, a multi-line description', async () => {
    const { ctx } = await openRecordsWorkspace(temp);
    await importRealFile(ctx, registerFile('devon-county-council-award_20200629-20200706.csv'));
    expect(contractByReference(ctx, 'd2b241d1-af78-4d8a-b544-bd3f530437bf')).toMatchObject({
      start_date: '2020-06-25',
      end_date: '2021-03-31',
      value_pence: 216_384_100,
      supplier: 'Alun Griffiths (Contractors) Ltd.',
    });
  });

  it('the repeated Devon tender notice is skipped as repeated', async () => {
    const { ctx } = await openRecordsWorkspace(temp);
    const report = await importRealFile(
      ctx,
      registerFile('devon-county-council-tender_20200803-20200810.csv'),
    );
    expect(report.skipped).toEqual([expect.objectContaining({ kind: 'Repeated reference' })]);
  });

  it('Telford (no contract dates) is refused as contracts with a clear message, and comes in as suppliers', async () => {
    const { ctx, db } = await openRecordsWorkspace(temp);
    const telford = registerFile('telford-wrekin-council-award_20200727-20200803.csv');
    const { preview } = await previewRegister(ctx, 'telford.csv', readFileSync(telford));
    expect(preview.errors).toEqual([
      'Choose the column that gives each of the fields Start date, End date: they are needed to import contracts. Nothing was imported.',
    ]);
    const suppliers = await importRealFile(ctx, telford, { kind: 'suppliers' });
    expect(suppliers.errors).toEqual([]);
    expect(suppliers.imported).toBeGreaterThan(0);
    expect(suppliers.imported + suppliers.skipped.length + suppliers.unchanged).toBe(
      suppliers.rows,
    );
    expect(countRows(db, 'contracts')).toBe(0);
  });
});

describe('suppliers', () => {
  it('are matched by company number, then by normalised name, else created; each shown once', async () => {
    const { ctx, db } = await openRecordsWorkspace(temp);
    const byNumber = await createSupplier(ctx, { name: 'Incatern', companyNumber: '02165763' });
    const byName = await createSupplier(ctx, { name: 'Age UK Norfolk Ltd' });
    const csv = [
      'Reference,Title,Supplier name,Company number,Start date,End date,Value',
      'A-1,Day care,INCATERN LIMITED,gb/02165763,01/04/2024,31/03/2026,1000',
      'A-2,Day care 2,AGE UK NORFOLK,,01/04/2024,31/03/2026,2000',
      'A-3,Day care 3,Brand New Care CIC,,01/04/2024,31/03/2026,3000',
      'A-4,Day care 4,brand new care,,01/04/2024,31/03/2026,4000',
    ].join('\n');
    const report = await importRegister(ctx, 'care.csv', Buffer.from(csv));
    expect(report.supplierMatches).toEqual([
      { row: 2, name: 'INCATERN LIMITED', by: 'company number', supplierName: 'Incatern' },
      { row: 3, name: 'AGE UK NORFOLK', by: 'name', supplierName: 'Age UK Norfolk Ltd' },
      { row: 4, name: 'Brand New Care CIC', by: 'new', supplierName: 'Brand New Care CIC' },
    ]);
    expect(report).toMatchObject({ imported: 4, suppliersMatched: 2, suppliersCreated: 1 });
    const supplierOf = (ref: string) =>
      (
        db.prepare('SELECT supplier_id AS id FROM contracts WHERE reference = ?').get(ref) as {
          id: string;
        }
      ).id;
    expect(supplierOf('A-1')).toBe(byNumber.id);
    expect(supplierOf('A-2')).toBe(byName.id);
    expect(supplierOf('A-4')).toBe(supplierOf('A-3'));
  });
});

describe('the import history', () => {
  it('records the import, and undoing it takes every record it wrote back out', async () => {
    const { ctx, db } = await openRecordsWorkspace(temp);
    const csv =
      'Reference,Title,Supplier,Start date,End date,Value\nB-1,Bins,Bins Ltd,01/04/2024,31/03/2027,"£1,000"\n';
    await importRegister(ctx, 'bins.csv', Buffer.from(csv));
    const [entry] = expectOk(await callApi(ctx, 'imports.list', { kind: 'register' }));
    expect(entry).toMatchObject({ kind: 'register', fileName: 'bins.csv', rowCount: 2 });
    const { id, version } = entry ?? expect.fail('The import is not in the history');
    expectOk(await callApi(ctx, 'imports.undo', { id, version }));
    expect(countRows(db, 'contracts', 'deleted_at IS NULL')).toBe(0);
    expect(countRows(db, 'suppliers', "deleted_at IS NULL AND name = 'Bins Ltd'")).toBe(0);
  });

  it('a preview writes nothing, and a cancelled import leaves nothing behind', async () => {
    const { ctx, db } = await openRecordsWorkspace(temp);
    const changes = countRows(db, 'change_log');
    const { jobId, preview } = await previewRegister(ctx, 'norfolk.csv', readFileSync(norfolk));
    expect(preview.imported).toBe(3249);
    expect(countRows(db, 'change_log')).toBe(changes);
    expect(countRows(db, 'contracts')).toBe(0);
    expectOk(await callApi(ctx, 'registerImport.cancel', { jobId }));
    expect((await callApi(ctx, 'registerImport.confirm', { jobId })).ok).toBe(false);
    expect(countRows(db, 'contracts')).toBe(0);
  });
});

describe('mapping profiles', () => {
  it('a saved profile is recognised for a file with the same headings, wherever the columns are', async () => {
    const { ctx } = await openRecordsWorkspace(temp);
    const saved = expectOk(
      await callApi(ctx, 'importProfiles.save', {
        ...ourRegisterProfile,
        headings: ['Ref', 'What', 'Who', 'From', 'To'],
      }),
    );
    expect(expectOk(await callApi(ctx, 'importProfiles.list', {}))).toEqual([saved]);
    const csv = 'Ref,What,Who,From,To\nR-1,Roads,Tarmac Ltd,01/04/2024,31/03/2025\n';
    const outline = expectOk(
      await callApi(ctx, 'registerImport.open', {
        fileName: 'r.csv',
        contentBase64: Buffer.from(csv).toString('base64'),
      }),
    );
    expect(outline.recognised).toEqual({ name: 'Our register', kind: 'contracts', builtIn: false });
    expect(outline.suggestions.contracts).toEqual({
      reference: 0,
      title: 1,
      supplierName: 2,
      startDate: 3,
      endDate: 4,
    });
    expectOk(await callApi(ctx, 'importProfiles.delete', { id: saved.id, version: saved.version }));
    expect(expectOk(await callApi(ctx, 'importProfiles.list', {}))).toEqual([]);
  });
});
