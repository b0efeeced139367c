// Templates the council adds, through the real migrations and the API: blank or a copy of
// another, deleted (kept for the audit trail) and restored; a built-in one cannot be deleted.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Context } from '../../electron/api/context';
import type { ReportTemplate } from '../../shared/report';
import { openSharedWorkspace } from './seed-records';
import { callApi, countRows, expectError, expectOk } from './temp-workspace';
import { defined } from '../fixtures/defined';

describe('creating and deleting report templates', () => {
  let shared: Awaited<ReturnType<typeof openSharedWorkspace>>;
  let ctx: Context;
  let cabinet: ReportTemplate;

  beforeAll(async () => {
    shared = await openSharedWorkspace();
    ctx = shared.ctx;
    const templates = expectOk(await callApi(ctx, 'reportTemplates.list', {}));
    cabinet = defined(
      templates.find((t) => t.key === 'cabinet'),
      'the cabinet template',
    );
  });
  afterAll(() => shared.close());

  it('creates a blank template with one empty section, audited', async () => {
    const blank = expectOk(
      await callApi(ctx, 'reportTemplates.create', { name: 'Overview & Scrutiny – Cymraeg' }),
    );
    expect(blank).toMatchObject({
      key: null,
      name: 'Overview & Scrutiny – Cymraeg',
      title: 'Overview & Scrutiny – Cymraeg',
      committee: null,
      version: 1,
      updatedBy: ctx.officer,
    });
    expect(blank.sections).toEqual([
      { heading: 'Purpose of report', body: '', numbered: true, blocks: [] },
    ]);
    const logged = `table_name = 'report_templates' AND row_id = '${blank.id}' AND operation = 'insert'`;
    expect(countRows(shared.db, 'change_log', logged)).toBe(1);
  });

  it('copies another template’s title, committee, sections and blocks under a new name', async () => {
    const copy = expectOk(
      await callApi(ctx, 'reportTemplates.create', { name: 'Cabinet (short)', copyOf: cabinet.id }),
    );
    expect(copy.key).toBeNull();
    expect(copy.name).toBe('Cabinet (short)');
    expect(copy.title).toBe(cabinet.title);
    expect(copy.committee).toBe(cabinet.committee);
    expect(copy.sections).toEqual(cabinet.sections);
    const list = expectOk(await callApi(ctx, 'reportTemplates.list', {}));
    expect(list.filter((t) => t.key === 'cabinet')).toHaveLength(1);
  });

  it('refuses a blank name, naming the field, and a copy of a template that does not exist', async () => {
    const before = countRows(shared.db, 'report_templates');
    const blank = expectError(await callApi(ctx, 'reportTemplates.create', { name: '  ' }));
    expect(blank.details?.issues?.[0]?.path).toEqual(['name']);
    const missing = expectError(
      await callApi(ctx, 'reportTemplates.create', {
        name: 'Copy',
        copyOf: '00000000-0000-4000-8000-000000000000',
      }),
    );
    expect(missing.code).toBe('not_found');
    expect(countRows(shared.db, 'report_templates')).toBe(before);
  });

  it('deletes a template the council added, and restores it', async () => {
    const own = expectOk(await callApi(ctx, 'reportTemplates.create', { name: 'To delete' }));
    const stale = expectError(
      await callApi(ctx, 'reportTemplates.delete', { id: own.id, version: own.version + 1 }),
    );
    expect(stale.code).toBe('conflict');
    expectOk(await callApi(ctx, 'reportTemplates.delete', { id: own.id, version: own.version }));
    let list = expectOk(await callApi(ctx, 'reportTemplates.list', {}));
    expect(list.map((t) => t.id)).not.toContain(own.id);
    const row = shared.db
      .prepare('SELECT deleted_by FROM report_templates WHERE id = ?')
      .get(own.id) as { deleted_by: string };
    expect(row.deleted_by).toBe(ctx.officer);
    const restored = expectOk(await callApi(ctx, 'reportTemplates.restore', { id: own.id }));
    expect(restored.name).toBe('To delete');
    list = expectOk(await callApi(ctx, 'reportTemplates.list', {}));
    expect(list.map((t) => t.id)).toContain(own.id);
  });

  it('refuses to delete a built-in template, saying why, writing nothing', async () => {
    const logs = countRows(shared.db, 'change_log');
    const refused = expectError(
      await callApi(ctx, 'reportTemplates.delete', { id: cabinet.id, version: cabinet.version }),
    );
    expect(refused.code).toBe('refused');
    expect(refused.message).toContain('is built in, so it cannot be deleted');
    expect(countRows(shared.db, 'change_log')).toBe(logs);
  });
});
