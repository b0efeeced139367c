// The demo workspace: the generator (same seed and day, same data; every record valid; the
// mixes every screen needs), loading it into a real workspace file through the real migrations
// and repositories, refusing a workspace that already holds records, and `svt demo`.

import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run-cli';
import { demoCouncil } from '../../electron/demo/demo-catalogue';
import { demoSizes, generateDemoData } from '../../electron/demo/demo-data';
import { loadDemo } from '../../electron/demo/load-demo';
import { workspaceFileIn } from '../../electron/workspace-location';
import { addMonths, calendarDateOf } from '../../shared/calendar-date';
import { contractFieldsSchema } from '../../shared/contract';
import { exerciseFieldsSchema, exerciseStatuses } from '../../shared/exercise';
import { financialYearOf } from '../../shared/financial-year';
import { supplierFieldsSchema } from '../../shared/supplier';
import { normaliseCompanyNumber, normaliseSupplierName } from '../../shared/supplier-rules';
import { openRecordsWorkspace } from './seed-records';
import {
  callApi,
  captureOutput,
  countRows,
  dumpTables,
  expectError,
  expectOk,
  useTempDirs,
  withRawDb,
} from './temp-workspace';

const temp = useTempDirs();
const today = '2026-05-10';
const sixMonthsOn = addMonths(today, 6);
const someId = '00000000-0000-4000-8000-000000000001';

/** What loading the standard demo on `day` makes (its social value depends on the day). */
function demoCounts(day: string) {
  const plan = generateDemoData({ today: day }).socialValue;
  return {
    suppliers: 60,
    exercises: 80,
    contracts: 50,
    commitments: plan?.commitments.length,
    returns: plan?.returns.length,
    actionPlans: 2,
    caseStudies: 5,
  };
}

type Row = Record<string, string | number | null>;
const rows = (db: { prepare(sql: string): { all(): unknown[] } }, sql: string) =>
  db.prepare(sql).all() as Row[];

describe('the demo generator', () => {
  it('gives the same data for the same seed and day, and other data for another seed', () => {
    const first = generateDemoData({ today });
    expect(generateDemoData({ today })).toEqual(first);
    const other = generateDemoData({ today, seed: 7 });
    expect(other.suppliers.map((s) => s.fields.name)).not.toEqual(
      first.suppliers.map((s) => s.fields.name),
    );
  });

  it('makes only records the API itself would accept, unchanged by validation', () => {
    const data = generateDemoData({ today });
    for (const { fields } of data.suppliers) {
      expect(supplierFieldsSchema.parse(fields), fields.name).toEqual(fields);
    }
    for (const { fields } of data.exercises) {
      expect(exerciseFieldsSchema.parse(fields), fields.reference).toEqual(fields);
    }
    for (const { fields } of data.contracts) {
      const withLinks = { ...fields, supplierId: someId, exerciseId: someId };
      expect(contractFieldsSchema.parse(withLinks), fields.reference).toEqual(withLinks);
    }
  });

  it('keeps every exercise inside the current financial year and the two before, whatever the day', () => {
    for (const day of ['2025-04-01', '2026-03-31', today, '2027-11-30']) {
      const data = generateDemoData({ today: day });
      const current = financialYearOf(day).startYear;
      const years = new Set(
        data.exercises.map((e) => financialYearOf(e.fields.startDate).startYear),
      );
      expect([...years].sort(), day).toEqual([current - 2, current - 1, current]);
      for (const { fields } of data.exercises) {
        const when = `${fields.reference} with today ${day}`;
        const { advertDate, tenderCloseDate, awardDecisionDate } = fields;
        if (fields.status === 'awarded') {
          for (const date of [advertDate, tenderCloseDate, awardDecisionDate]) {
            expect(date && date <= day, when).toBe(true);
          }
        }
        if (fields.status === 'live')
          expect(tenderCloseDate && tenderCloseDate > day, when).toBe(true);
        if (fields.status === 'evaluation') {
          expect(tenderCloseDate && tenderCloseDate <= day, when).toBe(true);
          expect(awardDecisionDate && awardDecisionDate > day, when).toBe(true);
        }
      }
    }
  });

  it('makes the large benchmark workspace: 20,000 suppliers, 50,000 contracts, no clashes', () => {
    const data = generateDemoData({ today, size: 'large' });
    expect(data.socialValue).toBeNull();
    expect(data.suppliers).toHaveLength(20_000);
    expect(data.contracts).toHaveLength(50_000);
    expect(data.exercises).toHaveLength(5_000);
    const unique = (values: string[]) => new Set(values.map((v) => v.toLowerCase())).size;
    expect(unique(data.exercises.map((e) => e.fields.reference))).toBe(5_000);
    expect(unique(data.contracts.map((c) => c.fields.reference))).toBe(50_000);
    // Only the two planted duplicates share a normalised name or company number.
    const names = data.suppliers.map((s) => normaliseSupplierName(s.fields.name));
    expect(unique(names)).toBe(20_000 - 1);
    const numbers = data.suppliers.flatMap((s) =>
      s.fields.companyNumber ? [normaliseCompanyNumber(s.fields.companyNumber) ?? ''] : [],
    );
    expect(unique(numbers)).toBe(numbers.length - 1);
  });
});

