// Reports through the real migrations and the API: made from a template, edited, given data
// blocks, refreshed, duplicated for the next meeting and deleted; each change audited; the
// document of a saved report is its stored data, naming a contract deleted since as deleted.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Context } from '../../electron/api/context';
import { loadDemo } from '../../electron/demo/load-demo';
import type { Report, ReportFieldsInput, ReportTemplate } from '../../shared/report';
import type { ReportBlock } from '../../shared/report-document';
import { as, openSharedWorkspace } from './seed-records';
import { callApi, countRows, expectError, expectOk } from './temp-workspace';

const fields = (overrides: Partial<ReportFieldsInput> = {}): ReportFieldsInput => ({
  title: 'Social Value Charter – Update for O’Brien & Partners, Llandŷfaelog',
  committee: 'Economic Development, Transport & Tourism Scrutiny Commission',
  meetingDate: '2026-10-25',
  reportOf: 'Head of Procurement',
  author: 'Siân O’Connor',
  contact: 'sian.oconnor@example.gov.uk, 0116 454 0000',
  wardsAffected: 'All',
  keyDecision: false,
  classification: 'Unrestricted',
  reportVersion: '1.0',
  period: '2025/26',
  ...overrides,
});

const shownText = (blocks: readonly ReportBlock[]) => JSON.stringify(blocks);
const allBlocks = (report: Report) => report.sections.flatMap((s) => s.blocks);

