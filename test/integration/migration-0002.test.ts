// Migration 2 (suppliers, exercises, contracts) on a workspace written at version 1 that holds a
// council's own profile: opened with the real code, it is backed up, upgraded, and keeps its data.

import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { backupFolder } from '../../electron/db/backup';
import { migrate } from '../../electron/db/migrate';
import { migrations } from '../../electron/db/migrations';
import { openWorkspace } from '../../electron/db/open';
import { ensureCouncilProfile, getCouncilProfile } from '../../electron/db/profile-repository';
import { deleteRecord, insertRecord, updateRecord } from '../../electron/db/records';
import { workspaceFileIn } from '../../electron/workspace-location';
import type { CouncilProfile } from '../../shared/council-profile';
import {
  callApi,
  countRows,
  dumpTables,
  expectOk,
  latestSchemaVersion,
  tableNames,
  useTempDirs,
  withRawDb,
} from './temp-workspace';

const temp = useTempDirs();
const newTables = ['contracts', 'exercises', 'suppliers'];

interface VersionOneWorkspace {
  file: string;
  profile: CouncilProfile;
  dump: Record<string, unknown[]>;
}

/**
 * A workspace as version 1 of the app left it: only the first migration run, and the council's
 * profile saved with its own name, local area, an extra threshold and a changed outcome list.
 * (The version 1 tables are written with the generic record writes: today's profile save also
 * recomputes suppliers, a table version 1 does not have.)
 */
async function versionOneWorkspace(): Promise<VersionOneWorkspace> {
  const file = workspaceFileIn(await temp.make());
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    migrate(db, file, migrations.slice(0, 1));
    ensureCouncilProfile(db);
    const officer = 'Priya Shah';
    const before = getCouncilProfile(db);
    updateRecord(
      db,
      'council_profile',
      before.id,
      {
        council_name: 'Northshire County Council',
        financial_year_start_month: 1,
        local_area: JSON.stringify(['LE1-LE19', 'LE65']),
        default_social_value_weighting_percent: 15,
      },
      officer,
    );
    insertRecord(
      db,
      'thresholds',
      {
        kind: 'local',
        category: 'goods',
        vat_basis: 'net',
        amount_pence: 2_500_000,
        effective_from: '2025-04-01',
      },
      officer,
    );
    deleteRecord(db, 'strategic_outcomes', before.strategicOutcomes[0]?.id as string, officer);
    insertRecord(db, 'strategic_outcomes', { name: 'Net zero by 2030', sort_order: 9 }, officer);
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(tableNames(db)).not.toContain('suppliers');
    return { file, profile: getCouncilProfile(db), dump: dumpTables(db) };
  } finally {
    db.close();
  }
}

describe('migration 2 on a version 1 workspace holding a council profile', () => {
  it('is set up as version 1 would have left it', async () => {
    const { profile } = await versionOneWorkspace();
    expect(profile.councilName).toBe('Northshire County Council');
    expect(profile.localArea).toEqual(['LE1-LE19', 'LE65']);
    expect(profile.strategicOutcomes.map((outcome) => outcome.name)).toContain('Net zero by 2030');
  });

  it('upgrades to the latest version, keeping a backup of the version 1 file', async () => {
    const { file, dump } = await versionOneWorkspace();

    const opened = openWorkspace(file);
    temp.onCleanup(() => opened.db.close());

    expect(opened.created).toBe(false);
    expect(opened.migration.from).toBe(1);
    expect(opened.migration.to).toBe(latestSchemaVersion);
    expect(opened.db.pragma('user_version', { simple: true })).toBe(latestSchemaVersion);
    expect(latestSchemaVersion).toBeGreaterThanOrEqual(2);

    const backupFile = opened.migration.backupFile;
    expect(backupFile).not.toBeNull();
    expect(dirname(backupFile as string)).toBe(backupFolder(file));
    expect(existsSync(backupFile as string)).toBe(true);
    withRawDb(
      backupFile as string,
      (backup) => {
        expect(backup.pragma('user_version', { simple: true })).toBe(1);
        expect(backup.pragma('integrity_check', { simple: true })).toBe('ok');
        for (const table of newTables) expect(tableNames(backup)).not.toContain(table);
        expect(dumpTables(backup)).toEqual(dump);
      },
      { readonly: true },
    );
  });

  it('keeps every row of the profile, its thresholds, outcomes and change log as they were', async () => {
    const { file, profile, dump } = await versionOneWorkspace();

    const opened = openWorkspace(file);
    temp.onCleanup(() => opened.db.close());

    expect(getCouncilProfile(opened.db)).toEqual(profile);
    const after = dumpTables(opened.db);
    // Opening also writes the starter measures framework, which adds to the change log.
    for (const [table, rows] of Object.entries(dump)) {
      expect(after[table]).toEqual(table === 'change_log' ? expect.arrayContaining(rows) : rows);
    }
    expect(opened.db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('adds the suppliers, exercises and contracts tables, empty, with their indexes', async () => {
    const { file } = await versionOneWorkspace();

    const opened = openWorkspace(file);
    temp.onCleanup(() => opened.db.close());

    for (const table of newTables) {
      expect(tableNames(opened.db)).toContain(table);
      expect(countRows(opened.db, table)).toBe(0);
    }
    const indexes = (
      opened.db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index'").all() as {
        name: string;
      }[]
    ).map((row) => row.name);
    expect(indexes).toEqual(
      expect.arrayContaining(['exercises_reference', 'contracts_reference', 'suppliers_by_name']),
    );
  });

  it('works with the upgraded profile at once: a supplier in its local area is local', async () => {
    const { file } = await versionOneWorkspace();

    const opened = openWorkspace(file);
    temp.onCleanup(() => opened.db.close());
    const ctx = { db: opened.db, file, officer: 'Tom Hughes' };

    const local = expectOk(
      await callApi(ctx, 'suppliers.create', { name: 'Soar Valley Care', postcode: 'LE65 1AA' }),
    );
    const away = expectOk(
      await callApi(ctx, 'suppliers.create', { name: 'Trent Care', postcode: 'NG1 1AA' }),
    );
    expect(local.local).toBe(true);
    expect(away.local).toBe(false);
  });

  it('is not run again on the next opening: no second backup, version unchanged', async () => {
    const { file } = await versionOneWorkspace();
    openWorkspace(file).db.close();

    const again = openWorkspace(file);
    temp.onCleanup(() => again.db.close());

    expect(again.migration).toEqual({
      from: latestSchemaVersion,
      to: latestSchemaVersion,
      backupFile: null,
    });
  });
});
