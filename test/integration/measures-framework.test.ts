// The measures framework on a real workspace through the migrations and the API: the starter
// framework written once, versions copied and found by date, measures edited with their audit
// trail, deletes refused while a contract uses the measure, proxy changes that never reach
// commitments, themes and outcomes, and imports that are all or nothing.

import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { describe, expect, it, vi } from 'vitest';
import type { Context } from '../../electron/api/context';
import { frameworkInForce, measuresInForce } from '../../electron/db/framework-repository';
import { migrate } from '../../electron/db/migrate';
import { migrations } from '../../electron/db/migrations';
import { openWorkspace } from '../../electron/db/open';
import { ensureCouncilProfile, getCouncilProfile } from '../../electron/db/profile-repository';
import { deleteRecord } from '../../electron/db/records';
import { starterVersion } from '../../electron/db/starter-framework';
import { workspaceFileIn } from '../../electron/workspace-location';
import type { Framework, Measure, MeasureInput } from '../../shared/measures-framework';
import {
  as,
  createContract,
  createSupplier,
  loadProfile,
  openRecordsWorkspace,
} from './seed-records';
import {
  callApi,
  countRows,
  dumpTables,
  expectError,
  expectOk,
  useTempDirs,
} from './temp-workspace';

const temp = useTempDirs();
const essex = readFileSync('/work/shared/data/frameworks/essex-quarterly-return-measures.csv');
const essexFile = {
  fileName: 'essex-quarterly-return-measures.csv',
  contentBase64: essex.toString('base64'),
};

const allMeasures = (framework: Framework): Measure[] =>
  framework.themes.flatMap((t) => t.outcomes.flatMap((o) => o.measures));

async function starter(ctx: Context) {
  return expectOk(await callApi(ctx, 'framework.get', {}));
}

function measureCoded(framework: Framework, code: string): Measure {
  const found = allMeasures(framework).find((m) => m.code === code);
  if (!found) throw new Error(`No measure ${code}`);
  return found;
}

/** The form's values for a stored measure, as a screen sends them back. */
function measureInput(measure: Measure): MeasureInput {
  return {
    outcomeId: measure.outcomeId,
    code: measure.code,
    title: measure.title,
    guidance: measure.guidance,
    unit: measure.unit,
    kind: measure.kind,
    proxyPence: measure.proxyPence,
    evidenceRequired: measure.evidenceRequired,
    councilOutcomeIds: measure.councilOutcomeIds,
  };
}

const stamp = () => {
  const at = new Date().toISOString();
  return [at, at, 'test', 1] as const;
};

/** A commitment row written as the commitments part of the app would, straight in SQL. */
function insertCommitment(
  db: Database.Database,
  contractId: string,
  measureId: string,
  proxyPence: number | null,
): string {
  const id = randomUUID();
  db.prepare(
    `INSERT INTO commitments (id, contract_id, measure_id, quantity, proxy_pence,
       created_at, updated_at, updated_by, version) VALUES (?, ?, ?, 10, ?, ?, ?, ?, ?)`,
  ).run(id, contractId, measureId, proxyPence, ...stamp());
  return id;
}

/** A return with one line for the measure, straight in SQL. */
function insertReturnLine(db: Database.Database, contractId: string, measureId: string): string {
  const returnId = randomUUID();
  db.prepare(
    `INSERT INTO returns (id, contract_id, period_start, period_end, period_label, status,
       created_at, updated_at, updated_by, version)
     VALUES (?, ?, '2026-04-01', '2026-06-30', 'Q1 2026/27', 'submitted', ?, ?, ?, ?)`,
  ).run(returnId, contractId, ...stamp());
  db.prepare(
    `INSERT INTO return_lines (id, return_id, measure_id, quantity, created_at, updated_at,
       updated_by, version) VALUES (?, ?, ?, 3, ?, ?, ?, ?)`,
  ).run(randomUUID(), returnId, measureId, ...stamp());
  return returnId;
}

