// The backups of a workspace, newest first, each read from the copy itself (opened read-only):
// its format and record counts, and on request whether it passes its integrity check.

import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { BackupCounts, BackupInfo, BackupReason } from '../../shared/backup';
import { backupFolder } from '../db/backup';
import { applicationId, schemaVersionOf } from '../db/migrate';
import { latestSchemaVersion } from '../db/migrations';
import { parseBackupName } from './backup-names';

const countedTables: Record<keyof BackupCounts, string> = {
  suppliers: 'suppliers',
  exercises: 'exercises',
  contracts: 'contracts',
  commitments: 'commitments',
  returns: 'returns',
  changes: 'change_log',
};

function hasColumn(db: Database.Database, table: string, column: string): boolean {
  return (db.pragma(`table_info(${table})`) as { name: string }[]).some(
    (info) => info.name === column,
  );
}

/** Live records of each kind; a table the copy's older format does not have counts 0. */
function countsOf(db: Database.Database): BackupCounts {
  const tables = new Set(
    (
      db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").all() as { name: string }[]
    ).map((row) => row.name),
  );
  const count = (table: string): number => {
    if (!tables.has(table)) return 0;
    const live = hasColumn(db, table, 'deleted_at') ? ' WHERE deleted_at IS NULL' : '';
    return (db.prepare(`SELECT count(*) AS n FROM ${table}${live}`).get() as { n: number }).n;
  };
  const entries = Object.entries(countedTables).map(([key, table]) => [key, count(table)]);
  return Object.fromEntries(entries) as BackupCounts;
}

/** Why a file cannot stand in for the workspace, or null when it can. */
function refusalOf(db: Database.Database, file: string, checkIntegrity: boolean): string | null {
  if (db.pragma('application_id', { simple: true }) !== applicationId) {
    return `${file} is not a Social Value Tracker workspace.`;
  }
  const version = schemaVersionOf(db);
  if (version > latestSchemaVersion) {
    return `${file} was saved by a newer version of Social Value Tracker (workspace format ${version}; this app reads up to ${latestSchemaVersion}).`;
  }
  if (checkIntegrity) {
    const rows = db.pragma('quick_check') as { quick_check: string }[];
    const problems = rows.map((row) => row.quick_check).filter((text) => text !== 'ok');
    if (problems.length > 0) {
      return `${file} failed its integrity check (${problems.slice(0, 2).join('; ')}).`;
    }
  }
  return null;
}

/** A read that failed, in the officer's words: damaged, not a database, or unreadable. */
function readFailure(file: string, error: unknown): string {
  const code = (error as { code?: unknown }).code;
  const reason = (error as Error).message;
  if (code === 'SQLITE_CORRUPT') return `${file} failed its integrity check (${reason}).`;
  if (code === 'SQLITE_NOTADB')
    return `${file} is not a Social Value Tracker workspace (${reason}).`;
  return `${file} could not be read as a workspace: ${reason}.`;
}

export interface InspectedFile {
  schemaVersion: number | null;
  counts: BackupCounts | null;
  problem: string | null;
}

/** Reads a would-be workspace file without changing it; `problem` says why it is not usable. */
export function inspectWorkspaceFile(file: string, { checkIntegrity = false } = {}): InspectedFile {
  if (!existsSync(file))
    return { schemaVersion: null, counts: null, problem: `${file} does not exist.` };
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const problem = refusalOf(db, file, checkIntegrity);
    if (problem) return { schemaVersion: null, counts: null, problem };
    return { schemaVersion: schemaVersionOf(db), counts: countsOf(db), problem: null };
  } catch (error) {
    return { schemaVersion: null, counts: null, problem: readFailure(file, error) };
  } finally {
    db?.close();
  }
}

export interface BackupFile {
  name: string;
  file: string;
  reason: BackupReason;
  takenAt: Date;
}

/** This workspace's backup files, newest first, from their names alone (none is opened). */
export function backupFiles(workspaceFile: string): BackupFile[] {
  const folder = backupFolder(workspaceFile);
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .flatMap((name) => {
      const parsed = parseBackupName(workspaceFile, name);
      return parsed ? [{ name, file: join(folder, name), ...parsed }] : [];
    })
    .sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime() || b.name.localeCompare(a.name));
}

/** One backup as the list shows it, read from the copy. */
export function describeBackup(backup: BackupFile, { checkIntegrity = false } = {}): BackupInfo {
  return {
    name: backup.name,
    file: backup.file,
    reason: backup.reason,
    takenAt: backup.takenAt.toISOString(),
    sizeBytes: statSync(backup.file).size,
    ...inspectWorkspaceFile(backup.file, { checkIntegrity }),
  };
}

/** Every backup of this workspace in its backups folder, newest first. */
export function listBackups(workspaceFile: string): BackupInfo[] {
  return backupFiles(workspaceFile).map((backup) => describeBackup(backup));
}

/** The newest backup that passes its integrity check: checked one by one, newest first. */
export function newestGoodBackup(workspaceFile: string): BackupInfo | null {
  for (const backup of backupFiles(workspaceFile)) {
    const described = describeBackup(backup, { checkIntegrity: true });
    if (!described.problem) return described;
  }
  return null;
}
