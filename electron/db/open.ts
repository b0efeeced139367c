// Opening a workspace file: pragmas, a quick integrity check, migrations, defaults (the council
// profile, then the starter measures framework, whose measures serve the profile's outcomes),
// and the portfolio's running totals worked out when a migration left them to the app.

import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../shared/result';
import { assertOpenable, migrate, type MigrationOutcome } from './migrate';
import { ensurePortfolioTotals } from './portfolio-totals';
import { ensureCouncilProfile, getCouncilProfile } from './profile-repository';
import { ensureReportTemplates } from './report-template-repository';
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

/** The file is a database that failed its integrity check, or is not readable as one. */
export class DamagedWorkspaceError extends AppError {
  constructor(message: string) {
    super('workspace', message);
    this.name = 'DamagedWorkspaceError';
  }
}

function quickCheck(db: Database.Database, file: string): void {
  let problems: string[];
  try {
    const rows = db.pragma('quick_check') as { quick_check: string }[];
    problems = rows.map((row) => row.quick_check).filter((message) => message !== 'ok');
  } catch (error) {
    const reason = (error as Error).message;
    throw new DamagedWorkspaceError(
      (error as { code?: unknown }).code === 'SQLITE_CORRUPT'
        ? `${file} failed its integrity check (${reason}). Restore it from a backup.`
        : `${file} is not a Social Value Tracker workspace or is damaged: ${reason}`,
    );
  }
  if (problems.length > 0) {
    throw new DamagedWorkspaceError(
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
    ensurePortfolioTotals(db, getCouncilProfile(db));
    ensureStarterFramework(db);
    ensureReportTemplates(db);
    return { db, file, created, migration };
  } catch (error) {
    db.close();
    throw error;
  }
}
