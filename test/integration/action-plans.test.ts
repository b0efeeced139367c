// Action plans through the API on a real workspace: plans, items and dated progress updates
// created, changed, reordered, deleted and restored, each change in the audit trail; overdue
// counts judged against the day given; refusals that leave nothing written.

import { describe, expect, it } from 'vitest';
import type { Context } from '../../electron/api/context';
import type { ActionItemInput } from '../../shared/action-plan';
import { as, officer, openRecordsWorkspace } from './seed-records';
import {
  callApi,
  countRows,
  dumpTables,
  expectError,
  expectOk,
  useTempDirs,
} from './temp-workspace';

const temp = useTempDirs();

/** The entry at `index`, which the test knows is there. */
function nth<T>(list: readonly T[], index: number): T {
  const value = list[index];
  if (value === undefined) throw new Error(`Nothing at ${index}`);
  return value;
}

async function charterPlan(ctx: Context) {
  return expectOk(
    await callApi(ctx, 'actionPlans.create', {
      name: 'Social Value Charter implementation',
      source: 'Scrutiny update, November',
      description: 'The timetable to complete and launch the charter.',
    }),
  );
}

async function addItem(ctx: Context, planId: string, fields: ActionItemInput) {
  return expectOk(await callApi(ctx, 'actionItems.create', { planId, fields }));
}

const charterItems: ActionItemInput[] = [
  {
    reference: 'T1',
    task: 'Engage with Senior Staff and Lead Members',
    owner: 'Head of Procurement',
    timescale: 'June/July',
    dueDate: '2025-07-31',
    status: 'complete',
  },
  {
    reference: 'T2',
    task: 'Engage with Public Sector Partners',
    owner: 'Procurement Manager',
    timescale: 'July/August and ongoing',
    dueDate: '2025-08-31',
    status: 'in-progress',
  },
  {
    reference: 'T3',
    task: 'Training of Procuring and Commissioning Officers',
    timescale: 'October',
    dueDate: '2025-10-31',
    status: 'on-hold',
  },
  { reference: 'T4', task: 'Launch and Communications', timescale: 'October/November' },
];

async function planWithItems(ctx: Context) {
  const plan = await charterPlan(ctx);
  const items = [];
  for (const fields of charterItems) items.push(await addItem(ctx, plan.id, fields));
  return { plan, items };
}

const auditOf = async (ctx: Context, table: 'action_plans' | 'action_items', id: string) =>
  expectOk(await callApi(ctx, 'audit.history', { table, id }));

