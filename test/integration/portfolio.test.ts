// socialValue.portfolio on a small workspace built through the API, against figures worked out
// by hand. The council: April years, quarterly returns, RAG bands 90% and 60%. Proxy values set
// on the starter measures before the commitments: JS1 £30,000 per FTE, CV1 £15 an hour, LE1 £1
// per £1 (money), FW2 a record-only narrative. As at 30 September 2025 unless said.
//
// A  Adults and Health, £1,000,000, 1 Apr 2025 to 31 Mar 2027 (730 days); supplier local, small.
//    JS1 4 FTE = £120,000; FW2 narrative = £0.
//    Q1 2025/26: JS1 1.5 verified, FW2 verified, CV1 20 hours (no commitment) verified = £300.
//    Q2 2025/26: JS1 0.5 submitted, not yet checked.
//    Expected 4 x 183/730 = 1.0027 FTE; 1.5 verified: Green. FW2: not rated.
//    Verified £45,000 + £300; submitted £60,000 + £300.
// B  Environment and Transport, £500,000, 1 Apr 2024 to 31 Mar 2026; supplier large, VCSE.
//    CV1 1,000 hours = £15,000, targets 2024/25 400 and 2025/26 600.
//    Q1 and Q2 2024/25 100 verified each; Q3 100 rejected; Q4 none; Q1 2025/26 150 verified;
//    Q2 2025/26 a draft of 150. Q4 2024/25 and Q2 2025/26 missing: Grey.
//    Verified = submitted = 350 hours = £5,250.
// C  Adults and Health, £300,000, 1 Oct 2024 to 31 Mar 2025 (ended); supplier as A.
//    JS1 1 FTE = £30,000. Q3 2024/25 0.25 verified; Q4 0.25 queried.
//    All expected (1 FTE), 0.25 verified: Red. Verified £7,500; submitted £15,000.
// D  Environment and Transport, £200,000, 1 Jan 2026 to 31 Dec 2026 (not started); supplier as B.
//    LE1 £50,000 = £50,000. Nothing due: Green.
// E  Corporate Resources, £100,000, 2025, no commitments; supplier local, micro, VCSE.
// All years: committed £215,000; verified £58,050; submitted £80,550; Green 2, Red 1, Grey 1,
// not rated 1.

import { beforeAll, describe, expect, it } from 'vitest';
import type { Context } from '../../electron/api/context';
import type { PortfolioQuery } from '../../shared/portfolio';
import { createContract, createSupplier, openSharedWorkspace } from './seed-records';
import { enterReturn } from './seed-returns';
import { callApi, expectError, expectOk } from './temp-workspace';

const asOf = '2025-09-30';
const pounds = (amount: number) => Math.round(amount * 100);
let ctx: Context;
let ids: Record<'A' | 'B' | 'C' | 'D' | 'E', string>;
let measure: Record<'JS1' | 'CV1' | 'LE1' | 'FW2', string>;