describe('the starter framework', () => {
  it('is written once into a new workspace: 21 measures in five themes, from 1 April 2020', async () => {
    const { ctx, db } = await openRecordsWorkspace(temp);
    const versions = expectOk(await callApi(ctx, 'framework.versions', {}));
    expect(versions).toEqual([
      expect.objectContaining({
        name: 'Starter framework',
        effectiveFrom: '2020-04-01',
        measureCount: 21,
        inForce: true,
        updatedBy: 'system',
      }),
    ]);
    const framework = await starter(ctx);
    expect(framework.themes.map((t) => t.name)).toEqual([
      'Jobs and skills',
      'Local economy and supply chain',
      'Communities and volunteering',
      'Environment and climate',
      'Fair work',
    ]);
    const measures = allMeasures(framework);
    expect(measures.map((m) => m.code)).toEqual([
      'JS1',
      'JS2',
      'JS3',
      'JS4',
      'JS5',
      'JS6',
      'JS7',
      'LE1',
      'LE2',
      'LE3',
      'LE4',
      'CV1',
      'CV2',
      'CV3',
      'CV4',
      'EC1',
      'EC2',
      'EC3',
      'FW1',
      'FW2',
      'FW3',
    ]);
    expect(countRows(db, 'change_log', "table_name = 'measures' AND officer = 'system'")).toBe(21);
    db.close();
    // Opened again, nothing more is written.
    const again = openWorkspace(ctx.file);
    temp.onCleanup(() => again.db.close());
    expect(countRows(again.db, 'framework_versions')).toBe(1);
    expect(countRows(again.db, 'measures')).toBe(21);
  });

  it('leaves proxy values to the council, except £1 per £1 for money; record-only has none', async () => {
    const { ctx } = await openRecordsWorkspace(temp);
    const measures = allMeasures(await starter(ctx));
    const money = measures.filter((m) => m.kind === 'money');
    expect(money.map((m) => m.code)).toEqual(['LE1', 'LE2', 'LE3', 'CV2', 'CV3']);
    expect(money.every((m) => m.proxyPence === 100 && m.unit === '£')).toBe(true);
    expect(measures.filter((m) => m.kind !== 'money').every((m) => m.proxyPence === null)).toBe(
      true,
    );
    expect(measures.filter((m) => m.kind === 'record-only').map((m) => m.code)).toEqual([
      'FW2',
      'FW3',
    ]);
  });

  it("ties each measure to the council's strategic outcomes in the profile", async () => {
    const { ctx } = await openRecordsWorkspace(temp);
    const profile = await loadProfile(ctx);
    const outcomeId = (name: string) => profile.strategicOutcomes.find((o) => o.name === name)?.id;
    const framework = await starter(ctx);
    expect(measureCoded(framework, 'EC1').councilOutcomeIds).toEqual([
      outcomeId('Clean and Green'),
    ]);
    expect(measureCoded(framework, 'JS1').councilOutcomeIds).toEqual([
      outcomeId('Improved Opportunities'),
      outcomeId('Strong Economy, Transport and Infrastructure'),
    ]);
    expect(allMeasures(framework).every((m) => m.councilOutcomeIds.length > 0)).toBe(true);
  });
});

describe('a workspace from before the framework', () => {
  it('gets the starter framework when opened, tied to the council outcomes it still has', async () => {
    const file = workspaceFileIn(await temp.make());
    const old = new Database(file);
    migrate(old, file, migrations.slice(0, 2));
    ensureCouncilProfile(old);
    const green = getCouncilProfile(old).strategicOutcomes.find(
      (o) => o.name === 'Clean and Green',
    );
    deleteRecord(old, 'strategic_outcomes', green?.id ?? '', 'Priya Shah');
    old.close();

    const opened = openWorkspace(file);
    temp.onCleanup(() => opened.db.close());
    expect(opened.migration.from).toBe(2);
    const measures = measuresInForce(opened.db, '2025-01-01');
    expect(measures).toHaveLength(21);
    expect(measures.find((m) => m.code === 'EC1')?.councilOutcomeIds).toEqual([]);
    expect(measures.find((m) => m.code === 'JS1')?.councilOutcomeIds).toHaveLength(2);
  });
});