describe('loading the demo workspace', () => {
  it('sets the council profile and writes 60 suppliers, 80 exercises and 50 contracts', async () => {
    const { db, ctx } = await openRecordsWorkspace(temp);
    const before = expectOk(await callApi(ctx, 'profile.get', {}));

    const summary = loadDemo(db, ctx.officer, { today });

    expect(summary).toEqual(demoCounts(today));
    const profile = expectOk(await callApi(ctx, 'profile.get', {}));
    expect(profile.councilName).toBe('Demo District Council');
    expect(profile.localArea).toEqual(['LE1-LE19', 'LE65', 'LE67']);
    expect(profile.reportingFrequency).toBe('quarterly');
    expect(profile.thresholds).toEqual(before.thresholds);
    expect(profile.strategicOutcomes).toEqual(before.strategicOutcomes);
    const stats = expectOk(await callApi(ctx, 'workspace.stats', {}));
    expect(stats).toMatchObject({ suppliers: 60, exercises: 80, contracts: 50 });
    expect(stats.contractValuePence).toBeGreaterThan(0);
    expect(
      countRows(db, 'change_log', `officer = '${ctx.officer}' AND table_name = 'suppliers'`),
    ).toBe(60);
  });

  it('has exercises in every status, of every category, under and over the thresholds', async () => {
    const { db, ctx } = await openRecordsWorkspace(temp);
    loadDemo(db, ctx.officer, { today });

    const byStatus = Object.fromEntries(
      rows(db, 'SELECT status, count(*) AS n FROM exercises GROUP BY status').map((r) => [
        r.status,
        r.n,
      ]),
    );
    expect(byStatus).toEqual(demoSizes.standard.exercises);
    expect(Object.keys(byStatus).sort()).toEqual([...exerciseStatuses].sort());
    const categories = rows(db, 'SELECT DISTINCT category FROM exercises').map((r) => r.category);
    expect(categories.sort()).toEqual(['goods', 'services', 'works']);
    const values = rows(db, 'SELECT estimated_value_pence AS v FROM exercises').map((r) =>
      Number(r.v),
    );
    expect(Math.min(...values)).toBeGreaterThanOrEqual(5_000_00);
    expect(Math.max(...values)).toBeLessThanOrEqual(3_000_000_00);
    expect(values.filter((v) => v < 50_000_00).length).toBeGreaterThanOrEqual(5);
    expect(countRows(db, 'exercises', 'in_scope_act = 1')).toBeGreaterThanOrEqual(15);
    expect(countRows(db, 'exercises', 'in_scope_local = 0')).toBeGreaterThanOrEqual(5);
    expect(countRows(db, 'exercises', 'reserved_to_local = 1')).toBeGreaterThanOrEqual(3);
    const directorates = rows(db, 'SELECT DISTINCT directorate FROM exercises').map(
      (r) => r.directorate,
    );
    expect(directorates).toHaveLength(6);
    // Social value: recorded on most in-scope exercises, with targeted outcomes that exist.
    expect(
      countRows(db, 'exercises', "social_value_approach = 'award-criterion'"),
    ).toBeGreaterThanOrEqual(20);
    const outcomeIds = new Set(rows(db, 'SELECT id FROM strategic_outcomes').map((r) => r.id));
    const targeted = rows(db, 'SELECT targeted_outcome_ids AS ids FROM exercises').flatMap(
      (r) => JSON.parse(String(r.ids)) as string[],
    );
    expect(targeted.length).toBeGreaterThan(20);
    for (const id of targeted) expect(outcomeIds.has(id)).toBe(true);
  });

  it('has local and non-local suppliers, SMEs, VCSEs, Real Living Wage employers and two likely duplicates', async () => {
    const { db, ctx } = await openRecordsWorkspace(temp);
    loadDemo(db, ctx.officer, { today });

    // The app judges local as the generator meant: from the postcode, or the officer's override.
    const meant = generateDemoData({ today }).suppliers.map((s) => [
      s.fields.name,
      s.local ? 1 : 0,
    ]);
    const stored = rows(db, 'SELECT name, local FROM suppliers').map((r) => [r.name, r.local]);
    expect(stored.sort()).toEqual(meant.sort());
    const local = countRows(db, 'suppliers', 'local = 1');
    expect(local).toBeGreaterThanOrEqual(20);
    expect(local).toBeLessThanOrEqual(28);
    const localPostcodes = rows(
      db,
      "SELECT postcode FROM suppliers WHERE local_override = 'derived' AND local = 1",
    );
    for (const { postcode } of localPostcodes)
      expect(String(postcode)).toMatch(/^LE(\d|1\d|65|67) \d[A-Z]{2}$/);
    expect(countRows(db, 'suppliers', "local_override <> 'derived'")).toBe(2);
    expect(
      countRows(db, 'suppliers', "size IN ('micro', 'small', 'medium')"),
    ).toBeGreaterThanOrEqual(40);
    expect(countRows(db, 'suppliers', "size = 'large'")).toBeGreaterThanOrEqual(3);
    expect(countRows(db, 'suppliers', 'vcse = 1')).toBe(10);
    expect(rows(db, 'SELECT DISTINCT vcse_type FROM suppliers WHERE vcse = 1')).toHaveLength(5);
    expect(countRows(db, 'suppliers', 'charity_number IS NOT NULL')).toBe(4);
    expect(countRows(db, 'suppliers', 'real_living_wage = 1')).toBe(15);
    expect(
      countRows(db, 'suppliers', `real_living_wage = 1 AND real_living_wage_since <= '${today}'`),
    ).toBe(15);
    const numbers = rows(
      db,
      'SELECT company_number AS n FROM suppliers WHERE company_number IS NOT NULL',
    ).map((r) => String(r.n));
    expect(numbers.filter((n) => n.length !== 8)).toHaveLength(1); // the planted duplicate
    expect(numbers.some((n) => n.startsWith('SC'))).toBe(true);

    const groups = expectOk(await callApi(ctx, 'suppliers.duplicates', {}));
    expect(groups).toHaveLength(2);
    const pair = groups.find((group) => group.some((s) => s.name.endsWith(' Limited')));
    expect(pair?.map((s) => normaliseSupplierName(s.name))).toEqual([
      normaliseSupplierName(pair?.[0]?.name ?? ''),
      normaliseSupplierName(pair?.[0]?.name ?? ''),
    ]);
  });

  it('gives each awarded exercise its contract, and keeps a few register contracts with none', async () => {
    const { db, ctx } = await openRecordsWorkspace(temp);
    loadDemo(db, ctx.officer, { today });

    const linked = rows(
      db,
      `SELECT e.status, e.contract_start_date AS es, e.contract_end_date AS ee, c.start_date AS cs, c.end_date AS ce
       FROM contracts c JOIN exercises e ON e.id = c.exercise_id`,
    );
    expect(linked).toHaveLength(46);
    for (const row of linked) {
      expect(row.status).toBe('awarded');
      expect([row.es, row.ee]).toEqual([row.cs, row.ce]);
    }
    expect(countRows(db, 'contracts', 'exercise_id IS NULL')).toBe(4);
    expect(
      countRows(
        db,
        'exercises',
        "status = 'awarded' AND id NOT IN (SELECT exercise_id FROM contracts WHERE exercise_id IS NOT NULL)",
      ),
    ).toBe(0);
    // Awarded as an officer would: made at evaluation, then marked awarded when the contract was.
    expect(
      countRows(
        db,
        'change_log',
        `table_name = 'exercises' AND operation = 'update' AND new_values LIKE '%"awarded"%'`,
      ),
    ).toBe(46);
    const statuses = rows(db, 'SELECT DISTINCT status FROM contracts').map((r) => r.status);
    expect(statuses).toEqual(expect.arrayContaining(['active', 'ended', 'terminated']));
  });

  it('gives the dashboard contracts ending within six months and in-scope exercises with no social value', async () => {
    const { db, ctx } = await openRecordsWorkspace(temp);
    loadDemo(db, ctx.officer, { today });

    expect(
      countRows(
        db,
        'contracts',
        `status = 'active' AND end_date >= '${today}' AND end_date <= '${sixMonthsOn}'`,
      ),
    ).toBeGreaterThanOrEqual(5);
    expect(
      countRows(
        db,
        'exercises',
        "status IN ('pipeline', 'live', 'evaluation') AND (in_scope_act = 1 OR in_scope_local = 1) AND social_value_approach IS NULL",
      ),
    ).toBeGreaterThanOrEqual(5);
  });

  it('loads through demo.load on today, as the app does, and the dashboard shows it', async () => {
    const { ctx } = await openRecordsWorkspace(temp);

    const summary = expectOk(await callApi(ctx, 'demo.load', {}));

    expect(summary).toEqual(demoCounts(calendarDateOf()));
    const dashboard = expectOk(await callApi(ctx, 'dashboard.get', {}));
    expect(dashboard.pipeline.every((stage) => stage.count > 0)).toBe(true);
    expect(dashboard.endingSoon.length).toBeGreaterThanOrEqual(5);
    expect(dashboard.inScopeWithoutSocialValue.length).toBeGreaterThanOrEqual(5);
    const contracts = expectOk(await callApi(ctx, 'contracts.list', { search: 'CON-' }));
    expect(contracts.total).toBe(46);
  });

  it('refuses a workspace that already holds a record, writing nothing', async () => {
    const { db, ctx } = await openRecordsWorkspace(temp);
    expectOk(
      await callApi(ctx, 'suppliers.create', { name: 'Hollins Joinery Ltd', postcode: 'LE3 8AB' }),
    );
    const before = dumpTables(db);

    const error = expectError(await callApi(ctx, 'demo.load', {}));

    expect(error.code).toBe('refused');
    expect(error.message).toBe(
      'Demo data can only be loaded into an empty workspace, and this one already holds 1 supplier. Create a new workspace and load the demo data there.',
    );
    expect(dumpTables(db)).toEqual(before);
  });

  it('refuses a second load into a demo workspace, naming what it holds', async () => {
    const { db, ctx } = await openRecordsWorkspace(temp);
    loadDemo(db, ctx.officer, { today });
    const before = dumpTables(db);

    expect(() => loadDemo(db, ctx.officer, { today })).toThrow(
      /already holds 60 suppliers, 80 procurement exercises, 50 contracts, 2 action plans and 5 case studies\./,
    );
    expect(dumpTables(db)).toEqual(before);
  });

  it('refuses a workspace holding only an action plan: the officer’s own work', async () => {
    const { db, ctx } = await openRecordsWorkspace(temp);
    expectOk(await callApi(ctx, 'actionPlans.create', { name: 'Scrutiny recommendations' }));
    const before = dumpTables(db);

    const error = expectError(await callApi(ctx, 'demo.load', {}));

    expect(error.message).toContain('this one already holds 1 action plan.');
    expect(dumpTables(db)).toEqual(before);
  });
});

