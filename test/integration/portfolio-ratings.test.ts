// The portfolio dashboard rates and adds up every commitment in SQL from figures it keeps ready
// (electron/db/portfolio-rating-sql.ts, shared/portfolio-figures.ts); each contract's own page
// rates its commitments with the shared calculations from the lines themselves. Here every
// contract is in a directorate of its own, so the dashboard filtered to it shows that contract
// alone: at dates before, inside, at the end of and after reporting periods and terms, for all
// years and for a year, and again after the council changes its year start and reporting
// frequency, the dashboard must give what the page gives.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Context } from '../../electron/api/context';
import type Database from 'better-sqlite3';
import { compareTotals } from './portfolio-totals-rules';
import { seedFramework } from './seed-framework';
import { changeProfile, createContract, createSupplier, openSharedWorkspace } from './seed-records';
import { enterReturn, type LineEntry } from './seed-returns';
import { callApi, expectOk } from './temp-workspace';

let close: () => Promise<void>;
let ctx: Context;
let db: Database.Database;
const contracts: { id: string; directorate: string }[] = [];

const dates = [
  '2024-01-01',
  '2024-06-30',
  '2025-03-31',
  '2025-05-20',
  '2025-08-01',
  '2025-09-30',
  '2025-11-14',
  '2026-04-01',
  '2027-06-30',
];

beforeAll(async () => {
  const workspace = await openSharedWorkspace();
  ({ ctx, db, close } = workspace);
  const m = seedFramework(db, [
    { code: 'Q', unit: 'FTE', proxyPence: 3_000_000 },
    { code: 'H', unit: 'hours', proxyPence: 1_500 },
    { code: 'R', unit: 'text', kind: 'record-only', proxyPence: null },
    { code: 'Z', unit: 'events', proxyPence: 0 },
  ]);
  const supplier = await createSupplier(ctx, { name: 'Soar Valley Care Ltd' });
  const contract = async (startDate: string, endDate: string) => {
    const directorate = `Directorate ${contracts.length + 1}`;
    const { id } = await createContract(ctx, supplier.id, { directorate, startDate, endDate });
    contracts.push({ id, directorate });
    return id;
  };
  const commit = async (
    contractId: string,
    measureId: string,
    quantity: number,
    yearlyTargets: { financialYear: string; quantity: number }[] = [],
  ) =>
    expectOk(
      await callApi(ctx, 'commitments.create', { contractId, measureId, quantity, yearlyTargets }),
    );
  const line = (measureId: string, quantity: number | null, decision?: LineEntry['decision']) => ({
    measureId,
    quantity,
    decision,
  });

  // Three years, pro rata and by yearly targets, with a record-only measure; returns for most
  // quarters (one rejected, one queried, one early for the quarter under way, one a draft).
  const long = await contract('2024-04-01', '2027-03-31');
  await commit(long, m.Q as string, 12);
  await commit(long, m.H as string, 1_000, [
    { financialYear: '2024/25', quantity: 300 },
    { financialYear: '2025/26', quantity: 400 },
    { financialYear: '2026/27', quantity: 300 },
  ]);
  await commit(long, m.R as string, 0);
  const quarters = ['Q1 2024/25', 'Q2 2024/25', 'Q3 2024/25', 'Q4 2024/25', 'Q1 2025/26'];
  for (const [index, period] of quarters.entries()) {
    await enterReturn(ctx, long, period, [
      line(m.Q as string, 1 + index * 0.25, index === 2 ? 'rejected' : 'verified'),
      line(m.H as string, 70 + index * 5, index === 3 ? 'queried' : 'verified'),
      line(m.R as string, null, 'verified'),
    ]);
  }
  const early = [
    line(m.Q as string, 1, 'verified'),
    line(m.H as string, 50),
    line(m.R as string, null),
  ];
  await enterReturn(ctx, long, 'Q3 2025/26', early);
  await enterReturn(ctx, long, 'Q4 2025/26', early, { draft: true });

  // A year, far behind by its second quarter.
  const behind = await contract('2025-04-01', '2026-03-31');
  await commit(behind, m.Q as string, 10);
  for (const period of ['Q1 2025/26', 'Q2 2025/26']) {
    await enterReturn(ctx, behind, period, [line(m.Q as string, 0.5, 'verified')]);
  }

  // Not started until June 2026.
  const later = await contract('2026-06-01', '2027-05-31');
  await commit(later, m.Q as string, 5);

  // Ended, a part year, its last return missing; an extra measure reported.
  const ended = await contract('2024-10-01', '2025-03-31');
  await commit(ended, m.Q as string, 2);
  await enterReturn(ctx, ended, 'Q3 2024/25', [
    line(m.Q as string, 0.5, 'verified'),
    line(m.H as string, 40, 'verified'),
  ]);

  // Starting and ending inside quarters, every return in, a £0 measure alongside.
  const inside = await contract('2024-05-15', '2025-08-20');
  await commit(inside, m.H as string, 500);
  await commit(inside, m.Z as string, 10);
  for (const period of ['Q1 2024/25', 'Q2 2024/25', 'Q3 2024/25', 'Q4 2024/25']) {
    await enterReturn(ctx, inside, period, [
      line(m.H as string, 90, 'verified'),
      line(m.Z as string, 2, 'verified'),
    ]);
  }
  await enterReturn(ctx, inside, 'Q1 2025/26', [line(m.H as string, 60), line(m.Z as string, 0)]);
  await enterReturn(ctx, inside, 'Q2 2025/26', [
    line(m.H as string, 30, 'verified'),
    line(m.Z as string, 1, 'rejected'),
  ]);
});