describe('versions', () => {
  async function withSecondVersion() {
    const workspace = await openRecordsWorkspace(temp);
    const first = await starter(workspace.ctx);
    const second = expectOk(
      await callApi(workspace.ctx, 'framework.createVersion', {
        copyFromId: first.version.id,
        name: 'Framework 2026',
        effectiveFrom: '2026-04-01',
      }),
    );
    return { ...workspace, first, second };
  }

  it('a new version copies every theme, outcome and measure as new rows', async () => {
    const { ctx, db, first, second } = await withSecondVersion();
    expect(second).toMatchObject({ name: 'Framework 2026', measureCount: 21, notes: null });
    const copy = expectOk(await callApi(ctx, 'framework.get', { id: second.id }));
    const summary = (framework: Framework) =>
      framework.themes.map((t) => [
        t.name,
        t.outcomes.map((o) => [
          o.name,
          o.measures.map((m) => [m.code, m.proxyPence, m.councilOutcomeIds]),
        ]),
      ]);
    expect(summary(copy)).toEqual(summary(first));
    const firstIds = new Set(allMeasures(first).map((m) => m.id));
    expect(allMeasures(copy).some((m) => firstIds.has(m.id))).toBe(false);
    expect(countRows(db, 'measures')).toBe(42);
  });

  it('the version in force on a date is the latest to have taken effect by then', async () => {
    const { ctx, db, first, second } = await withSecondVersion();
    const onDate = async (date: string) =>
      expectOk(await callApi(ctx, 'framework.get', { date })).version.id;
    expect(await onDate('2020-04-01')).toBe(first.version.id);
    expect(await onDate('2026-03-31')).toBe(first.version.id);
    expect(await onDate('2026-04-01')).toBe(second.id);
    expect(await onDate('2031-01-01')).toBe(second.id);
    expect(expectError(await callApi(ctx, 'framework.get', { date: '2020-03-31' }))).toMatchObject({
      code: 'not_found',
    });

    expect(frameworkInForce(db, '2025-06-01')?.id).toBe(first.version.id);
    expect(frameworkInForce(db, '2019-06-01')).toBeNull();
    const codesAndVersions = (measures: Measure[]) =>
      new Set(measures.map((m) => m.frameworkVersionId));
    expect(codesAndVersions(measuresInForce(db, '2025-06-01'))).toEqual(
      new Set([first.version.id]),
    );
    expect(codesAndVersions(measuresInForce(db, '2027-01-01'))).toEqual(new Set([second.id]));
    expect(measuresInForce(db, '2019-01-01')).toEqual([]);
    // No date: the latest version, even before it takes effect.
    expect(codesAndVersions(measuresInForce(db))).toEqual(new Set([second.id]));
    const inForce = expectOk(await callApi(ctx, 'measures.inForce', { date: '2025-06-01' }));
    expect(inForce).toHaveLength(21);
    expect(inForce[0]).toMatchObject({
      code: 'JS1',
      themeName: 'Jobs and skills',
      outcomeName: 'More local people in good work',
      kind: 'quantity',
      proxyPence: null,
    });
  });

  it('refuses a second version taking effect on the same date, beside the date', async () => {
    const { ctx, first, second } = await withSecondVersion();
    const error = expectError(
      await callApi(ctx, 'framework.createVersion', {
        copyFromId: first.version.id,
        name: 'Again',
        effectiveFrom: '2026-04-01',
      }),
    );
    expect(error.details?.issues).toEqual([
      {
        path: ['effectiveFrom'],
        message:
          'The version "Framework 2026" already takes effect on 1 April 2026. Choose another date.',
      },
    ]);
    const moved = expectError(
      await callApi(ctx, 'framework.updateVersion', {
        id: second.id,
        version: second.version,
        fields: { name: 'Framework 2026', effectiveFrom: '2020-04-01' },
      }),
    );
    expect(moved.details?.issues?.[0]?.path).toEqual(['fields', 'effectiveFrom']);
  });

  it('renames a version and moves its date, refusing a stale copy', async () => {
    const { ctx, second } = await withSecondVersion();
    const fields = { name: 'Framework 2026/27', effectiveFrom: '2026-05-01', notes: 'Agreed' };
    const saved = expectOk(
      await callApi(ctx, 'framework.updateVersion', {
        id: second.id,
        version: second.version,
        fields,
      }),
    );
    expect(saved).toMatchObject({ ...fields, version: second.version + 1 });
    const stale = expectError(
      await callApi(ctx, 'framework.updateVersion', {
        id: second.id,
        version: second.version,
        fields,
      }),
    );
    expect(stale.code).toBe('conflict');
  });

  it('deletes a version no contract uses, and restores it; never the last one', async () => {
    const { ctx, db, first, second } = await withSecondVersion();
    expectOk(
      await callApi(ctx, 'framework.deleteVersion', { id: second.id, version: second.version }),
    );
    expect(expectOk(await callApi(ctx, 'framework.versions', {})).map((v) => v.id)).toEqual([
      first.version.id,
    ]);
    expect(measuresInForce(db, '2030-01-01')[0]?.frameworkVersionId).toBe(first.version.id);
    const last = expectError(
      await callApi(ctx, 'framework.deleteVersion', {
        id: first.version.id,
        version: first.version.version,
      }),
    );
    expect(last).toMatchObject({ code: 'refused', message: expect.stringMatching(/only version/) });
    const restored = expectOk(await callApi(ctx, 'framework.restoreVersion', { id: second.id }));
    expect(restored.measureCount).toBe(21);
  });

  it('refuses to delete a version whose measures a contract uses', async () => {
    const { ctx, db, second } = await withSecondVersion();
    const copy = expectOk(await callApi(ctx, 'framework.get', { id: second.id }));
    const supplier = await createSupplier(ctx);
    const contract = await createContract(ctx, supplier.id);
    insertCommitment(db, contract.id, measureCoded(copy, 'JS3').id, 1000);
    const error = expectError(
      await callApi(ctx, 'framework.deleteVersion', { id: second.id, version: second.version }),
    );
    expect(error).toEqual({
      code: 'refused',
      message:
        'This version cannot be deleted: 1 contract uses its measures in commitments or returns.',
    });
  });
});

