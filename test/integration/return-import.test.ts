// Return templates and return imports through the API on a real workspace: a template made for
// a contract and period (with the council's notes on a return it queried for that period),
// filled in as a supplier would, previewed (nothing written), imported
// (a submitted return, its lines each with its audit trail row, the dashboard's delivery rows,
// the history), replaced or skipped when the period has a return, refused with nothing written
// for a bad file, and undone as a whole; a file of hundreds of lines previewed by its first.

import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Context } from '../../electron/api/context';
import { noteHeading } from '../../electron/excel/return-template';
import { previewLineLimit, type ReturnImportPreview } from '../../shared/return-import';
import { fillReturnTemplate, type Entry } from '../fixtures/return-files';
import { compare } from './line-delivery-rules';
import { seedFramework } from './seed-framework';
import { as, createContract, createSupplier, openRecordsWorkspace } from './seed-records';
import { contractAndMeasures, enterReturn } from './seed-returns';
import {
  callApi,
  countRows,
  dumpTables,
  expectError,
  expectOk,
  useTempDirs,
} from './temp-workspace';

const temp = useTempDirs();

/** A contract from 1 April 2025 to 31 March 2027 with LOC1, APP1 and NAR1 committed. */
async function setUp() {
  const { ctx, db } = await openRecordsWorkspace(temp);
  const measures = seedFramework(db, [
    { code: 'LOC1', unit: 'FTE', proxyPence: 3_000_000 },
    { code: 'APP1', unit: 'weeks', proxyPence: 25_000 },
    { code: 'NAR1', unit: 'text', kind: 'record-only', proxyPence: null },
  ]);
  const supplier = await createSupplier(ctx, { name: 'Soar Valley Care Ltd' });
  const contract = await createContract(ctx, supplier.id, {
    reference: 'C-SV-001',
    valuePence: 100_000_000,
    startDate: '2025-04-01',
    endDate: '2027-03-31',
  });
  for (const [code, quantity] of [
    ['LOC1', 4],
    ['APP1', 104],
    ['NAR1', 0],
  ] as const) {
    expectOk(
      await callApi(ctx, 'commitments.create', {
        contractId: contract.id,
        measureId: measures[code] as string,
        quantity,
      }),
    );
  }
  return { ctx, db, measures, contract };
}

async function template(ctx: Context, contractId: string, period = 'Q1 2025/26') {
  const file = expectOk(await callApi(ctx, 'returnTemplates.download', { contractId, period }));
  return Buffer.from(file.contentBase64, 'base64');
}

const full: Record<string, Entry> = {
  LOC1: { delivered: 1.5, evidence: 'Payroll P1-P3' },
  APP1: { delivered: 12 },
  NAR1: { narrative: 'Two school careers talks' },
};

const asFile = (bytes: Buffer, fileName = 'C-SV-001 return.xlsx') => ({
  fileName,
  contentBase64: bytes.toString('base64'),
});

async function preview(ctx: Context, bytes: Buffer): Promise<ReturnImportPreview> {
  return expectOk(await callApi(ctx, 'returnImports.preview', asFile(bytes)));
}

