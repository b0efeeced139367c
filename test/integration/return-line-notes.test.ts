// A verifier's note on each return line, through the API on a real workspace: required (and named
// by the line) to query or reject, length-limited, kept on the line and gathered into the return's
// note, kept when the return goes back to draft, in the whole-workspace export; and every change
// to a line in the return's audit trail, named by the line's measure, old and new.

import { describe, expect, it } from 'vitest';
import { workspaceTables } from '../../electron/db/workspace-tables';
import type { ReturnDetail } from '../../shared/social-value-return';
import { seedFramework } from './seed-framework';
import { createContract, createSupplier, openRecordsWorkspace } from './seed-records';
import { enterReturn } from './seed-returns';
import { callApi, dumpTables, expectError, expectOk, useTempDirs } from './temp-workspace';

const temp = useTempDirs();

/** A submitted Q1 2025/26 return with LOC1 (1.5 FTE) and APP1 (10 weeks) awaiting verification. */
async function submittedReturn() {
  const { ctx, db } = await openRecordsWorkspace(temp);
  const measures = seedFramework(db, [
    { code: 'LOC1', title: 'Local people employed', unit: 'FTE' },
    { code: 'APP1', title: 'Apprenticeship weeks', unit: 'weeks' },
  ]);
  const supplier = await createSupplier(ctx, { name: 'Charnwood Works Ltd' });
  const contract = await createContract(ctx, supplier.id, {
    startDate: '2025-04-01',
    endDate: '2027-03-31',
  });
  const sent = await enterReturn(ctx, contract.id, 'Q1 2025/26', [
    { measureId: measures.LOC1 as string, quantity: 1.5 },
    { measureId: measures.APP1 as string, quantity: 10 },
  ]);
  return { ctx, db, sent };
}

const lineOf = (found: ReturnDetail, code: string) => {
  const line = found.lines.find((candidate) => candidate.measure.code === code);
  if (!line) throw new Error(`No line for ${code}`);
  return line;
};

const storedNotes = (db: Parameters<typeof dumpTables>[0], returnId: string) =>
  db
    .prepare(
      `SELECT m.code, l.verification, l.verification_note AS note FROM return_lines l
       JOIN measures m ON m.id = l.measure_id WHERE l.return_id = ? ORDER BY m.code`,
    )
    .all(returnId);

describe('a verification note on each line', () => {
  it('is required to query or reject, naming the line, and nothing is written without it', async () => {
    const { ctx, db, sent } = await submittedReturn();
    const before = dumpTables(db);
    const refused = expectError(
      await callApi(ctx, 'returns.verify', {
        id: sent.id,
        version: sent.version,
        lines: [
          { lineId: lineOf(sent, 'LOC1').id, verification: 'verified' },
          { lineId: lineOf(sent, 'APP1').id, verification: 'rejected', note: '   ' },
        ],
      }),
    );
    expect(refused.code).toBe('invalid_input');
    expect(refused.details?.issues).toEqual([
      {
        path: ['lines', 1, 'note'],
        message:
          'Say what is wrong with APP1 (Apprenticeship weeks), so the supplier can answer it',
      },
    ]);
    const tooLong = expectError(
      await callApi(ctx, 'returns.verify', {
        id: sent.id,
        version: sent.version,
        lines: [
          { lineId: lineOf(sent, 'APP1').id, verification: 'queried', note: 'x'.repeat(1001) },
        ],
      }),
    );
    expect(tooLong.details?.issues).toEqual([
      { path: ['lines', 0, 'note'], message: 'Keep the note under 1000 characters' },
    ]);
    expect(dumpTables(db)).toEqual(before);
  });

  it('is kept on the line, gathered into the return note, and kept when sent back to draft', async () => {
    const { ctx, db, sent } = await submittedReturn();
    const queried = expectOk(
      await callApi(ctx, 'returns.verify', {
        id: sent.id,
        version: sent.version,
        verifier: 'Aisha Khan',
        lines: [
          { lineId: lineOf(sent, 'LOC1').id, verification: 'verified', note: 'Payroll seen' },
          {
            lineId: lineOf(sent, 'APP1').id,
            verification: 'queried',
            note: 'Which  apprentices?\nNames please',
          },
        ],
      }),
    );
    expect(lineOf(queried, 'APP1').verificationNote).toBe('Which apprentices? Names please');
    expect(queried.statusNote).toBe('APP1 (queried): Which apprentices? Names please');
    expect(storedNotes(db, sent.id)).toEqual([
      { code: 'APP1', verification: 'queried', note: 'Which apprentices? Names please' },
      { code: 'LOC1', verification: 'verified', note: 'Payroll seen' },
    ]);

    const reopened = expectOk(
      await callApi(ctx, 'returns.reopen', {
        id: queried.id,
        version: queried.version,
        reason: 'Supplier is correcting APP1',
      }),
    );
    expect(reopened.status).toBe('draft');
    expect(reopened.lines.map((line) => [line.verification, line.verificationNote])).toEqual([
      ['pending', 'Payroll seen'],
      ['pending', 'Which apprentices? Names please'],
    ]);
    expect(reopened.statusNote).toBe('Supplier is correcting APP1');

    // Sent in again and decided again: a new decision replaces the line's note.
    const again = expectOk(
      await callApi(ctx, 'returns.submit', { id: reopened.id, version: reopened.version }),
    );
    const verified = expectOk(
      await callApi(ctx, 'returns.verify', {
        id: again.id,
        version: again.version,
        lines: again.lines.map((line) => ({ lineId: line.id, verification: 'verified' as const })),
      }),
    );
    expect(verified.status).toBe('verified');
    expect(verified.statusNote).toBeNull();
    expect(storedNotes(db, sent.id)).toEqual([
      { code: 'APP1', verification: 'verified', note: null },
      { code: 'LOC1', verification: 'verified', note: null },
    ]);
  });

  it('comes out in the whole-workspace export with its line', async () => {
    const { ctx, db, sent } = await submittedReturn();
    expectOk(
      await callApi(ctx, 'returns.verify', {
        id: sent.id,
        version: sent.version,
        lines: [{ lineId: lineOf(sent, 'APP1').id, verification: 'rejected', note: 'No evidence' }],
      }),
    );
    const table = workspaceTables(db).find((candidate) => candidate.name === 'return_lines');
    const headers = table?.columns.map((column) => column.header) ?? [];
    const at = headers.indexOf('verification_note');
    expect(at).toBeGreaterThan(-1);
    const rows = [...(table?.pages() ?? [])].flat();
    expect(rows.map((row) => row[at]).filter(Boolean)).toEqual(['No evidence']);
  });
});

