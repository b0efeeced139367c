// Writing many rows into a table at once: its lookup-only indexes (the ones lists sort and filter
// by) are dropped first and built again after, inside the caller's transaction. Building an
// index from the finished table is a sort, far cheaper than placing each new row in every index
// as it arrives; a rollback (a failure) puts the indexes back as they were. Unique indexes stay,
// since they keep the data right while it is written, and so do the key indexes.

import type { Database } from 'better-sqlite3';

/** A bulk write rebuilds indexes only when it writes at least this many rows... */
export const bulkRowsAtLeast = 5_000;

/** ...and at least as many as the table already holds (rebuilding indexes covers them all). */
function worthRebuilding(db: Database, table: string, rowsToWrite: number): boolean {
  if (rowsToWrite < bulkRowsAtLeast) return false;
  const { stored } = db.prepare(`SELECT count(*) AS stored FROM ${table}`).get() as {
    stored: number;
  };
  return rowsToWrite >= stored;
}

/** Runs `write` with the table's non-unique indexes dropped, then builds them again. */
function withIndexesRebuilt<T>(db: Database, table: string, write: () => T): T {
  if (!db.inTransaction) throw new Error('Indexes are only rebuilt inside a transaction.');
  const indexes = db
    .prepare(
      `SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL
       AND sql NOT LIKE 'CREATE UNIQUE INDEX%' ORDER BY name`,
    )
    .all(table) as { name: string; sql: string }[];
  for (const index of indexes) db.exec(`DROP INDEX "${index.name}"`);
  const result = write();
  for (const index of indexes) db.exec(index.sql);
  return result;
}

/** Runs `write` of about `rows` rows into `table`, with its indexes built again after it when
 * that is worth it. */
export function writeInBulk<T>(db: Database, table: string, rows: number, write: () => T): T {
  return worthRebuilding(db, table, rows) ? withIndexesRebuilt(db, table, write) : write();
}