describe('measures', () => {
  it('an officer sets a proxy value; the change is in the audit trail under their name', async () => {
    const { ctx } = await openRecordsWorkspace(temp);
    const js3 = measureCoded(await starter(ctx), 'JS3');
    const saved = expectOk(
      await callApi(as(ctx, 'Tom Hughes'), 'measures.update', {
        id: js3.id,
        version: js3.version,
        fields: { ...measureInput(js3), proxyPence: 15_000 },
      }),
    );
    expect(saved).toMatchObject({
      proxyPence: 15_000,
      version: js3.version + 1,
      updatedBy: 'Tom Hughes',
    });
    const history = expectOk(
      await callApi(ctx, 'audit.history', { table: 'measures', id: js3.id }),
    );
    expect(history[0]).toMatchObject({
      operation: 'update',
      officer: 'Tom Hughes',
      changes: [{ field: 'proxy_pence', old: null, new: 15_000 }],
    });
    expect(history.at(-1)).toMatchObject({ operation: 'insert', officer: 'system' });
  });

  it('adds a measure to an outcome, at its end, and reads it back with where it sits', async () => {
    const { ctx } = await openRecordsWorkspace(temp);
    const framework = await starter(ctx);
    const outcome = framework.themes[3]?.outcomes[1];
    const created = expectOk(
      await callApi(ctx, 'measures.create', {
        outcomeId: outcome?.id ?? '',
        code: 'EC4',
        title: 'Single-use plastic removed',
        unit: 'kg',
        kind: 'quantity',
        proxyPence: 250,
        evidenceRequired: 'Purchase records',
      }),
    );
    expect(created).toMatchObject({
      code: 'EC4',
      themeName: 'Environment and climate',
      outcomeName: 'Less waste',
      position: 1,
      frameworkVersionId: framework.version.id,
      councilOutcomeIds: [],
      guidance: null,
    });
    const details = expectOk(await callApi(ctx, 'measures.get', { id: created.id }));
    expect(details).toMatchObject({ frameworkVersionName: 'Starter framework', contractsUsing: 0 });
  });

  it('a money measure added with no proxy counts £1 per £1', async () => {
    const { ctx } = await openRecordsWorkspace(temp);
    const outcomeId = (await starter(ctx)).themes[1]?.outcomes[0]?.id ?? '';
    const created = expectOk(
      await callApi(ctx, 'measures.create', {
        outcomeId,
        code: 'LE5',
        title: 'Spend with local social enterprises',
        unit: '£',
        kind: 'money',
      }),
    );
    expect(created.proxyPence).toBe(100);
  });

  it('refuses a code another measure of the version has, whatever its capitals', async () => {
    const { ctx } = await openRecordsWorkspace(temp);
    const framework = await starter(ctx);
    const js1 = measureCoded(framework, 'JS1');
    const error = expectError(
      await callApi(ctx, 'measures.create', { ...measureInput(js1), code: 'js2' }),
    );
    expect(error.details?.issues).toEqual([
      {
        path: ['code'],
        message:
          'Another measure in this version already has the code js2 ("People facing barriers to work taken on for the contract"). Use a different code.',
      },
    ]);
    const update = expectError(
      await callApi(ctx, 'measures.update', {
        id: js1.id,
        version: js1.version,
        fields: { ...measureInput(js1), code: 'JS2' },
      }),
    );
    expect(update.details?.issues?.[0]?.path).toEqual(['fields', 'code']);
    // Its own code is fine, and so is a code used only in another version.
    expectOk(
      await callApi(ctx, 'measures.update', {
        id: js1.id,
        version: js1.version,
        fields: { ...measureInput(js1), title: 'Local people employed' },
      }),
    );
  });

  it('refuses a proxy on a record-only measure, and an outcome of another version', async () => {
    const { ctx } = await openRecordsWorkspace(temp);
    const first = await starter(ctx);
    const second = expectOk(
      await callApi(ctx, 'framework.createVersion', {
        copyFromId: first.version.id,
        name: 'Next',
        effectiveFrom: '2027-04-01',
      }),
    );
    const fw3 = measureCoded(first, 'FW3');
    const proxy = expectError(
      await callApi(ctx, 'measures.update', {
        id: fw3.id,
        version: fw3.version,
        fields: { ...measureInput(fw3), proxyPence: 100 },
      }),
    );
    expect(proxy.details?.issues).toEqual([
      {
        path: ['fields', 'proxyPence'],
        message: 'A record-only measure has no proxy value: clear it, or choose another kind',
      },
    ]);
    const otherOutcome = (expectOk(await callApi(ctx, 'framework.get', { id: second.id })).themes[0]
      ?.outcomes[0]?.id ?? '') as string;
    const moved = expectError(
      await callApi(ctx, 'measures.update', {
        id: fw3.id,
        version: fw3.version,
        fields: { ...measureInput(fw3), outcomeId: otherOutcome },
      }),
    );
    expect(moved.details?.issues).toEqual([
      {
        path: ['fields', 'outcomeId'],
        message: 'Choose an outcome of the same framework version.',
      },
    ]);
  });

  it('moves a measure to another outcome of its version, at the end', async () => {
    const { ctx } = await openRecordsWorkspace(temp);
    const framework = await starter(ctx);
    const js7 = measureCoded(framework, 'JS7');
    const target = framework.themes[2]?.outcomes[0];
    const saved = expectOk(
      await callApi(ctx, 'measures.update', {
        id: js7.id,
        version: js7.version,
        fields: { ...measureInput(js7), outcomeId: target?.id ?? '' },
      }),
    );
    expect(saved).toMatchObject({ outcomeName: 'Stronger communities', position: 4 });
    const after = await starter(ctx);
    expect(after.themes[2]?.outcomes[0]?.measures.map((m) => m.code)).toEqual([
      'CV1',
      'CV2',
      'CV3',
      'CV4',
      'JS7',
    ]);
  });

  it('changing a proxy value never changes a commitment made before', async () => {
    const { ctx, db } = await openRecordsWorkspace(temp);
    const js1 = measureCoded(await starter(ctx), 'JS1');
    const supplier = await createSupplier(ctx);
    const contract = await createContract(ctx, supplier.id);
    const commitmentId = insertCommitment(db, contract.id, js1.id, 2_000_000);
    const before = db.prepare('SELECT * FROM commitments WHERE id = ?').get(commitmentId);

    for (const proxyPence of [3_000_000, null, 0]) {
      const current = expectOk(await callApi(ctx, 'measures.get', { id: js1.id }));
      expectOk(
        await callApi(ctx, 'measures.update', {
          id: js1.id,
          version: current.version,
          fields: { ...measureInput(current), proxyPence },
        }),
      );
    }
    expect(db.prepare('SELECT * FROM commitments WHERE id = ?').get(commitmentId)).toEqual(before);
    expect(countRows(db, 'change_log', "table_name = 'commitments'")).toBe(0);
    // A new version copies the measure's current proxy; the commitment still points at the old row.
    const next = expectOk(
      await callApi(ctx, 'framework.createVersion', {
        copyFromId: js1.frameworkVersionId,
        name: 'Next',
        effectiveFrom: '2026-01-01',
      }),
    );
    expect(db.prepare('SELECT * FROM commitments WHERE id = ?').get(commitmentId)).toEqual(before);
    expect(
      measureCoded(expectOk(await callApi(ctx, 'framework.get', { id: next.id })), 'JS1')
        .proxyPence,
    ).toBe(0);
  });
});

