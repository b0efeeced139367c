// The demo workspace's social value, loaded through the real migrations and repositories: the
// council's proxy values, commitments on most contracts, returns in every status with Green,
// Amber, Red and Grey ratings among the commitments, two action plans (one with overdue items),
// case studies with and without consent and with readable pictures; the same data for the same
// seed and day; every record in the audit trail.

import { inflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoData } from '../../electron/demo/demo-data';
import { demoProxyPence, reviewedProxyPence } from '../../electron/demo/demo-measures';
import { loadDemo } from '../../electron/demo/load-demo';
import { actionItemFieldsSchema, actionUpdateFieldsSchema } from '../../shared/action-plan';
import { caseStudyFieldsSchema } from '../../shared/case-study';
import { commitmentFieldsSchema } from '../../shared/commitment';
import { returnStatuses, type RagRating } from '../../shared/social-value';
import { returnLineInputSchema } from '../../shared/social-value-return';
import { openRecordsWorkspace, openSharedWorkspace, type RecordsWorkspace } from './seed-records';
import { callApi, countRows, expectOk, useTempDirs } from './temp-workspace';

const temp = useTempDirs();
const today = '2026-05-10';
const someId = '00000000-0000-4000-8000-000000000001';

type Row = Record<string, string | number | null>;
const rows = (db: RecordsWorkspace['db'], sql: string, ...params: unknown[]) =>
  db.prepare(sql).all(...params) as Row[];

describe('the demo social value, as generated', () => {
  const plan = generateDemoData({ today }).socialValue;

  it('is made for the standard workspace only, the same for the same seed and day', () => {
    expect(plan).not.toBeNull();
    expect(generateDemoData({ today }).socialValue).toEqual(plan);
    expect(generateDemoData({ today, seed: 7 }).socialValue?.returns).not.toEqual(plan?.returns);
  });

  it('makes only commitments, lines, plan items and case studies the API itself would accept', () => {
    for (const { fields, code } of plan?.commitments ?? []) {
      expect(commitmentFieldsSchema.parse(fields), code).toEqual(fields);
    }
    for (const { lines, periodLabel } of plan?.returns ?? []) {
      for (const { code, ...line } of lines) {
        const input = { measureId: someId, ...line };
        expect(returnLineInputSchema.parse(input), `${periodLabel} ${code}`).toEqual(input);
      }
    }
    for (const { items } of plan?.actionPlans ?? []) {
      for (const { fields, updates } of items) {
        expect(actionItemFieldsSchema.parse(fields), fields.task).toEqual(fields);
        for (const update of updates)
          expect(actionUpdateFieldsSchema.parse(update)).toEqual(update);
      }
    }
    for (const { fields } of plan?.caseStudies ?? []) {
      const input = { ...fields, contractId: someId, supplierId: null, councilOutcomeIds: [] };
      expect(caseStudyFieldsSchema.parse(input), fields.title).toEqual(input);
    }
  });

  it('dates every return, verification and progress update on or before today', () => {
    for (const r of plan?.returns ?? []) {
      if (r.submittedAt) expect(r.submittedAt.slice(0, 10) <= today, r.periodLabel).toBe(true);
      if (r.verification) expect(r.verification.on <= today, r.periodLabel).toBe(true);
    }
    for (const { items } of plan?.actionPlans ?? []) {
      for (const { updates } of items) {
        for (const { updateDate } of updates) expect(updateDate <= today).toBe(true);
      }
    }
  });
});

