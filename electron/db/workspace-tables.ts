// Every table of the workspace as it is stored, for the whole-workspace workbook: its columns
// (with the kind of cell each becomes) and its rows a page at a time, in the order they were
// written. Read from the schema itself, so tables added by later migrations come out too.
// Binary columns (picture bytes) are listed by their size, never written out.

import type { Database } from 'better-sqlite3';
import type { CellKind, CellValue, SheetColumn } from '../excel/sheet-cells';

export interface WorkspaceTable {
  name: string;
  columns: SheetColumn[];
  rowCount: number;
  pages(): Iterable<CellValue[][]>;
}

interface ColumnInfo {
  name: string;
  type: string;
}

const pageSize = 500;
const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The kind of cell a column becomes, from its declared type and the names the schema uses. */
function columnKind({ name, type }: ColumnInfo): CellKind {
  if (type === 'INTEGER') return name.endsWith('_pence') ? 'money' : 'number';
  if (type === 'REAL') return 'decimal';
  if (/_at$/.test(name)) return 'dateTime';
  if (/(^|_)date$|_from$|_since$|^period_(start|end)$/.test(name)) return 'date';
  return 'text';
}

function tableOf(db: Database, name: string): WorkspaceTable {
  const info = db.prepare(`SELECT name, type FROM pragma_table_info(?) ORDER BY cid`).all(name);
  const columns = (info as ColumnInfo[]).map((column) =>
    column.type === 'BLOB'
      ? {
          header: `${column.name} (size in bytes)`,
          kind: 'number' as const,
          select: `length(${quoted(column.name)})`,
        }
      : { header: column.name, kind: columnKind(column), select: quoted(column.name) },
  );
  const from = `FROM ${quoted(name)}`;
  const page = db
    .prepare(
      `SELECT ${columns.map((c) => c.select).join(', ')}, rowid ${from}
       WHERE rowid > ? ORDER BY rowid LIMIT ${pageSize}`,
    )
    .raw();
  return {
    name,
    columns: columns.map(({ header, kind }) => ({
      header,
      kind,
      width: Math.max(12, Math.min(header.length + 2, 40)),
    })),
    rowCount: (db.prepare(`SELECT count(*) AS n ${from}`).get() as { n: number }).n,
    *pages() {
      let after = 0;
      for (;;) {
        const rows = page.all(after) as CellValue[][];
        const last = rows.at(-1);
        if (!last) return;
        after = last[columns.length] as number;
        yield rows.map((row) => row.slice(0, columns.length));
      }
    },
  };
}

/** The workspace's tables in the order the migrations made them. */
export function workspaceTables(db: Database): WorkspaceTable[] {
  const names = db
    .prepare(
      `SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY rowid`,
    )
    .pluck()
    .all() as string[];
  return names.map((name) => tableOf(db, name));
}
