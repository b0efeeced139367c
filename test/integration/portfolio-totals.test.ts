// The portfolio's running totals (electron/db/portfolio-totals.ts) through a sequence of writes
// an officer makes, on a real workspace: after each one they equal the totals worked out again
// from scratch, line_delivery equals what the shared rules count, and the dashboard's figures
// equal what the contracts' own pages (which read the lines themselves) add up to.

import { describe, expect, it } from 'vitest';
import type { Context } from '../../electron/api/context';
import type Database from 'better-sqlite3';
import { fillReturnTemplate } from '../fixtures/return-files';
import { dashboardAgainstPages } from './dashboard-against-pages';
import { compare } from './line-delivery-rules';
import { refreshPortfolioContract } from '../../electron/db/portfolio-totals';
import { compareTotals } from './portfolio-totals-rules';
import { commonMeasures, seedFramework } from './seed-framework';
import {
  contractInput,
  createContract,
  createSupplier,
  openRecordsWorkspace,
} from './seed-records';
import { enterReturn } from './seed-returns';
import { callApi, expectOk, useTempDirs } from './temp-workspace';

const temp = useTempDirs();
const asOf = '2026-11-30';

async function setUp() {
  const { ctx, db } = await openRecordsWorkspace(temp);
  const measures = seedFramework(db, commonMeasures);
  const supplier = await createSupplier(ctx, { name: 'Soar Valley Care Ltd' });
  const terms = { startDate: '2025-04-01', endDate: '2027-03-31', valuePence: 100_000_000 };
  const first = await createContract(ctx, supplier.id, { reference: 'C-SV-001', ...terms });
  const second = await createContract(ctx, supplier.id, { reference: 'C-SV-002', ...terms });
  return { ctx, db, measures, supplier, first, second, terms };
}

/** Everything kept for the dashboard, against the same worked out from scratch and the pages. */
async function expectTotalsRight(ctx: Context, db: Database.Database, contracts: string[]) {
  const { kept, rebuilt } = compareTotals(db);
  expect(kept).toEqual(rebuilt);
  const lines = compare(db);
  expect(lines.kept).toEqual(lines.byRules);
  const { dashboard, shown, fromPages } = await dashboardAgainstPages(ctx, contracts, asOf);
  expect(shown).toEqual(fromPages);
  // Every line is for a period of 2025/26, so the year, which adds up its own lines commitment by
  // commitment, holds all the delivery the running totals hold, in each theme and contract.
  const year = expectOk(await callApi(ctx, 'socialValue.portfolio', { asOf, period: '2025/26' }));
  const delivered = (figures: typeof dashboard) => ({
    verified: figures.headline.verifiedPence,
    submitted: figures.headline.submittedPence,
    byTheme: figures.byTheme.map(({ label, verifiedPence, submittedPence }) => ({
      label,
      verifiedPence,
      submittedPence,
    })),
    byContract: figures.topContracts.map(({ reference, verifiedPence, submittedPence }) => ({
      reference,
      verifiedPence,
      submittedPence,
    })),
  });
  expect(delivered(year)).toEqual(delivered(dashboard));
  return { kept, dashboard };
}

