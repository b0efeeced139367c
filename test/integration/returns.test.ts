// Returns through the API on a real workspace: a draft with a line per commitment, periods read
// for the council's frequency and kept within the term, one return per period, lines checked
// and named by field, submit, line-by-line verification by a named verifier with the return's
// status following its lines, back to draft, the queue filters and the missing returns.

import { describe, expect, it } from 'vitest';
import type { Context } from '../../electron/api/context';
import type { ReturnDetail, ReturnLineInput } from '../../shared/social-value-return';
import {
  changeProfile,
  createContract,
  createSupplier,
  openRecordsWorkspace,
} from './seed-records';
import { commonMeasures, seedFramework } from './seed-framework';
import { callApi, dumpTables, expectError, expectOk, useTempDirs } from './temp-workspace';

const temp = useTempDirs();

const issues = (error: { details?: { issues?: { path: unknown[]; message: string }[] } }) =>
  Object.fromEntries((error.details?.issues ?? []).map((i) => [i.path.join('.'), i.message]));

/** A contract from 15 May 2025 to 31 March 2027 with LOC1 and APP1 committed. */
async function setUp() {
  const { ctx, db } = await openRecordsWorkspace(temp);
  const measures = seedFramework(db, commonMeasures);
  const supplier = await createSupplier(ctx, { name: 'Soar Valley Care Ltd' });
  const contract = await createContract(ctx, supplier.id, {
    reference: 'C-SV-001',
    valuePence: 100_000_000,
    startDate: '2025-05-15',
    endDate: '2027-03-31',
  });
  for (const [code, quantity] of [
    ['LOC1', 4],
    ['APP1', 104],
  ] as const) {
    expectOk(
      await callApi(ctx, 'commitments.create', {
        contractId: contract.id,
        measureId: measures[code] as string,
        quantity,
      }),
    );
  }
  const start = async (period: string) =>
    expectOk(await callApi(ctx, 'returns.create', { contractId: contract.id, period }));
  return { ctx, db, measures, contract, start };
}

/** The lines as the entry form sends them back, with some changed. */
function linesOf(
  found: ReturnDetail,
  changes: Record<string, Partial<ReturnLineInput>> = {},
): ReturnLineInput[] {
  return found.lines.map((line) => ({
    measureId: line.measure.id,
    quantity: line.quantity,
    evidenceReference: line.evidenceReference,
    narrative: line.narrative,
    ...changes[line.measure.code],
  }));
}

async function fill(ctx: Context, found: ReturnDetail, quantities: Record<string, number>) {
  const changes = Object.fromEntries(
    Object.entries(quantities).map(([code, quantity]) => [code, { quantity }]),
  );
  return expectOk(
    await callApi(ctx, 'returns.update', {
      id: found.id,
      version: found.version,
      lines: linesOf(found, changes),
    }),
  );
}

async function submitted(ctx: Context, found: ReturnDetail, quantities: Record<string, number>) {
  const filled = await fill(ctx, found, quantities);
  return expectOk(await callApi(ctx, 'returns.submit', { id: filled.id, version: filled.version }));
}

const lineId = (found: ReturnDetail, code: string) =>
  found.lines.find((line) => line.measure.code === code)?.id as string;

describe('starting a return', () => {
  it('is a draft with a line per commitment, valued at the commitment proxy', async () => {
    const { start } = await setUp();
    const draft = await start('q1 2025-26');
    expect(draft).toMatchObject({
      status: 'draft',
      periodLabel: 'Q1 2025/26',
      periodStart: '2025-04-01',
      periodEnd: '2025-06-30',
      contractReference: 'C-SV-001',
      supplierName: 'Soar Valley Care Ltd',
      lineCount: 2,
    });
    expect(
      draft.lines.map((l) => [l.measure.code, l.committedQuantity, l.quantity, l.proxyPence]),
    ).toEqual([
      ['LOC1', 4, null, 3_000_000],
      ['APP1', 104, null, 25_000],
    ]);
  });

  it('refuses a period outside the term, naming the field, and writes nothing', async () => {
    const { ctx, db, contract } = await setUp();
    const before = dumpTables(db);
    const create = (period: string) =>
      callApi(ctx, 'returns.create', { contractId: contract.id, period });
    expect(issues(expectError(await create('Q4 2024/25')))).toEqual({
      period:
        "Q4 2024/25 (1 January 2025 to 31 March 2025) is outside the contract's term, 15 May 2025 to 31 March 2027",
    });
    expect(issues(expectError(await create('Q1 2027/28')))).toMatchObject({
      period: expect.stringContaining("is outside the contract's term"),
    });
    expect(issues(expectError(await create('Q5 2025/26')))).toEqual({
      period:
        '"Q5 2025/26" is not a quarter: there are 4 in a year, Q1 to Q4; write it like Q1 2025/26',
    });
    expect(issues(expectError(await create('')))).toEqual({
      period: 'Enter the reporting period',
    });
    expect(dumpTables(db)).toEqual(before);
  });

  it('reads the period for the council frequency', async () => {
    const { ctx, start } = await setUp();
    await changeProfile(ctx, (input) => ({ ...input, reportingFrequency: 'half-yearly' }));
    expect(await start('H2 2025/26')).toMatchObject({
      periodStart: '2025-10-01',
      periodEnd: '2026-03-31',
    });
  });

  it('one return per contract and period, with a clear message', async () => {
    const { ctx, contract, start } = await setUp();
    await start('Q1 2025/26');
    const error = expectError(
      await callApi(ctx, 'returns.create', { contractId: contract.id, period: '2025/26 Q1' }),
    );
    expect(issues(error)).toEqual({
      period: 'This contract already has a return for Q1 2025/26 (draft). Open that one instead.',
    });
  });
});

