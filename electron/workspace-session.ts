// The workspace a host is working on. Opening takes the day's backup; a file that cannot be
// opened (damaged, or not a workspace this app can read) leaves the session "unavailable" rather
// than stopping the host, so the screens can offer a way back: the recovery methods still work
// and every other call answers with the reason. The Electron host can switch to another file,
// and any host can restore a backup over the workspace.

import Database from 'better-sqlite3';
import type { RestoreOutcome, WorkspaceHealth } from '../shared/backup';
import { AppError } from '../shared/result';
import type { Context, WorkspaceControl } from './api/context';
import { newestGoodBackup } from './backups/backup-catalogue';
import { takeDailyBackupIfDue } from './backups/daily-backup';
import { replaceWorkspaceFile } from './backups/replace-workspace-file';
import {
  checkRestorable,
  copyOpenWorkspace,
  copyUnopenableWorkspace,
} from './backups/restore-checks';
import { DamagedWorkspaceError, openWorkspace, type OpenWorkspace } from './db/open';

let closedStandIn: Database.Database | undefined;

/** A database handle that is already closed: any use of it fails at once. */
function closedDatabase(): Database.Database {
  if (!closedStandIn) {
    closedStandIn = new Database(':memory:');
    closedStandIn.close();
  }
  return closedStandIn;
}

type SessionState = { open: OpenWorkspace } | { open: null; file: string; problem: AppError };

/** Opens the file and, unless told not to, takes the day's backup when it is due (a failed
 * backup is only logged: it must not keep the officer from their work). */
function openWorkspaceFile(file: string, { dailyBackup }: { dailyBackup: boolean }): OpenWorkspace {
  const workspace = openWorkspace(file);
  if (dailyBackup && !workspace.created) {
    try {
      takeDailyBackupIfDue(workspace.db, file);
    } catch (error) {
      console.warn(`The daily backup of ${file} could not be taken:`, error);
    }
  }
  return workspace;
}

function stateOf(file: string, options = { dailyBackup: true }): SessionState {
  try {
    return { open: openWorkspaceFile(file, options) };
  } catch (error) {
    if (error instanceof AppError && error.code === 'workspace') {
      return { open: null, file, problem: error };
    }
    throw error;
  }
}

export class WorkspaceSession implements WorkspaceControl {
  #state: SessionState;
  readonly officer: string;

  constructor(file: string, officer: string) {
    this.#state = stateOf(file);
    this.officer = officer;
  }

  get file(): string {
    return this.#state.open ? this.#state.open.file : this.#state.file;
  }

  /** The open workspace; throws why it is unavailable when it could not be opened. */
  get workspace(): OpenWorkspace {
    if (this.#state.open) return this.#state.open;
    throw this.#state.problem;
  }

  context(): Context {
    const { officer, file } = this;
    const state = this.#state;
    // Unavailable: dispatch answers only the recovery methods (see unavailable()), so the
    // handlers never reach this closed stand-in for the database.
    const db = state.open ? state.open.db : closedDatabase();
    return { db, file, officer, session: this };
  }

  unavailable(): AppError | null {
    return this.#state.open ? null : this.#state.problem;
  }

  health(): WorkspaceHealth {
    const state = this.#state;
    if (state.open) return { state: 'ok', file: state.open.file };
    const damaged = state.problem instanceof DamagedWorkspaceError;
    return {
      state: damaged ? 'damaged' : 'unopenable',
      file: state.file,
      message: state.problem.message,
      newestGoodBackup: damaged ? newestGoodBackup(state.file) : null,
    };
  }

  restore(backupFile: string): RestoreOutcome {
    const file = this.file;
    const restored = checkRestorable(backupFile, file);
    const state = this.#state;
    const safetyCopy = state.open
      ? copyOpenWorkspace(state.open.db, file)
      : copyUnopenableWorkspace(file);
    this.close();
    try {
      replaceWorkspaceFile(restored.file, file);
    } finally {
      // Reopened whether or not the copy went in: the rename is all or nothing. No daily
      // backup now: it would copy the backup just restored.
      this.#state = stateOf(file, { dailyBackup: false });
    }
    const problem = this.#state.open ? null : this.#state.problem;
    if (problem) {
      // The copy passed its checks but will not open (its migration failed): put back the
      // workspace as it was, so a restore is all or nothing.
      if (state.open && safetyCopy) {
        replaceWorkspaceFile(safetyCopy, file);
        this.#state = stateOf(file, { dailyBackup: false });
      }
      const kept = safetyCopy ? ` The file as it was is kept at ${safetyCopy}.` : '';
      const outcome = this.#state.open
        ? 'so it was not restored. The workspace has been put back as it was.'
        : `and the workspace could not be opened before either.${kept}`;
      throw new AppError(
        'refused',
        `${restored.file} could not be opened once in place (${problem.message}), ${outcome}`,
      );
    }
    return { restored, safetyCopy };
  }

  /** Opens another file; the current one stays as it is if the new one cannot be opened. */
  switchTo(file: string): OpenWorkspace {
    const next = openWorkspaceFile(file, { dailyBackup: true });
    this.close();
    this.#state = { open: next };
    return next;
  }

  close(): void {
    if (this.#state.open?.db.open) this.#state.open.db.close();
  }
}
