// What one unit of work of each kind leaves in the workspace, and how to count whole units (and
// find part-units) in a file after a crash.

import type Database from 'better-sqlite3';

export type CrashKind = 'save' | 'framework-import' | 'register-import' | 'return-import';

export const registerRowsPerImport = 20;
/** The crash test's contract commits to two measures, so each return has two lines. */
export const linesPerReturn = 2;

export interface Units {
  units: number;
  /** Units only partly there (must be none). */
  partial: string[];
}

const count = (db: Database.Database, sql: string) => (db.prepare(sql).get() as { n: number }).n;

export function unitsIn(db: Database.Database, kind: CrashKind, measuresPerImport: number): Units {
  if (kind === 'save') {
    return {
      units: count(db, "SELECT count(*) AS n FROM suppliers WHERE name LIKE 'Crash Supplier %'"),
      partial: [],
    };
  }
  if (kind === 'return-import') {
    const returns = db
      .prepare(
        'SELECT r.period_start AS unit, (SELECT count(*) FROM return_lines l WHERE l.return_id = r.id) AS size FROM returns r',
      )
      .all() as { unit: string; size: number }[];
    return {
      units: returns.length,
      partial: returns
        .filter((r) => r.size !== linesPerReturn)
        .map((r) => `the return for ${r.unit} holds ${r.size} of ${linesPerReturn} lines`),
    };
  }
  const groups =
    kind === 'framework-import'
      ? (db
          .prepare(
            `SELECT v.name AS unit, (SELECT count(*) FROM measures m WHERE m.framework_version_id = v.id) AS size
             FROM framework_versions v WHERE v.name LIKE 'Imported %'`,
          )
          .all() as { unit: string; size: number }[])
      : (db
          .prepare(
            `SELECT substr(reference, 1, instr(substr(reference, 4), '-') + 2) AS unit, count(*) AS size
             FROM contracts WHERE reference LIKE 'CR-%' GROUP BY unit`,
          )
          .all() as { unit: string; size: number }[]);
  const whole = kind === 'framework-import' ? measuresPerImport : registerRowsPerImport;
  return {
    units: groups.length,
    partial: groups
      .filter((group) => group.size !== whole)
      .map((group) => `${group.unit} holds ${group.size} of ${whole} records`),
  };
}
