// A return's life after its draft: submitting it, verifying, querying or rejecting its lines
// one by one (the return's status follows its lines: returnStatusOf), and sending it back to
// draft to correct it. Every step is written through records.ts, so it is in the audit trail.

import type { Database } from 'better-sqlite3';
import { calendarDateOf } from '../../shared/calendar-date';
import { AppError } from '../../shared/result';
import {
  lineNoteIssues,
  returnStatusOf,
  type LineDecision,
} from '../../shared/social-value-return';
import { fieldProblem, FieldProblems } from './field-problems';
import { checkVersion, updateRecord } from './records';
import { checkDraft, getReturn } from './return-repository';

/** Sends a draft in: every quantity or money line needs its quantity (0 when none). */
export function submitReturn(db: Database, id: string, version: number, officer: string): void {
  const draft = checkDraft(db, id, version, 'submitted again');
  if (draft.lines.length === 0) {
    throw fieldProblem(['lines'], 'Add at least one measure to the return before submitting it');
  }
  const problems = new FieldProblems();
  draft.lines.forEach((line, index) => {
    if (line.measure.kind !== 'record-only' && line.quantity === null) {
      problems.add(
        ['lines', index, 'quantity'],
        `Enter the quantity delivered for ${line.measure.code}, or 0 if none`,
      );
    }
  });
  problems.throwIfAny();
  for (const line of draft.lines) {
    updateRecord(
      db,
      'return_lines',
      line.id,
      { verification: 'pending', verified_by: null, verified_at: null },
      officer,
    );
  }
  updateRecord(
    db,
    'returns',
    id,
    { status: 'submitted', submitted_at: new Date().toISOString(), status_note: null },
    officer,
    { touch: true },
  );
}

export interface LineDecisionInput {
  lineId: string;
  verification: LineDecision;
  note: string | null;
}

/**
 * Records the verifier's decision on the lines given (the others keep theirs), by name and on
 * today's date, with the note saying why a line is queried or rejected (kept on the line; a line
 * verified keeps a note only when given one), and moves the return to the status its lines give.
 * The return's note gathers the notes of its lines still queried or rejected, one line per
 * measure, for the supplier to answer.
 */
export function verifyReturn(
  db: Database,
  input: { id: string; version: number; verifier: string; lines: readonly LineDecisionInput[] },
  officer: string,
  today = calendarDateOf(),
): void {
  checkVersion(db, 'returns', input.id, input.version, 'return');
  const found = getReturn(db, input.id);
  if (found.status === 'draft') {
    throw new AppError(
      'refused',
      'This return is still a draft: it can be verified once it has been submitted.',
    );
  }
  const byId = new Map(found.lines.map((line) => [line.id, line]));
  const problems = new FieldProblems();
  input.lines.forEach((decision, index) => {
    if (!byId.has(decision.lineId)) {
      problems.add(['lines', index, 'lineId'], 'That line is not on this return: reload it');
    }
  });
  for (const issue of lineNoteIssues(input.lines, found.lines)) {
    problems.add(issue.path, issue.message);
  }
  problems.throwIfAny();
  for (const decision of input.lines) {
    const line = byId.get(decision.lineId);
    if (!line) continue;
    const note = decision.note?.replace(/\s+/g, ' ') ?? null;
    updateRecord(
      db,
      'return_lines',
      line.id,
      {
        verification: decision.verification,
        verified_by: input.verifier,
        verified_at: today,
        verification_note: note,
      },
      officer,
    );
    line.verification = decision.verification;
    line.verificationNote = note;
  }
  const statusNote = found.lines
    .filter((line) => line.verification === 'queried' || line.verification === 'rejected')
    .flatMap((line) =>
      line.verificationNote
        ? [`${line.measure.code} (${line.verification}): ${line.verificationNote}`]
        : [],
    )
    .join('\n');
  const status = returnStatusOf(found.lines.map((line) => line.verification));
  updateRecord(
    db,
    'returns',
    input.id,
    {
      status,
      verified_by: input.verifier,
      verified_at: today,
      status_note: statusNote || null,
    },
    officer,
    { touch: true },
  );
}

/**
 * Back to draft so its lines can be corrected: their verification is cleared, their notes kept
 * for whoever corrects them (the next decision on a line replaces its note).
 */
export function reopenReturn(
  db: Database,
  id: string,
  version: number,
  reason: string | null,
  officer: string,
): void {
  checkVersion(db, 'returns', id, version, 'return');
  const found = getReturn(db, id);
  if (found.status === 'draft') {
    throw new AppError('refused', 'This return is already a draft: its lines can be edited.');
  }
  for (const line of found.lines) {
    updateRecord(
      db,
      'return_lines',
      line.id,
      { verification: 'pending', verified_by: null, verified_at: null },
      officer,
    );
  }
  updateRecord(
    db,
    'returns',
    id,
    { status: 'draft', verified_by: null, verified_at: null, status_note: reason },
    officer,
    { touch: true },
  );
}