describe('svt demo', () => {
  async function svt(...argv: string[]) {
    const { written, output } = captureOutput();
    const code = await runCli(argv, output);
    return { code, stdout: written.stdout.join('\n'), stderr: written.stderr.join('\n'), written };
  }

  it('fills a new workspace and prints the counts as JSON with --json, exit 0', async () => {
    const dataDir = await temp.make();

    const { code, written } = await svt('demo', '--data-dir', dataDir, '--json');

    expect(written.stderr).toEqual([]);
    expect(code).toBe(0);
    expect(written.stdout).toHaveLength(1);
    expect(JSON.parse(written.stdout[0] ?? '')).toEqual(demoCounts(calendarDateOf()));
    const file = workspaceFileIn(dataDir);
    withRawDb(
      file,
      (db) => {
        expect(countRows(db, 'contracts')).toBe(50);
        expect(db.prepare('SELECT council_name FROM council_profile').pluck().get()).toBe(
          demoCouncil.councilName,
        );
      },
      { readonly: true },
    );
  });

  it('says what it made in words, and refuses to run twice with exit 1 and a plain message', async () => {
    const dataDir = await temp.make();

    const first = await svt('demo', '--data-dir', dataDir);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(`Demo data loaded into ${workspaceFileIn(dataDir)}:`);
    expect(first.stdout).toMatch(
      /suppliers 60\n.*procurement exercises 80\n.*contracts 50\n.*social value commitments \d+\n.*returns \d+\n.*action plans 2\n.*case studies 5\n/,
    );

    const again = await svt('demo', '--data-dir', dataDir);
    expect(again.code).toBe(1);
    expect(again.stdout).toBe('');
    expect(again.stderr).toContain('Demo data can only be loaded into an empty workspace');
    expect(again.stderr).not.toMatch(/\n\s+at /);
  });

  it('is listed in the usage', async () => {
    const { stdout } = await svt('--help');
    expect(stdout).toMatch(/^ {2}demo +fill an empty workspace with demo data/m);
  });
});
