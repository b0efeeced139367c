// Property-based tests of the API's validation: every method in shared/api-contract.ts is called
// through dispatch (the one entry every host uses) with generated garbage, and with objects that
// have the method's own field names holding garbage or real ids. Every call must end in a result
// or a clear error (never the "internal" code of an unexpected exception), and a refused call must
// leave every table's row count as it was.

import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Context } from '../../electron/api/context';
import { dispatch } from '../../electron/api/dispatch';
import { openWorkspace } from '../../electron/db/open';
import { loadDemo } from '../../electron/demo/load-demo';
import { workspaceFileIn } from '../../electron/workspace-location';
import { apiContract, type ApiMethod } from '../../shared/api-contract';
import { reportCounts, soakFactor } from '../trust-counts';
import { makeTempDir, recordTableNames, removeTempDir, tableNames } from './temp-workspace';

/**
 * Left out: two methods whose only valid input is {} (which garbage often is) and whose valid call
 * is seconds of work that is not validation: demo.load fills the workspace with a demo council,
 * backups.create copies the whole workspace (both are tested on their own).
 */
const skipped = new Set<ApiMethod>(['demo.load', 'backups.create']);
const methods = (Object.keys(apiContract) as ApiMethod[]).filter((method) => !skipped.has(method));
const runsPerMethod = 20 * soakFactor();
/** A method whose valid calls are slow (a whole-workspace export) stops early, not the suite. */
const timeLimitMs = 1_500 * soakFactor();

let dir: string;
let ctx: Context;
let ids: string[];

beforeAll(async () => {
  dir = await makeTempDir();
  const file = workspaceFileIn(dir);
  const { db } = openWorkspace(file);
  loadDemo(db, 'Fuzz Test', { seed: 7 });
  ctx = { db, file, officer: 'Fuzz Test' };
  ids = recordTableNames(db)
    .filter((table) => table !== 'change_log')
    .flatMap((table) =>
      (db.prepare(`SELECT id FROM ${table} LIMIT 3`).all() as { id: string }[]).map(
        (row) => row.id,
      ),
    );
}, 120_000);

afterAll(async () => {
  ctx.db.close();
  await removeTempDir(dir);
}, 60_000);

function rowCounts(): Record<string, number> {
  return Object.fromEntries(
    tableNames(ctx.db).map((table) => [
      table,
      (ctx.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n,
    ]),
  );
}

/** The field names of a method's input, when its schema is an object. */
function fieldNames(method: ApiMethod): string[] {
  const schema = apiContract[method].input as { shape?: Record<string, unknown> };
  return schema.shape ? Object.keys(schema.shape) : [];
}

/** Garbage of every kind, and objects with the method's fields holding garbage or real ids. */
function inputs(method: ApiMethod): fc.Arbitrary<unknown> {
  const value = fc.oneof(
    fc.anything(),
    fc.constantFrom(...ids),
    fc.string(),
    fc.integer(),
    fc.double(),
    fc.constantFrom(null, '', '2025-13-45', '£1,234.56', '=HYPERLINK("x")', 'A'.repeat(5000)),
  );
  const names = fieldNames(method);
  const shaped =
    names.length > 0
      ? fc.record(Object.fromEntries(names.map((name) => [name, value])), { requiredKeys: [] })
      : fc.constant({});
  return fc.oneof(fc.anything(), shaped, shaped);
}

let tried = 0;

describe('every API method, given garbage', () => {
  it.each(methods)(
    '%s answers with a result or a clear error, and a refusal writes nothing',
    async (method) => {
      await fc.assert(
        fc.asyncProperty(inputs(method), async (input) => {
          tried++;
          const before = rowCounts();
          const result = await dispatch(method, input, ctx);
          if (result.ok) return;
          expect(result.error.code, result.error.message).not.toBe('internal');
          expect(result.error.message.length).toBeGreaterThan(5);
          expect(rowCounts()).toEqual(before);
        }),
        {
          numRuns: runsPerMethod,
          seed: 20261130 + methods.indexOf(method),
          interruptAfterTimeLimit: timeLimitMs,
        },
      );
    },
  );

  it('tried every method', () => {
    reportCounts({
      suite: 'API validation fuzz',
      inputsTried: tried,
      faultsInjected: 0,
      recordsLost: 0,
    });
    expect(tried).toBeGreaterThanOrEqual(methods.length * 10);
  });
});
