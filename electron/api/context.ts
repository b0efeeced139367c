// What every handler is given: the open workspace and the officer making the change.

import type { Database } from 'better-sqlite3';

export interface Context {
  db: Database;
  /** Full path of the workspace file. */
  file: string;
  officer: string;
}
