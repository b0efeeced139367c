// Turns a record's fields (camelCase, booleans, arrays) into stored columns (snake_case,
// 0/1, JSON text) and back. One map per table, so a column is named in one place.

import type { Fields, Value } from './records';

type Kind = 'text' | 'number' | 'boolean' | 'json';

export interface ColumnMap<T> {
  /** Every field's column, for writes. */
  toColumns(fields: T): Fields;
  /** The fields read back from a stored row. */
  fromRow(row: Record<string, unknown>): T;
  /** The column of one field, for error paths and audit labels. */
  columnOf(field: keyof T): string;
}

export function columnMap<T>(columns: {
  [K in keyof T]-?: [column: string, kind: Kind];
}): ColumnMap<T> {
  const entries = Object.entries(columns) as [keyof T & string, [string, Kind]][];
  return {
    toColumns(fields) {
      const out: Fields = {};
      for (const [field, [column, kind]] of entries) {
        const value = fields[field] as unknown;
        out[column] = toStored(value, kind);
      }
      return out;
    },
    fromRow(row) {
      const out: Record<string, unknown> = {};
      for (const [field, [column, kind]] of entries) out[field] = fromStored(row[column], kind);
      return out as T;
    },
    columnOf: (field) => columns[field][0],
  };
}

function toStored(value: unknown, kind: Kind): Value {
  if (value === null || value === undefined) return null;
  if (kind === 'boolean') return value ? 1 : 0;
  if (kind === 'json') return JSON.stringify(value);
  return value as Value;
}

function fromStored(value: unknown, kind: Kind): unknown {
  if (kind === 'boolean') return value === 1;
  if (kind === 'json') return typeof value === 'string' ? (JSON.parse(value) as unknown) : [];
  return value ?? null;
}