describe('deleting a measure', () => {
  it('is refused while a commitment or a return uses it, naming how many contracts', async () => {
    const { ctx, db } = await openRecordsWorkspace(temp);
    const js1 = measureCoded(await starter(ctx), 'JS1');
    const supplier = await createSupplier(ctx);
    const [a, b] = [await createContract(ctx, supplier.id), await createContract(ctx, supplier.id)];
    const commitmentId = insertCommitment(db, a.id, js1.id, 100);
    insertReturnLine(db, a.id, js1.id);
    const returnId = insertReturnLine(db, b.id, js1.id);
    const before = dumpTables(db);

    const error = expectError(
      await callApi(ctx, 'measures.delete', { id: js1.id, version: js1.version }),
    );
    expect(error).toEqual({
      code: 'refused',
      message:
        'JS1 cannot be deleted: 2 contracts use it in commitments or returns. Remove it from those contracts first, or keep the measure.',
    });
    expect(dumpTables(db)).toEqual(before);
    expect(expectOk(await callApi(ctx, 'measures.get', { id: js1.id })).contractsUsing).toBe(2);

    // Once the return is gone, one contract still commits to it.
    db.prepare("UPDATE returns SET deleted_at = '2026-01-01T00:00:00.000Z' WHERE id = ?").run(
      returnId,
    );
    expect(
      expectError(await callApi(ctx, 'measures.delete', { id: js1.id, version: js1.version }))
        .message,
    ).toMatch(
      /^JS1 cannot be deleted: 1 contract uses it in commitments or returns\. Remove it from that contract first/,
    );

    db.prepare("UPDATE commitments SET deleted_at = '2026-01-01T00:00:00.000Z' WHERE id = ?").run(
      commitmentId,
    );
    db.prepare(
      "UPDATE return_lines SET deleted_at = '2026-01-01T00:00:00.000Z' WHERE measure_id = ?",
    ).run(js1.id);
    expectOk(await callApi(ctx, 'measures.delete', { id: js1.id, version: js1.version }));
    expect(allMeasures(await starter(ctx)).map((m) => m.code)).not.toContain('JS1');
    expectError(await callApi(ctx, 'measures.get', { id: js1.id }));
  });

  it('can be undone, unless the code has been given to another measure meanwhile', async () => {
    const { ctx } = await openRecordsWorkspace(temp);
    const js1 = measureCoded(await starter(ctx), 'JS1');
    expectOk(await callApi(ctx, 'measures.delete', { id: js1.id, version: js1.version }));
    const other = expectOk(
      await callApi(ctx, 'measures.create', { ...measureInput(js1), title: 'A new JS1' }),
    );
    expect(expectError(await callApi(ctx, 'measures.restore', { id: js1.id }))).toMatchObject({
      code: 'refused',
      message: expect.stringContaining('another measure of its version now has the code JS1'),
    });
    expectOk(await callApi(ctx, 'measures.delete', { id: other.id, version: other.version }));
    const restored = expectOk(await callApi(ctx, 'measures.restore', { id: js1.id }));
    expect(restored).toMatchObject({ code: 'JS1', title: js1.title });
    const history = expectOk(
      await callApi(ctx, 'audit.history', { table: 'measures', id: js1.id }),
    );
    expect(history.map((entry) => entry.operation)).toEqual(['restore', 'delete', 'insert']);
  });
});

