// The lists exported as .xlsx through the API: read back with exceljs, they hold the header row and
// one row per matching record in the list's order, money as £ numbers, dates as dates, and text
// that a spreadsheet would run as a formula kept as plain text.

import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Context } from '../../electron/api/context';
import { xlsxMediaType, type ExportedFile } from '../../shared/exported-file';
import type {
  ContractListQuery,
  ExerciseListQuery,
  SupplierListQuery,
} from '../../shared/list-query';
import {
  createContract,
  createExercise,
  createSupplier,
  openSharedWorkspace,
  seedRecords,
  setLocalArea,
} from './seed-records';
import { callApi, expectOk } from './temp-workspace';

let shared: Awaited<ReturnType<typeof openSharedWorkspace>>;
let ctx: Context;

const formulaLike = ['=HYPERLINK("http://evil")', '+1', '@SUM(A1)', '-2+3', '=1+1'];

beforeAll(async () => {
  shared = await openSharedWorkspace();
  ctx = shared.ctx;
  await setLocalArea(ctx, ['LE1-LE19', 'LE65']);
  await seedRecords(ctx, 7, { suppliers: 25, exercises: 40, contracts: 60, deleted: 2 });
  for (const name of formulaLike) {
    const supplier = await createSupplier(ctx, { name, companyNumber: '01234567' });
    await createContract(ctx, supplier.id, { title: name, directorate: '@Finance' });
  }
  await createExercise(ctx, { reference: 'FX-1', title: '=cmd|"/c calc"!A1' });
}, 60_000);

afterAll(async () => {
  await shared?.close();
});

interface Sheet {
  headers: unknown[];
  rows: ExcelJS.Row[];
  sheet: ExcelJS.Worksheet;
}