describe('filling in a draft', () => {
  it('saves quantities, evidence and narrative; adds and removes extra measures', async () => {
    const { ctx, measures, start } = await setUp();
    const draft = await start('Q1 2025/26');
    const saved = expectOk(
      await callApi(ctx, 'returns.update', {
        id: draft.id,
        version: draft.version,
        lines: [
          ...linesOf(draft, {
            LOC1: { quantity: 1.5, evidenceReference: 'Payroll extract', narrative: ' Two hires ' },
          }),
          { measureId: measures.VOL1 as string, quantity: 40 },
        ],
      }),
    );
    expect(saved.version).toBe(draft.version + 1);
    expect(
      saved.lines.map((l) => [
        l.measure.code,
        l.commitmentId !== null,
        l.quantity,
        l.proxyPence,
        l.evidenceReference,
        l.narrative,
      ]),
    ).toEqual([
      ['LOC1', true, 1.5, 3_000_000, 'Payroll extract', 'Two hires'],
      ['APP1', true, null, 25_000, null, null],
      ['VOL1', false, 40, 1_500, null, null],
    ]);
    const trimmed = expectOk(
      await callApi(ctx, 'returns.update', {
        id: saved.id,
        version: saved.version,
        lines: linesOf(saved).filter((line) => line.measureId !== measures.VOL1),
      }),
    );
    expect(trimmed.lines.map((l) => l.measure.code)).toEqual(['LOC1', 'APP1']);
  });

  it('refuses negative and non-numeric quantities by line, and a quantity on a record-only measure', async () => {
    const { ctx, db, measures, start } = await setUp();
    const draft = await start('Q1 2025/26');
    const before = dumpTables(db);
    const update = (lines: unknown[]) =>
      callApi(ctx, 'returns.update', {
        id: draft.id,
        version: draft.version,
        lines: lines as ReturnLineInput[],
      });
    expect(
      issues(
        expectError(
          await update([
            { measureId: measures.LOC1, quantity: -2 },
            { measureId: measures.APP1, quantity: 'ten' },
          ]),
        ),
      ),
    ).toEqual({
      'lines.0.quantity': 'The quantity cannot be negative',
      'lines.1.quantity': 'Enter the quantity as a number, for example 12 or 2.5',
    });
    expect(issues(expectError(await update([{ measureId: measures.NAR1, quantity: 1 }])))).toEqual({
      'lines.0.quantity': 'NAR1 is recorded as a narrative only: leave the quantity blank',
    });
    expect(
      issues(
        expectError(
          await update([
            { measureId: measures.LOC1, quantity: 1 },
            { measureId: measures.LOC1, quantity: 2 },
          ]),
        ),
      ),
    ).toEqual({ 'lines.1.measureId': 'This measure is already on the return' });
    expect(dumpTables(db)).toEqual(before);
  });
});

