// How a record's fields are named and shown: one description per field, used by its form's
// labels, its summary list and its audit trail (which names stored columns, e.g. value_pence).

import { formatPounds, formatPoundsAndPence } from '../../shared/money';
import { formatDate } from '../format-date';

/** A field's value as the API gives it, or as the audit trail stored it (booleans as 0/1). */
export type FieldValue = string | number | boolean | null | undefined | readonly string[];

export interface FieldDescription {
  label: string;
  /** Text for a present value; plain text when absent. */
  format?: (value: Exclude<FieldValue, null | undefined>) => string;
  /** The audit trail says the field changed but not from what to what (ids). */
  valuesHidden?: boolean;
  /** Not shown in the audit trail at all (stored working columns). */
  hidden?: boolean;
}

export type FieldDescriptions = Readonly<Record<string, FieldDescription>>;

/** Money as whole pounds, or pounds and pence when there are pennies. */
export const money = (value: Exclude<FieldValue, null | undefined>): string => {
  const pence = Number(value);
  if (!Number.isFinite(pence)) return String(value);
  return pence % 100 === 0 ? formatPounds(pence) : formatPoundsAndPence(pence);
};

export const date = (value: Exclude<FieldValue, null | undefined>): string =>
  formatDate(String(value));

export const yesNo = (value: Exclude<FieldValue, null | undefined>): string =>
  value === true || value === 1 || value === '1' ? 'Yes' : 'No';

export const percent = (value: Exclude<FieldValue, null | undefined>): string => `${value}%`;

export const choice =
  (labels: Readonly<Record<string, string>>) =>
  (value: Exclude<FieldValue, null | undefined>): string =>
    labels[String(value)] ?? String(value);

/** Text for any value: "Not recorded" when absent or blank. */
export function showValue(description: FieldDescription | undefined, value: FieldValue): string {
  if (value === null || value === undefined || value === '') return 'Not recorded';
  if (Array.isArray(value) && value.length === 0) return 'None';
  if (description?.format)
    return description.format(value as Exclude<FieldValue, null | undefined>);
  return Array.isArray(value) ? value.join(', ') : String(value);
}

/** "estimatedValuePence" -> "estimated_value_pence": how the workspace names its columns. */
export function columnName(field: string): string {
  return field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

/** The descriptions keyed by stored column, as the audit trail names fields. */
export function byColumn(descriptions: FieldDescriptions): Record<string, FieldDescription> {
  return Object.fromEntries(
    Object.entries(descriptions).map(([field, description]) => [columnName(field), description]),
  );
}
