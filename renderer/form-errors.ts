// Form errors keyed by field path, and the element ids that place them beside their fields.

import { pathKey, type FieldIssue } from '../shared/result';

export type FormErrors = ReadonlyMap<string, string>;

/** The id of the input for a path: ["thresholds", 2, "amountPence"] -> "field-thresholds-2-amountPence". */
export function fieldId(path: readonly (string | number)[]): string {
  return `field-${path.join('-')}`;
}

/** First message per field, in the order the issues came. */
export function toFormErrors(issues: readonly FieldIssue[]): FormErrors {
  const errors = new Map<string, string>();
  for (const issue of issues) {
    const key = pathKey(issue.path);
    if (!errors.has(key)) errors.set(key, issue.message);
  }
  return errors;
}

/** The error for a path, or for any entry under it (local area entries show beside their box). */
export function errorAt(
  errors: FormErrors,
  path: readonly (string | number)[],
): string | undefined {
  const key = pathKey(path);
  const exact = errors.get(key);
  if (exact !== undefined) return exact;
  for (const [candidate, message] of errors) {
    if (candidate.startsWith(`${key}.`)) return message;
  }
  return undefined;
}
