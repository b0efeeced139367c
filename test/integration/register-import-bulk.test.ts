// A register import big enough to be written in bulk (bulk-indexes.ts: the contracts' list
// indexes dropped while the rows are written, then built again): the preview and the import
// leave the indexes exactly as they were, every contract has its audit trail entry, the import
// history holds a row for every record written (their own audit is the import's entries), and
// undoing the import takes every record back out.

import { describe, expect, it } from 'vitest';
import { bulkRowsAtLeast } from '../../electron/db/bulk-indexes';
import { importRegister, previewRegister } from './register-import-flow';
import { openRecordsWorkspace } from './seed-records';
import { callApi, expectOk, useTempDirs } from './temp-workspace';
import type Database from 'better-sqlite3';

const temp = useTempDirs();
const rows = bulkRowsAtLeast + 500;

/** A contracts register of `rows` rows over 50 suppliers, one of them repeated. */
function register(): Buffer {
  const lines = ['Reference,Title,Supplier name,Start date,End date,Value'];
  for (let n = 1; n <= rows; n++) {
    const reference = n === rows ? 'BULK-00001' : `BULK-${String(n).padStart(5, '0')}`;
    lines.push(`${reference},Contract ${n},Supplier ${n % 50} Ltd,01/04/2024,31/03/2027,£${n}.50`);
  }
  return Buffer.from(`${lines.join('\r\n')}\r\n`);
}

const indexes = (db: Database.Database) =>
  db
    .prepare(
      "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'contracts' ORDER BY name",
    )
    .all();

const count = (db: Database.Database, sql: string) => (db.prepare(sql).get() as { n: number }).n;

describe('a register import written in bulk', () => {
  it('keeps the indexes, the audit trail and the import history whole, and can be undone', async () => {
    const { ctx, db } = await openRecordsWorkspace(temp);
    const before = indexes(db);
    expect(before.length).toBeGreaterThan(5);

    const { preview } = await previewRegister(ctx, 'bulk.csv', register());
    expect(preview).toMatchObject({ rows, imported: rows - 1, skipped: [{ row: rows + 1 }] });
    expect(preview.skipped[0]?.reason).toMatch(/Row 2 has the reference BULK-00001 too/);
    expect(indexes(db)).toEqual(before);
    expect(count(db, 'SELECT count(*) AS n FROM contracts')).toBe(0);

    const report = await importRegister(ctx, 'bulk.csv', register());
    expect(report).toMatchObject({ imported: rows - 1, suppliersCreated: 50 });
    expect(indexes(db)).toEqual(before);
    expect(count(db, 'SELECT count(*) AS n FROM contracts WHERE deleted_at IS NULL')).toBe(
      rows - 1,
    );
    // The list indexes were built again, with every contract in them.
    expect(
      count(
        db,
        'SELECT count(*) AS n FROM contracts INDEXED BY contracts_by_value WHERE deleted_at IS NULL AND value_pence >= 0',
      ),
    ).toBe(rows - 1);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(
      count(
        db,
        `SELECT count(*) AS n FROM contracts c WHERE NOT EXISTS (SELECT 1 FROM change_log l
           WHERE l.table_name = 'contracts' AND l.row_id = c.id AND l.operation = 'insert')`,
      ),
    ).toBe(0);
    expect(count(db, 'SELECT count(*) AS n FROM import_rows')).toBe(rows - 1 + 50);
    expect(count(db, "SELECT count(*) AS n FROM change_log WHERE table_name = 'import_rows'")).toBe(
      0,
    );
    expect(
      db.prepare("SELECT operation FROM change_log WHERE table_name = 'imports'").all(),
    ).toEqual([{ operation: 'insert' }, { operation: 'update' }]);

    const [listed] = expectOk(await callApi(ctx, 'imports.list', { limit: 5 }));
    expect(listed).toMatchObject({ rowCount: rows - 1 + 50, counts: { added: rows - 1 } });
    expectOk(
      await callApi(ctx, 'imports.undo', {
        id: listed?.id as string,
        version: listed?.version as number,
      }),
    );
    expect(count(db, 'SELECT count(*) AS n FROM contracts WHERE deleted_at IS NULL')).toBe(0);
    expect(count(db, 'SELECT count(*) AS n FROM suppliers WHERE deleted_at IS NULL')).toBe(0);
  }, 180_000);
});
