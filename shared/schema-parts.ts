// Field schemas shared by every record's input schema, with the messages an officer reads.

import { z } from 'zod';
import { isCalendarDate } from './calendar-date';

export const uuid = z.uuid({ error: 'Not a record id' });

export const calendarDate = z
  .string({ error: 'Enter a date' })
  .refine(isCalendarDate, { error: 'Enter a real date, for example 2026-01-01' });

/** An optional date: blank or null is no date. */
export const optionalCalendarDate = z
  .union([z.literal('').transform(() => null), calendarDate, z.null()])
  .optional()
  .transform((value) => value ?? null);

export const requiredText = (what: string, max = 200) =>
  z
    .string({ error: `Enter ${what}` })
    .trim()
    .min(1, { error: `Enter ${what}` })
    .max(max, { error: `Keep ${what} under ${max} characters` });

/** Optional text: blank is no value (null). */
export const optionalText = (what: string, max = 200) =>
  z
    .string()
    .trim()
    .max(max, { error: `Keep ${what} under ${max} characters` })
    .nullish()
    .transform((value) => (value ? value : null));

export const pence = (what: string) =>
  z
    .number({ error: `Enter ${what} in pounds` })
    .int({ error: `Enter ${what} in pounds and pence` })
    .min(0, { error: `${capitalise(what)} cannot be negative` })
    .max(1e15, { error: `Enter a smaller ${what}` });

export const percent = (what: string) =>
  z
    .number({ error: `Enter ${what.toLowerCase()} as a number` })
    .min(0, { error: `${what} cannot be below 0%` })
    .max(100, { error: `${what} cannot be above 100%` });

/** The version a form was loaded at; a save over a newer one is refused. */
export const loadedVersion = z.number().int().min(0);

/**
 * For a cross-field refine: run it whenever these fields hold text or numbers, even if other
 * fields are wrong, so that every problem shows on the first save.
 */
export const whenPresent =
  (...fields: string[]) =>
  ({ value }: { value: unknown }) =>
    // Not an object at all (a missing "fields" in an update): the object's own error says so.
    typeof value === 'object' &&
    value !== null &&
    fields.every((field) => {
      const held = (value as Record<string, unknown>)[field];
      return typeof held === 'string' || (typeof held === 'number' && Number.isFinite(held));
    });

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