describe('themes and outcomes', () => {
  it('are added at the end, renamed, and moved, the framework returned each time', async () => {
    const { ctx } = await openRecordsWorkspace(temp);
    const framework = await starter(ctx);
    const versionId = framework.version.id;
    let after = expectOk(
      await callApi(ctx, 'themes.create', { frameworkVersionId: versionId, name: 'Health' }),
    );
    const health = after.themes.at(-1);
    expect(health?.name).toBe('Health');
    after = expectOk(
      await callApi(ctx, 'outcomes.create', { themeId: health?.id ?? '', name: 'Active lives' }),
    );
    expect(after.themes.at(-1)?.outcomes.map((o) => o.name)).toEqual(['Active lives']);
    after = expectOk(
      await callApi(ctx, 'themes.rename', {
        id: health?.id ?? '',
        version: health?.version ?? 0,
        name: 'Health and wellbeing',
      }),
    );
    expect(after.themes.at(-1)?.name).toBe('Health and wellbeing');
    after = expectOk(await callApi(ctx, 'themes.move', { id: health?.id ?? '', to: 0 }));
    expect(after.themes.map((t) => t.name)).toEqual([
      'Health and wellbeing',
      'Jobs and skills',
      'Local economy and supply chain',
      'Communities and volunteering',
      'Environment and climate',
      'Fair work',
    ]);
    const jobs = after.themes[1];
    after = expectOk(
      await callApi(ctx, 'outcomes.move', { id: jobs?.outcomes[1]?.id ?? '', to: 0 }),
    );
    expect(after.themes[1]?.outcomes.map((o) => o.name)).toEqual([
      'Skills for work',
      'More local people in good work',
    ]);
  });

  it('refuse a name their version or theme already has', async () => {
    const { ctx } = await openRecordsWorkspace(temp);
    const framework = await starter(ctx);
    const theme = expectError(
      await callApi(ctx, 'themes.create', {
        frameworkVersionId: framework.version.id,
        name: 'fair WORK',
      }),
    );
    expect(theme.details?.issues).toEqual([
      {
        path: ['name'],
        message:
          'This framework version already has a theme called "fair WORK". Use a different name.',
      },
    ]);
    const jobs = framework.themes[0];
    const outcome = expectError(
      await callApi(ctx, 'outcomes.rename', {
        id: jobs?.outcomes[1]?.id ?? '',
        version: 1,
        name: 'More local people in good work',
      }),
    );
    expect(outcome.details?.issues?.[0]?.message).toBe(
      'This theme already has an outcome called "More local people in good work". Use a different name.',
    );
  });

  it('are not deleted while they hold measures; empty ones are, and come back', async () => {
    const { ctx, db } = await openRecordsWorkspace(temp);
    const framework = await starter(ctx);
    const fair = framework.themes[4];
    const ethical = fair?.outcomes[1];
    const before = dumpTables(db);
    expect(
      expectError(
        await callApi(ctx, 'themes.delete', { id: fair?.id ?? '', version: fair?.version ?? 0 }),
      ),
    ).toEqual({
      code: 'refused',
      message:
        'This theme still holds 3 measures, so it cannot be deleted. Move them to another outcome, or delete them, first.',
    });
    expect(
      expectError(
        await callApi(ctx, 'outcomes.delete', {
          id: ethical?.id ?? '',
          version: ethical?.version ?? 0,
        }),
      ).message,
    ).toBe(
      'This outcome still holds 1 measure, so it cannot be deleted. Move it to another outcome, or delete it, first.',
    );
    expect(dumpTables(db)).toEqual(before);

    const fw3 = measureCoded(framework, 'FW3');
    expectOk(await callApi(ctx, 'measures.delete', { id: fw3.id, version: fw3.version }));
    expectOk(
      await callApi(ctx, 'outcomes.delete', {
        id: ethical?.id ?? '',
        version: ethical?.version ?? 0,
      }),
    );
    expect((await starter(ctx)).themes[4]?.outcomes.map((o) => o.name)).toEqual([
      'Fair pay and good conditions',
    ]);
    const back = expectOk(await callApi(ctx, 'outcomes.restore', { id: ethical?.id ?? '' }));
    expect(back.themes[4]?.outcomes.map((o) => o.name)).toEqual([
      'Fair pay and good conditions',
      'Ethical supply chains',
    ]);
  });
});

