// A placed data block changed in place (its options and place; its data taken again) and moved
// up, down and into another section, through the real migrations and the API: versions checked,
// every change in the audit trail, a refused change writing nothing.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Context } from '../../electron/api/context';
import { loadDemo } from '../../electron/demo/load-demo';
import type { DataBlock, Report, ReportTemplate } from '../../shared/report';
import { blockStep } from '../../shared/report-block-moves';
import { parseReportText } from '../../shared/report-text';
import { openSharedWorkspace } from './seed-records';
import { callApi, countRows, expectError, expectOk } from './temp-workspace';
import { defined } from '../fixtures/defined';

const fields = {
  title: 'Block changes',
  committee: 'Scrutiny Commission',
  meetingDate: '2026-10-25',
  period: '2025/26',
};

const kinds = (section: Report['sections'][number] | undefined) =>
  section?.blocks.map((b) => `${b.kind}@${b.after}`);

describe('changing and moving a placed data block', () => {
  let shared: Awaited<ReturnType<typeof openSharedWorkspace>>;
  let ctx: Context;
  let report: Report;

  beforeAll(async () => {
    shared = await openSharedWorkspace();
    ctx = shared.ctx;
    loadDemo(shared.db, ctx.officer);
    const templates = expectOk(await callApi(ctx, 'reportTemplates.list', {}));
    const scrutiny = templates.find((t) => t.key === 'scrutiny-update') as ReportTemplate;
    report = expectOk(await callApi(ctx, 'reports.create', { templateId: scrutiny.id, fields }));
  });
  afterAll(() => shared.close());

  const sectionWith = (kind: string) =>
    report.sections.find((s) => s.blocks.some((b) => b.kind === kind)) as Report['sections'][0];
  const blockOf = (kind: string) =>
    report.sections.flatMap((s) => s.blocks).find((b) => b.kind === kind) as DataBlock;

  it('changes a block’s options, takes its data again and audits the change', async () => {
    const before = blockOf('committed-delivered');
    const section = sectionWith('committed-delivered');
    report = expectOk(
      await callApi(ctx, 'reportBlocks.update', {
        id: before.id,
        version: before.version,
        sectionId: section.id,
        options: { display: 'table' },
        after: before.after,
      }),
    );
    const after = blockOf('committed-delivered');
    expect(after.options).toEqual({ display: 'table' });
    expect(after.version).toBe(before.version + 1);
    expect(String(after.takenAt) > String(before.takenAt)).toBe(true);
    expect(before.shows.map((b) => b.kind)).toContain('bar-chart');
    expect(after.shows.map((b) => b.kind)).not.toContain('bar-chart');
    const logged = shared.db
      .prepare(
        `SELECT new_values, officer FROM change_log
         WHERE table_name = 'report_blocks' AND row_id = ? AND operation = 'update'`,
      )
      .all(after.id) as { new_values: string; officer: string }[];
    expect(logged).toHaveLength(1);
    const [entry] = logged;
    expect(JSON.parse(defined(entry, 'the logged change').new_values)).toMatchObject({
      options: '{"display":"table"}',
    });
    expect(entry?.officer).toBe(ctx.officer);
  });

  it('refuses a change over a newer version, or bad options, naming the field and writing nothing', async () => {
    const block = blockOf('committed-delivered');
    const logs = countRows(shared.db, 'change_log');
    const change = { id: block.id, sectionId: block.sectionId, after: 0 };
    const stale = expectError(
      await callApi(ctx, 'reportBlocks.update', {
        ...change,
        version: block.version - 1,
        options: {},
      }),
    );
    expect(stale.code).toBe('conflict');
    const bad = expectError(
      await callApi(ctx, 'reportBlocks.update', {
        ...change,
        version: block.version,
        options: { topN: 11 },
      }),
    );
    expect(bad.details?.issues?.[0]).toMatchObject({
      path: ['options', 'topN'],
      message: 'Show at most 10 contracts',
    });
    expect(countRows(shared.db, 'change_log')).toBe(logs);
  });

  it('moves a block one place up or down among its section’s blocks and text', async () => {
    const section = () => sectionWith('committed-delivered');
    const step = async (direction: 'up' | 'down') => {
      const s = section();
      const block = blockOf('committed-delivered');
      const text = parseReportText(s.body).length;
      const place = blockStep(text, s.blocks, block.id, direction);
      expect(place).not.toBeNull();
      report = expectOk(
        await callApi(ctx, 'reportBlocks.move', {
          id: block.id,
          version: block.version,
          sectionId: s.id,
          ...defined(place, `a place ${direction}`),
        }),
      );
    };
    expect(kinds(section())).toEqual(['headline-figures@1', 'committed-delivered@1']);
    await step('up'); // swapped with the headline figures
    expect(kinds(section())).toEqual(['committed-delivered@1', 'headline-figures@1']);
    await step('up'); // before the first paragraph
    expect(kinds(section())).toEqual(['headline-figures@1', 'committed-delivered@0']);
    await step('down'); // after it again, first of the blocks there
    expect(kinds(section())).toEqual(['committed-delivered@1', 'headline-figures@1']);
    const moves = countRows(
      shared.db,
      'change_log',
      `table_name = 'report_blocks' AND row_id = '${blockOf('committed-delivered').id}'
       AND operation = 'update' AND new_values LIKE '%position%'`,
    );
    expect(moves).toBeGreaterThanOrEqual(2);
  });

  it('moves a block into another section, last among its blocks', async () => {
    const block = blockOf('headline-figures');
    const target = defined(report.sections[0], 'a first section');
    expect(target.id).not.toBe(block.sectionId);
    report = expectOk(
      await callApi(ctx, 'reportBlocks.update', {
        id: block.id,
        version: block.version,
        sectionId: target.id,
        options: block.options,
        after: 0,
      }),
    );
    expect(kinds(report.sections[0])).toEqual(['headline-figures@0']);
    expect(kinds(sectionWith('committed-delivered'))).toEqual(['committed-delivered@1']);
  });

  it('puts back a removed block and a removed section, each change audited', async () => {
    const block = blockOf('committed-delivered');
    const section = defined(report.sections[1], 'a second section');
    expectOk(await callApi(ctx, 'reportBlocks.delete', { id: block.id, version: block.version }));
    report = expectOk(
      await callApi(ctx, 'reportSections.delete', { id: section.id, version: section.version }),
    );
    expect(report.sections.map((s) => s.id)).not.toContain(section.id);
    report = expectOk(await callApi(ctx, 'reportBlocks.restore', { id: block.id }));
    report = expectOk(await callApi(ctx, 'reportSections.restore', { id: section.id }));
    expect(report.sections[1]?.id).toBe(section.id);
    expect(blockOf('committed-delivered').id).toBe(block.id);
    const restores = countRows(
      shared.db,
      'change_log',
      `operation = 'update' AND new_values = '{"deleted_at":null}'
       AND row_id IN ('${block.id}', '${section.id}')`,
    );
    expect(restores).toBe(2);
  });

  it('refuses to move a block into another report’s section', async () => {
    const other = expectOk(
      await callApi(ctx, 'reports.duplicate', { id: report.id, meetingDate: '2027-01-10' }),
    );
    const block = blockOf('headline-figures');
    const error = expectError(
      await callApi(ctx, 'reportBlocks.move', {
        id: block.id,
        version: block.version,
        sectionId: defined(other.sections[0], 'a section of the copy').id,
        after: 0,
        to: 0,
      }),
    );
    expect(error.details?.issues?.[0]?.path).toEqual(['sectionId']);
  });
});