async function build() {
  const workspace = await openSharedWorkspace();
  ctx = workspace.ctx;
  const { db } = workspace;
  const measureId = (code: string) =>
    (db.prepare('SELECT id FROM measures WHERE code = ?').get(code) as { id: string }).id;
  measure = {
    JS1: measureId('JS1'),
    CV1: measureId('CV1'),
    LE1: measureId('LE1'),
    FW2: measureId('FW2'),
  };
  db.prepare('UPDATE measures SET proxy_pence = ? WHERE id = ?').run(3_000_000, measure.JS1);
  db.prepare('UPDATE measures SET proxy_pence = ? WHERE id = ?').run(1_500, measure.CV1);

  const localSme = await createSupplier(ctx, {
    name: 'Soar Valley Care Ltd',
    localOverride: 'local',
    size: 'small',
  });
  const largeVcse = await createSupplier(ctx, {
    name: 'Green Routes Trust',
    localOverride: 'not-local',
    size: 'large',
    vcse: true,
    vcseType: 'charity',
  });
  const localMicroVcse = await createSupplier(ctx, {
    name: 'Beacon Community CIC',
    localOverride: 'local',
    size: 'micro',
    vcse: true,
    vcseType: 'community-interest-company',
  });
  const contract = async (
    supplierId: string,
    directorate: string,
    pence: number,
    startDate: string,
    endDate: string,
  ) =>
    (await createContract(ctx, supplierId, { directorate, valuePence: pence, startDate, endDate }))
      .id;
  ids = {
    A: await contract(
      localSme.id,
      'Adults and Health',
      pounds(1_000_000),
      '2025-04-01',
      '2027-03-31',
    ),
    B: await contract(
      largeVcse.id,
      'Environment and Transport',
      pounds(500_000),
      '2024-04-01',
      '2026-03-31',
    ),
    C: await contract(
      localSme.id,
      'Adults and Health',
      pounds(300_000),
      '2024-10-01',
      '2025-03-31',
    ),
    D: await contract(
      largeVcse.id,
      'Environment and Transport',
      pounds(200_000),
      '2026-01-01',
      '2026-12-31',
    ),
    E: await contract(
      localMicroVcse.id,
      'Corporate Resources',
      pounds(100_000),
      '2025-01-01',
      '2025-12-31',
    ),
  };
  const commit = async (
    contractId: string,
    measureId: string,
    quantity: number | null,
    yearlyTargets = [] as { financialYear: string; quantity: number }[],
  ) =>
    expectOk(
      await callApi(ctx, 'commitments.create', { contractId, measureId, quantity, yearlyTargets }),
    );
  await commit(ids.A, measure.JS1, 4);
  await commit(ids.A, measure.FW2, null);
  await commit(ids.B, measure.CV1, 1_000, [
    { financialYear: '2024/25', quantity: 400 },
    { financialYear: '2025/26', quantity: 600 },
  ]);
  await commit(ids.C, measure.JS1, 1);
  await commit(ids.D, measure.LE1, 50_000);

  await enterReturn(ctx, ids.A, 'Q1 2025/26', [
    { measureId: measure.JS1, quantity: 1.5, decision: 'verified' },
    {
      measureId: measure.FW2,
      quantity: null,
      narrative: 'Wellbeing sessions',
      decision: 'verified',
    },
    { measureId: measure.CV1, quantity: 20, decision: 'verified' },
  ]);
  await enterReturn(ctx, ids.A, 'Q2 2025/26', [
    { measureId: measure.JS1, quantity: 0.5 },
    { measureId: measure.FW2, quantity: null },
  ]);
  const cv1 = (quantity: number, decision?: 'verified' | 'rejected') => [
    { measureId: measure.CV1, quantity, decision },
  ];
  await enterReturn(ctx, ids.B, 'Q1 2024/25', cv1(100, 'verified'));
  await enterReturn(ctx, ids.B, 'Q2 2024/25', cv1(100, 'verified'));
  await enterReturn(ctx, ids.B, 'Q3 2024/25', cv1(100, 'rejected'));
  await enterReturn(ctx, ids.B, 'Q1 2025/26', cv1(150, 'verified'));
  await enterReturn(ctx, ids.B, 'Q2 2025/26', cv1(150), { draft: true });
  await enterReturn(ctx, ids.C, 'Q3 2024/25', [
    { measureId: measure.JS1, quantity: 0.25, decision: 'verified' },
  ]);
  await enterReturn(ctx, ids.C, 'Q4 2024/25', [
    { measureId: measure.JS1, quantity: 0.25, decision: 'queried' },
  ]);
  return workspace;
}

beforeAll(async () => {
  const workspace = await build();
  return () => workspace.close();
});

const figures = async (query: PortfolioQuery = {}) =>
  expectOk(await callApi(ctx, 'socialValue.portfolio', { asOf, ...query }));

