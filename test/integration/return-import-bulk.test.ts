// A supplier return big enough to be written in bulk (bulk-indexes.ts): the first return of a
// workspace with thousands of lines has its lines' and delivery rows' lookup indexes dropped while
// they are written and built again after. The indexes come back exactly as they were and hold
// every line, each line has its audit trail row, the dashboard's delivery rows are as a rebuild
// makes them, and undoing the import takes the return back out.

import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { bulkRowsAtLeast } from '../../electron/db/bulk-indexes';
import { rebuildPortfolioTotals } from '../../electron/db/portfolio-totals';
import { fillReturnTemplate } from '../fixtures/return-files';
import { compare } from './line-delivery-rules';
import { contractAndMeasures } from './seed-returns';
import { callApi, countRows, expectOk, useTempDirs } from './temp-workspace';

const temp = useTempDirs();
const lines = bulkRowsAtLeast + 20;

const indexes = (db: Database.Database) =>
  db
    .prepare(
      `SELECT name, sql FROM sqlite_master WHERE type = 'index'
       AND tbl_name IN ('return_lines', 'line_delivery') ORDER BY name`,
    )
    .all();

/** How many rows an index holds: every row of its table, when it was built again whole. */
const inIndex = (db: Database.Database, table: string, index: string, where: string) =>
  db.prepare(`SELECT count(*) FROM ${table} INDEXED BY ${index} WHERE ${where}`).pluck().get();

describe('a return import written in bulk', () => {
  it('keeps the indexes, the audit trail and the dashboard rows whole, and can be undone', async () => {
    const codes = Array.from({ length: lines }, (_, i) => `B${String(i).padStart(5, '0')}`);
    const { ctx, db, measures, contract } = await contractAndMeasures(temp, codes);
    // Thousands of commitments through the API would each work the contract's figures out
    // again; written straight in, with the dashboard's figures rebuilt once after.
    const at = new Date().toISOString();
    const commit = db.prepare(
      `INSERT INTO commitments (id, contract_id, measure_id, quantity, proxy_pence, created_at,
         updated_at, updated_by, version) VALUES (?, ?, ?, 40, 1000, ?, ?, 'Seed', 1)`,
    );
    db.transaction(() => {
      for (const code of codes) commit.run(randomUUID(), contract.id, measures[code], at, at);
      rebuildPortfolioTotals(db);
    })();
    const before = indexes(db);
    expect(before.length).toBeGreaterThan(4);

    const template = expectOk(
      await callApi(ctx, 'returnTemplates.download', {
        contractId: contract.id,
        period: 'Q1 2025/26',
      }),
    );
    const entries = Object.fromEntries(codes.map((code, i) => [code, { delivered: i % 9 }]));
    const filled = await fillReturnTemplate(Buffer.from(template.contentBase64, 'base64'), entries);
    const outcome = expectOk(
      await callApi(ctx, 'returnImports.confirm', {
        fileName: 'bulk return.xlsx',
        contentBase64: filled.toString('base64'),
      }),
    );
    expect(outcome).toMatchObject({ outcome: 'imported', status: 'submitted' });

    expect(indexes(db)).toEqual(before);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const where = 'deleted_at IS NULL AND measure_id IS NOT NULL';
    expect(inIndex(db, 'return_lines', 'return_lines_by_measure', where)).toBe(lines);
    expect(inIndex(db, 'line_delivery', 'line_delivery_by_period', "period_start >= ''")).toBe(
      lines,
    );
    expect(countRows(db, 'change_log', "table_name = 'return_lines'")).toBe(lines);
    const stored = expectOk(await callApi(ctx, 'returns.get', { id: outcome.returnId as string }));
    expect(stored.lines.map((line) => [line.measure.code, line.quantity])).toEqual(
      codes.map((code, i) => [code, i % 9]),
    );
    const { kept, rebuilt } = compare(db);
    expect(kept).toHaveLength(lines);
    expect(kept).toEqual(rebuilt);

    const [history] = expectOk(await callApi(ctx, 'imports.list', { limit: 1 }));
    expectOk(
      await callApi(ctx, 'imports.undo', {
        id: history?.id as string,
        version: history?.version as number,
      }),
    );
    expect(countRows(db, 'returns', 'deleted_at IS NULL')).toBe(0);
    expect(countRows(db, 'line_delivery')).toBe(0);
    expect(indexes(db)).toEqual(before);
  });
});
