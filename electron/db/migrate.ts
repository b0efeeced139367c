// Brings a workspace's schema up to date: every pending migration in one transaction,
// the version kept in PRAGMA user_version, and a backup taken first when there is data.

import type { Database } from 'better-sqlite3';
import { AppError } from '../../shared/result';
import { backUp } from './backup';
import { latestSchemaVersion, migrations, type Migration } from './migrations';

/** Marks the file as a Social Value Tracker workspace ("SVT1"). */
export const applicationId = 0x53565431;

export interface MigrationOutcome {
  from: number;
  to: number;
  backupFile: string | null;
}

export function schemaVersionOf(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

function tableCount(db: Database): number {
  return (
    db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'").get() as {
      n: number;
    }
  ).n;
}

/** Refuses files that are SQLite but not ours, and workspaces from a newer app. */
export function assertOpenable(db: Database, file: string, known = latestSchemaVersion): void {
  const id = db.pragma('application_id', { simple: true }) as number;
  if (id !== applicationId && !(id === 0 && tableCount(db) === 0)) {
    throw new AppError(
      'workspace',
      `${file} is a database, but not a Social Value Tracker workspace, so it was not opened.`,
    );
  }
  const version = schemaVersionOf(db);
  if (version > known) {
    throw new AppError(
      'workspace',
      `${file} was saved by a newer version of Social Value Tracker (workspace format ${version}; this app reads up to ${known}). Install the newer version to open it; the file has not been changed.`,
    );
  }
}

export function migrate(
  db: Database,
  file: string,
  list: readonly Migration[] = migrations,
): MigrationOutcome {
  const from = schemaVersionOf(db);
  const pending = list.filter((migration) => migration.version > from);
  const to = list.length;
  if (pending.length === 0) return { from, to: from, backupFile: null };
  const backupFile = from > 0 ? backUp(db, file, `before-migration-to-v${to}`) : null;
  let running: Migration | undefined;
  try {
    db.transaction(() => {
      if (from === 0) db.pragma(`application_id = ${applicationId}`);
      for (const migration of pending) {
        running = migration;
        migration.up(db);
        db.pragma(`user_version = ${migration.version}`);
      }
    })();
  } catch (error) {
    const step = running ? ` (step ${running.version}, ${running.name})` : '';
    const reason = error instanceof Error ? error.message : String(error);
    const copy = backupFile ? ` A copy taken just before is at ${backupFile}.` : '';
    throw new AppError(
      'workspace',
      `${file} could not be brought up to workspace format ${to}${step}: ${reason}. The workspace has not been changed.${copy}`,
    );
  }
  return { from, to, backupFile };
}
