// Problems found while checking an input against the workspace (a period outside the term, a
// measure already committed), gathered so the officer sees every one at once, each beside its
// field.

import { AppError, type FieldIssue } from '../../shared/result';

export class FieldProblems {
  private readonly issues: FieldIssue[] = [];

  add(path: (string | number)[], message: string): this {
    this.issues.push({ path, message });
    return this;
  }

  /** Throws an invalid_input error naming every problem, when there is any. */
  throwIfAny(): void {
    const [first] = this.issues;
    if (!first) return;
    const more = this.issues.length > 1 ? ` (and ${this.issues.length - 1} more)` : '';
    throw new AppError('invalid_input', `${first.message}${more}`, { issues: this.issues });
  }
}

/** One problem with one field, thrown at once. */
export function fieldProblem(path: (string | number)[], message: string): AppError {
  return new AppError('invalid_input', message, { issues: [{ path, message }] });
}