describe('action plans', () => {
  it('keeps a plan with its items in order and their updates newest first', async () => {
    const { ctx } = await openRecordsWorkspace(temp);
    const { plan, items } = await planWithItems(ctx);
    const engage = nth(items, 1);
    for (const [updateDate, text] of [
      ['2025-09-12', 'Met all three universities.'],
      ['2025-11-03', 'Health and Wellbeing Board in November.'],
      ['2025-07-20', 'In contact with nine procurement leads.'],
    ] as const) {
      expectOk(
        await callApi(ctx, 'actionUpdates.create', {
          itemId: engage.id,
          fields: { updateDate, text },
        }),
      );
    }

    const loaded = expectOk(await callApi(ctx, 'actionPlans.get', { id: plan.id }));
    expect(loaded).toMatchObject({
      name: 'Social Value Charter implementation',
      source: 'Scrutiny update, November',
      updatedBy: officer,
    });
    expect(loaded.items.map((item) => [item.reference, item.position])).toEqual([
      ['T1', 0],
      ['T2', 1],
      ['T3', 2],
      ['T4', 3],
    ]);
    expect(loaded.items[1]?.updates.map((update) => update.updateDate)).toEqual([
      '2025-11-03',
      '2025-09-12',
      '2025-07-20',
    ]);
    expect(loaded.items[3]).toMatchObject({ owner: null, dueDate: null, status: 'not-started' });
  });

  it('counts overdue items against the day given: past due and not complete, on hold included', async () => {
    const { ctx } = await openRecordsWorkspace(temp);
    const { plan } = await planWithItems(ctx);

    const on = async (asOf: string) => {
      const detail = expectOk(await callApi(ctx, 'actionPlans.get', { id: plan.id, asOf }));
      const [summary] = expectOk(await callApi(ctx, 'actionPlans.list', { asOf }));
      expect(summary?.overdueCount).toBe(detail.overdueCount);
      return detail.items.filter((item) => item.overdue).map((item) => item.reference);
    };
    // Due on the 31st is not overdue on the 31st; it is the day after.
    expect(await on('2025-08-31')).toEqual([]);
    expect(await on('2025-09-01')).toEqual(['T2']);
    // T1 is complete, so never overdue; T3 is on hold, and still overdue.
    expect(await on('2025-11-01')).toEqual(['T2', 'T3']);
    // T4 has no due date: it cannot be overdue.
    expect(await on('2030-01-01')).toEqual(['T2', 'T3']);

    const [summary] = expectOk(await callApi(ctx, 'actionPlans.list', { asOf: '2025-11-01' }));
    expect(summary).toMatchObject({
      itemCount: 4,
      statusCounts: { 'not-started': 1, 'in-progress': 1, complete: 1, 'on-hold': 1 },
      overdueCount: 2,
    });
  });

  it('judges overdue against today when no day is given', async () => {
    const { ctx } = await openRecordsWorkspace(temp);
    const plan = await charterPlan(ctx);
    await addItem(ctx, plan.id, { task: 'Long past', dueDate: '2001-01-01' });
    await addItem(ctx, plan.id, { task: 'Far off', dueDate: '2999-01-01' });
    const loaded = expectOk(await callApi(ctx, 'actionPlans.get', { id: plan.id }));
    expect(loaded.items.map((item) => item.overdue)).toEqual([true, false]);
    expect(loaded.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('moves an item, numbering the plan 0, 1, 2... and logging only what moved', async () => {
    const { ctx, db } = await openRecordsWorkspace(temp);
    const { plan, items } = await planWithItems(ctx);
    const before = countRows(db, 'change_log');

    const moved = expectOk(await callApi(ctx, 'actionItems.move', { id: nth(items, 3).id, to: 1 }));
    expect(moved.items.map((item) => item.reference)).toEqual(['T1', 'T4', 'T2', 'T3']);
    expect(moved.items.map((item) => item.position)).toEqual([0, 1, 2, 3]);
    // T4, T2 and T3 changed place; T1 did not.
    expect(countRows(db, 'change_log') - before).toBe(3);

    const last = expectOk(await callApi(ctx, 'actionItems.move', { id: nth(items, 0).id, to: 99 }));
    expect(last.items.map((item) => item.reference)).toEqual(['T4', 'T2', 'T3', 'T1']);

    // A deleted item leaves a gap that the next move closes.
    const t2 = nth(last.items, 1);
    expectOk(await callApi(ctx, 'actionItems.delete', { id: t2.id, version: t2.version }));
    const closed = expectOk(
      await callApi(ctx, 'actionItems.move', { id: nth(items, 3).id, to: 0 }),
    );
    expect(closed.items.map((item) => [item.reference, item.position])).toEqual([
      ['T4', 0],
      ['T3', 1],
      ['T1', 2],
    ]);
    expect(expectOk(await callApi(ctx, 'actionPlans.get', { id: plan.id })).items).toHaveLength(3);
  });

  it('writes each change to the audit trail, with who made it', async () => {
    const { ctx } = await openRecordsWorkspace(temp);
    const { plan, items } = await planWithItems(ctx);
    const item = nth(items, 1);
    const changed = expectOk(
      await callApi(as(ctx, 'Tom Hughes'), 'actionItems.update', {
        id: item.id,
        version: item.version,
        fields: { ...nth(charterItems, 1), status: 'complete', owner: 'Head of Procurement' },
      }),
    );
    expect(changed).toMatchObject({ status: 'complete', version: 2, updatedBy: 'Tom Hughes' });

    const trail = await auditOf(ctx, 'action_items', item.id);
    expect(trail.map((entry) => [entry.operation, entry.officer])).toEqual([
      ['update', 'Tom Hughes'],
      ['insert', officer],
    ]);
    expect(trail[0]?.changes).toEqual([
      { field: 'owner', old: 'Procurement Manager', new: 'Head of Procurement' },
      { field: 'status', old: 'in-progress', new: 'complete' },
    ]);

    const renamed = expectOk(
      await callApi(ctx, 'actionPlans.update', {
        id: plan.id,
        version: plan.version,
        fields: { name: 'Charter plan', source: null, description: null },
      }),
    );
    expect(renamed).toMatchObject({ name: 'Charter plan', source: null, version: 2 });
    const planTrail = await auditOf(ctx, 'action_plans', plan.id);
    expect(planTrail[0]?.changes.map((change) => change.field).sort()).toEqual([
      'description',
      'name',
      'source',
    ]);
  });

  it('refuses a save over a newer version, naming who changed it', async () => {
    const { ctx } = await openRecordsWorkspace(temp);
    const { items } = await planWithItems(ctx);
    const item = nth(items, 0);
    const fields = { ...nth(charterItems, 0), owner: 'Aisha Khan' };
    expectOk(
      await callApi(as(ctx, 'Tom Hughes'), 'actionItems.update', {
        id: item.id,
        version: item.version,
        fields,
      }),
    );
    const error = expectError(
      await callApi(ctx, 'actionItems.update', { id: item.id, version: item.version, fields }),
    );
    expect(error.code).toBe('conflict');
    expect(error.message).toContain('changed by Tom Hughes');
  });

  it('deletes and restores plans, items and updates; a child comes back only into a live parent', async () => {
    const { ctx } = await openRecordsWorkspace(temp);
    const { plan, items } = await planWithItems(ctx);
    const item = nth(items, 0);
    const update = expectOk(
      await callApi(ctx, 'actionUpdates.create', {
        itemId: item.id,
        fields: { updateDate: '2025-07-01', text: '11 of 11 briefings attended.' },
      }),
    );

    expectOk(await callApi(ctx, 'actionUpdates.delete', { id: update.id, version: 1 }));
    let loaded = expectOk(await callApi(ctx, 'actionPlans.get', { id: plan.id }));
    expect(loaded.items[0]?.updates).toEqual([]);
    expectOk(await callApi(ctx, 'actionUpdates.restore', { id: update.id }));
    loaded = expectOk(await callApi(ctx, 'actionPlans.get', { id: plan.id }));
    expect(loaded.items[0]?.updates.map((u) => u.text)).toEqual(['11 of 11 briefings attended.']);

    const fresh = nth(loaded.items, 0);
    expectOk(await callApi(ctx, 'actionItems.delete', { id: fresh.id, version: fresh.version }));
    expect(
      expectError(
        await callApi(ctx, 'actionUpdates.create', {
          itemId: fresh.id,
          fields: { updateDate: '2025-07-02', text: 'Too late' },
        }),
      ).code,
    ).toBe('not_found');
    const [summary] = expectOk(await callApi(ctx, 'actionPlans.list', {}));
    expect(summary?.itemCount).toBe(3);

    // The plan goes, taking its items out of reach; its item cannot be restored until it is back.
    expectOk(await callApi(ctx, 'actionPlans.delete', { id: plan.id, version: plan.version }));
    expect(expectOk(await callApi(ctx, 'actionPlans.list', {}))).toEqual([]);
    expect(expectError(await callApi(ctx, 'actionPlans.get', { id: plan.id })).code).toBe(
      'not_found',
    );
    const refused = expectError(await callApi(ctx, 'actionItems.restore', { id: fresh.id }));
    expect(refused).toMatchObject({ code: 'refused' });
    expect(refused.message).toContain('Restore the action plan first');

    expectOk(await callApi(ctx, 'actionPlans.restore', { id: plan.id }));
    const restored = expectOk(await callApi(ctx, 'actionItems.restore', { id: fresh.id }));
    expect(restored.updates.map((u) => u.text)).toEqual(['11 of 11 briefings attended.']);
    expect((await auditOf(ctx, 'action_plans', plan.id)).map((e) => e.operation)).toEqual([
      'restore',
      'delete',
      'insert',
    ]);
  });

  it('refuses bad input naming the field, and writes nothing', async () => {
    const { ctx, db } = await openRecordsWorkspace(temp);
    const plan = await charterPlan(ctx);
    const before = dumpTables(db);

    const noName = expectError(await callApi(ctx, 'actionPlans.create', { name: '  ' }));
    expect(noName.details?.issues).toEqual([
      { path: ['name'], message: 'Enter the name of the plan' },
    ]);

    const badItem = expectError(
      await callApi(ctx, 'actionItems.create', {
        planId: plan.id,
        fields: { task: '', dueDate: '2025-02-30', status: 'done' as never },
      }),
    );
    expect(badItem.details?.issues).toEqual([
      { path: ['fields', 'task'], message: 'Enter the task' },
      { path: ['fields', 'dueDate'], message: 'Enter a real date, for example 2026-01-01' },
      { path: ['fields', 'status'], message: 'Choose a status' },
    ]);

    const badUpdate = expectError(
      await callApi(ctx, 'actionUpdates.create', {
        itemId: plan.id,
        fields: { updateDate: '', text: 'x'.repeat(4001) },
      }),
    );
    expect(badUpdate.details?.issues?.map((issue) => issue.path.join('.'))).toEqual([
      'fields.updateDate',
      'fields.text',
    ]);

    // An item for a plan that does not exist.
    const orphan = expectError(
      await callApi(ctx, 'actionItems.create', {
        planId: '3f1c0d7e-5b6a-4c8d-9e0f-1a2b3c4d5e6f',
        fields: { task: 'Lost' },
      }),
    );
    expect(orphan.code).toBe('not_found');
    expect(dumpTables(db)).toEqual(before);
  });
});
