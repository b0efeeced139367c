// "Export to Excel" of the social value lists, from the demo council: each workbook holds the
// rows its screen shows for the same query (all of them, not one window), in the same order,
// with money as £ numbers and dates as dates.

import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Context } from '../../electron/api/context';
import type { ApiInput, ApiMethod } from '../../shared/api-contract';
import { xlsxMediaType } from '../../shared/exported-file';
import { expectNoFormulaCells, loadWorkbook, sheetText } from '../fixtures/written-files';
import { openSharedWorkspace } from './seed-records';
import { callApi, expectError, expectOk } from './temp-workspace';

let shared: Awaited<ReturnType<typeof openSharedWorkspace>>;
let ctx: Context;
const asOf = '2026-11-30';

beforeAll(async () => {
  shared = await openSharedWorkspace();
  ctx = shared.ctx;
  expectOk(await callApi(ctx, 'demo.load', {}));
}, 120_000);

afterAll(async () => {
  await shared?.close();
});

async function exported<M extends ApiMethod>(
  method: M,
  input: ApiInput<M>,
): Promise<{ name: string; rows: string[][]; sheet: ExcelJS.Worksheet }> {
  const file = expectOk(await callApi(ctx, method, input)) as {
    fileName: string;
    mediaType: string;
    contentBase64: string;
  };
  expect(file.mediaType).toBe(xlsxMediaType);
  const bytes = Buffer.from(file.contentBase64, 'base64');
  await expectNoFormulaCells(bytes);
  const [sheet] = (await loadWorkbook(bytes)).worksheets;
  if (!sheet) throw new Error('no sheet');
  return { name: file.fileName, rows: sheetText(sheet), sheet };
}

describe('the returns exports', () => {
  it('holds every return the filter matches, latest period first, past one window', async () => {
    const list = expectOk(await callApi(ctx, 'returns.list', { status: [], limit: 500 }));
    expect(list.total).toBeGreaterThan(100);
    const { rows, name } = await exported('exports.returns', { status: [], limit: 1 });
    expect(name).toMatch(/^returns \d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(rows[0]?.slice(0, 4)).toEqual(['Period', 'Period start', 'Period end', 'Contract']);
    expect(rows.slice(1).map((row) => `${row[0]} ${row[3]}`)).toEqual(
      list.rows.map((r) => `${r.periodLabel} ${r.contractReference}`),
    );
  });

  it('keeps to the status chosen', async () => {
    const verified = expectOk(await callApi(ctx, 'returns.list', { status: ['verified'] }));
    const { rows } = await exported('exports.returns', { status: ['verified'] });
    expect(rows).toHaveLength((verified.total ?? 0) + 1);
    expect(new Set(rows.slice(1).map((row) => row[6]))).toEqual(new Set(['Verified']));
  });

  it('keeps to the search and sort the screen shows', async () => {
    const query = { search: 'care', sort: 'contractReference', direction: 'asc' } as const;
    const shown = expectOk(await callApi(ctx, 'returns.list', { ...query, limit: 500 }));
    expect(shown.total).toBeGreaterThan(0);
    const { rows } = await exported('exports.returns', query);
    expect(rows.slice(1).map((row) => `${row[0]} ${row[3]}`)).toEqual(
      shown.rows.map((r) => `${r.periodLabel} ${r.contractReference}`),
    );
  });

  it('holds every missing return, not only the most overdue the screen shows', async () => {
    const shown = expectOk(await callApi(ctx, 'returns.missing', { asOf, limit: 1 }));
    expect(shown.total).toBeGreaterThan(1);
    const { rows, sheet } = await exported('exports.missingReturns', { asOf });
    expect(rows).toHaveLength(shown.total + 1);
    expect(rows[1]?.[0]).toBe(shown.rows[0]?.contractReference);
    expect(sheet.getRow(2).getCell(5).type).toBe(ExcelJS.ValueType.Date);
    expect(Number(rows[1]?.[5])).toBe(shown.rows[0]?.daysOverdue);
  });
});

describe('the other social value lists', () => {
  it("exports a contract's commitments with the figures its page shows", async () => {
    const contractId = (
      shared.db
        .prepare('SELECT contract_id FROM commitments WHERE deleted_at IS NULL LIMIT 1')
        .get() as { contract_id: string }
    ).contract_id;
    const figures = expectOk(await callApi(ctx, 'contracts.socialValue', { id: contractId, asOf }));
    const { rows, sheet } = await exported('exports.commitments', { contractId, asOf });
    expect(rows.slice(1).map((row) => row[0])).toEqual(
      figures.commitments.map((row) => row.commitment.measure.code),
    );
    figures.commitments.forEach((row, index) => {
      const cells = sheet.getRow(index + 2);
      expect(Math.round((cells.getCell(6).value as number) * 100)).toBe(
        row.progress.committedPence,
      );
      expect(cells.getCell(9).value).toBe(row.progress.delivery.verifiedQuantity);
    });
  });

  it('exports the case studies, all or one contract’s', async () => {
    const all = expectOk(await callApi(ctx, 'caseStudies.list', {}));
    const { rows } = await exported('exports.caseStudies', {});
    expect(rows.slice(1).map((row) => row[0])).toEqual(all.map((study) => study.title));
    const contractId = all[0]?.contractId as string;
    const one = await exported('exports.caseStudies', { contractId });
    expect(one.rows.slice(1).every((row) => row[1] === all[0]?.contractReference)).toBe(true);
  });

  it('exports the action plans with their item counts', async () => {
    const plans = expectOk(await callApi(ctx, 'actionPlans.list', { asOf }));
    const { rows } = await exported('exports.actionPlans', { asOf });
    expect(rows.slice(1).map((row) => [row[0], Number(row[2]), Number(row[7])])).toEqual(
      plans.map((plan) => [plan.name, plan.itemCount, plan.overdueCount]),
    );
  });

  it('exports the measures of the version shown, with their proxy values in £', async () => {
    const measures = expectOk(await callApi(ctx, 'measures.inForce', { date: asOf }));
    const { rows, sheet } = await exported('exports.measures', { date: asOf });
    expect(
      rows
        .slice(1)
        .map((row) => row[2])
        .sort(),
    ).toEqual(measures.map((m) => m.code).sort());
    const first = measures.find((m) => m.code === rows[1]?.[2]);
    const proxy = sheet.getRow(2).getCell(7).value;
    expect(proxy === null ? null : Math.round((proxy as number) * 100)).toBe(first?.proxyPence);
  });

  it('says plainly when there is no framework version to export', async () => {
    const error = expectError(await callApi(ctx, 'exports.measures', { date: '1999-01-01' }));
    expect(error).toMatchObject({
      code: 'not_found',
      message: 'No version of the measures framework was in force then.',
    });
  });
});
