// What "consistent" means for a workspace file after a crash or a refused call: SQLite's own
// integrity and foreign key checks pass, and the change log matches the rows (every record has
// its insert in the log, and every logged record exists: no row without its audit, no audit
// without its row).

import Database from 'better-sqlite3';

export interface Consistency {
  problems: string[];
  /** Rows per table, for comparing before and after. */
  counts: Record<string, number>;
}

function recordTables(db: Database.Database): string[] {
  const tables = db
    .prepare(
      "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .all() as { name: string }[];
  return tables
    .map((table) => table.name)
    .filter((name) =>
      (db.pragma(`table_info(${name})`) as { name: string }[]).some((c) => c.name === 'version'),
    );
}

export function checkConsistency(db: Database.Database): Consistency {
  const problems: string[] = [];
  const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map(
    (row) => row.integrity_check,
  );
  if (integrity.join() !== 'ok') problems.push(`integrity_check: ${integrity.join('; ')}`);
  const foreignKeys = db.pragma('foreign_key_check') as unknown[];
  if (foreignKeys.length > 0) problems.push(`foreign_key_check: ${JSON.stringify(foreignKeys)}`);
  const counts: Record<string, number> = {};
  const count = (sql: string, ...params: unknown[]) =>
    (db.prepare(sql).get(...params) as { n: number }).n;
  for (const table of recordTables(db)) {
    counts[table] = count(`SELECT count(*) AS n FROM ${table}`);
    // An import's rows are its own detail, audited by the import's entries in the log
    // (import-history-repository.ts): each must belong to a logged import.
    const [key, logged] = table === 'import_rows' ? ['import_id', 'imports'] : ['id', table];
    const unlogged = count(
      `SELECT count(*) AS n FROM ${table} WHERE ${key} NOT IN
         (SELECT row_id FROM change_log WHERE table_name = ? AND operation = 'insert')`,
      logged,
    );
    if (unlogged > 0) problems.push(`${table}: ${unlogged} rows with no insert in the change log`);
    const orphaned = count(
      `SELECT count(*) AS n FROM change_log WHERE table_name = ? AND row_id NOT IN (SELECT id FROM ${table})`,
      table,
    );
    if (orphaned > 0) problems.push(`${table}: ${orphaned} change log entries for rows not there`);
  }
  counts.change_log = count('SELECT count(*) AS n FROM change_log');
  return { problems, counts };
}

/** Opens the file as the app would after a crash (SQLite replays or drops the WAL), and checks it. */
export function checkConsistencyOf(file: string): Consistency {
  const db = new Database(file, { fileMustExist: true });
  try {
    return checkConsistency(db);
  } finally {
    db.close();
  }
}
