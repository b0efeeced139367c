// The stored scope of an exercise or contract (in scope of the Act, of the local policy, and
// why), worked out from the thresholds in force on its date.

import type { Threshold } from '../../shared/council-profile';
import type { ProcurementCategory, Scope } from '../../shared/exercise';
import { scopeOf } from '../../shared/thresholds';
import type { Database } from 'better-sqlite3';
import type { Fields } from './records';
import { statement } from './statements';

export function scopeColumns(
  input: { category: ProcurementCategory; valuePence: number; date: string },
  thresholds: readonly Threshold[],
): Fields {
  const scope = scopeOf(input, thresholds);
  return {
    in_scope_act: scope.act ? 1 : 0,
    in_scope_local: scope.local ? 1 : 0,
    scope_reasons: JSON.stringify(scope.reasons),
  };
}

export function scopeFromRow(row: Record<string, unknown>): Scope {
  return {
    act: row.in_scope_act === 1,
    local: row.in_scope_local === 1,
    reasons: JSON.parse(String(row.scope_reasons)) as string[],
  };
}

/**
 * Works the scope of every row of a table out again, after the thresholds changed. Derived
 * columns only: not an officer's change, so neither versioned nor logged.
 */
export function recomputeScope(
  db: Database,
  table: 'exercises' | 'contracts',
  valueColumn: string,
  dateSql: string,
  thresholds: readonly Threshold[],
): void {
  const rows = statement(
    db,
    `SELECT id, category, ${valueColumn} AS value, ${dateSql} AS date FROM ${table}`,
  ).all() as { id: string; category: ProcurementCategory; value: number; date: string }[];
  const write = statement(
    db,
    `UPDATE ${table} SET in_scope_act = ?, in_scope_local = ?, scope_reasons = ? WHERE id = ?`,
  );
  for (const row of rows) {
    const scope = scopeColumns(
      { category: row.category, valuePence: row.value, date: row.date },
      thresholds,
    );
    write.run(scope.in_scope_act, scope.in_scope_local, scope.scope_reasons, row.id);
  }
}