afterAll(() => close());

/** The contract's page and the dashboard filtered to its directorate, side by side. */
async function sideBySide(contract: (typeof contracts)[number], asOf: string, period?: string) {
  const dashboard = expectOk(
    await callApi(ctx, 'socialValue.portfolio', {
      asOf,
      directorate: contract.directorate,
      period,
    }),
  );
  const page = expectOk(
    await callApi(ctx, 'contracts.socialValue', { id: contract.id, asOf: dashboard.asOf }),
  );
  const { green, amber, red, grey } = dashboard.rag;
  // A contract outside the year asked about is not counted in it.
  const counted = dashboard.headline.contracts > 0;
  return {
    dashboard: { rag: { green, amber, red, grey }, missing: dashboard.missingReturns.total },
    page: {
      rag: counted ? page.totals.rag : { green: 0, amber: 0, red: 0, grey: 0 },
      missing: page.commitments[0]?.progress.missingPeriodLabels.length ?? 0,
    },
    amounts: {
      dashboard: [
        dashboard.headline.committedPence,
        dashboard.headline.verifiedPence,
        dashboard.headline.submittedPence,
      ],
      page: [page.totals.committedPence, page.totals.verifiedPence, page.totals.submittedPence],
    },
  };
}

/** Checks every contract at every date; gives the ratings seen. */
async function expectAgreement(): Promise<Set<string>> {
  const seen = new Set<string>();
  for (const contract of contracts) {
    for (const asOf of dates) {
      const all = await sideBySide(contract, asOf);
      for (const [rag, count] of Object.entries(all.dashboard.rag)) if (count > 0) seen.add(rag);
      expect(all.dashboard, `${contract.directorate} as at ${asOf}`).toEqual(all.page);
      expect(all.amounts.dashboard, `${contract.directorate} as at ${asOf}`).toEqual(
        all.amounts.page,
      );
      // Within a year the ratings are those at the year's end, or the date if earlier.
      const year = await sideBySide(contract, asOf, '2025/26');
      expect(year.dashboard.rag, `${contract.directorate} in 2025/26 as at ${asOf}`).toEqual(
        year.page.rag,
      );
    }
  }
  return seen;
}

describe('portfolio ratings kept ready against each contract page', () => {
  it('rate and count every commitment as its contract page does', async () => {
    // Every colour came up somewhere among them.
    expect([...(await expectAgreement())].sort()).toEqual(['amber', 'green', 'grey', 'red']);
    const { dashboard } = await sideBySide(
      contracts[0] as (typeof contracts)[number],
      '2025-11-14',
    );
    // The long contract as at 14 November 2025: Q2 2025/26 ended with no return (the one for
    // Q3 came in early), so all three of its commitments are Grey, the record-only one too.
    expect(dashboard.missing).toBe(1);
    expect(dashboard.rag).toEqual({ green: 0, amber: 0, red: 0, grey: 3 });
  });

  it('are worked out again when the council changes its year start and reporting frequency', async () => {
    await changeProfile(ctx, (input) => ({
      ...input,
      financialYearStartMonth: 1,
      reportingFrequency: 'monthly',
    }));
    const { kept, rebuilt } = compareTotals(db);
    expect(kept).toEqual(rebuilt);
    const basis = db.prepare('SELECT * FROM portfolio_basis').get();
    expect(basis).toEqual({
      id: 1,
      financial_year_start_month: 1,
      reporting_frequency: 'monthly',
    });
    const years = expectOk(await callApi(ctx, 'socialValue.portfolio', {})).years;
    expect(years).toContain('2025');
    for (const contract of contracts) {
      for (const asOf of dates) {
        const all = await sideBySide(contract, asOf);
        expect(all.dashboard, `${contract.directorate} as at ${asOf}`).toEqual(all.page);
      }
    }
  });
});
