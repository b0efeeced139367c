// Builds a list query (search, filters, sort, window) from parts, and runs it with its count
// and £ total. Column names come from code; every value the officer typed is a parameter.

import type { Database } from 'better-sqlite3';
import type { ListPage, ScopeFilter, SortDirection } from '../../shared/list-query';
import { statement } from './statements';

type Param = string | number;

export class ListFilter {
  readonly conditions: string[] = [];
  readonly params: Param[] = [];

  where(condition: string, ...params: Param[]): this {
    this.conditions.push(condition);
    this.params.push(...params);
    return this;
  }

  /** Every word of the search appears in at least one of the columns. */
  search(text: string, columns: string[]): this {
    for (const word of text.split(/\s+/).filter(Boolean)) {
      const pattern = `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      this.where(
        `(${columns.map((column) => `${column} LIKE ? ESCAPE '\\'`).join(' OR ')})`,
        ...columns.map(() => pattern),
      );
    }
    return this;
  }

  flag(column: string, wanted: boolean | undefined): this {
    return wanted === undefined ? this : this.where(`${column} = ?`, wanted ? 1 : 0);
  }

  oneOf(column: string, values: readonly string[]): this {
    if (values.length === 0) return this;
    return this.where(`${column} IN (${values.map(() => '?').join(', ')})`, ...values);
  }

  equals(column: string, value: string | undefined): this {
    return value === undefined || value === '' ? this : this.where(`${column} = ?`, value);
  }

  scope(alias: string, scope: ScopeFilter | undefined): this {
    if (scope === 'act') return this.where(`${alias}.in_scope_act = 1`);
    if (scope === 'local') return this.where(`${alias}.in_scope_local = 1`);
    if (scope === 'either')
      return this.where(`(${alias}.in_scope_act = 1 OR ${alias}.in_scope_local = 1)`);
    if (scope === 'neither')
      return this.where(`${alias}.in_scope_act = 0 AND ${alias}.in_scope_local = 0`);
    return this;
  }

  sql(): string {
    return this.conditions.length ? `WHERE ${this.conditions.join(' AND ')}` : '';
  }
}

export interface ListSpec {
  select: string;
  from: string;
  filter: ListFilter;
  /** The sort expression; the id breaks ties so windows never overlap. */
  orderBy: string;
  direction: SortDirection;
  idColumn: string;
  /** The money summed for the list's £ total. */
  valueColumn: string;
  offset: number;
  limit: number;
}

export function runList<Row>(
  db: Database,
  spec: ListSpec,
  toRow: (row: Record<string, unknown>) => Row,
): ListPage<Row> {
  const where = spec.filter.sql();
  const direction = spec.direction === 'desc' ? 'DESC' : 'ASC';
  const totals = statement(
    db,
    `SELECT count(*) AS total, coalesce(sum(${spec.valueColumn}), 0) AS value FROM ${spec.from} ${where}`,
  ).get(...spec.filter.params) as { total: number; value: number };
  const rows = statement(
    db,
    `SELECT ${spec.select} FROM ${spec.from} ${where}
     ORDER BY ${spec.orderBy} ${direction}, ${spec.idColumn} ${direction} LIMIT ? OFFSET ?`,
  ).all(...spec.filter.params, spec.limit, spec.offset) as Record<string, unknown>[];
  return {
    rows: rows.map(toRow),
    offset: spec.offset,
    total: totals.total,
    totalValuePence: totals.value,
  };
}

/** All the rows a list query matches, for an export. */
export function allOf(spec: ListSpec): ListSpec {
  return { ...spec, offset: 0, limit: -1 };
}
