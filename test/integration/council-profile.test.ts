// The council profile through the API entry every host uses (dispatch with a session's context):
// round trip, soft deletes, the change log, version conflicts and refused input.

import { dirname } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Context } from '../../electron/api/context';
import { getCouncilProfile, saveCouncilProfile } from '../../electron/db/profile-repository';
import { workspaceFileIn } from '../../electron/workspace-location';
import { WorkspaceSession } from '../../electron/workspace-session';
import type {
  CouncilProfile,
  CouncilProfileInput,
  CouncilProfileValues,
} from '../../shared/council-profile';
import {
  callApi,
  countRows,
  dumpTables,
  expectError,
  expectOk,
  profileInput,
  useTempDirs,
  uuidPattern,
} from './temp-workspace';

const temp = useTempDirs();

/** A session on a new workspace, as a host opens one, for `officer`. */
async function openSession(officer: string, dataDir?: string): Promise<WorkspaceSession> {
  const session = new WorkspaceSession(workspaceFileIn(dataDir ?? (await temp.make())), officer);
  temp.onCleanup(() => session.close());
  return session;
}

async function loadProfile(ctx: Context): Promise<CouncilProfile> {
  return expectOk(await callApi(ctx, 'profile.get', {}));
}

interface LogRow {
  table_name: string;
  row_id: string;
  operation: string;
  old_values: string | null;
  new_values: string | null;
  officer: string;
  changed_at: string;
}

function logFor(ctx: Context, rowId: string): LogRow[] {
  return ctx.db
    .prepare('SELECT * FROM change_log WHERE row_id = ? ORDER BY rowid')
    .all(rowId) as LogRow[];
}

const byKey = (t: { kind: string; category: string; effectiveFrom: string }) =>
  `${t.kind}|${t.category}|${t.effectiveFrom}`;

/** Saves name, bands, thresholds (one changed, one removed, one added) and outcomes. */
async function saveChanges(ctx: Context) {
  const before = await loadProfile(ctx);
  const [amended, removed, ...keptThresholds] = before.thresholds;
  const [renamed, droppedOutcome, ...keptOutcomes] = before.strategicOutcomes;
  if (!amended || !removed || !renamed || !droppedOutcome) throw new Error('default profile');
  const added = {
    kind: 'local' as const,
    category: 'works' as const,
    vatBasis: 'net' as const,
    amountPence: 10_000_000,
    effectiveFrom: '2026-04-01',
  };
  const input: CouncilProfileInput = {
    ...profileInput(before),
    councilName: '  Northshire County Council ',
    financialYearStartMonth: 1,
    reportingFrequency: 'monthly',
    localArea: ['ns1', 'ns 2 - ns 9', 'NT'],
    ragGreenFromPercent: 85,
    ragAmberFromPercent: 55,
    defaultSocialValueWeightingPercent: 15,
    thresholds: [{ ...amended, amountPence: amended.amountPence + 100 }, ...keptThresholds, added],
    strategicOutcomes: [
      ...keptOutcomes.reverse(),
      { id: renamed.id, name: 'A Clean and Green Northshire' },
      { name: 'Net zero by 2035' },
    ],
  };
  const saved = expectOk(await callApi(ctx, 'profile.save', input));
  return { before, saved, amended, removed, added, renamed, droppedOutcome, keptOutcomes };
}