async function readWorkbook(file: ExportedFile): Promise<Sheet> {
  expect(file.mediaType).toBe(xlsxMediaType);
  expect(file.fileName).toMatch(/\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  const bytes = Buffer.from(file.contentBase64, 'base64');
  expect(bytes.subarray(0, 2).toString()).toBe('PK');
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  expect(workbook.worksheets).toHaveLength(1);
  const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
  const rows: ExcelJS.Row[] = [];
  sheet.eachRow((row, number) => {
    if (number > 1) rows.push(row);
  });
  const header = sheet.getRow(1);
  const headers = Array.from({ length: sheet.columnCount }, (_, i) => header.getCell(i + 1).value);
  return { headers, rows, sheet };
}

const cell = (row: ExcelJS.Row, column: number) => row.getCell(column).value;
const pounds = (pence: number) => pence / 100;
const asDate = (day: string) => new Date(`${day}T00:00:00.000Z`);
const orBlank = <T>(value: T | null) => value ?? null;

/** No cell anywhere holds a formula. */
function expectNoFormulas(sheet: ExcelJS.Worksheet) {
  sheet.eachRow((row) =>
    row.eachCell((c) => {
      expect(c.type).not.toBe(ExcelJS.ValueType.Formula);
      expect(c.formula).toBeFalsy();
    }),
  );
}

describe('the contracts export', () => {
  const query: ContractListQuery = {
    sort: 'valuePence',
    direction: 'desc',
    status: ['active', 'not-started', 'ended'],
  };

  it('has the header row and one row per matching contract in list order, ignoring the window', async () => {
    const list = expectOk(await callApi(ctx, 'contracts.list', { ...query, limit: 500 }));
    const file = expectOk(
      await callApi(ctx, 'contracts.export', { ...query, offset: 3, limit: 2 }),
    );
    const { headers, rows, sheet } = await readWorkbook(file);

    expect(headers).toEqual([
      'Reference',
      'Title',
      'Supplier',
      'Directorate',
      'Category',
      'Value (£, net)',
      'Start',
      'End',
      'Status',
      'In scope',
    ]);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(list.total).toBeGreaterThan(10);
    expect(rows).toHaveLength(list.total ?? -1);
    list.rows.forEach((contract, index) => {
      const row = rows[index] as ExcelJS.Row;
      expect(cell(row, 1)).toBe(contract.reference);
      expect(cell(row, 3)).toBe(contract.supplierName);
      expect(cell(row, 6)).toBe(pounds(contract.valuePence));
      expect(row.getCell(6).type).toBe(ExcelJS.ValueType.Number);
      expect(cell(row, 7)).toEqual(asDate(contract.startDate));
      expect(cell(row, 8)).toEqual(asDate(contract.endDate));
      expect(row.getCell(7).type).toBe(ExcelJS.ValueType.Date);
    });
  });

  it('writes a category and status label, and the scope in words', async () => {
    const list = expectOk(await callApi(ctx, 'contracts.list', { sort: 'reference', limit: 500 }));
    const { rows } = await readWorkbook(
      expectOk(await callApi(ctx, 'contracts.export', { sort: 'reference' })),
    );
    const labels = {
      'not-started': 'Not started',
      active: 'Active',
      ended: 'Ended',
      terminated: 'Terminated early',
    };
    list.rows.forEach((contract, index) => {
      const row = rows[index] as ExcelJS.Row;
      expect(cell(row, 5)).toBe(contract.category[0]?.toUpperCase() + contract.category.slice(1));
      expect(cell(row, 9)).toBe(labels[contract.status]);
      const scope = [
        contract.scope.act && 'Social Value Act',
        contract.scope.local && 'Local policy',
      ]
        .filter(Boolean)
        .join(', ');
      expect(cell(row, 10)).toBe(scope || 'Not in scope');
    });
  });
});

describe('the exercises export', () => {
  const query: ExerciseListQuery = { sort: 'startDate', direction: 'asc', scope: 'either' };

  it('has the header row and one row per matching exercise in list order', async () => {
    const list = expectOk(await callApi(ctx, 'exercises.list', { ...query, limit: 500 }));
    const { headers, rows } = await readWorkbook(
      expectOk(await callApi(ctx, 'exercises.export', query)),
    );

    expect(headers).toEqual([
      'Reference',
      'Title',
      'Directorate',
      'Category',
      'Estimated value (£, net)',
      'Start',
      'Status',
      'In scope',
    ]);
    expect(list.total).toBeGreaterThan(5);
    expect(rows).toHaveLength(list.total ?? -1);
    list.rows.forEach((exercise, index) => {
      const row = rows[index] as ExcelJS.Row;
      expect(cell(row, 1)).toBe(exercise.reference);
      expect(cell(row, 3)).toBe(orBlank(exercise.directorate));
      expect(cell(row, 5)).toBe(pounds(exercise.estimatedValuePence));
      expect(cell(row, 6)).toEqual(asDate(exercise.startDate));
    });
  });

  it('exports an empty list as the header row alone', async () => {
    const { headers, rows } = await readWorkbook(
      expectOk(await callApi(ctx, 'exercises.export', { search: 'no such exercise at all' })),
    );
    expect(headers).toHaveLength(8);
    expect(rows).toEqual([]);
  });
});

describe('the suppliers export', () => {
  const query: SupplierListQuery = { sort: 'contractValuePence', direction: 'desc' };

  it('has the header row and one row per supplier in list order, flags as Yes or No', async () => {
    const list = expectOk(await callApi(ctx, 'suppliers.list', { ...query, limit: 500 }));
    const { headers, rows } = await readWorkbook(
      expectOk(await callApi(ctx, 'suppliers.export', query)),
    );

    expect(headers).toEqual([
      'Name',
      'Company number',
      'Charity number',
      'Postcode',
      'Size',
      'Local',
      'SME',
      'VCSE',
      'Real Living Wage',
      'Contracts',
      'Contract value (£)',
    ]);
    expect(rows).toHaveLength(list.total ?? -1);
    const yesNo = (flag: boolean) => (flag ? 'Yes' : 'No');
    list.rows.forEach((supplier, index) => {
      const row = rows[index] as ExcelJS.Row;
      expect(cell(row, 2)).toBe(orBlank(supplier.companyNumber));
      expect(cell(row, 4)).toBe(orBlank(supplier.postcode));
      expect([cell(row, 6), cell(row, 7), cell(row, 8), cell(row, 9)]).toEqual([
        yesNo(supplier.local),
        // Blank when the size is not known: neither an SME nor not one.
        supplier.size === null ? null : yesNo(supplier.sme),
        yesNo(supplier.vcse),
        yesNo(supplier.realLivingWage),
      ]);
      expect(cell(row, 10)).toBe(supplier.contractCount);
      expect(cell(row, 11)).toBe(pounds(supplier.contractValuePence));
    });
  });

  it('keeps a company number with a leading zero as text', async () => {
    const { rows } = await readWorkbook(
      expectOk(await callApi(ctx, 'suppliers.export', { search: '01234567' })),
    );
    expect(rows.length).toBe(formulaLike.length);
    for (const row of rows) {
      expect(cell(row, 2)).toBe('01234567');
      expect(row.getCell(2).type).toBe(ExcelJS.ValueType.String);
    }
  });
});

describe('text a spreadsheet would run as a formula', () => {
  it('is stored as typed, and exported as the same text in a string cell', async () => {
    const stored = expectOk(await callApi(ctx, 'suppliers.list', { search: '01234567' }));
    expect(stored.rows.map((s) => s.name).sort()).toEqual([...formulaLike].sort());

    const { rows, sheet } = await readWorkbook(
      expectOk(await callApi(ctx, 'suppliers.export', { search: '01234567', sort: 'name' })),
    );

    const names = rows.map((row) => row.getCell(1));
    expect(names.map((c) => c.value).sort()).toEqual([...formulaLike].sort());
    for (const name of names) {
      expect(name.type).toBe(ExcelJS.ValueType.String);
      expect(name.formula).toBeFalsy();
    }
    expectNoFormulas(sheet);
  });

  it('is never a formula in the contracts or exercises exports either', async () => {
    const contracts = await readWorkbook(
      expectOk(await callApi(ctx, 'contracts.export', { search: '@finance' })),
    );
    expect(contracts.rows).toHaveLength(formulaLike.length);
    for (const row of contracts.rows) {
      expect(String(cell(row, 2))).toMatch(/^[=+\-@]/);
      expect(String(cell(row, 3))).toMatch(/^[=+\-@]/);
      expect(cell(row, 4)).toBe('@Finance');
    }
    expectNoFormulas(contracts.sheet);

    const exercises = await readWorkbook(
      expectOk(await callApi(ctx, 'exercises.export', { search: 'FX-1' })),
    );
    expect(exercises.rows.map((row) => cell(row, 2))).toEqual(['=cmd|"/c calc"!A1']);
    expectNoFormulas(exercises.sheet);
  });
});