describe('submitting and verifying', () => {
  it('needs a quantity on every line before it is submitted', async () => {
    const { ctx, start } = await setUp();
    const draft = await fill(ctx, await start('Q1 2025/26'), { LOC1: 1 });
    const error = expectError(
      await callApi(ctx, 'returns.submit', { id: draft.id, version: draft.version }),
    );
    expect(issues(error)).toEqual({
      'lines.1.quantity': 'Enter the quantity delivered for APP1, or 0 if none',
    });
  });

  it('a submitted return cannot be edited until it is sent back to draft', async () => {
    const { ctx, db, start } = await setUp();
    const sent = await submitted(ctx, await start('Q1 2025/26'), { LOC1: 1, APP1: 0 });
    expect(sent.status).toBe('submitted');
    expect(sent.submittedAt).not.toBeNull();
    const refused = expectError(
      await callApi(ctx, 'returns.update', {
        id: sent.id,
        version: sent.version,
        lines: linesOf(sent, { LOC1: { quantity: 2 } }),
      }),
    );
    expect(refused.code).toBe('refused');
    expect(refused.message).toContain('This return is submitted, so it cannot be edited');

    const verified = expectOk(
      await callApi(ctx, 'returns.verify', {
        id: sent.id,
        version: sent.version,
        lines: [{ lineId: lineId(sent, 'LOC1'), verification: 'verified' }],
      }),
    );
    const reopened = expectOk(
      await callApi(ctx, 'returns.reopen', {
        id: verified.id,
        version: verified.version,
        reason: 'Supplier sent a corrected figure',
      }),
    );
    expect(reopened).toMatchObject({
      status: 'draft',
      verifiedBy: null,
      statusNote: 'Supplier sent a corrected figure',
    });
    expect(reopened.lines.map((l) => l.verification)).toEqual(['pending', 'pending']);
    const corrected = await fill(ctx, reopened, { LOC1: 2 });
    expect(corrected.lines[0]?.quantity).toBe(2);

    // Every step is in the change log, the lines' included.
    const logged = db
      .prepare(
        `SELECT table_name, operation, new_values FROM change_log
         WHERE row_id IN (SELECT id FROM returns UNION ALL SELECT id FROM return_lines)
         ORDER BY rowid`,
      )
      .all() as { table_name: string; new_values: string | null }[];
    const statuses = logged
      .filter((row) => row.table_name === 'returns' && row.new_values?.includes('"status"'))
      .map((row) => (JSON.parse(row.new_values as string) as { status: string }).status);
    expect(statuses).toEqual(['draft', 'submitted', 'draft']);
    expect(
      logged.filter(
        (row) => row.table_name === 'return_lines' && row.new_values?.includes('"verified"'),
      ),
    ).toHaveLength(1);
  });

  it('needs a named verifier: the officer by default, a blank name refused', async () => {
    const { ctx, db, start } = await setUp();
    const sent = await submitted(ctx, await start('Q1 2025/26'), { LOC1: 1, APP1: 0 });
    const before = dumpTables(db);
    const decide = (verifier?: string) =>
      callApi(ctx, 'returns.verify', {
        id: sent.id,
        version: sent.version,
        ...(verifier === undefined ? {} : { verifier }),
        lines: [{ lineId: lineId(sent, 'LOC1'), verification: 'verified' }],
      });
    expect(issues(expectError(await decide('   ')))).toEqual({
      verifier: 'Enter the name of the officer who checked it',
    });
    expect(dumpTables(db)).toEqual(before);
    const done = expectOk(await decide());
    expect(done).toMatchObject({ verifiedBy: ctx.officer });
    expect(done.verifiedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(done.lines[0]).toMatchObject({ verification: 'verified', verifiedBy: ctx.officer });
    expect(done.lines[1]).toMatchObject({ verification: 'pending', verifiedBy: null });
  });

  it('a draft cannot be verified, and a query needs a note', async () => {
    const { ctx, start } = await setUp();
    const draft = await start('Q1 2025/26');
    const refused = expectError(
      await callApi(ctx, 'returns.verify', {
        id: draft.id,
        version: draft.version,
        verifier: 'Aisha Khan',
        lines: [{ lineId: lineId(draft, 'LOC1'), verification: 'verified' }],
      }),
    );
    expect(refused.code).toBe('refused');
    const sent = await submitted(ctx, draft, { LOC1: 1, APP1: 0 });
    const noNote = expectError(
      await callApi(ctx, 'returns.verify', {
        id: sent.id,
        version: sent.version,
        lines: [{ lineId: lineId(sent, 'LOC1'), verification: 'queried' }],
      }),
    );
    expect(issues(noNote)).toEqual({
      'lines.0.note': 'Say what is wrong with LOC1 (Measure LOC1), so the supplier can answer it',
    });
  });

  it("the return's status follows its lines", async () => {
    const { ctx, start } = await setUp();
    const sent = await submitted(ctx, await start('Q1 2025/26'), { LOC1: 1, APP1: 10 });
    let current = sent;
    const decide = async (decisions: Record<string, 'verified' | 'queried' | 'rejected'>) => {
      current = expectOk(
        await callApi(ctx, 'returns.verify', {
          id: current.id,
          version: current.version,
          verifier: 'Aisha Khan',
          lines: Object.entries(decisions).map(([code, verification]) => ({
            lineId: lineId(current, code),
            verification,
            note: verification === 'verified' ? null : `Evidence missing for ${code}`,
          })),
        }),
      );
      return current.status;
    };
    expect(await decide({ LOC1: 'verified' })).toBe('submitted');
    expect(await decide({ APP1: 'queried' })).toBe('queried');
    expect(current.statusNote).toBe('APP1 (queried): Evidence missing for APP1');
    expect(await decide({ APP1: 'verified' })).toBe('verified');
    expect(current.statusNote).toBeNull();
    expect(await decide({ APP1: 'rejected' })).toBe('verified');
    expect(await decide({ LOC1: 'rejected' })).toBe('rejected');
    expect(current.statusNote).toBe(
      'LOC1 (rejected): Evidence missing for LOC1\nAPP1 (rejected): Evidence missing for APP1',
    );
    expect(current).toMatchObject({ verifiedBy: 'Aisha Khan' });
  });
});

describe('lists of returns', () => {
  it('filters by status, contract and period; deleted returns and contracts leave the lists', async () => {
    const { ctx, start, contract } = await setUp();
    const first = await submitted(ctx, await start('Q1 2025/26'), { LOC1: 1, APP1: 0 });
    await start('Q2 2025/26');
    const list = async (query: Parameters<typeof callApi<'returns.list'>>[2]) =>
      expectOk(await callApi(ctx, 'returns.list', query)).rows.map((r) => r.periodLabel);
    expect(await list({})).toEqual(['Q2 2025/26', 'Q1 2025/26']);
    expect(await list({ status: ['submitted', 'queried'] })).toEqual(['Q1 2025/26']);
    expect(await list({ contractId: contract.id, period: 'Q2 2025/26' })).toEqual(['Q2 2025/26']);
    expectOk(await callApi(ctx, 'returns.delete', { id: first.id, version: first.version }));
    expect(await list({})).toEqual(['Q2 2025/26']);
    expectOk(await callApi(ctx, 'returns.restore', { id: first.id }));
    expect(await list({ status: ['submitted'] })).toEqual(['Q1 2025/26']);
  });

  it('lists due periods with no return beyond a draft, most overdue first', async () => {
    const { ctx, start, contract } = await setUp();
    // A contract with no commitments owes no returns.
    await createContract(ctx, contract.supplierId, {
      startDate: '2025-04-01',
      endDate: '2026-03-31',
    });
    await submitted(ctx, await start('Q2 2025/26'), { LOC1: 1, APP1: 0 });
    const draft = await start('Q3 2025/26');
    const missing = expectOk(await callApi(ctx, 'returns.missing', { asOf: '2026-01-10' }));
    expect(missing).toMatchObject({ asOf: '2026-01-10', total: 2 });
    expect(
      missing.rows.map((row) => [
        row.contractReference,
        row.periodLabel,
        row.daysOverdue,
        row.draftReturnId,
      ]),
    ).toEqual([
      ['C-SV-001', 'Q1 2025/26', 194, null],
      ['C-SV-001', 'Q3 2025/26', 10, draft.id],
    ]);
    expect(missing.rows[0]?.supplierName).toBe('Soar Valley Care Ltd');
    expect(
      expectOk(await callApi(ctx, 'returns.missing', { asOf: '2025-06-30' })).rows.map(
        (row) => row.periodLabel,
      ),
    ).toEqual(['Q1 2025/26']);
    expect(expectOk(await callApi(ctx, 'returns.missing', { asOf: '2025-06-29' })).total).toBe(0);
    // Once Q1 is in too, nothing is missing until Q3 ends; then Q3, whose return is a draft.
    await submitted(ctx, await start('Q1 2025/26'), { LOC1: 0, APP1: 0 });
    expect(expectOk(await callApi(ctx, 'returns.missing', { asOf: '2025-12-30' })).total).toBe(0);
    expect(
      expectOk(await callApi(ctx, 'returns.missing', { asOf: '2025-12-31' })).rows.map(
        (row) => row.periodLabel,
      ),
    ).toEqual(['Q3 2025/26']);
  });
});