describe('saving the council profile', () => {
  it('starts from the default profile written by "system"', async () => {
    const ctx = (await openSession('Priya Shah')).context();
    const profile = await loadProfile(ctx);
    expect(profile).toMatchObject({ councilName: 'Your council', version: 1, updatedBy: 'system' });
    expect(profile.id).toMatch(uuidPattern);
    expect(profile.thresholds).toHaveLength(8);
    expect(profile.strategicOutcomes).toHaveLength(5);
  });

  it('round-trips name, settings, thresholds and outcomes', async () => {
    const ctx = (await openSession('Priya Shah')).context();
    const { before, saved, amended, removed, added, renamed, keptOutcomes } =
      await saveChanges(ctx);

    expect(saved).toEqual(await loadProfile(ctx));
    expect(saved).toMatchObject({
      id: before.id,
      councilName: 'Northshire County Council',
      financialYearStartMonth: 1,
      reportingFrequency: 'monthly',
      localArea: ['NS1', 'NS2-NS9', 'NT'],
      ragGreenFromPercent: 85,
      ragAmberFromPercent: 55,
      defaultSocialValueWeightingPercent: 15,
      version: before.version + 1,
      updatedBy: 'Priya Shah',
    });
    expect(saved.updatedAt >= before.updatedAt).toBe(true);

    const thresholds = new Map(saved.thresholds.map((t) => [byKey(t), t]));
    expect(saved.thresholds).toHaveLength(before.thresholds.length);
    expect(thresholds.get(byKey(amended))).toEqual({
      ...amended,
      amountPence: amended.amountPence + 100,
    });
    expect(saved.thresholds.map((t) => t.id)).not.toContain(removed.id);
    expect(thresholds.get(byKey(added))).toEqual({
      ...added,
      id: expect.stringMatching(uuidPattern),
    });

    expect(saved.strategicOutcomes.map((o) => o.name)).toEqual([
      ...keptOutcomes.map((o) => o.name),
      'A Clean and Green Northshire',
      'Net zero by 2035',
    ]);
    expect(saved.strategicOutcomes.find((o) => o.id === renamed.id)?.name).toBe(
      'A Clean and Green Northshire',
    );
  });

  it('soft-deletes removed thresholds and outcomes, marked with the officer', async () => {
    const ctx = (await openSession('Priya Shah')).context();
    const { removed, droppedOutcome } = await saveChanges(ctx);

    for (const [table, id] of [
      ['thresholds', removed.id],
      ['strategic_outcomes', droppedOutcome.id],
    ] as const) {
      const row = ctx.db.prepare(`SELECT * FROM ${table} WHERE id = ?`).get(id);
      expect(row, table).toMatchObject({
        deleted_at: expect.any(String),
        deleted_by: 'Priya Shah',
        updated_by: 'Priya Shah',
        version: 2,
      });
    }
    expect(expectOk(await callApi(ctx, 'workspace.stats', {}))).toMatchObject({
      councilProfiles: 1,
      thresholds: 8,
      strategicOutcomes: 5,
    });
    expect(countRows(ctx.db, 'thresholds')).toBe(9);
    expect(countRows(ctx.db, 'strategic_outcomes')).toBe(6);
  });

  it('writes each change to the change log with the officer, old and new values', async () => {
    const ctx = (await openSession('Priya Shah')).context();
    const { before, saved, amended, removed, added, droppedOutcome } = await saveChanges(ctx);

    const profileLog = logFor(ctx, before.id).filter((row) => row.officer === 'Priya Shah');
    expect(profileLog).toHaveLength(1);
    expect(profileLog[0]).toMatchObject({ table_name: 'council_profile', operation: 'update' });
    expect(JSON.parse(profileLog[0]?.old_values ?? '')).toMatchObject({
      council_name: 'Your council',
      financial_year_start_month: 4,
    });
    expect(JSON.parse(profileLog[0]?.new_values ?? '')).toMatchObject({
      council_name: 'Northshire County Council',
      financial_year_start_month: 1,
      local_area: '["NS1","NS2-NS9","NT"]',
    });

    const amendLog = logFor(ctx, amended.id).at(-1);
    expect(amendLog).toMatchObject({ operation: 'update', officer: 'Priya Shah' });
    expect(JSON.parse(amendLog?.old_values ?? '')).toEqual({ amount_pence: amended.amountPence });
    expect(JSON.parse(amendLog?.new_values ?? '')).toEqual({
      amount_pence: amended.amountPence + 100,
    });

    expect(logFor(ctx, removed.id).at(-1)).toMatchObject({
      table_name: 'thresholds',
      operation: 'delete',
      officer: 'Priya Shah',
    });
    expect(logFor(ctx, droppedOutcome.id).at(-1)).toMatchObject({
      table_name: 'strategic_outcomes',
      operation: 'delete',
      officer: 'Priya Shah',
    });
    const addedId = saved.thresholds.find((t) => byKey(t) === byKey(added))?.id ?? '';
    expect(logFor(ctx, addedId)).toEqual([
      expect.objectContaining({ operation: 'insert', officer: 'Priya Shah', old_values: null }),
    ]);

    const officers = ctx.db.prepare('SELECT DISTINCT officer FROM change_log').pluck().all();
    expect(officers.sort()).toEqual(['Priya Shah', 'system']);
  });

  it('writes nothing and keeps the version when nothing changed', async () => {
    const ctx = (await openSession('Priya Shah')).context();
    const before = await loadProfile(ctx);
    const stored = dumpTables(ctx.db);
    expect(expectOk(await callApi(ctx, 'profile.save', profileInput(before)))).toEqual(before);
    expect(dumpTables(ctx.db)).toEqual(stored);
  });
});