describe('importing a framework', () => {
  it('previews the Essex measures and writes nothing', async () => {
    const { ctx, db } = await openRecordsWorkspace(temp);
    const before = dumpTables(db);
    const preview = expectOk(await callApi(ctx, 'framework.importPreview', essexFile));
    expect(preview).toMatchObject({ problems: [], themeCount: 1, outcomeCount: 1 });
    expect(preview.measures).toHaveLength(37);
    expect(preview.warnings).toHaveLength(8);
    expect(dumpTables(db)).toEqual(before);
  });

  it('imports them as a new version in one go, leaving the starter framework as it was', async () => {
    const { ctx, db } = await openRecordsWorkspace(temp);
    const first = await starter(ctx);
    const version = expectOk(
      await callApi(as(ctx, 'Aisha Khan'), 'framework.import', {
        ...essexFile,
        name: 'Essex measures',
        effectiveFrom: '2025-04-01',
        notes: 'From the quarterly return form',
      }),
    );
    expect(version).toMatchObject({
      name: 'Essex measures',
      effectiveFrom: '2025-04-01',
      measureCount: 37,
      inForce: true,
      updatedBy: 'Aisha Khan',
    });
    const imported = expectOk(await callApi(ctx, 'framework.get', { id: version.id }));
    expect(imported.themes.map((t) => [t.name, t.outcomes.map((o) => o.name)])).toEqual([
      ['Imported measures', ['Imported measures']],
    ]);
    expect(measureCoded(imported, 'ECC3b')).toMatchObject({ kind: 'record-only', unit: 'text' });
    expect(measureCoded(imported, 'ECC5')).toMatchObject({ kind: 'quantity', unit: 'number' });
    expect(measureCoded(imported, 'ECC43')).toMatchObject({ kind: 'money', proxyPence: 100 });
    // The starter version is no longer in force today, and nothing else about it changed.
    const after = expectOk(await callApi(ctx, 'framework.get', { id: first.version.id }));
    expect(after).toEqual({ ...first, version: { ...first.version, inForce: false } });
    expect(countRows(db, 'change_log', "officer = 'Aisha Khan' AND table_name = 'measures'")).toBe(
      37,
    );
  });

  it('writes nothing from a file with problems, or over another version’s date', async () => {
    const { ctx, db } = await openRecordsWorkspace(temp);
    const before = dumpTables(db);
    const bad = Buffer.from('Code,Title,Unit\nA1,Fine,hours\nA1,Twice,hours\n,No code,hours\n');
    const error = expectError(
      await callApi(ctx, 'framework.import', {
        fileName: 'bad.csv',
        contentBase64: bad.toString('base64'),
        name: 'Bad',
        effectiveFrom: '2025-04-01',
      }),
    );
    expect(error).toEqual({
      code: 'invalid_input',
      message:
        'bad.csv has 2 problems, so nothing was imported. Preview it to see where, correct the file and try again.',
    });
    const clash = expectError(
      await callApi(ctx, 'framework.import', {
        ...essexFile,
        name: 'Essex',
        effectiveFrom: starterVersion.effectiveFrom,
      }),
    );
    expect(clash.details?.issues?.[0]?.path).toEqual(['effectiveFrom']);
    expect(dumpTables(db)).toEqual(before);
  });

  it('undoes every row when writing fails part of the way through', async () => {
    const { ctx, db } = await openRecordsWorkspace(temp);
    const before = dumpTables(db);
    // A trigger makes the 20th measure fail, after the version, groups and 19 measures are in.
    db.exec(`CREATE TEMP TRIGGER fail_late BEFORE INSERT ON measures
      WHEN (SELECT count(*) FROM measures) >= 21 + 19
      BEGIN SELECT RAISE(ABORT, 'disk full'); END`);
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    temp.onCleanup(() => logged.mockRestore());
    const error = expectError(
      await callApi(ctx, 'framework.import', {
        ...essexFile,
        name: 'Essex',
        effectiveFrom: '2025-04-01',
      }),
    );
    expect(error).toMatchObject({
      code: 'internal',
      message: expect.stringContaining('disk full'),
    });
    db.exec('DROP TRIGGER fail_late');
    expect(dumpTables(db)).toEqual(before);
  });
});
