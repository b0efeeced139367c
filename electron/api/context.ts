// What every handler is given: the open workspace and the officer making the change.

import type { Database } from 'better-sqlite3';
import type { RestoreOutcome, WorkspaceHealth } from '../../shared/backup';
import type { AppError } from '../../shared/result';
import type { PdfPrinter } from '../reports/report-files';

/** What a host's workspace session offers the backup and recovery handlers. */
export interface WorkspaceControl {
  /** Why the workspace could not be opened, or null when it is open. */
  unavailable(): AppError | null;
  health(): WorkspaceHealth;
  /** Puts a checked copy of `backupFile` in place of the workspace, keeping a copy of it first. */
  restore(backupFile: string): RestoreOutcome;
}

export interface Context {
  db: Database;
  /** Full path of the workspace file. */
  file: string;
  officer: string;
  /** The host's session, when there is one (absent in tests that open a file directly). */
  session?: WorkspaceControl;
  /** Prints a report's print route to PDF: Chromium in the web host and the command line,
   * printToPDF in Electron; absent where neither can run. */
  printPdf?: PdfPrinter;
}