describe("a return's audit trail", () => {
  it("holds every change to its lines, named by the line's measure, old and new", async () => {
    const { ctx, sent } = await submittedReturn();
    const decided = expectOk(
      await callApi(ctx, 'returns.verify', {
        id: sent.id,
        version: sent.version,
        verifier: 'Aisha Khan',
        lines: [{ lineId: lineOf(sent, 'APP1').id, verification: 'queried', note: 'Names?' }],
      }),
    );
    const reopened = expectOk(
      await callApi(ctx, 'returns.reopen', { id: decided.id, version: decided.version }),
    );
    expectOk(
      await callApi(ctx, 'returns.update', {
        id: reopened.id,
        version: reopened.version,
        lines: reopened.lines.map((line) => ({
          measureId: line.measure.id,
          quantity: line.measure.code === 'APP1' ? 12 : line.quantity,
          evidenceReference: line.measure.code === 'APP1' ? 'Payroll Q1' : null,
          narrative: null,
        })),
      }),
    );
    const history = expectOk(
      await callApi(ctx, 'audit.history', { table: 'returns', id: sent.id }),
    );
    const app1 = history.filter((entry) => entry.part === 'APP1 Apprenticeship weeks');
    // Newest first: the correction, sending back to draft, the query, the line entered.
    expect(app1.map((entry) => entry.operation)).toEqual(['update', 'update', 'update', 'insert']);
    expect(app1[0]?.changes).toEqual([
      { field: 'quantity', old: 10, new: 12 },
      { field: 'evidence_reference', old: null, new: 'Payroll Q1' },
    ]);
    expect(app1[1]?.changes).toEqual(
      expect.arrayContaining([{ field: 'verification', old: 'queried', new: 'pending' }]),
    );
    expect(app1[2]?.changes).toEqual(
      expect.arrayContaining([
        { field: 'verification', old: 'pending', new: 'queried' },
        { field: 'verification_note', old: null, new: 'Names?' },
      ]),
    );
    // The insert does not repeat which return and measure the line belongs to.
    expect(app1[3]?.changes).toEqual([
      { field: 'proxy_pence', old: null, new: 100 },
      { field: 'quantity', old: null, new: 10 },
    ]);
    // The return's own entries are there too, without a part.
    expect(history.filter((entry) => entry.part === undefined).length).toBeGreaterThan(3);
    const times = history.map((entry) => entry.changedAt);
    expect(times).toEqual([...times].sort().reverse());
  });
});
