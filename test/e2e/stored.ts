// Reads what a test's workspace file holds, straight from SQLite, to assert what was stored.

import { join } from 'node:path';
import Database from 'better-sqlite3';

export function readWorkspace<T>(dataDir: string, sql: string, ...params: unknown[]): T[] {
  const db = new Database(join(dataDir, 'workspace.svt'), { readonly: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}
