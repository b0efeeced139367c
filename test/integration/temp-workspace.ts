// Shared setup for the integration tests: temp folders removed after each test, workspaces
// opened through the real migrations, and plain SQLite access for arranging and inspecting files.

import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, expect } from 'vitest';
import type { Context } from '../../electron/api/context';
import { dispatch } from '../../electron/api/dispatch';
import { latestSchemaVersion } from '../../electron/db/migrations';
import { openWorkspace, type OpenWorkspace } from '../../electron/db/open';
import { portfolioTotalsTables } from '../../electron/db/portfolio-totals';
import { workspaceFileIn } from '../../electron/workspace-location';
import type { ApiInput, ApiMethod, ApiOutput } from '../../shared/api-contract';
import type { CouncilProfile, CouncilProfileInput } from '../../shared/council-profile';
import type { ApiError, ApiResult } from '../../shared/result';

export { latestSchemaVersion };

export const uuidPattern =
  /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
export const isoTimestampPattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

export async function makeTempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'svt-integration-'));
}

export async function removeTempDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
}

export interface TempDirs {
  /** A new empty folder, removed after the test. */
  make(): Promise<string>;
  /** Runs after the test, before the folders go (close databases, stop servers). */
  onCleanup(step: () => unknown): void;
}

/** Call at the top of a test file: every folder made in a test is removed after it. */
export function useTempDirs(): TempDirs {
  const dirs: string[] = [];
  const steps: (() => unknown)[] = [];
  afterEach(async () => {
    for (const step of steps.splice(0).reverse()) await step();
    await Promise.all(dirs.splice(0).map(removeTempDir));
  });
  return {
    async make() {
      const dir = await makeTempDir();
      dirs.push(dir);
      return dir;
    },
    onCleanup(step) {
      steps.push(step);
    },
  };
}

/** Opens a workspace written at an earlier `version` as the app does, closed after the test:
 * migrated to the latest version, with a backup of the file as it was at `version`. */
export function openMigrated(temp: TempDirs, file: string, version: number): OpenWorkspace {
  const opened = openWorkspace(file);
  temp.onCleanup(() => opened.db.close());
  expect(opened.migration.from).toBe(version);
  expect(opened.migration.to).toBe(latestSchemaVersion);
  const backupFile = opened.migration.backupFile as string;
  expect(existsSync(backupFile)).toBe(true);
  withRawDb(
    backupFile,
    (backup) => expect(backup.pragma('user_version', { simple: true })).toBe(version),
    { readonly: true },
  );
  return opened;
}

export interface TempWorkspace extends OpenWorkspace {
  dataDir: string;
}

/** Opens (creating) the workspace in a new temp data folder; closed after the test. */
export async function openTempWorkspace(temp: TempDirs): Promise<TempWorkspace> {
  const dataDir = await temp.make();
  const workspace = openWorkspace(workspaceFileIn(dataDir));
  temp.onCleanup(() => workspace.db.close());
  return { ...workspace, dataDir };
}

/** A plain connection to a file, closed when `use` returns; for arranging and inspecting. */
export function withRawDb<T>(
  file: string,
  use: (db: Database.Database) => T,
  { readonly = false } = {},
): T {
  const db = new Database(file, { readonly, fileMustExist: true });
  try {
    return use(db);
  } finally {
    db.close();
  }
}

/** Creates a workspace at `file`, then marks it as written by a newer app. Returns that version. */
export function makeNewerWorkspace(file: string): number {
  openWorkspace(file).db.close();
  const newer = latestSchemaVersion + 1;
  withRawDb(file, (db) => {
    db.exec('CREATE TABLE from_the_future (id TEXT PRIMARY KEY) STRICT');
    db.pragma(`user_version = ${newer}`);
  });
  return newer;
}

/** A SQLite database belonging to some other program. */
export function makeForeignDatabase(file: string): void {
  const db = new Database(file);
  try {
    db.exec("CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('Parkin')");
  } finally {
    db.close();
  }
}

/** Every file under a folder with a hash of its bytes: equal snapshots mean nothing changed. */
export function snapshotFolder(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else
        files[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(dir);
  return files;
}

export function tableNames(db: Database.Database): string[] {
  return (
    db
      .prepare(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
      )
      .all() as { name: string }[]
  ).map((row) => row.name);
}

/** The tables of records (each with a UUID id), leaving out the portfolio's running totals. */
export function recordTableNames(db: Database.Database): string[] {
  const derived: readonly string[] = portfolioTotalsTables;
  return tableNames(db).filter((table) => !derived.includes(table));
}

/** Every row of every table, in order of id (of every column, for a table with none): equal
 * dumps mean nothing was written. */
export function dumpTables(db: Database.Database): Record<string, unknown[]> {
  const orderOf = (table: string) => {
    const columns = db.pragma(`table_info(${table})`) as { name: string }[];
    return columns.some((column) => column.name === 'id')
      ? 'id'
      : columns.map((_, index) => index + 1).join(', ');
  };
  return Object.fromEntries(
    tableNames(db).map((table) => [
      table,
      db.prepare(`SELECT * FROM ${table} ORDER BY ${orderOf(table)}`).all(),
    ]),
  );
}

export function countRows(db: Database.Database, table: string, where = '1 = 1'): number {
  return (db.prepare(`SELECT count(*) AS n FROM ${table} WHERE ${where}`).get() as { n: number }).n;
}

/** Calls an API method through the one entry every host uses. */
export async function callApi<M extends ApiMethod>(
  ctx: Context,
  method: M,
  input: ApiInput<M>,
): Promise<ApiResult<ApiOutput<M>>> {
  return (await dispatch(method, input, ctx)) as ApiResult<ApiOutput<M>>;
}

export function expectOk<T>(result: ApiResult<T>): T {
  if (!result.ok) expect.fail(`expected success, got ${JSON.stringify(result.error)}`);
  return result.value;
}

export function expectError<T>(result: ApiResult<T>): ApiError {
  if (result.ok) expect.fail(`expected an error, got ${JSON.stringify(result.value)}`);
  return result.error;
}

/** The form's values for a stored profile, as the screens send them back on save. */
export function profileInput(profile: CouncilProfile): CouncilProfileInput {
  const values: Partial<CouncilProfile> = { ...profile };
  delete values.id;
  delete values.updatedAt;
  delete values.updatedBy;
  return values as CouncilProfileInput;
}

/** What a command line run wrote, in the shape runCli takes. */
export function captureOutput() {
  const written = { stdout: [] as string[], stderr: [] as string[] };
  return {
    written,
    output: {
      stdout: (text: string) => void written.stdout.push(text),
      stderr: (text: string) => void written.stderr.push(text),
    },
  };
}