describe('socialValue.portfolio, all years', () => {
  it('adds up committed, verified and submitted £ with the RAG counts', async () => {
    const portfolio = await figures();
    expect(portfolio.asOf).toBe(asOf);
    expect(portfolio.period).toEqual({ label: 'All years', year: null, start: null, end: null });
    expect(portfolio.headline).toEqual({
      contracts: 4,
      commitments: 5,
      committedPence: pounds(215_000),
      verifiedPence: pounds(58_050),
      submittedPence: pounds(80_550),
      verifiedPercent: (58_050 * 100) / 215_000,
    });
    expect(portfolio.rag).toEqual({ green: 2, amber: 0, red: 1, grey: 1, notRated: 1 });
  });

  it('splits them by theme, counting the extra measure under its own theme', async () => {
    const { byTheme } = await figures();
    expect(byTheme).toEqual([
      {
        label: 'Jobs and skills',
        committedPence: pounds(150_000),
        verifiedPence: pounds(52_500),
        submittedPence: pounds(75_000),
      },
      {
        label: 'Local economy and supply chain',
        committedPence: pounds(50_000),
        verifiedPence: 0,
        submittedPence: 0,
      },
      {
        label: 'Communities and volunteering',
        committedPence: pounds(15_000),
        verifiedPence: pounds(5_550),
        submittedPence: pounds(5_550),
      },
      { label: 'Fair work', committedPence: 0, verifiedPence: 0, submittedPence: 0 },
    ]);
  });

  it('splits them by financial year: committed pro rata or by target, delivered by period', async () => {
    const { timeUnit, byTime } = await figures();
    expect(timeUnit).toBe('year');
    expect(byTime.map((row) => row.label)).toEqual(['2024/25', '2025/26', '2026/27']);
    // 2024/25: B's target 400 hours (£6,000) and all of C (£30,000). 2025/26: half of A's 730
    // days (£60,000), B's 600 hours (£9,000), D's 90 of 365 days (£12,328.77). 2026/27: the rest.
    expect(byTime.map((row) => row.committedPence)).toEqual([
      pounds(36_000),
      pounds(60_000) + pounds(9_000) + 1_232_877,
      pounds(60_000) + pounds(50_000) - 1_232_877,
    ]);
    expect(byTime.map((row) => row.verifiedPence)).toEqual([pounds(10_500), pounds(47_550), 0]);
    expect(byTime.map((row) => row.submittedPence)).toEqual([pounds(18_000), pounds(62_550), 0]);
    expect(byTime.reduce((sum, row) => sum + row.committedPence, 0)).toBe(pounds(215_000));
  });

  it('lists the top contracts by committed £ with their delivery and ratings', async () => {
    const { topContracts } = await figures();
    expect(
      topContracts.map((row) => [
        row.contractId,
        row.committedPence,
        row.verifiedPence,
        row.submittedPence,
      ]),
    ).toEqual([
      [ids.A, pounds(120_000), pounds(45_300), pounds(60_300)],
      [ids.D, pounds(50_000), 0, 0],
      [ids.C, pounds(30_000), pounds(7_500), pounds(15_000)],
      [ids.B, pounds(15_000), pounds(5_250), pounds(5_250)],
    ]);
    expect(topContracts[0]).toMatchObject({
      supplierName: 'Soar Valley Care Ltd',
      directorate: 'Adults and Health',
      rag: { green: 1, amber: 0, red: 0, grey: 0, notRated: 1 },
    });
    expect(topContracts[3]?.rag).toEqual({ green: 0, amber: 0, red: 0, grey: 1, notRated: 0 });
  });

  it('lists the missing returns, most overdue first, with the draft started for one', async () => {
    const { missingReturns } = await figures();
    expect(missingReturns.total).toBe(2);
    expect(
      missingReturns.rows.map((row) => [
        row.contractId,
        row.periodLabel,
        row.daysOverdue,
        row.draftReturnId !== null,
      ]),
    ).toEqual([
      [ids.B, 'Q4 2024/25', 183, false],
      [ids.B, 'Q2 2025/26', 0, true],
    ]);
  });

  it('gives the local, SME and VCSE share of the value of every live contract', async () => {
    const { supplierShares } = await figures();
    expect(supplierShares).toEqual({
      contracts: 5,
      totalPence: pounds(2_100_000),
      localPence: pounds(1_400_000),
      smePence: pounds(1_400_000),
      vcsePence: pounds(800_000),
      localPercent: (1_400_000 * 100) / 2_100_000,
      smePercent: (1_400_000 * 100) / 2_100_000,
      vcsePercent: (800_000 * 100) / 2_100_000,
    });
  });

  it('offers the years the contracts with commitments run in, the latest first', async () => {
    expect((await figures()).years).toEqual(['2026/27', '2025/26', '2024/25']);
  });
});

