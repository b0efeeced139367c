// The delivery kept for the dashboard (line_delivery, electron/db/line-delivery.ts) through every
// write an officer makes to returns, through the API: after each step it holds exactly what
// working it out again from all the lines gives, and exactly the lines the shared rules count
// (isSubmittedLine), each worth what valuePence makes it.

import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { valuePence } from '../../shared/social-value-calc';
import type { ReturnDetail } from '../../shared/social-value-return';
import { compare, rowsOf } from './line-delivery-rules';
import { createContract, createSupplier, openRecordsWorkspace } from './seed-records';
import { enterReturn } from './seed-returns';
import { callApi, expectOk, useTempDirs } from './temp-workspace';

const temp = useTempDirs();

function expectInStep(db: Database.Database, step: string, lines: number): void {
  const { kept, rebuilt, byRules } = compare(db);
  expect({ step, rows: kept }).toEqual({ step, rows: rebuilt });
  expect({ step, rows: kept }).toEqual({ step, rows: byRules });
  expect({ step, count: kept.length }).toEqual({ step, count: lines });
}

describe('the delivery kept for the dashboard', () => {
  it('stays equal to working it out again after every kind of write to a return', async () => {
    const { ctx, db } = await openRecordsWorkspace(temp);
    const measureId = (code: string) =>
      (db.prepare('SELECT id FROM measures WHERE code = ?').get(code) as { id: string }).id;
    const [jobs, hours, narrative, extra] = ['JS1', 'CV1', 'FW2', 'LE1'].map(measureId) as [
      string,
      string,
      string,
      string,
    ];
    db.prepare('UPDATE measures SET proxy_pence = ? WHERE id = ?').run(3_000_000, jobs);
    db.prepare('UPDATE measures SET proxy_pence = ? WHERE id = ?').run(1_500, hours);
    const supplier = await createSupplier(ctx);
    const contract = await createContract(ctx, supplier.id, {
      startDate: '2025-04-01',
      endDate: '2027-03-31',
    });
    for (const [id, quantity] of [
      [jobs, 4],
      [hours, 500],
      [narrative, null],
    ] as const) {
      expectOk(
        await callApi(ctx, 'commitments.create', {
          contractId: contract.id,
          measureId: id,
          quantity,
          yearlyTargets: [],
        }),
      );
    }

    // A draft counts for nothing.
    const draft = await enterReturn(
      ctx,
      contract.id,
      'Q1 2025/26',
      [
        // 1.005 FTE at £30,000 is a value on half a penny away from floating point's reach.
        { measureId: jobs, quantity: 1.005 },
        { measureId: hours, quantity: 120.5 },
        { measureId: narrative, quantity: null, narrative: 'Careers talks' },
        { measureId: extra, quantity: 2_500 },
      ],
      { draft: true },
    );
    expectInStep(db, 'draft', 0);

    // Submitted: every line counts, none verified.
    let found: ReturnDetail = expectOk(
      await callApi(ctx, 'returns.submit', { id: draft.id, version: draft.version }),
    );
    expectInStep(db, 'submitted', 4);

    const lineOf = (detail: ReturnDetail, id: string) =>
      detail.lines.find((line) => line.measure.id === id)?.id as string;
    const decide = async (decisions: [string, 'verified' | 'queried' | 'rejected'][]) => {
      found = expectOk(
        await callApi(ctx, 'returns.verify', {
          id: found.id,
          version: found.version,
          verifier: 'Aisha Khan',
          lines: decisions.map(([id, verification]) => ({
            lineId: lineOf(found, id),
            verification,
            note: verification === 'verified' ? null : 'Send the evidence',
          })),
        }),
      );
    };
    await decide([
      [jobs, 'verified'],
      [narrative, 'verified'],
    ]);
    expectInStep(db, 'part verified', 4);
    await decide([[hours, 'queried']]);
    expectInStep(db, 'queried', 4);
    await decide([[extra, 'rejected']]);
    expectInStep(db, 'a line rejected', 3);

    // Back to draft to correct it: nothing counts; corrected and sent again, it all counts.
    found = expectOk(
      await callApi(ctx, 'returns.reopen', {
        id: found.id,
        version: found.version,
        reason: 'Hours miscounted',
      }),
    );
    expectInStep(db, 'reopened', 0);
    found = expectOk(
      await callApi(ctx, 'returns.update', {
        id: found.id,
        version: found.version,
        lines: [
          { measureId: jobs, quantity: 1.005 },
          { measureId: hours, quantity: 99.25 },
          { measureId: narrative, quantity: null, narrative: 'Careers talks' },
        ],
      }),
    );
    found = expectOk(
      await callApi(ctx, 'returns.submit', { id: found.id, version: found.version }),
    );
    expectInStep(db, 'edited and sent again', 3);

    // A second return, wholly rejected.
    await enterReturn(ctx, contract.id, 'Q2 2025/26', [
      { measureId: jobs, quantity: 1, decision: 'rejected' },
      { measureId: hours, quantity: 10, decision: 'rejected' },
      { measureId: narrative, quantity: null, decision: 'rejected' },
    ]);
    expectInStep(db, 'a rejected return', 3);

    // Deleted, then restored.
    const current = expectOk(await callApi(ctx, 'returns.get', { id: found.id }));
    expectOk(await callApi(ctx, 'returns.delete', { id: current.id, version: current.version }));
    expectInStep(db, 'deleted', 0);
    expectOk(await callApi(ctx, 'returns.restore', { id: current.id }));
    expectInStep(db, 'restored', 3);

    // And the value on half a penny is the shared rule's 3,015,000p, not a penny out.
    const jobsRow = rowsOf(db).find((row) => row.measure_id === jobs);
    expect(jobsRow?.other_pence).toBe(valuePence(1.005, 3_000_000));
  });
});
