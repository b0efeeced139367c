// The verifier's decisions as chosen on screen, and their conversion to returns.verify: only the
// lines given a decision are sent, and problems are placed back on the row they came from,
// naming the line's measure.

import type { z } from 'zod';
import type { LineDecision, ReturnDetail } from '../../../shared/social-value-return';
import { lineNoteIssues, returnVerifySchema } from '../../../shared/social-value-return';
import type { FieldIssue } from '../../../shared/result';
import { FormReader, orNull, type Checked } from '../../components/form-input';

export interface LineChoice {
  lineId: string;
  /** Blank: leave the line as it is. */
  decision: LineDecision | '';
  note: string;
}

export interface VerifyForm {
  verifier: string;
  choices: LineChoice[];
}

export function verifyFormFor(found: ReturnDetail, officer: string): VerifyForm {
  return {
    verifier: officer,
    choices: found.lines.map((line) => ({ lineId: line.id, decision: '', note: '' })),
  };
}

type VerifyInput = z.input<typeof returnVerifySchema>;

/**
 * The input for the lines given a decision, checked with the backend's schema and its rule that
 * a query or rejection says why; each problem named by its line's measure and placed on its row.
 */
export function verifyFormToInput(
  form: VerifyForm,
  found: Pick<ReturnDetail, 'id' | 'version' | 'lines'>,
): Checked<VerifyInput> {
  const decided = form.choices.flatMap((choice, row) =>
    choice.decision === '' ? [] : [{ row, choice: { ...choice, decision: choice.decision } }],
  );
  const lines = decided.map(({ choice }) => ({
    lineId: choice.lineId,
    verification: choice.decision,
    note: orNull(choice.note),
  }));
  const input = { id: found.id, version: found.version, verifier: form.verifier, lines };
  const checked = new FormReader().check(returnVerifySchema, input);
  const issues = [...(checked.ok ? [] : checked.issues), ...lineNoteIssues(lines, found.lines)];
  if (issues.length === 0 && checked.ok) return checked;
  // Issues name the place in the lines sent; the screen's rows include the undecided ones.
  const onRow = (issue: FieldIssue): FieldIssue => {
    const [head, index, ...rest] = issue.path;
    if (head !== 'lines' || typeof index !== 'number') return issue;
    const row = decided[index]?.row ?? index;
    const code = found.lines[row]?.measure.code;
    const message =
      code && !issue.message.includes(code) ? `${code}: ${issue.message}` : issue.message;
    return { path: ['lines', row, ...rest], message };
  };
  return { ok: false, issues: issues.map(onRow) };
}
