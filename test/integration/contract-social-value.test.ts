// contracts.socialValue against figures worked out by hand: committed £ and its share of the
// contract value, delivery verified and submitted, expected to date, RAG, extra measures,
// delivery by period, and Grey once a due return is missing.
//
// The contract: £1,000,000 from 1 April 2025 to 31 March 2027 (730 days), quarterly returns.
//   LOC1 local jobs     4 FTE      at £30,000 = £120,000 committed (12% of the value)
//   APP1 apprenticeship 104 weeks  at £250    = £26,000 (2.6%)
//   NAR1 narrative      record only            = £0
// Q1 2025/26: LOC1 1.5 verified, APP1 10 queried, NAR1 verified.
// Q2 2025/26: LOC1 0.5, APP1 16, and VOL1 (no commitment) 20 hours at £15, all verified.
// At 30 September 2025 (183 days in, the end of Q2, the last period due):
//   LOC1 expected 4 x 183/730 = 1.00274 FTE, £30,082.19; 2.0 verified (£60,000): Green.
//   APP1 expected 104 x 183/730 = 26.0712 weeks, £6,517.81; 16 verified (61.4%): Amber;
//        26 submitted (the queried 10 count as submitted): £6,500.
//   Totals: committed £146,000 (14.6%); verified £60,000 + £4,000 + £300 = £64,300;
//           submitted £60,000 + £6,500 + £300 = £66,800; expected £36,600.

import { describe, expect, it } from 'vitest';
import type { Context } from '../../electron/api/context';
import type { ReturnDetail } from '../../shared/social-value-return';
import { createContract, createSupplier, openRecordsWorkspace } from './seed-records';
import { commonMeasures, seedFramework } from './seed-framework';
import { callApi, expectOk, useTempDirs } from './temp-workspace';

const temp = useTempDirs();

type Decision = 'verified' | 'queried' | 'rejected';

async function sendReturn(
  ctx: Context,
  contractId: string,
  period: string,
  lines: { measureId: string; quantity: number | null; narrative?: string }[],
  decisions: Record<string, Decision>,
): Promise<ReturnDetail> {
  const draft = expectOk(await callApi(ctx, 'returns.create', { contractId, period }));
  const filled = expectOk(
    await callApi(ctx, 'returns.update', { id: draft.id, version: draft.version, lines }),
  );
  const sent = expectOk(
    await callApi(ctx, 'returns.submit', { id: filled.id, version: filled.version }),
  );
  return expectOk(
    await callApi(ctx, 'returns.verify', {
      id: sent.id,
      version: sent.version,
      verifier: 'Aisha Khan',
      lines: sent.lines.map((line) => {
        const verification = decisions[line.measure.code] ?? 'verified';
        return {
          lineId: line.id,
          verification,
          note: verification === 'verified' ? null : 'Send the evidence',
        };
      }),
    }),
  );
}

async function setUp() {
  const { ctx, db } = await openRecordsWorkspace(temp);
  const m = seedFramework(db, commonMeasures) as Record<'LOC1' | 'APP1' | 'NAR1' | 'VOL1', string>;
  const supplier = await createSupplier(ctx);
  const contract = await createContract(ctx, supplier.id, {
    valuePence: 100_000_000,
    startDate: '2025-04-01',
    endDate: '2027-03-31',
  });
  for (const [measureId, quantity] of [
    [m.LOC1, 4],
    [m.APP1, 104],
    [m.NAR1, null],
  ] as const) {
    expectOk(
      await callApi(ctx, 'commitments.create', { contractId: contract.id, measureId, quantity }),
    );
  }
  const value = async (asOf: string) =>
    expectOk(await callApi(ctx, 'contracts.socialValue', { id: contract.id, asOf }));
  return { ctx, m, contract, value };
}

async function withTwoQuarters() {
  const setup = await setUp();
  const { ctx, m, contract } = setup;
  await sendReturn(
    ctx,
    contract.id,
    'Q1 2025/26',
    [
      { measureId: m.LOC1, quantity: 1.5 },
      { measureId: m.APP1, quantity: 10 },
      { measureId: m.NAR1, quantity: null, narrative: 'Careers talk at two schools' },
    ],
    { APP1: 'queried' },
  );
  await sendReturn(
    ctx,
    contract.id,
    'Q2 2025/26',
    [
      { measureId: m.LOC1, quantity: 0.5 },
      { measureId: m.APP1, quantity: 16 },
      { measureId: m.VOL1, quantity: 20 },
    ],
    {},
  );
  return setup;
}