describe('the demo workspace’s social value', () => {
  let shared: Awaited<ReturnType<typeof openSharedWorkspace>>;
  let summary: ReturnType<typeof loadDemo>;
  beforeAll(async () => {
    shared = await openSharedWorkspace();
    summary = loadDemo(shared.db, shared.ctx.officer, { today });
  });
  afterAll(() => shared.close());

  it('is counted in the summary, and every record of it is in the audit trail', () => {
    const { db, ctx } = shared;
    const plan = generateDemoData({ today }).socialValue;
    expect(summary).toEqual({
      suppliers: 60,
      exercises: 80,
      contracts: 50,
      commitments: plan?.commitments.length,
      returns: plan?.returns.length,
      actionPlans: 2,
      caseStudies: 5,
    });
    for (const [table, count] of [
      ['commitments', summary.commitments],
      ['returns', summary.returns],
      ['action_plans', 2],
      ['case_studies', 5],
    ] as const) {
      expect(countRows(db, table), table).toBe(count);
      const inserts = `table_name = '${table}' AND operation = 'insert' AND officer = '${ctx.officer}'`;
      expect(countRows(db, 'change_log', inserts), table).toBe(count);
    }
  });

  it('has the council’s proxy values on the measures, and older commitments keep the old ones', async () => {
    const { db, ctx } = shared;
    const measures = expectOk(await callApi(ctx, 'measures.inForce', { date: today }));
    const proxyOf = new Map(measures.map((m) => [m.code, m.proxyPence]));
    expect(proxyOf.get('JS1')).toBe(reviewedProxyPence.JS1);
    expect(proxyOf.get('JS3')).toBe(demoProxyPence.JS3);
    expect(proxyOf.get('LE1')).toBe(100);
    expect(proxyOf.get('FW2')).toBeNull();
    // JS1 was set, then reviewed: both changes are in its history.
    const js1 = measures.find((m) => m.code === 'JS1');
    const history = expectOk(
      await callApi(ctx, 'audit.history', { table: 'measures', id: js1?.id ?? '' }),
    );
    expect(history.filter((entry) => entry.operation === 'update')).toHaveLength(2);
    // Commitments to JS1 on contracts that started before the review keep the first value.
    const js1Commitments = rows(
      db,
      `SELECT k.proxy_pence AS proxy, c.start_date AS start FROM commitments k
       JOIN contracts c ON c.id = k.contract_id WHERE k.measure_id = ?`,
      js1?.id,
    );
    const review = generateDemoData({ today }).socialValue?.proxyReview ?? '';
    const older = js1Commitments.filter((k) => String(k.start) < review);
    const newer = js1Commitments.filter((k) => String(k.start) >= review);
    expect(older.length).toBeGreaterThan(0);
    expect(newer.length).toBeGreaterThan(0);
    for (const k of older) expect(k.proxy).toBe(demoProxyPence.JS1);
    for (const k of newer) expect(k.proxy).toBe(reviewedProxyPence.JS1);
  });

  it('has commitments on about 80% of contracts: 2 to 5 each, some with yearly targets, some narrative only', () => {
    const { db } = shared;
    const perContract = rows(
      db,
      'SELECT contract_id, count(*) AS n FROM commitments GROUP BY contract_id',
    ).map((r) => Number(r.n));
    expect(perContract).toHaveLength(40);
    expect(Math.min(...perContract)).toBeGreaterThanOrEqual(1);
    expect(Math.max(...perContract)).toBeLessThanOrEqual(5);
    expect(perContract.filter((n) => n >= 2).length).toBeGreaterThanOrEqual(35);
    expect(countRows(db, 'commitments', "yearly_targets <> '[]'")).toBeGreaterThanOrEqual(5);
    const narrativeOnly = rows(
      db,
      `SELECT k.quantity FROM commitments k JOIN measures m ON m.id = k.measure_id
       WHERE m.kind = 'record-only'`,
    );
    expect(narrativeOnly.length).toBeGreaterThanOrEqual(5);
    // In proportion to the contract: together worth 2% to 30% of the value committed on.
    const [share] = rows(
      db,
      `SELECT sum(k.quantity * k.proxy_pence) * 1.0 /
         (SELECT sum(value_pence) FROM contracts WHERE id IN (SELECT contract_id FROM commitments)) AS s
       FROM commitments k`,
    );
    expect(Number(share?.s)).toBeGreaterThan(0.02);
    expect(Number(share?.s)).toBeLessThan(0.3);
  });

  it('has returns in every status, most verified by a named officer after the period ended', () => {
    const { db } = shared;
    const byStatus = Object.fromEntries(
      rows(db, 'SELECT status, count(*) AS n FROM returns GROUP BY status').map((r) => [
        r.status,
        Number(r.n),
      ]),
    );
    expect(Object.keys(byStatus).sort()).toEqual([...returnStatuses].sort());
    expect(byStatus.verified).toBeGreaterThan(summary.returns / 2);
    expect(byStatus.rejected).toBeLessThanOrEqual(2);
    const checked = rows(
      db,
      `SELECT period_end, submitted_at, verified_by, verified_at FROM returns
       WHERE status IN ('verified', 'queried', 'rejected')`,
    );
    for (const r of checked) {
      expect(r.verified_by).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+$/);
      expect(String(r.verified_at) > String(r.period_end)).toBe(true);
      expect(String(r.verified_at) >= String(r.submitted_at).slice(0, 10)).toBe(true);
      expect(String(r.verified_at) <= today).toBe(true);
    }
    // Part of one submitted return is verified; the rest awaits the verifier.
    expect(
      rows(
        db,
        `SELECT r.id FROM returns r JOIN return_lines l ON l.return_id = r.id
         WHERE r.status = 'submitted' AND l.verification = 'verified'`,
      ).length,
    ).toBeGreaterThan(0);
    // Queried and rejected lines say why.
    for (const r of rows(
      db,
      "SELECT status_note FROM returns WHERE status IN ('queried', 'rejected')",
    )) {
      expect(String(r.status_note)).toMatch(/^[A-Z]{2}\d \((queried|rejected)\): .{20,}/);
    }
    // Some suppliers reported measures they had not committed to.
    expect(countRows(db, 'return_lines', 'commitment_id IS NULL')).toBeGreaterThan(0);
  });

  it('lists the returns missing for past periods, one of them with a draft started', async () => {
    const missing = expectOk(await callApi(shared.ctx, 'returns.missing', { asOf: today }));
    expect(missing.total).toBeGreaterThanOrEqual(4);
    expect(missing.rows.filter((row) => row.draftReturnId !== null)).toHaveLength(1);
  });

  it('rates commitments Green, Amber, Red and Grey', async () => {
    const { db, ctx } = shared;
    const counts: Record<RagRating, number> = { green: 0, amber: 0, red: 0, grey: 0 };
    const contracts = rows(db, 'SELECT DISTINCT contract_id AS id FROM commitments');
    for (const { id } of contracts) {
      const value = expectOk(
        await callApi(ctx, 'contracts.socialValue', { id: String(id), asOf: today }),
      );
      for (const { progress } of value.commitments) if (progress.rag) counts[progress.rag] += 1;
    }
    expect(counts.green).toBeGreaterThanOrEqual(10);
    expect(counts.amber).toBeGreaterThanOrEqual(5);
    expect(counts.red).toBeGreaterThanOrEqual(5);
    expect(counts.grey).toBeGreaterThanOrEqual(4);
    // On track more often than not.
    expect(counts.green).toBeGreaterThan(counts.red);
  });

  it('has the charter project plan and the scrutiny recommendations, two of them overdue', async () => {
    const { ctx } = shared;
    const plans = expectOk(await callApi(ctx, 'actionPlans.list', { asOf: today }));
    expect(plans.map((p) => [p.name, p.overdueCount])).toEqual([
      ['Social Value Act scrutiny challenge session: action plan', 2],
      ['Social Value Charter: project plan', 0],
    ]);
    const [scrutiny, charter] = await Promise.all(
      plans.map(async ({ id }) =>
        expectOk(await callApi(ctx, 'actionPlans.get', { id, asOf: today })),
      ),
    );
    expect(charter?.items[0]).toMatchObject({
      task: 'Engage with senior staff and lead members',
      timescale: 'August/September',
      status: 'complete',
    });
    expect(
      charter?.items.filter((item) => item.status === 'complete').length,
    ).toBeGreaterThanOrEqual(4);
    expect(scrutiny?.items.map((item) => item.reference)).toEqual(['R1', 'R2', 'R3', 'R4', 'R5']);
    expect(scrutiny?.items.filter((item) => item.overdue).map((item) => item.reference)).toEqual([
      'R2',
      'R4',
    ]);
    const updates = [...(charter?.items ?? []), ...(scrutiny?.items ?? [])].flatMap(
      (i) => i.updates,
    );
    expect(updates.length).toBeGreaterThanOrEqual(15);
    for (const update of updates) expect(update.updateDate <= today).toBe(true);
  });

  it('has case studies on contracts, with and without consent, three with readable pictures', async () => {
    const { ctx } = shared;
    const studies = expectOk(await callApi(ctx, 'caseStudies.list', {}));
    expect(studies).toHaveLength(5);
    expect(studies.filter((s) => !s.consentToPublish)).toHaveLength(1);
    for (const study of studies) {
      expect(study.contractReference, study.title).not.toBeNull();
      expect(study.supplierName, study.title).not.toBeNull();
      expect(study.councilOutcomeIds.length, study.title).toBeGreaterThan(0);
      expect(study.outputs.length, study.title).toBeGreaterThanOrEqual(2);
    }
    const pictured = studies.filter((s) => s.pictureCount > 0);
    expect(pictured).toHaveLength(3);
    for (const { id } of pictured) {
      const [picture] = expectOk(await callApi(ctx, 'caseStudies.get', { id })).pictures;
      expect(picture?.altText).toMatch(/^Illustration: .{40,}/);
      const data = expectOk(await callApi(ctx, 'caseStudies.picture', { id: picture?.id ?? '' }));
      expect(data.mediaType).toBe('image/png');
      const bytes = Buffer.from(data.base64, 'base64');
      expect(bytes.byteLength).toBe(picture?.byteLength);
      const size = readPng(bytes);
      expect(size).toEqual({ width: 480, height: 300, pixelBytes: 300 * (1 + 480 * 3) });
    }
  });
});

