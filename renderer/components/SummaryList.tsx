// A record's facts as label and value pairs (the GOV.UK summary list).

import type { ReactNode } from 'react';
import { showValue, type FieldDescriptions, type FieldValue } from './record-fields';

export interface SummaryRow {
  key: string;
  label: string;
  value: ReactNode;
}

export function SummaryList({ rows, label }: { rows: readonly SummaryRow[]; label?: string }) {
  return (
    <dl className="summary-list" aria-label={label}>
      {rows.map((row) => (
        <div key={row.key}>
          <dt>{row.label}</dt>
          <dd>{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * Rows for the named fields of a record, each labelled and formatted by its description;
 * `shown` replaces a field's value with something richer (a link).
 */
export function fieldRows<T extends object>(
  record: T,
  descriptions: FieldDescriptions,
  fields: readonly (keyof T & string)[],
  shown: Partial<{ [K in keyof T]: ReactNode }> = {},
): SummaryRow[] {
  return fields.map((field) => {
    const value = record[field] as FieldValue;
    const empty = value === null || value === undefined || value === '';
    const text = showValue(descriptions[field], value);
    return {
      key: field,
      label: descriptions[field]?.label ?? field,
      value:
        shown[field] ??
        (empty ? <span className="meta">{text}</span> : <span className="pre-line">{text}</span>),
    };
  });
}