describe("a contract's social value", () => {
  it('matches the hand-worked figures at the end of Q2', async () => {
    const { value } = await withTwoQuarters();
    const figures = await value('2025-09-30');
    const rows = Object.fromEntries(
      figures.commitments.map((row) => [row.commitment.measure.code, row]),
    );
    expect(rows.LOC1?.progress).toMatchObject({
      committedPence: 12_000_000,
      expectedTo: '2025-09-30',
      delivery: {
        verifiedQuantity: 2,
        submittedQuantity: 2,
        verifiedPence: 6_000_000,
        submittedPence: 6_000_000,
      },
      missingPeriodLabels: [],
      rag: 'green',
    });
    expect(rows.LOC1?.progress.expectedQuantity).toBeCloseTo((4 * 183) / 730, 10);
    expect(rows.LOC1?.expectedPence).toBe(3_008_219);
    expect(rows.LOC1?.shareOfContractValue).toBeCloseTo(12, 10);

    expect(rows.APP1?.progress).toMatchObject({
      committedPence: 2_600_000,
      delivery: {
        verifiedQuantity: 16,
        submittedQuantity: 26,
        verifiedPence: 400_000,
        submittedPence: 650_000,
      },
      rag: 'amber',
    });
    expect(rows.APP1?.expectedPence).toBe(651_781);
    expect(rows.APP1?.progress.percentOfExpected).toBeCloseTo((16 / ((104 * 183) / 730)) * 100, 8);

    expect(rows.NAR1?.progress).toMatchObject({ committedPence: 0, rag: null });

    expect(figures.extras).toEqual([
      {
        measure: expect.objectContaining({ code: 'VOL1' }),
        verifiedQuantity: 20,
        submittedQuantity: 20,
        verifiedPence: 30_000,
        submittedPence: 30_000,
      },
    ]);
    expect(figures.totals).toMatchObject({
      committedPence: 14_600_000,
      verifiedPence: 6_430_000,
      submittedPence: 6_680_000,
      expectedPence: 3_660_000,
      rag: { green: 1, amber: 1, red: 0, grey: 0 },
    });
    expect(figures.totals.shareOfContractValue).toBeCloseTo(14.6, 10);

    expect(figures.periods).toHaveLength(8);
    expect(figures.periods.slice(0, 3)).toEqual([
      {
        label: 'Q1 2025/26',
        start: '2025-04-01',
        end: '2025-06-30',
        // 91 of 730 days of £146,000.
        expectedPence: 1_820_000,
        verifiedPence: 4_500_000,
        submittedPence: 4_750_000,
        returnStatus: 'queried',
      },
      {
        label: 'Q2 2025/26',
        start: '2025-07-01',
        end: '2025-09-30',
        expectedPence: 1_840_000,
        verifiedPence: 1_930_000,
        submittedPence: 1_930_000,
        returnStatus: 'verified',
      },
      {
        label: 'Q3 2025/26',
        start: '2025-10-01',
        end: '2025-12-31',
        expectedPence: 1_840_000,
        verifiedPence: 0,
        submittedPence: 0,
        returnStatus: null,
      },
    ]);
    expect(figures.returns.map((r) => [r.periodLabel, r.status])).toEqual([
      ['Q2 2025/26', 'verified'],
      ['Q1 2025/26', 'queried'],
    ]);
    expect(figures.periodsWithoutReturn).toEqual([]);
  });

  it('turns Grey once a due return is missing, and offers the periods begun without one', async () => {
    const { value } = await withTwoQuarters();
    const figures = await value('2026-01-10');
    expect(figures.commitments.map((row) => row.progress.rag)).toEqual(['grey', 'grey', 'grey']);
    expect(figures.commitments[0]?.progress.missingPeriodLabels).toEqual(['Q3 2025/26']);
    expect(figures.totals.rag).toEqual({ green: 0, amber: 0, red: 0, grey: 3 });
    expect(figures.periods[2]?.returnStatus).toBe('missing');
    expect(figures.periodsWithoutReturn.map((p) => p.label)).toEqual(['Q3 2025/26', 'Q4 2025/26']);
  });

  it('before the start: nothing expected, nothing due, Green', async () => {
    const { value } = await setUp();
    const figures = await value('2025-03-01');
    expect(
      figures.commitments.map((row) => [row.progress.expectedQuantity, row.progress.rag]),
    ).toEqual([
      [0, 'green'],
      [0, 'green'],
      [0, null],
    ]);
    expect(figures.totals).toMatchObject({ verifiedPence: 0, expectedPence: 0 });
    expect(figures.periodsWithoutReturn).toEqual([]);
  });

  it('sending a verified return back to draft takes its delivery out', async () => {
    const { ctx, value, contract } = await withTwoQuarters();
    const [latest] = expectOk(
      await callApi(ctx, 'returns.list', { contractId: contract.id, period: 'Q2 2025/26' }),
    ).rows;
    expectOk(
      await callApi(ctx, 'returns.reopen', {
        id: latest?.id as string,
        version: latest?.version as number,
      }),
    );
    const figures = await value('2025-09-30');
    // Q1 alone: LOC1 1.5 verified (£45,000), APP1 10 submitted (£2,500).
    expect(figures.totals).toMatchObject({ verifiedPence: 4_500_000, submittedPence: 4_750_000 });
    // Q2's return is a draft again, so it is missing: Grey.
    expect(figures.totals.rag.grey).toBe(3);
  });
});