describe('portfolio running totals', () => {
  it('stay equal to a recomputation from scratch through every kind of write', async () => {
    const { ctx, db, measures, supplier, first, second, terms } = await setUp();
    const contracts = [first.id, second.id];
    const loc1 = measures.LOC1 as string;
    const app1 = measures.APP1 as string;
    const nar1 = measures.NAR1 as string;
    const vol1 = measures.VOL1 as string;
    const check = (live = contracts) => expectTotalsRight(ctx, db, live);

    // Commitments made.
    for (const [contractId, measureId, quantity] of [
      [first.id, loc1, 4],
      [first.id, app1, 104],
      [first.id, nar1, 0],
      [second.id, loc1, 2],
    ] as const) {
      expectOk(await callApi(ctx, 'commitments.create', { contractId, measureId, quantity }));
    }
    let { kept } = await check();
    expect(kept.portfolio_contracts).toHaveLength(2);
    expect(kept.portfolio_commitments).toHaveLength(4);

    // Submitted, verified, queried, waiting; an extra measure; a draft; a whole return rejected.
    const q1 = await enterReturn(ctx, first.id, 'Q1 2025/26', [
      { measureId: loc1, quantity: 1.5, decision: 'verified' },
      { measureId: app1, quantity: 12, decision: 'queried' },
      { measureId: nar1, quantity: null, narrative: 'Careers talks' },
      { measureId: vol1, quantity: 40, decision: 'verified' },
    ]);
    await enterReturn(ctx, first.id, 'Q2 2025/26', [
      { measureId: loc1, quantity: 0.5 },
      { measureId: app1, quantity: 0 },
      { measureId: nar1, quantity: null, narrative: 'None this quarter' },
    ]);
    await enterReturn(ctx, first.id, 'Q3 2025/26', [{ measureId: loc1, quantity: 9 }], {
      draft: true,
    });
    await enterReturn(ctx, second.id, 'Q1 2025/26', [
      { measureId: loc1, quantity: 3, decision: 'rejected' },
    ]);
    const q2 = await enterReturn(ctx, second.id, 'Q2 2025/26', [
      { measureId: loc1, quantity: 1.25, decision: 'verified' },
    ]);
    let dashboard;
    ({ kept, dashboard } = await check());
    expect(dashboard.headline.verifiedPence).toBe(4_500_000 + 60_000 + 3_750_000);
    expect(kept.portfolio_commitments).toHaveLength(5);

    // A line edited: the return back to draft, changed and sent again.
    const reopened = expectOk(
      await callApi(ctx, 'returns.reopen', { id: q1.id, version: q1.version, reason: 'Typo' }),
    );
    const edited = expectOk(
      await callApi(ctx, 'returns.update', {
        id: reopened.id,
        version: reopened.version,
        lines: reopened.lines.map((line) => ({
          measureId: line.measure.id,
          quantity: line.measure.id === loc1 ? 2 : line.quantity,
          narrative: line.narrative,
        })),
      }),
    );
    expectOk(await callApi(ctx, 'returns.submit', { id: edited.id, version: edited.version }));
    await check();

    // A return deleted and restored.
    const current = expectOk(await callApi(ctx, 'returns.get', { id: q2.id }));
    expectOk(await callApi(ctx, 'returns.delete', { id: current.id, version: current.version }));
    ({ dashboard } = await check());
    expect(dashboard.headline.verifiedPence).toBe(0);
    expectOk(await callApi(ctx, 'returns.restore', { id: q2.id }));
    ({ dashboard } = await check());
    expect(dashboard.headline.verifiedPence).toBe(3_750_000);

    // A return imported, then the import undone.
    const template = expectOk(
      await callApi(ctx, 'returnTemplates.download', {
        contractId: first.id,
        period: 'Q4 2025/26',
      }),
    );
    const filled = await fillReturnTemplate(Buffer.from(template.contentBase64, 'base64'), {
      LOC1: { delivered: 1 },
      APP1: { delivered: 20 },
      NAR1: { narrative: 'Open day' },
    });
    const file = { fileName: 'C-SV-001 return.xlsx', contentBase64: filled.toString('base64') };
    expectOk(await callApi(ctx, 'returnImports.confirm', file));
    ({ kept } = await check());
    const imported = kept.delivery_by_period as { id: string }[];
    expect(imported.map((row) => row.id)).toContain('2026-01-01');
    const [entry] = expectOk(await callApi(ctx, 'imports.list', {}));
    expectOk(
      await callApi(ctx, 'imports.undo', {
        id: entry?.id as string,
        version: entry?.version as number,
      }),
    );
    ({ kept } = await check());
    const undone = kept.delivery_by_period as { id: string }[];
    expect(undone.map((row) => row.id)).not.toContain('2026-01-01');

    // A commitment made on the extra measure (its lines now count for it), then deleted.
    const volunteering = expectOk(
      await callApi(ctx, 'commitments.create', {
        contractId: first.id,
        measureId: vol1,
        quantity: 100,
      }),
    );
    ({ kept } = await check());
    expect(kept.portfolio_commitments).toContainEqual(
      expect.objectContaining({ commitment_id: volunteering.id, submitted_quantity: 40 }),
    );
    expectOk(
      await callApi(ctx, 'commitments.delete', {
        id: volunteering.id,
        version: volunteering.version,
      }),
    );
    ({ kept } = await check());
    expect(kept.portfolio_commitments).toContainEqual(
      expect.objectContaining({ commitment_id: null, measure_id: vol1, submitted_quantity: 40 }),
    );

    // The contract moved to another directorate, deleted and restored.
    const moved = expectOk(
      await callApi(ctx, 'contracts.update', {
        id: second.id,
        version: second.version,
        fields: {
          ...contractInput(supplier.id, { reference: 'C-SV-002', ...terms }),
          directorate: 'Place',
        },
      }),
    );
    ({ kept } = await check());
    expect(kept.portfolio_contracts).toContainEqual(
      expect.objectContaining({ id: second.id, directorate: 'Place' }),
    );
    expectOk(await callApi(ctx, 'contracts.delete', { id: moved.id, version: moved.version }));
    ({ kept } = await check([first.id]));
    expect(kept.portfolio_contracts).toHaveLength(1);
    expectOk(await callApi(ctx, 'contracts.restore', { id: second.id }));
    ({ kept } = await check());
    expect(kept.portfolio_contracts).toHaveLength(2);
  });

  it('leave a deleted contract out whatever row the connection wrote last', async () => {
    const { ctx, db, measures, first, second } = await setUp();
    for (const contractId of [first.id, second.id]) {
      const measureId = measures.LOC1 as string;
      expectOk(await callApi(ctx, 'commitments.create', { contractId, measureId, quantity: 2 }));
    }
    const firstKey = db
      .prepare('SELECT key FROM portfolio_contracts WHERE id = ?')
      .pluck()
      .get(first.id) as number;
    // The second contract deleted, and the last row the connection wrote before its refresh
    // has the first contract's key for its rowid: the refresh must not take it for its own.
    db.prepare('UPDATE contracts SET deleted_at = ? WHERE id = ?').run(asOf, second.id);
    db.exec('CREATE TEMP TABLE last_write (x)');
    db.prepare('INSERT INTO last_write (rowid, x) VALUES (?, 1)').run(firstKey);
    refreshPortfolioContract(db, second.id);
    const { kept, rebuilt } = compareTotals(db);
    expect(kept.portfolio_contracts).toHaveLength(1);
    expect(kept).toEqual(rebuilt);
  });
});