describe('reports', () => {
  let shared: Awaited<ReturnType<typeof openSharedWorkspace>>;
  let ctx: Context;
  let templates: ReportTemplate[];
  const scrutiny = () => templates.find((t) => t.key === 'scrutiny-update') as ReportTemplate;

  beforeAll(async () => {
    shared = await openSharedWorkspace();
    ctx = shared.ctx;
    loadDemo(shared.db, ctx.officer);
    templates = expectOk(await callApi(ctx, 'reportTemplates.list', {}));
  });
  afterAll(() => shared.close());

  it('has the three built-in templates, seeded once by "system"', () => {
    expect(templates.map((t) => t.key)).toEqual(['annual', 'cabinet', 'scrutiny-update']);
    expect(templates.every((t) => t.updatedBy === 'system' && t.version === 1)).toBe(true);
    const seeded = "table_name = 'report_templates' AND operation = 'insert'";
    expect(countRows(shared.db, 'change_log', seeded)).toBe(3);
  });

  it('makes a report from a template: its sections, and its blocks with data taken now', async () => {
    const report = expectOk(
      await callApi(ctx, 'reports.create', { templateId: scrutiny().id, fields: fields() }),
    );
    expect(report.title).toBe(fields().title);
    expect(report.templateKey).toBe('scrutiny-update');
    expect(report.sections.map((s) => s.heading)).toEqual(
      scrutiny().sections.map((s) => s.heading),
    );
    expect(report.sections[2]?.body).toBe(scrutiny().sections[2]?.body);
    const blocks = allBlocks(report);
    expect(blocks.map((b) => b.kind)).toEqual([
      'action-plan',
      'headline-figures',
      'committed-delivered',
    ]);
    expect(blocks.every((b) => b.takenAt !== null)).toBe(true);
    const portfolio = expectOk(await callApi(ctx, 'socialValue.portfolio', { period: '2025/26' }));
    const figures = blocks[1]?.shows[0];
    expect(figures).toMatchObject({ kind: 'figures' });
    expect(figures?.kind === 'figures' && figures.items[0]?.value).toBe(
      portfolio.headline.committedPence,
    );
    const inserts = (table: string) =>
      countRows(
        shared.db,
        'change_log',
        `table_name = '${table}' AND operation = 'insert' AND row_id IN (SELECT id FROM ${table})`,
      );
    expect(inserts('report_sections')).toBeGreaterThanOrEqual(report.sections.length);
    expect(inserts('report_blocks')).toBeGreaterThanOrEqual(3);
  });

  it('refuses a period the council’s years do not know, beside the field, writing nothing', async () => {
    const before = countRows(shared.db, 'reports');
    const error = expectError(
      await callApi(ctx, 'reports.create', {
        templateId: scrutiny().id,
        fields: fields({ period: '2025/27' }),
      }),
    );
    expect(error.code).toBe('invalid_input');
    expect(error.details?.issues?.[0]?.path).toEqual(['fields', 'period']);
    expect(countRows(shared.db, 'reports')).toBe(before);
    const blank = expectError(
      await callApi(ctx, 'reports.create', {
        templateId: scrutiny().id,
        fields: fields({ title: ' ', meetingDate: '2026-02-30' }),
      }),
    );
    expect(blank.details?.issues?.map((i) => i.path.join('.'))).toEqual([
      'fields.title',
      'fields.meetingDate',
    ]);
  });

  it('edits the details and sections, in order, refusing a save over a newer version', async () => {
    let report = expectOk(
      await callApi(ctx, 'reports.create', { templateId: scrutiny().id, fields: fields() }),
    );
    report = expectOk(
      await callApi(ctx, 'reports.update', {
        id: report.id,
        version: report.version,
        fields: fields({ title: 'Renamed', keyDecision: true }),
      }),
    );
    expect(report).toMatchObject({ title: 'Renamed', keyDecision: true, version: 2 });
    const stale = expectError(
      await callApi(as(ctx, 'Sam Lee'), 'reports.update', {
        id: report.id,
        version: 1,
        fields: fields(),
      }),
    );
    expect(stale.code).toBe('conflict');

    report = expectOk(
      await callApi(ctx, 'reportSections.create', {
        reportId: report.id,
        at: 1,
        fields: { heading: 'Summary', body: 'Para one.\n\n1. A\n2. B' },
      }),
    );
    expect(report.sections[1]?.heading).toBe('Summary');
    const summary = report.sections[1];
    const first = report.sections[0];
    if (!summary || !first) throw new Error('no sections');
    report = expectOk(await callApi(ctx, 'reportSections.move', { id: summary.id, to: 0 }));
    expect(report.sections.slice(0, 2).map((s) => s.heading)).toEqual(['Summary', first.heading]);
    report = expectOk(
      await callApi(ctx, 'reportSections.update', {
        id: summary.id,
        version: report.sections[0]?.version ?? 0,
        fields: { heading: 'Executive summary', body: 'Changed.', numbered: false },
      }),
    );
    expect(report.sections[0]).toMatchObject({
      heading: 'Executive summary',
      body: 'Changed.',
      numbered: false,
    });
    const count = report.sections.length;
    report = expectOk(
      await callApi(ctx, 'reportSections.delete', {
        id: summary.id,
        version: report.sections[0]?.version ?? 0,
      }),
    );
    expect(report.sections).toHaveLength(count - 1);
    expect(report.sections.map((s) => s.heading)).not.toContain('Executive summary');
  });

  it('inserts a block at a place in a section, and refreshes it only when asked', async () => {
    let report = expectOk(
      await callApi(ctx, 'reports.create', { templateId: scrutiny().id, fields: fields() }),
    );
    const section = report.sections[0];
    if (!section) throw new Error('no section');
    report = expectOk(
      await callApi(ctx, 'reportBlocks.create', {
        sectionId: section.id,
        kind: 'top-contracts',
        options: { topN: 3 },
        after: 1,
      }),
    );
    const block = report.sections[0]?.blocks[0];
    expect(block).toMatchObject({ kind: 'top-contracts', after: 1, options: { topN: 3 } });
    const table = block?.shows[0];
    if (table?.kind !== 'table') throw new Error('no table');
    expect(table.rows).toHaveLength(3);
    const top = expectOk(await callApi(ctx, 'socialValue.portfolio', { period: '2025/26' }))
      .topContracts[0];
    if (!top) throw new Error('no top contract');
    expect(table.rows[0]?.slice(0, 4)).toEqual([
      top.reference,
      top.title,
      top.supplierName,
      top.committedPence,
    ]);

    // The top contract is deleted: the block keeps its data, showing the contract as deleted.
    const contract = expectOk(await callApi(ctx, 'contracts.get', { id: top.contractId }));
    expectOk(
      await callApi(ctx, 'contracts.delete', { id: contract.id, version: contract.version }),
    );
    report = expectOk(await callApi(ctx, 'reports.get', { id: report.id }));
    const kept = report.sections[0]?.blocks[0];
    expect(kept?.takenAt).toBe(block?.takenAt);
    expect(shownText(kept?.shows ?? [])).toContain(`${top.title} (deleted)`);
    const document = expectOk(await callApi(ctx, 'reports.document', { reportId: report.id }));
    expect(shownText(document.sections[0]?.blocks ?? [])).toContain(`${top.title} (deleted)`);

    report = expectOk(await callApi(ctx, 'reportBlocks.refresh', { id: kept?.id ?? '' }));
    const refreshed = report.sections[0]?.blocks[0];
    expect(refreshed?.takenAt && block?.takenAt && refreshed.takenAt >= block.takenAt).toBe(true);
    expect(refreshed?.version).toBe(2);
    expect(shownText(refreshed?.shows ?? [])).not.toContain(top.reference);
    expectOk(await callApi(ctx, 'contracts.restore', { id: contract.id }));

    report = expectOk(await callApi(ctx, 'reports.refresh', { id: report.id }));
    expect(allBlocks(report).every((b) => b.version === (b.kind === 'top-contracts' ? 3 : 2))).toBe(
      true,
    );
    report = expectOk(
      await callApi(ctx, 'reportBlocks.delete', { id: refreshed?.id ?? '', version: 3 }),
    );
    expect(report.sections[0]?.blocks).toEqual([]);
  });

  it('places blocks among the section’s text in the document, numbering its paragraphs', async () => {
    let report = expectOk(
      await callApi(ctx, 'reports.create', { templateId: scrutiny().id, fields: fields() }),
    );
    const section = report.sections[0];
    if (!section) throw new Error('no section');
    expectOk(
      await callApi(ctx, 'reportSections.update', {
        id: section.id,
        version: section.version,
        fields: { heading: 'Purpose', body: 'First, by **O’Brien & Co**.\n\nSecond – Łódź.' },
      }),
    );
    report = expectOk(
      await callApi(ctx, 'reportBlocks.create', {
        sectionId: section.id,
        kind: 'rag-summary',
        after: 1,
      }),
    );
    const document = expectOk(await callApi(ctx, 'reports.document', { reportId: report.id }));
    expect(document.meta).toMatchObject({
      title: fields().title,
      committee: fields().committee,
      author: 'Siân O’Connor',
      periodCovered: '2025/26',
      version: '1.0',
    });
    expect(document.sections[0]?.heading).toBe('Purpose');
    expect(document.sections[0]?.blocks.map((b) => b.kind)).toEqual([
      'paragraph',
      'table',
      'note',
      'paragraph',
    ]);
    expect(document.sections[0]?.blocks[0]).toEqual({
      kind: 'paragraph',
      numbered: true,
      runs: [{ text: 'First, by ' }, { text: 'O’Brien & Co', bold: true }, { text: '.' }],
    });
    expect(document.sections[0]?.blocks[3]).toMatchObject({ runs: [{ text: 'Second – Łódź.' }] });
  });

  it('duplicates a report for the next meeting: new date, version bumped, data as it was', async () => {
    const report = expectOk(
      await callApi(ctx, 'reports.create', { templateId: scrutiny().id, fields: fields() }),
    );
    const copy = expectOk(
      await callApi(ctx, 'reports.duplicate', { id: report.id, meetingDate: '2027-01-20' }),
    );
    expect(copy.id).not.toBe(report.id);
    expect(copy).toMatchObject({
      meetingDate: '2027-01-20',
      reportVersion: '2.0',
      title: report.title,
    });
    expect(copy.sections.map((s) => [s.heading, s.body])).toEqual(
      report.sections.map((s) => [s.heading, s.body]),
    );
    expect(allBlocks(copy).map((b) => [b.kind, b.takenAt, b.shows])).toEqual(
      allBlocks(report).map((b) => [b.kind, b.takenAt, b.shows]),
    );
    expect(allBlocks(copy).every((b, i) => b.id !== allBlocks(report)[i]?.id)).toBe(true);
  });

  it('deletes a report (kept for the audit trail) and restores it', async () => {
    const report = expectOk(
      await callApi(ctx, 'reports.create', {
        templateId: scrutiny().id,
        fields: fields({ title: 'To go' }),
      }),
    );
    expectOk(await callApi(ctx, 'reports.delete', { id: report.id, version: report.version }));
    const list = expectOk(await callApi(ctx, 'reports.list', {}));
    expect(list.map((r) => r.id)).not.toContain(report.id);
    expect(expectError(await callApi(ctx, 'reports.get', { id: report.id })).code).toBe(
      'not_found',
    );
    expect(countRows(shared.db, 'reports', `id = '${report.id}' AND deleted_at IS NOT NULL`)).toBe(
      1,
    );
    const back = expectOk(await callApi(ctx, 'reports.restore', { id: report.id }));
    expect(back.sections).toHaveLength(report.sections.length);
    const summary = expectOk(await callApi(ctx, 'reports.list', {})).find(
      (r) => r.id === report.id,
    );
    expect(summary).toMatchObject({ title: 'To go', templateName: 'Scrutiny update report' });
  });

  it('lets the council edit a template’s wording and add a section that new reports then have', async () => {
    const template = scrutiny();
    const edited = expectOk(
      await callApi(ctx, 'reportTemplates.update', {
        id: template.id,
        version: template.version,
        fields: {
          name: template.name,
          committee: 'Overview Select Committee',
          title: template.title,
          sections: [
            ...template.sections,
            {
              heading: 'Consultation with ward councillors',
              body: 'Ward councillors were consulted.',
            },
          ],
        },
      }),
    );
    expect(edited.version).toBe(2);
    expect(edited.sections.at(-1)).toMatchObject({
      heading: 'Consultation with ward councillors',
      numbered: true,
      blocks: [],
    });
    const report = expectOk(
      await callApi(ctx, 'reports.create', { templateId: template.id, fields: fields() }),
    );
    expect(report.sections.at(-1)?.heading).toBe('Consultation with ward councillors');
    const fresh = expectOk(
      await callApi(ctx, 'reports.document', { template: 'scrutiny-update', period: 'all' }),
    );
    expect(fresh.meta.committee).toBe('Overview Select Committee');
    expect(fresh.sections.at(-1)?.heading).toBe('Consultation with ward councillors');
    const audit = "table_name = 'report_templates' AND operation = 'update'";
    expect(countRows(shared.db, 'change_log', audit)).toBe(1);
  });
});