describe('socialValue.portfolio, one financial year', () => {
  it('counts the part of each commitment due in the year and the returns for its periods', async () => {
    const portfolio = await figures({ period: '2025/26' });
    expect(portfolio.period).toEqual({
      label: '2025/26',
      year: '2025/26',
      start: '2025-04-01',
      end: '2026-03-31',
    });
    expect(portfolio.asOf).toBe(asOf);
    expect(portfolio.headline).toMatchObject({
      contracts: 3,
      commitments: 4,
      committedPence: pounds(69_000) + 1_232_877,
      verifiedPence: pounds(47_550),
      submittedPence: pounds(62_550),
    });
    expect(portfolio.rag).toEqual({ green: 2, amber: 0, red: 0, grey: 1, notRated: 1 });
    expect(portfolio.missingReturns.rows.map((row) => row.periodLabel)).toEqual(['Q2 2025/26']);
    expect(portfolio.supplierShares).toMatchObject({
      contracts: 4,
      totalPence: pounds(1_800_000),
      localPence: pounds(1_100_000),
      vcsePence: pounds(800_000),
    });
  });

  it('splits the year by quarter, the quarters adding up to the year', async () => {
    const { timeUnit, byTime, headline } = await figures({ period: '2025/26' });
    expect(timeUnit).toBe('period');
    expect(byTime.map((row) => row.label)).toEqual([
      'Q1 2025/26',
      'Q2 2025/26',
      'Q3 2025/26',
      'Q4 2025/26',
    ]);
    // Q1: A 4 x 91/730 FTE = £14,958.90; B (400 + 600 x 91/365) - 400 hours = £2,243.84.
    expect(byTime[0]?.committedPence).toBe(1_495_890 + 224_384);
    expect(byTime.reduce((sum, row) => sum + row.committedPence, 0)).toBe(headline.committedPence);
    expect(byTime.map((row) => [row.verifiedPence, row.submittedPence])).toEqual([
      [pounds(47_550), pounds(47_550)],
      [0, pounds(15_000)],
      [0, 0],
      [0, 0],
    ]);
  });

  it('shows a past year as it stood at its end: ratings, delivery and missing returns', async () => {
    const portfolio = await figures({ period: '2024-25' });
    expect(portfolio.asOf).toBe('2025-03-31');
    expect(portfolio.asked).toBe(asOf);
    expect(portfolio.headline).toMatchObject({
      contracts: 2,
      committedPence: pounds(36_000),
      verifiedPence: pounds(10_500),
      submittedPence: pounds(18_000),
    });
    expect(portfolio.rag).toEqual({ green: 0, amber: 0, red: 1, grey: 1, notRated: 0 });
    expect(portfolio.missingReturns.rows.map((row) => [row.periodLabel, row.daysOverdue])).toEqual([
      ['Q4 2024/25', 183],
    ]);
  });

  it('refuses a period that is not a financial year, naming the field', async () => {
    const error = expectError(await callApi(ctx, 'socialValue.portfolio', { period: '2025/27' }));
    expect(error.code).toBe('invalid_input');
    expect(error.details?.issues).toEqual([
      { path: ['period'], message: expect.stringContaining('2025/26') },
    ]);
  });
});

describe('socialValue.portfolio, one directorate', () => {
  it("counts only that directorate's contracts, whatever the case it is written in", async () => {
    const portfolio = await figures({ directorate: 'adults and health' });
    expect(portfolio.headline).toMatchObject({
      contracts: 2,
      committedPence: pounds(150_000),
      verifiedPence: pounds(52_800),
      submittedPence: pounds(75_300),
    });
    expect(portfolio.rag).toEqual({ green: 1, amber: 0, red: 1, grey: 0, notRated: 1 });
    expect(portfolio.missingReturns.total).toBe(0);
    expect(portfolio.topContracts.map((row) => row.contractId)).toEqual([ids.A, ids.C]);
  });

  it('shows nothing over time for a directorate with no commitments, but still its share', async () => {
    const portfolio = await figures({ directorate: 'Corporate Resources' });
    expect(portfolio.headline).toEqual({
      contracts: 0,
      commitments: 0,
      committedPence: 0,
      verifiedPence: 0,
      submittedPence: 0,
      verifiedPercent: null,
    });
    expect(portfolio.byTime).toEqual([]);
    expect(portfolio.byTheme).toEqual([]);
    expect(portfolio.supplierShares).toMatchObject({ contracts: 1, vcsePercent: 100 });
  });

  it('combines with a year', async () => {
    const portfolio = await figures({
      directorate: 'Environment and Transport',
      period: '2025/26',
    });
    expect(portfolio.headline).toMatchObject({
      contracts: 2,
      committedPence: pounds(9_000) + 1_232_877,
      verifiedPence: pounds(2_250),
    });
  });
});

describe('the same figures elsewhere', () => {
  it('svt stats and workspace.stats give the all-years totals as at today', async () => {
    const stats = expectOk(await callApi(ctx, 'workspace.stats', {}));
    const today = await figures({ asOf: undefined });
    expect(stats).toMatchObject({
      committedPence: today.headline.committedPence,
      deliveredVerifiedPence: today.headline.verifiedPence,
      deliveredSubmittedPence: today.headline.submittedPence,
      rag: {
        green: today.rag.green,
        amber: today.rag.amber,
        red: today.rag.red,
        grey: today.rag.grey,
      },
    });
  });

  it("agrees with each contract's own social value page", async () => {
    for (const id of Object.values(ids)) {
      const page = expectOk(await callApi(ctx, 'contracts.socialValue', { id, asOf }));
      const row = (await figures()).topContracts.find((top) => top.contractId === id);
      expect([row?.committedPence ?? 0, row?.verifiedPence ?? 0, row?.submittedPence ?? 0]).toEqual(
        [page.totals.committedPence, page.totals.verifiedPence, page.totals.submittedPence],
      );
    }
  });
});