describe('return templates', () => {
  it('names the contract and period, and refuses a period outside the term', async () => {
    const { ctx, contract } = await setUp();
    const file = expectOk(
      await callApi(ctx, 'returnTemplates.download', {
        contractId: contract.id,
        period: 'Q2 2025/26',
      }),
    );
    expect(file.fileName).toBe('C-SV-001 return Q2 2025-26.xlsx');
    const refused = expectError(
      await callApi(ctx, 'returnTemplates.download', {
        contractId: contract.id,
        period: 'Q1 2024/25',
      }),
    );
    expect(refused.details?.issues?.[0]?.path).toEqual(['period']);
    expect(refused.message).toMatch(/outside the contract's term/);
  });

  it('bulk: one template in a zip for each contract with a return due, none for one that is in', async () => {
    const { ctx, measures, contract } = await setUp();
    const other = await createContract(ctx, contract.supplierId, {
      reference: 'C-SV-002',
      startDate: '2025-04-01',
      endDate: '2026-03-31',
    });
    expectOk(
      await callApi(ctx, 'commitments.create', {
        contractId: other.id,
        measureId: measures.LOC1 as string,
        quantity: 1,
      }),
    );
    const bulk = expectOk(await callApi(ctx, 'returnTemplates.bulk', { period: 'Q1 2025/26' }));
    expect(bulk.count).toBe(2);
    const { default: JSZip } = await import('jszip');
    const zip = await JSZip.loadAsync(Buffer.from(bulk.contentBase64, 'base64'));
    expect(Object.keys(zip.files).sort()).toEqual([
      'C-SV-001 return Q1 2025-26.xlsx',
      'C-SV-002 return Q1 2025-26.xlsx',
    ]);
    await enterReturn(ctx, other.id, 'Q1 2025/26', [
      { measureId: measures.LOC1 as string, quantity: 1 },
    ]);
    const after = expectOk(await callApi(ctx, 'returnTemplates.bulk', { period: 'Q1 2025/26' }));
    expect(after.count).toBe(1);
  });

  it("carries the council's notes on a queried or rejected return for the supplier to answer", async () => {
    const { ctx, measures, contract } = await setUp();
    await enterReturn(ctx, contract.id, 'Q1 2025/26', [
      { measureId: measures.LOC1 as string, quantity: 1.5, decision: 'verified' },
      { measureId: measures.APP1 as string, quantity: 40, decision: 'queried' },
      { measureId: measures.NAR1 as string, quantity: null, decision: 'rejected' },
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await template(ctx, contract.id)) as unknown as ExcelJS.Buffer);
    const instructions = workbook.getWorksheet('Instructions') as ExcelJS.Worksheet;
    const texts = instructions.getColumn(1).values.filter((v) => typeof v === 'string');
    expect(texts.slice(-3)).toEqual([
      noteHeading,
      'APP1 Measure APP1: Queried: Send the evidence',
      'NAR1 Measure NAR1: Rejected: Send the evidence',
    ]);
    const sheet = workbook.getWorksheet('Return') as ExcelJS.Worksheet;
    expect([7, 8, 9].map((row) => sheet.getCell(row, 1).note ?? null)).toEqual([
      null,
      'Queried: Send the evidence',
      'Rejected: Send the evidence',
    ]);
    // Another period's template has none.
    const next = new ExcelJS.Workbook();
    await next.xlsx.load(
      (await template(ctx, contract.id, 'Q2 2025/26')) as unknown as ExcelJS.Buffer,
    );
    const nextTexts = (next.getWorksheet('Instructions') as ExcelJS.Worksheet).getColumn(1).values;
    expect(nextTexts).not.toContain(noteHeading);
  });
});

describe('return import', () => {
  it('previews without writing, then imports a submitted return with its lines and history', async () => {
    const { ctx, db, contract } = await setUp();
    const filled = await fillReturnTemplate(await template(ctx, contract.id), full);
    const before = dumpTables(db);
    const seen = await preview(ctx, filled);
    expect(dumpTables(db)).toEqual(before);
    expect(seen.problems).toEqual([]);
    expect(seen.contract?.reference).toBe('C-SV-001');
    expect(seen.period?.label).toBe('Q1 2025/26');
    expect(seen.savesAs).toBe('submitted');
    expect(seen.lines.map((l) => [l.code, l.quantity, l.evidenceReference, l.narrative])).toEqual([
      ['LOC1', 1.5, 'Payroll P1-P3', null],
      ['APP1', 12, null, null],
      ['NAR1', null, null, 'Two school careers talks'],
    ]);

    const outcome = expectOk(await callApi(ctx, 'returnImports.confirm', asFile(filled)));
    expect(outcome).toMatchObject({ outcome: 'imported', status: 'submitted', replaced: false });
    const stored = expectOk(await callApi(ctx, 'returns.get', { id: outcome.returnId as string }));
    expect(stored.lines.map((l) => [l.measure.code, l.quantity, l.verification])).toEqual([
      ['LOC1', 1.5, 'pending'],
      ['APP1', 12, 'pending'],
      ['NAR1', null, 'pending'],
    ]);
    const history = expectOk(await callApi(ctx, 'imports.list', {}));
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({
      kind: 'return',
      fileName: 'C-SV-001 return.xlsx',
      importedBy: 'Priya Shah',
      undoneAt: null,
      rowCount: 1,
    });
    expect(history[0]?.fileSha256).toBe(seen.fileSha256);
    const figures = expectOk(await callApi(ctx, 'contracts.socialValue', { id: contract.id }));
    expect(figures.totals.submittedPence).toBe(1.5 * 3_000_000 + 12 * 25_000);
    expect(countRows(db, 'change_log', "table_name = 'imports'")).toBe(1);
  });

  it('leaves a return with a quantity missing as a draft, and says so', async () => {
    const { ctx, contract } = await setUp();
    const filled = await fillReturnTemplate(await template(ctx, contract.id), {
      LOC1: { delivered: 2 },
    });
    const seen = await preview(ctx, filled);
    expect(seen.savesAs).toBe('draft');
    expect(seen.warnings.map((w) => w.message)).toContain(
      'No quantity is given for APP1, so the return will be saved as a draft for you to finish and submit.',
    );
    const outcome = expectOk(await callApi(ctx, 'returnImports.confirm', asFile(filled)));
    expect(outcome.status).toBe('draft');
  });

  it('asks to replace or skip a return already there; replace soft-deletes it, undo brings it back', async () => {
    const { ctx, db, measures, contract } = await setUp();
    const earlier = await enterReturn(ctx, contract.id, 'Q1 2025/26', [
      { measureId: measures.LOC1 as string, quantity: 9 },
      { measureId: measures.APP1 as string, quantity: 9 },
    ]);
    const filled = await fillReturnTemplate(await template(ctx, contract.id), full);
    const seen = await preview(ctx, filled);
    expect(seen.existingReturn).toMatchObject({ id: earlier.id, status: 'submitted' });

    const before = dumpTables(db);
    const asked = expectError(await callApi(ctx, 'returnImports.confirm', asFile(filled)));
    expect(asked.code).toBe('refused');
    expect(asked.message).toMatch(/already has a return for Q1 2025\/26 \(submitted\)/);
    const skipped = expectOk(
      await callApi(ctx, 'returnImports.confirm', { ...asFile(filled), onExisting: 'skip' }),
    );
    expect(skipped.outcome).toBe('skipped');
    expect(dumpTables(db)).toEqual(before);

    const replaced = expectOk(
      await callApi(ctx, 'returnImports.confirm', { ...asFile(filled), onExisting: 'replace' }),
    );
    expect(replaced.replaced).toBe(true);
    expectError(await callApi(ctx, 'returns.get', { id: earlier.id }));
    const [entry] = expectOk(await callApi(ctx, 'imports.list', {}));
    const undone = expectOk(
      await callApi(as(ctx, 'Aisha Khan'), 'imports.undo', {
        id: entry?.id as string,
        version: entry?.version as number,
      }),
    );
    expect(undone).toMatchObject({ undoneBy: 'Aisha Khan' });
    expect(undone.undoneAt).not.toBeNull();
    expectError(await callApi(ctx, 'returns.get', { id: replaced.returnId as string }));
    const back = expectOk(await callApi(ctx, 'returns.get', { id: earlier.id }));
    expect(back.lines.map((l) => l.quantity)).toEqual([9, 9, null]);
    const again = expectError(
      await callApi(ctx, 'imports.undo', { id: undone.id, version: undone.version }),
    );
    expect(again.message).toMatch(/undone already, by Aisha Khan/);
  });

  it('refuses to undo an import whose return was changed since, writing nothing', async () => {
    const { ctx, db, contract } = await setUp();
    const filled = await fillReturnTemplate(await template(ctx, contract.id), full);
    const outcome = expectOk(await callApi(ctx, 'returnImports.confirm', asFile(filled)));
    const imported = expectOk(
      await callApi(ctx, 'returns.get', { id: outcome.returnId as string }),
    );
    expectOk(
      await callApi(as(ctx, 'Aisha Khan'), 'returns.verify', {
        id: imported.id,
        version: imported.version,
        lines: [{ lineId: imported.lines[0]?.id as string, verification: 'verified' }],
      }),
    );
    const [entry] = expectOk(await callApi(ctx, 'imports.list', {}));
    const before = dumpTables(db);
    const refused = expectError(
      await callApi(ctx, 'imports.undo', {
        id: entry?.id as string,
        version: entry?.version as number,
      }),
    );
    expect(refused.code).toBe('refused');
    expect(refused.message).toMatch(
      /^The import of C-SV-001 return.xlsx cannot be undone: a return it wrote was changed by Aisha Khan on \d{4}-\d{2}-\d{2}/,
    );
    expect(dumpTables(db)).toEqual(before);
  });

  it('refuses a file with problems, naming each, and writes nothing', async () => {
    const { ctx, db, contract } = await setUp();
    const filled = await fillReturnTemplate(await template(ctx, contract.id), {
      LOC1: { delivered: 'about six' },
      APP1: { delivered: -3 },
    });
    const seen = await preview(ctx, filled);
    expect(seen.problems.map((p) => [p.sheet, p.row, p.column, p.value])).toEqual([
      ['Return', 7, 'Delivered this period', 'about six'],
      ['Return', 8, 'Delivered this period', '-3'],
    ]);
    const before = dumpTables(db);
    const refused = expectError(await callApi(ctx, 'returnImports.confirm', asFile(filled)));
    expect(refused.message).toBe(
      'C-SV-001 return.xlsx has 2 problems, so nothing was imported. Preview it to see where, correct the file and import it again.',
    );
    expect(dumpTables(db)).toEqual(before);
  });

  it('refuses a template from another workspace, and one whose contract was deleted', async () => {
    const { ctx, contract } = await setUp();
    const filled = await fillReturnTemplate(await template(ctx, contract.id), full);
    const elsewhere = await setUp();
    const foreign = await preview(elsewhere.ctx, filled);
    expect(foreign.problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^This template was made in another workspace/),
    ]);
    expectOk(
      await callApi(ctx, 'contracts.delete', { id: contract.id, version: contract.version }),
    );
    const gone = await preview(ctx, filled);
    expect(gone.problems.map((p) => p.message)).toEqual([
      'This template is for the contract C-SV-001, which is not in this workspace or has been deleted.',
    ]);
  });

  it('writes each line with its audit trail row, and the dashboard rows as if rebuilt', async () => {
    const { ctx, db, contract } = await setUp();
    const filled = await fillReturnTemplate(await template(ctx, contract.id), full);
    const outcome = expectOk(await callApi(ctx, 'returnImports.confirm', asFile(filled)));
    const stored = expectOk(await callApi(ctx, 'returns.get', { id: outcome.returnId as string }));
    const logged = db
      .prepare(
        `SELECT row_id, operation, officer, new_values FROM change_log
         WHERE table_name = 'return_lines' ORDER BY row_id`,
      )
      .all() as { row_id: string; operation: string; officer: string; new_values: string }[];
    expect(logged.map((entry) => entry.row_id)).toEqual(stored.lines.map((l) => l.id).sort());
    const loc1 = stored.lines.find((line) => line.measure.code === 'LOC1');
    const entry = logged.find((row) => row.row_id === loc1?.id);
    expect(entry).toMatchObject({ operation: 'insert', officer: 'Priya Shah' });
    expect(JSON.parse(entry?.new_values ?? '{}')).toEqual({
      return_id: stored.id,
      measure_id: loc1?.measure.id,
      commitment_id: loc1?.commitmentId,
      proxy_pence: 3_000_000,
      quantity: 1.5,
      evidence_reference: 'Payroll P1-P3',
      narrative: null,
    });
    const created = db
      .prepare(
        `SELECT new_values FROM change_log WHERE table_name = 'returns' AND row_id = ?
         AND operation = 'insert'`,
      )
      .pluck()
      .get(stored.id) as string;
    expect(JSON.parse(created)).toMatchObject({ status: 'submitted', period_label: 'Q1 2025/26' });
    const { kept, rebuilt } = compare(db);
    expect(kept).toHaveLength(3);
    expect(kept).toEqual(rebuilt);
    const staged = "SELECT count(*) FROM sqlite_temp_master WHERE name LIKE 'return_import_%'";
    expect(db.prepare(staged).pluck().get()).toBe(0);
  });

  it('checks the previewed file again when confirmed: a return entered since is asked about', async () => {
    const { ctx, measures, contract } = await setUp();
    const filled = await fillReturnTemplate(await template(ctx, contract.id), full);
    expect((await preview(ctx, filled)).existingReturn).toBeNull();
    await enterReturn(ctx, contract.id, 'Q1 2025/26', [
      { measureId: measures.LOC1 as string, quantity: 1 },
      { measureId: measures.APP1 as string, quantity: 1 },
    ]);
    const asked = expectError(await callApi(ctx, 'returnImports.confirm', asFile(filled)));
    expect(asked.message).toMatch(/already has a return for Q1 2025\/26/);
  });

  it('refuses a measure given on two rows (hidden details changed), naming both', async () => {
    const { ctx, db, contract } = await setUp();
    const filled = await fillReturnTemplate(
      await template(ctx, contract.id),
      full,
      (sheet, workbook) => {
        const metadata = workbook.getWorksheet('svt-metadata');
        const rowOf = (returnRow: number) =>
          metadata?.getRows(1, metadata.rowCount)?.find((r) => r.getCell(1).value === returnRow);
        const first = rowOf(7);
        const second = rowOf(8);
        if (!first || !second) throw new Error('No measures in the metadata sheet');
        second.getCell(2).value = first.getCell(2).value;
        second.getCell(3).value = first.getCell(3).value;
        sheet.getCell('A8').value = 'LOC1';
      },
    );
    const before = dumpTables(db);
    const seen = await preview(ctx, filled);
    expect(seen.problems.map((p) => [p.row, p.column, p.value, p.message])).toEqual([
      [
        8,
        'Measure code',
        'LOC1',
        "The measure LOC1 is on row 7 already: the template's hidden details have been changed. Fill in a new template.",
      ],
    ]);
    expectError(await callApi(ctx, 'returnImports.confirm', asFile(filled)));
    expect(dumpTables(db)).toEqual(before);
  });
});

