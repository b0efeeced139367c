// Action plan and case study blocks filtered by the report's period, through the real
// migrations and the API: an item belongs when due or updated in the period (its first and last
// day included), a case study when its contract ran in it or, naming none, when it was recorded
// in it; the rule is in the block's caption, and left-out items are counted. All years leaves
// nothing out.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Context } from '../../electron/api/context';
import type { DataBlock, Report, ReportTemplate } from '../../shared/report';
import type { ReportBlock } from '../../shared/report-document';
import { createContract, createSupplier, openSharedWorkspace } from './seed-records';
import { callApi, expectOk } from './temp-workspace';
import { defined } from '../fixtures/defined';

/** Each task, named by its dates, and whether a 2025/26 report should hold it. */
const items = [
  { task: 'Due on the first day', dueDate: '2025-04-01', updates: [], in: true },
  { task: 'Due on the last day', dueDate: '2026-03-31', updates: [], in: true },
  { task: 'Due the day before', dueDate: '2025-03-31', updates: [], in: false },
  { task: 'Due the day after', dueDate: '2026-04-01', updates: [], in: false },
  { task: 'No date, updated on the last day', dueDate: null, updates: ['2026-03-31'], in: true },
  { task: 'No date, updated after the period', dueDate: null, updates: ['2026-04-01'], in: false },
  { task: 'No date and no update', dueDate: null, updates: [], in: false },
  {
    task: 'Due before, updated on the first day',
    dueDate: '2024-12-01',
    updates: ['2025-04-01', '2026-05-01'],
    in: true,
  },
];

/** Case studies naming no contract, placed by the day they were recorded. */
const recorded = [
  { title: 'Recorded on the first day', at: '2025-04-01T09:00:00.000Z', in: true },
  { title: 'Recorded on the last day', at: '2026-03-31T12:00:00.000Z', in: true },
  { title: 'Recorded the day before', at: '2025-03-31T12:00:00.000Z', in: false },
  { title: 'Recorded the day after', at: '2026-04-01T12:00:00.000Z', in: false },
];
/** Case studies of contracts, placed by the dates their contract ran, whenever recorded. */
const ofContracts = [
  { title: 'Contract ending on the first day', start: '2023-04-01', end: '2025-04-01', in: true },
  { title: 'Contract starting on the last day', start: '2026-03-31', end: '2028-03-30', in: true },
  { title: 'Contract ending the day before', start: '2023-04-01', end: '2025-03-31', in: false },
  { title: 'Contract starting the day after', start: '2026-04-01', end: '2028-03-31', in: false },
];
const studies = [...recorded, ...ofContracts];

const tableOf = (block: DataBlock) =>
  block.shows.find((b): b is Extract<ReportBlock, { kind: 'table' }> => b.kind === 'table');
const notes = (block: DataBlock) => block.shows.flatMap((b) => (b.kind === 'note' ? [b.text] : []));
const boldTitles = (block: DataBlock) =>
  block.shows.flatMap((b) => (b.kind === 'paragraph' && b.runs[0]?.bold ? [b.runs[0].text] : []));

describe('action plan and case study blocks for the report’s period', () => {
  let shared: Awaited<ReturnType<typeof openSharedWorkspace>>;
  let ctx: Context;
  let template: ReportTemplate;

  beforeAll(async () => {
    shared = await openSharedWorkspace();
    ctx = shared.ctx;
    const plan = expectOk(
      await callApi(ctx, 'actionPlans.create', {
        name: 'Charter action plan',
        source: 'Scrutiny challenge session',
      }),
    );
    for (const item of items) {
      const { id: itemId } = expectOk(
        await callApi(ctx, 'actionItems.create', {
          planId: plan.id,
          fields: { task: item.task, dueDate: item.dueDate },
        }),
      );
      for (const updateDate of item.updates) {
        expectOk(
          await callApi(ctx, 'actionUpdates.create', {
            itemId,
            fields: { updateDate, text: `Progress on ${updateDate}` },
          }),
        );
      }
    }
    const addStudy = (title: string, contractId: string | null) =>
      callApi(ctx, 'caseStudies.create', {
        title,
        contractId,
        narrative: 'What the contract did.',
        consentToPublish: true,
        consentNote: 'Given by the supplier',
      }).then(expectOk);
    for (const study of recorded) {
      const created = await addStudy(study.title, null);
      shared.db
        .prepare('UPDATE case_studies SET created_at = ? WHERE id = ?')
        .run(study.at, created.id);
    }
    const supplier = await createSupplier(ctx);
    for (const study of ofContracts) {
      const contract = await createContract(ctx, supplier.id, {
        startDate: study.start,
        endDate: study.end,
      });
      await addStudy(study.title, contract.id);
    }
    const templates = expectOk(await callApi(ctx, 'reportTemplates.list', {}));
    template = defined(
      templates.find((t) => t.key === 'scrutiny-update'),
      'the scrutiny template',
    );
  });
  afterAll(() => shared.close());

  async function reportFor(period: string): Promise<{ plan: DataBlock; studies: DataBlock }> {
    let report: Report = expectOk(
      await callApi(ctx, 'reports.create', {
        templateId: template.id,
        fields: { title: 'Period', committee: 'Scrutiny', meetingDate: '2026-06-01', period },
      }),
    );
    const section = defined(report.sections[0], 'a first section');
    report = expectOk(
      await callApi(ctx, 'reportBlocks.create', { sectionId: section.id, kind: 'case-studies' }),
    );
    const blocks = report.sections.flatMap((s) => s.blocks);
    return {
      plan: defined(
        blocks.find((b) => b.kind === 'action-plan'),
        'an action plan block',
      ),
      studies: defined(
        blocks.find((b) => b.kind === 'case-studies'),
        'a case studies block',
      ),
    };
  }

  it('holds the items due or updated in the period, first and last day included', async () => {
    const { plan } = await reportFor('2025/26');
    const table = defined(tableOf(plan), 'the action plan table');
    expect(table.caption).toBe(
      'Charter action plan: Scrutiny challenge session; items due or updated in 2025/26',
    );
    expect(table.rows.map((row) => row[0])).toEqual(items.filter((i) => i.in).map((i) => i.task));
    expect(notes(plan)).toContain('4 items neither due nor updated in 2025/26 are left out.');
    // The update shown is the latest by the end of the period, not one made after it.
    const updatedTwice = table.rows.find(
      (row) => row[0] === 'Due before, updated on the first day',
    );
    expect(String(updatedTwice?.[2])).toContain('Progress on 2025-04-01');
  });

  it('holds the case studies of contracts running in the period, or recorded in it, and says so', async () => {
    const { studies: block } = await reportFor('2025/26');
    expect(notes(block)).toContain(
      'Case studies of contracts running in 2025/26, and those naming no contract recorded in it.',
    );
    expect(boldTitles(block).sort()).toEqual(
      studies
        .filter((s) => s.in)
        .map((s) => s.title)
        .sort(),
    );
  });

  it('leaves nothing out for all years, and states no period rule', async () => {
    const { plan, studies: block } = await reportFor('all');
    const table = defined(tableOf(plan), 'the action plan table');
    expect(table.caption).toBe('Charter action plan: Scrutiny challenge session');
    expect(table.rows).toHaveLength(items.length);
    expect(notes(plan).some((n) => n.includes('left out'))).toBe(false);
    expect(boldTitles(block)).toHaveLength(studies.length);
    expect(notes(block).some((n) => n.startsWith('Case studies of'))).toBe(false);
  });
});
