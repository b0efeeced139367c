// The verifier's decisions as chosen on screen, and their conversion to returns.verify: only the
// lines given a decision are sent, and problems are placed back on the row they came from.

import type { z } from 'zod';
import type { LineDecision, ReturnDetail } from '../../../shared/social-value-return';
import { returnVerifySchema } from '../../../shared/social-value-return';
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

export function verifyFormToInput(
  form: VerifyForm,
  found: { id: string; version: number },
): Checked<VerifyInput> {
  const decided = form.choices.flatMap((choice, row) =>
    choice.decision === '' ? [] : [{ row, choice: { ...choice, decision: choice.decision } }],
  );
  const input = {
    id: found.id,
    version: found.version,
    verifier: form.verifier,
    lines: decided.map(({ choice }) => ({
      lineId: choice.lineId,
      verification: choice.decision,
      note: orNull(choice.note),
    })),
  };
  const checked = new FormReader().check(returnVerifySchema, input);
  if (checked.ok) return checked;
  // Issues name the place in the lines sent; the screen's rows include the undecided ones.
  const onRow = (issue: FieldIssue): FieldIssue => {
    const [head, index, ...rest] = issue.path;
    if (head !== 'lines' || typeof index !== 'number') return issue;
    return { ...issue, path: ['lines', decided[index]?.row ?? index, ...rest] };
  };
  return { ok: false, issues: checked.issues.map(onRow) };
}
