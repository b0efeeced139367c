// A commitment: what a supplier promised on a contract for one measure, for the whole term,
// optionally split into yearly targets. Its proxy value is taken from the measure when the
// commitment is made and is never changed by a later edit of the measure (DESIGN.md section 2).

import { z } from 'zod';
import { loadedVersion, optionalText, requiredText, uuid } from './schema-parts';
import type { CommitmentBasics, MeasureBasics } from './social-value';

export const quantityMessage = 'Enter the quantity as a number, for example 12 or 2.5';

/** A quantity in a measure's unit: a finite number, zero or more (2.5 FTE, 120 hours). */
export const quantity = z
  .number({ error: quantityMessage })
  .min(0, { error: 'The quantity cannot be negative' })
  .max(1e12, { error: 'Enter a smaller quantity' });

/** Blank is no quantity (null): a record-only measure, or a line not yet filled in. */
export const optionalQuantity = quantity.nullish().transform((value) => value ?? null);

export const yearlyTargetSchema = z.object({
  /** As officers write it ("2025/26"); the backend reads it with the council's year start. */
  financialYear: requiredText('the financial year', 20),
  quantity,
});

/** What can be changed once a commitment is made; the measure cannot (remove and add instead). */
export const commitmentFieldsSchema = z.object({
  /** Required for quantity and money measures; none for a record-only measure (stored as 0). */
  quantity: optionalQuantity,
  yearlyTargets: z
    .array(yearlyTargetSchema)
    .max(20, { error: 'List at most 20 yearly targets' })
    .default([]),
  notes: optionalText('the notes', 2000),
});

export const commitmentCreateSchema = commitmentFieldsSchema.extend({
  contractId: uuid,
  measureId: z
    .string({ error: 'Choose the measure' })
    .min(1, { error: 'Choose the measure' })
    .pipe(uuid),
});

export const commitmentUpdateSchema = z.object({
  id: uuid,
  version: loadedVersion,
  fields: commitmentFieldsSchema,
});

export type CommitmentFields = z.output<typeof commitmentFieldsSchema>;
export type CommitmentInput = z.input<typeof commitmentCreateSchema>;
export type CommitmentCreate = z.output<typeof commitmentCreateSchema>;

export interface Commitment extends CommitmentBasics {
  /** The measure as it is now; its proxy may differ from the commitment's snapshot. */
  measure: MeasureBasics;
  notes: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  updatedBy: string;
}