describe('conflicts', () => {
  it('refuses a save over a newer version with the conflict code and writes nothing', async () => {
    const priya = await openSession('Priya Shah');
    const tom = await openSession('Tom Okafor', dirname(priya.workspace.file));
    const seenByTom = await loadProfile(tom.context());

    const priyasSave = await saveChanges(priya.context());
    const stored = dumpTables(priya.context().db);

    const error = expectError(
      await callApi(tom.context(), 'profile.save', {
        ...profileInput(seenByTom),
        councilName: 'Tom was here',
      }),
    );
    expect(error.code).toBe('conflict');
    expect(error.message).toContain('Priya Shah');
    expect(error.message).toMatch(/Reload/);
    expect(dumpTables(priya.context().db)).toEqual(stored);
    expect(await loadProfile(tom.context())).toEqual(priyasSave.saved);
  });

  it('refuses a row that was removed elsewhere, naming the row, and writes nothing', async () => {
    const ctx = (await openSession('Priya Shah')).context();
    const { saved, removed } = await saveChanges(ctx);
    const stored = dumpTables(ctx.db);

    const error = expectError(
      await callApi(ctx, 'profile.save', {
        ...profileInput(saved),
        councilName: 'Renamed again',
        thresholds: [...saved.thresholds, { ...removed, effectiveFrom: '2030-01-01' }],
      }),
    );
    expect(error.code).toBe('conflict');
    expect(error.details?.issues).toEqual([
      { path: ['thresholds', saved.thresholds.length], message: expect.stringMatching(/removed/) },
    ]);
    expect(dumpTables(ctx.db)).toEqual(stored);
  });
});

describe('invalid input', () => {
  it('is refused with details naming each field, and nothing is written', async () => {
    const ctx = (await openSession('Priya Shah')).context();
    const before = await loadProfile(ctx);
    const [first, ...rest] = before.thresholds;
    if (!first) throw new Error('default profile');
    const stored = dumpTables(ctx.db);

    const error = expectError(
      await callApi(ctx, 'profile.save', {
        ...profileInput(before),
        councilName: '   ',
        localArea: ['LS1', 'not a postcode'],
        ragGreenFromPercent: 50,
        ragAmberFromPercent: 70,
        thresholds: [{ ...first, amountPence: -100 }, ...rest],
        strategicOutcomes: [{ name: 'Safe and Well' }, { name: 'safe and well' }],
      }),
    );

    expect(error.code).toBe('invalid_input');
    expect(error.message).toContain('(councilName)');
    expect(error.message).toMatch(/and \d+ more/);
    const paths = (error.details?.issues ?? []).map((issue) => issue.path.join('.'));
    expect(paths).toEqual(
      expect.arrayContaining([
        'councilName',
        'localArea.1',
        'ragAmberFromPercent',
        'thresholds.0.amountPence',
        'strategicOutcomes.1.name',
      ]),
    );
    const byPath = new Map(error.details?.issues?.map((i) => [i.path.join('.'), i.message]));
    expect(byPath.get('councilName')).toBe('Enter the council name');
    expect(byPath.get('thresholds.0.amountPence')).toBe('Enter an amount above £0');
    expect(dumpTables(ctx.db)).toEqual(stored);
  });

  it('refuses input that is not a profile at all', async () => {
    const ctx = (await openSession('Priya Shah')).context();
    const stored = dumpTables(ctx.db);
    for (const input of ['Northshire', null, { councilName: 'Northshire' }]) {
      const error = expectError(
        await callApi(ctx, 'profile.save', input as unknown as CouncilProfileInput),
      );
      expect(error.code).toBe('invalid_input');
      expect(error.details?.issues?.length).toBeGreaterThan(0);
    }
    expect(dumpTables(ctx.db)).toEqual(stored);
  });

  it('leaves nothing behind when the database refuses a value part way through a save', async () => {
    // Past the schema's checks (the repository called directly), the CHECK constraint on the
    // month fails after the thresholds were written: the transaction must undo them.
    const { db } = (await openSession('Priya Shah')).context();
    const before = getCouncilProfile(db);
    const stored = dumpTables(db);
    const values: CouncilProfileValues = {
      ...before,
      financialYearStartMonth: 13,
      thresholds: before.thresholds.slice(1),
      strategicOutcomes: [...before.strategicOutcomes, { name: 'Net zero by 2035' }],
    };

    expect(() => saveCouncilProfile(db, values, 'Priya Shah')).toThrow(/CHECK constraint/);
    expect(dumpTables(db)).toEqual(stored);
  });
});
