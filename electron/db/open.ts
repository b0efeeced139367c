// Opening a workspace file: pragmas, a quick integrity check, migrations, defaults (the council
// profile, then the starter measures framework, whose measures serve the profile's outcomes).

import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../shared/result';
import { assertOpenable, migrate, type MigrationOutcome } from './migrate';
import { ensureCouncilProfile } from './profile-repository';
import { ensureStarterFramework } from './starter-framework';

export interface OpenWorkspace {
  db: Database.Database;
  file: string;
  created: boolean;
  migration: MigrationOutcome;
}

function connect(file: string): Database.Database {
  try {
    return new Database(file);
  } catch (error) {
    throw new AppError('workspace', `${file} could not be opened: ${(error as Error).message}`);
  }
}

function quickCheck(db: Database.Database, file: string): void {
  let problems: string[];
  try {
    const rows = db.pragma('quick_check') as { quick_check: string }[];
    problems = rows.map((row) => row.quick_check).filter((message) => message !== 'ok');
  } catch (error) {
    throw new AppError(
      'workspace',
      `${file} is not a Social Value Tracker workspace or is damaged: ${(error as Error).message}`,
    );
  }
  if (problems.length > 0) {
    throw new AppError(
      'workspace',
      `${file} failed its integrity check (${problems.slice(0, 3).join('; ')}). Restore it from a backup.`,
    );
  }
}

/** Opens the workspace at `file`, creating it (and its folder) when it does not exist. */
export function openWorkspace(file: string): OpenWorkspace {
  const created = !existsSync(file);
  if (created) mkdirSync(dirname(file), { recursive: true });
  const db = connect(file);
  try {
    quickCheck(db, file);
    assertOpenable(db, file);
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    const migration = migrate(db, file);
    ensureCouncilProfile(db);
    ensureStarterFramework(db);
    return { db, file, created, migration };
  } catch (error) {
    db.close();
    throw error;
  }
}
