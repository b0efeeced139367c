// The checks every register row goes through before anything is written, alike for the
// import and its preview (a dry run): the fields a row gives, valid by the record's own schema,
// present when a new record needs them, and the first of the file's rows for its record. Each
// failed check leaves the row out (RowSkipped) with the reason an officer reads.

import type { ImportIssue } from '../../shared/framework-import';
import { registerFields, type RegisterKind } from '../../shared/register-import';
import { normaliseSupplierName } from '../../shared/supplier-rules';
import type { z } from 'zod';
import type { Given, ReadRow } from '../excel/register-rows';
import { RowSkipped } from './register-row-skipped';

/** A row to write, and the first row of the file with the same reference (or supplier). */
export interface RowToWrite extends ReadRow {
  /** The row itself when it is the first; null when it names no reference (or supplier). */
  first: number | null;
}

export function pick(given: Given, keys: readonly string[]): Given {
  return Object.fromEntries(keys.filter((k) => k in given).map((k) => [k, given[k] as never]));
}

export function valid<S extends z.ZodType>(
  schema: S,
  kind: RegisterKind,
  input: unknown,
): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const key = String(issue?.path[0] ?? '');
  const label = registerFields[kind].find((f) => f.key === key)?.label ?? key;
  throw new RowSkipped('Not valid', `${label}: ${issue?.message ?? 'not valid'}`);
}

export function requireGiven(given: Given, key: string, kind: string, reason: string): void {
  if (given[key] === undefined || given[key] === '') throw new RowSkipped(kind, reason);
}

/** A placeholder note in the row's warnings, to explain a missing date. */
export function placeholderNote(warnings: readonly ImportIssue[], column: string): string {
  const note = warnings.find((w) => w.column === column && w.message.includes('not known'));
  return note ? ` (${note.value} in the file stands for "not known")` : '';
}

/**
 * What makes two rows of a file the same record (case ignored): the reference; for a supplier
 * list the company number, else the name normalised. Null for a row left out before it is
 * compared (no reference; a supplier without a name). The rows are staged with it, so the first
 * row with each is found by the staged table's index, not by a map of every reference in the
 * file held in memory.
 */
export function repeatKey(kind: RegisterKind, given: Given): string | null {
  if (kind !== 'suppliers') return given.reference ? String(given.reference).toLowerCase() : null;
  if (!given.name) return null;
  const key = given.companyNumber ?? normaliseSupplierName(given.name as string);
  return String(key).toLowerCase();
}

/** Rows after the first with the same reference (or supplier) are left out. */
export function firstOnly(what: string, { row, first }: RowToWrite, shown: string): void {
  if (first !== null && first !== row) {
    throw new RowSkipped(
      `Repeated ${what}`,
      `Row ${first} has the ${what} ${shown} too; only the first of them is imported`,
    );
  }
}
