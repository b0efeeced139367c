// Turning a record form's text into API input: amounts and numbers read as typed, then the
// whole input checked with the same zod schema the backend uses, problems keyed by field.

import type { z } from 'zod';
import { parseMoneyToPence } from '../../shared/money';
import type { FieldIssue } from '../../shared/result';

export type Checked<Input> = { ok: true; input: Input } | { ok: false; issues: FieldIssue[] };

/** Collects the problems found while reading a form's text, before the schema check. */
export class FormReader {
  readonly issues: FieldIssue[] = [];

  /** Pence from "£60,000" or "60000.50"; blank is null. */
  optionalMoney(text: string, field: string, what: string): number | null {
    if (text.trim() === '') return null;
    const pence = parseMoneyToPence(text);
    if (pence === null) {
      this.issues.push({
        path: [field],
        message: `Enter ${what} in pounds, for example 60,000 or 60,000.00`,
      });
      return Number.NaN;
    }
    return pence;
  }

  /** Pence; blank is a problem. */
  money(text: string, field: string, what: string): number {
    const pence = this.optionalMoney(text, field, what);
    if (pence === null) {
      this.issues.push({ path: [field], message: `Enter ${what} in pounds` });
      return Number.NaN;
    }
    return pence;
  }

  /** A date from a date box; blank is a problem named for the field. */
  requiredDate(text: string, field: string, what: string): string {
    if (text.trim() === '') this.issues.push({ path: [field], message: `Enter ${what}` });
    return text;
  }

  /** A number such as a percentage, with an optional % sign; blank is null. */
  optionalNumber(text: string, field: string, what: string): number | null {
    const trimmed = text.trim().replace(/%$/, '').trim();
    if (trimmed === '') return null;
    const value = Number(trimmed);
    if (Number.isNaN(value)) {
      this.issues.push({ path: [field], message: `Enter ${what} as a number` });
    }
    return value;
  }

  /** The input if the schema accepts it and nothing else was wrong; every problem otherwise. */
  check<Schema extends z.ZodType>(
    schema: Schema,
    input: z.input<Schema>,
  ): Checked<z.input<Schema>> {
    const parsed = schema.safeParse(input);
    if (parsed.success && this.issues.length === 0) return { ok: true, input };
    const schemaIssues = parsed.success
      ? []
      : parsed.error.issues.map((issue) => ({
          path: issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part)),
          message: issue.message,
        }));
    return { ok: false, issues: [...this.issues, ...schemaIssues] };
  }
}

/** Blank text is no value. */
export const orNull = (text: string): string | null => (text.trim() === '' ? null : text);
