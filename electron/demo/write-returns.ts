// Writes the demo returns as officers would enter them: a draft started for the contract and
// period, its lines filled in, submitted, then verified, queried or rejected line by line by
// the named verifier on the day they did it, all through the returns workflow (so each step
// is in the audit trail).

import type { Database } from 'better-sqlite3';
import type { CouncilProfile } from '../../shared/council-profile';
import { updateRecord } from '../db/records';
import { insertReturn, updateReturnLines } from '../db/return-repository';
import { statement } from '../db/statements';
import { submitReturn, verifyReturn } from '../db/return-workflow';
import type { DemoReturn } from './demo-returns';

export interface ReturnsContext {
  contractIds: readonly string[];
  measureIds: ReadonlyMap<string, string>;
  profile: CouncilProfile;
  officer: string;
}

/** The return's version, read on its own (the whole return is more than the writer needs). */
const versionOf = (db: Database, id: string) =>
  (statement(db, 'SELECT version FROM returns WHERE id = ?').get(id) as { version: number })
    .version;

/** The return's line ids by measure code. */
function lineIdsOf(db: Database, id: string): Map<string, string> {
  const rows = statement(
    db,
    `SELECT l.id, m.code FROM return_lines l JOIN measures m ON m.id = l.measure_id
     WHERE l.return_id = ? AND l.deleted_at IS NULL`,
  ).all(id) as { id: string; code: string }[];
  return new Map(rows.map((row) => [row.code, row.id]));
}

function writeReturn(db: Database, plan: DemoReturn, ctx: ReturnsContext): void {
  const { officer } = ctx;
  const contractId = ctx.contractIds[plan.contractIndex] as string;
  const id = insertReturn(db, { contractId, period: plan.periodLabel }, officer, ctx.profile);
  const lines = plan.lines.flatMap(({ code, ...line }) => {
    const measureId = ctx.measureIds.get(code);
    return measureId ? [{ measureId, ...line }] : [];
  });
  updateReturnLines(db, id, versionOf(db, id), lines, officer);
  if (plan.submittedAt === null) return;
  submitReturn(db, id, versionOf(db, id), officer);
  // The workflow stamps the moment of submitting; the demo's returns came in on their own days.
  updateRecord(db, 'returns', id, { submitted_at: plan.submittedAt }, officer);
  if (!plan.verification) return;
  const lineIds = lineIdsOf(db, id);
  const { verifier, on, decisions } = plan.verification;
  verifyReturn(
    db,
    {
      id,
      version: versionOf(db, id),
      verifier,
      lines: decisions.flatMap(({ code, verification, note }) => {
        const lineId = lineIds.get(code);
        return lineId ? [{ lineId, verification, note }] : [];
      }),
    },
    officer,
    on,
  );
}

/** Writes the returns in order; how many. */
export function writeReturns(
  db: Database,
  returns: readonly DemoReturn[],
  ctx: ReturnsContext,
): number {
  for (const plan of returns) writeReturn(db, plan, ctx);
  return returns.length;
}