/** Reads a PNG's chunks: its size from IHDR and the length of its inflated image data. */
function readPng(bytes: Buffer): { width: number; height: number; pixelBytes: number } {
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  let [width, height, at] = [0, 0, 8];
  const data: Buffer[] = [];
  while (at < bytes.length) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('ascii', at + 4, at + 8);
    const body = bytes.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') [width, height] = [body.readUInt32BE(0), body.readUInt32BE(4)];
    if (type === 'IDAT') data.push(body);
    at += 12 + length;
  }
  return { width, height, pixelBytes: inflateSync(Buffer.concat(data)).byteLength };
}

describe('loading the demo twice', () => {
  it('gives the same social value for the same seed and day', async () => {
    const dumps = await Promise.all(
      [0, 1].map(async () => {
        const { db, ctx } = await openRecordsWorkspace(temp);
        loadDemo(db, ctx.officer, { today });
        return {
          commitments: rows(
            db,
            `SELECT c.reference, m.code, k.quantity, k.yearly_targets, k.proxy_pence, k.notes
             FROM commitments k JOIN contracts c ON c.id = k.contract_id JOIN measures m ON m.id = k.measure_id
             ORDER BY 1, 2`,
          ),
          lines: rows(
            db,
            `SELECT c.reference, r.period_label, r.status, r.submitted_at, r.verified_by, r.verified_at,
               r.status_note, m.code, l.quantity, l.evidence_reference, l.narrative, l.verification
             FROM return_lines l JOIN returns r ON r.id = l.return_id
             JOIN contracts c ON c.id = r.contract_id JOIN measures m ON m.id = l.measure_id
             ORDER BY 1, 2, 8`,
          ),
          items: rows(
            db,
            'SELECT reference, task, owner, timescale, due_date, status FROM action_items ORDER BY task',
          ),
          studies: rows(
            db,
            'SELECT title, narrative, outputs, consent_to_publish FROM case_studies ORDER BY title',
          ),
          pictures: rows(
            db,
            'SELECT file_name, hex(bytes) AS bytes FROM case_study_pictures ORDER BY file_name',
          ),
        };
      }),
    );
    expect(dumps[0]?.lines.length).toBeGreaterThan(400);
    expect(dumps[1]).toEqual(dumps[0]);
  });
});
