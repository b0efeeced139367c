// Migration 3 (the list indexes) on a workspace written at version 2 that holds suppliers,
// exercises and contracts, some deleted: opened with the real code, it is backed up, upgraded,
// keeps every row as it was, has an index for each list's sorts, and lists its records as before.

import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../electron/db/migrate';
import { migrations } from '../../electron/db/migrations';
import { ensureCouncilProfile } from '../../electron/db/profile-repository';
import { deleteRecord, insertRecord } from '../../electron/db/records';
import { workspaceFileIn } from '../../electron/workspace-location';
import {
  callApi,
  dumpTables,
  expectOk,
  openMigrated,
  useTempDirs,
  withRawDb,
} from './temp-workspace';

const temp = useTempDirs();
const officer = 'Priya Shah';

interface VersionTwoWorkspace {
  file: string;
  dump: Record<string, unknown[]>;
  live: { suppliers: string[]; exercises: string[]; contracts: string[] };
}

/** A workspace as version 2 of the app left it, with records written by the generic writes. */
async function versionTwoWorkspace(): Promise<VersionTwoWorkspace> {
  const file = workspaceFileIn(await temp.make());
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    migrate(db, file, migrations.slice(0, 2));
    ensureCouncilProfile(db);
    const live = {
      suppliers: [] as string[],
      exercises: [] as string[],
      contracts: [] as string[],
    };
    const sizes = ['micro', 'small', 'medium', 'large', null];
    for (let n = 0; n < 12; n += 1) {
      const supplier = insertRecord(
        db,
        'suppliers',
        {
          name: `Supplier ${(n * 7) % 12} Ltd`,
          name_key: `supplier ${n}`,
          size: sizes[n % 5] ?? null,
        },
        officer,
      );
      const exercise = insertRecord(
        db,
        'exercises',
        {
          reference: `EX-${n}`,
          title: `Exercise ${(n * 5) % 12}`,
          category: n % 2 ? 'works' : 'services',
          estimated_value_pence: 1_000_00 * ((n * 3) % 7),
          start_date: `2025-0${(n % 9) + 1}-01`,
          status: ['pipeline', 'live', 'evaluation', 'awarded', 'cancelled'][n % 5] ?? 'live',
        },
        officer,
      );
      const contract = insertRecord(
        db,
        'contracts',
        {
          reference: `CON-${n}`,
          title: `Contract ${(n * 5) % 12}`,
          supplier_id: supplier,
          exercise_id: exercise,
          category: n % 3 ? 'goods' : 'works',
          value_pence: 5_000_00 * ((n * 5) % 7),
          start_date: `2025-0${(n % 9) + 1}-01`,
          end_date: '2027-03-31',
          directorate: n % 2 ? 'Place' : 'People',
          status: ['not-started', 'active', 'ended', 'terminated'][n % 4] ?? 'active',
        },
        officer,
      );
      if (n % 5 === 4) {
        deleteRecord(db, 'contracts', contract, officer);
        deleteRecord(db, 'exercises', exercise, officer);
      } else {
        live.contracts.push(contract);
        live.exercises.push(exercise);
      }
      live.suppliers.push(supplier);
    }
    expect(db.pragma('user_version', { simple: true })).toBe(2);
    return { file, dump: dumpTables(db), live };
  } finally {
    db.close();
  }
}

function indexColumns(db: Database.Database, index: string): (string | null)[] {
  return (db.pragma(`index_info(${index})`) as { name: string | null }[]).map((c) => c.name);
}

describe('migration 3 on a version 2 workspace holding records', () => {
  it('upgrades it, keeping a backup of the version 2 file and every row as it was', async () => {
    const { file, dump } = await versionTwoWorkspace();

    const opened = openMigrated(temp, file, 2);
    withRawDb(
      opened.migration.backupFile as string,
      (backup) => expect(dumpTables(backup)).toEqual(dump),
      { readonly: true },
    );
    // Later migrations may add rows (a starter framework, its change log), never change these.
    const after = dumpTables(opened.db);
    for (const [table, rows] of Object.entries(dump)) {
      expect(after[table], table).toEqual(expect.arrayContaining(rows));
    }
    for (const table of ['suppliers', 'exercises', 'contracts']) {
      expect(after[table], table).toEqual(dump[table]);
    }
    expect(opened.db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('indexes every sort with the id that breaks ties, and the columns a filtered list reads', async () => {
    const { file } = await versionTwoWorkspace();

    const opened = openMigrated(temp, file, 2);

    const { db } = opened;
    expect(indexColumns(db, 'contracts_by_title')).toEqual(['title', 'id']);
    expect(indexColumns(db, 'contracts_by_value')).toEqual(['value_pence']);
    expect(indexColumns(db, 'contracts_by_value_and_id')).toEqual(['value_pence', 'id']);
    expect(indexColumns(db, 'contracts_by_supplier')).toEqual(['supplier_id', 'value_pence', 'id']);
    expect(indexColumns(db, 'contracts_by_status_order')).toEqual([null, 'id']);
    expect(indexColumns(db, 'contracts_for_lists')).toEqual(
      expect.arrayContaining(['status', 'supplier_id', 'value_pence', 'title', 'id']),
    );
    expect(indexColumns(db, 'suppliers_by_name')).toEqual(['name', 'id', 'deleted_at']);
    expect(indexColumns(db, 'suppliers_by_size_order')).toEqual([null, 'id']);
    expect(indexColumns(db, 'exercises_by_start')).toEqual(['start_date', 'id']);
    expect(indexColumns(db, 'exercises_by_status_order')).toEqual([null, 'id']);
    // The indexes a list reads are partial: deleted records are not in them.
    const partial = db
      .prepare(
        "SELECT name FROM sqlite_schema WHERE type = 'index' AND sql LIKE '%WHERE deleted_at IS NULL'",
      )
      .all() as { name: string }[];
    expect(partial.map((row) => row.name)).toEqual(
      expect.arrayContaining(['contracts_for_lists', 'contracts_by_value', 'exercises_by_title']),
    );
  });

  it('lists the records as they were, sorted and filtered, with their totals', async () => {
    const { file, live } = await versionTwoWorkspace();

    const opened = openMigrated(temp, file, 2);
    const ctx = { db: opened.db, file, officer };

    const contracts = expectOk(await callApi(ctx, 'contracts.list', { sort: 'status' }));
    expect(contracts.rows.map((row) => row.id).sort()).toEqual([...live.contracts].sort());
    const statuses = contracts.rows.map((row) => row.status);
    const order = ['not-started', 'active', 'ended', 'terminated'];
    expect(statuses).toEqual([...statuses].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
    expect(contracts.total).toBe(live.contracts.length);

    const works = expectOk(
      await callApi(ctx, 'contracts.list', { category: 'works', sort: 'supplierName' }),
    );
    expect(works.rows.every((row) => row.category === 'works')).toBe(true);
    expect(works.rows.map((row) => row.supplierName)).toEqual(
      works.rows.map((row) => row.supplierName).sort(),
    );
    expect(works.total).toBe(works.rows.length);

    const suppliers = expectOk(
      await callApi(ctx, 'suppliers.list', { sort: 'contractCount', direction: 'desc' }),
    );
    expect(suppliers.total).toBe(live.suppliers.length);
    expect(suppliers.rows.map((row) => row.contractCount)).toEqual(
      suppliers.rows.map((row) => row.contractCount).sort((a, b) => b - a),
    );

    const exercises = expectOk(await callApi(ctx, 'exercises.list', { sort: 'title' }));
    expect(exercises.rows.map((row) => row.id).sort()).toEqual([...live.exercises].sort());
  });
});
