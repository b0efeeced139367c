// svt stats carries the portfolio's social value figures as at today: committed, delivered
// (verified, and all submitted) and the commitments by RAG rating; in JSON, and a line each in
// text.

import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run-cli';
import { addMonths, calendarDateOf } from '../../shared/calendar-date';
import { reportingPeriodOf } from '../../shared/reporting-periods';
import { createContract, createSupplier, openRecordsWorkspace } from './seed-records';
import { enterReturn } from './seed-returns';
import { callApi, captureOutput, expectOk, useTempDirs } from './temp-workspace';

const temp = useTempDirs();

async function svtStats(dataDir: string, ...flags: string[]) {
  const { written, output } = captureOutput();
  const code = await runCli(['stats', '--data-dir', dataDir, ...flags], output);
  expect(written.stderr).toEqual([]);
  return { code, stdout: written.stdout.join('\n') };
}

describe('svt stats, social value', () => {
  it('gives zeros for a new workspace', async () => {
    const { code, stdout } = await svtStats(await temp.make(), '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      committedPence: 0,
      deliveredVerifiedPence: 0,
      deliveredSubmittedPence: 0,
      rag: { green: 0, amber: 0, red: 0, grey: 0 },
    });
  });

  it('adds up a commitment and its returns, rated as at today', async () => {
    const { ctx, db, file } = await openRecordsWorkspace(temp);
    const js1 = (db.prepare("SELECT id FROM measures WHERE code = 'JS1'").get() as { id: string })
      .id;
    db.prepare('UPDATE measures SET proxy_pence = 3000000 WHERE id = ?').run(js1);
    const today = calendarDateOf();
    const startDate = addMonths(today, -12);
    const contract = await createContract(ctx, (await createSupplier(ctx)).id, {
      startDate,
      endDate: addMonths(today, 12),
    });
    expectOk(
      await callApi(ctx, 'commitments.create', {
        contractId: contract.id,
        measureId: js1,
        quantity: 4,
      }),
    );
    // The first quarter's return: 1 FTE verified and a half still to check; the later quarters
    // due by now have none, so the commitment is Grey.
    const first = reportingPeriodOf('quarterly', 4, startDate).label;
    await enterReturn(ctx, contract.id, first, [
      { measureId: js1, quantity: 1, decision: 'verified' },
    ]);
    const second = reportingPeriodOf('quarterly', 4, addMonths(startDate, 3)).label;
    await enterReturn(ctx, contract.id, second, [{ measureId: js1, quantity: 0.5 }]);
    const dataDir = dirname(file);

    const json = await svtStats(dataDir, '--json');
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({
      contracts: 1,
      committedPence: 12_000_000,
      deliveredVerifiedPence: 3_000_000,
      deliveredSubmittedPence: 4_500_000,
      rag: { green: 0, amber: 0, red: 0, grey: 1 },
    });

    const text = (await svtStats(dataDir)).stdout.split('\n');
    for (const line of [
      /^committedPence +12000000$/,
      /^deliveredVerifiedPence +3000000$/,
      /^deliveredSubmittedPence +4500000$/,
      /^ragGreen +0$/,
      /^ragGrey +1$/,
    ]) {
      expect(text).toContainEqual(expect.stringMatching(line));
    }
  });
});
