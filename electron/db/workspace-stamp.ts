// What the workspace looks like to this connection, in one string that changes whenever anything
// is written: by this connection (SQLite's total_changes) or by another one (data_version). Two
// equal stamps mean nothing in the file changed in between, so what was worked out from it then
// still holds.

import type { Database } from 'better-sqlite3';
import { statement } from './statements';

export function workspaceStamp(db: Database): string {
  const changes = statement(db, 'SELECT total_changes()').pluck().get() as number;
  return `${changes} ${String(db.pragma('data_version', { simple: true }))}`;
}