describe('a return of many measures', () => {
  it('previews the first lines and counts them all; the import writes every one', async () => {
    const count = previewLineLimit + 50;
    const codes = Array.from({ length: count }, (_, i) => `M${String(i).padStart(3, '0')}`);
    const { ctx, db, measures, contract } = await contractAndMeasures(temp, codes);
    for (const code of codes) {
      expectOk(
        await callApi(ctx, 'commitments.create', {
          contractId: contract.id,
          measureId: measures[code] as string,
          quantity: 10,
        }),
      );
    }
    const entries = Object.fromEntries(codes.map((code, i) => [code, { delivered: i % 7 }]));
    const filled = await fillReturnTemplate(await template(ctx, contract.id), entries);
    const seen = await preview(ctx, filled);
    expect(seen.problems).toEqual([]);
    expect(seen.lineCount).toBe(count);
    expect(seen.lines).toHaveLength(previewLineLimit);
    expect(seen.lines.map((line) => line.code)).toEqual(codes.slice(0, previewLineLimit));
    const outcome = expectOk(await callApi(ctx, 'returnImports.confirm', asFile(filled)));
    expect(outcome.status).toBe('submitted');
    const stored = expectOk(await callApi(ctx, 'returns.get', { id: outcome.returnId as string }));
    expect(stored.lines.map((line) => [line.measure.code, line.quantity])).toEqual(
      codes.map((code, i) => [code, i % 7]),
    );
    expect(countRows(db, 'change_log', "table_name = 'return_lines'")).toBe(count);
    const { kept, rebuilt } = compare(db);
    expect(kept).toHaveLength(count);
    expect(kept).toEqual(rebuilt);
  });
});
