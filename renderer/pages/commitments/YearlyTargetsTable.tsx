// Optional yearly targets: a financial year of the term and the quantity due in it, one row
// each. With targets, what is expected by a date follows them instead of an even spread.

import { InlineError } from '../../components/InlineError';
import { errorAt, fieldId, type FormErrors } from '../../form-errors';
import { targetRow, type TargetRow } from './commitment-form';

interface Props {
  rows: TargetRow[];
  errors: FormErrors;
  /** The financial years of the contract's term, "2025/26" first. */
  years: string[];
  unit: string;
  onChange(rows: TargetRow[]): void;
}

const columns = { financialYear: 'Financial year', quantity: 'Quantity' } as const;

export function YearlyTargetsTable({ rows, errors, years, unit, onChange }: Props) {
  const update = (index: number, column: keyof typeof columns, value: string) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, [column]: value } : row)));
  const nextYear = years.find((year) => !rows.some((row) => row.financialYear === year)) ?? '';
  const listError = errors.get('yearlyTargets');
  return (
    <fieldset className={listError ? 'fieldset field field-error' : 'fieldset field'}>
      <legend>Yearly targets (optional)</legend>
      <p className="hint">
        What is due in each financial year
        {years.length ? ` (the term covers ${years.join(', ')})` : ''}. Without targets, the
        commitment is expected evenly over the term.
      </p>
      <InlineError id={fieldId(['yearlyTargets'])} message={listError} />
      {rows.length > 0 && (
        <table className="edit-table">
          <caption className="visually-hidden">Yearly targets</caption>
          <thead>
            <tr>
              <th scope="col">{columns.financialYear}</th>
              <th scope="col">
                {columns.quantity} ({unit})
              </th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={row.key}>
                {(['financialYear', 'quantity'] as const).map((column) => {
                  const id = fieldId(['yearlyTargets', index, column]);
                  const error = errorAt(errors, ['yearlyTargets', index, column]);
                  return (
                    <td key={column} className={error ? 'cell-error' : undefined}>
                      <InlineError id={`${id}-error`} message={error} />
                      <input
                        id={id}
                        aria-label={`${columns[column]}, target ${index + 1}`}
                        aria-invalid={error ? true : undefined}
                        aria-describedby={error ? `${id}-error` : undefined}
                        className={column === 'quantity' ? 'input-short' : 'input-medium'}
                        inputMode={column === 'quantity' ? 'decimal' : undefined}
                        value={row[column]}
                        onChange={(event) => update(index, column, event.target.value)}
                      />
                    </td>
                  );
                })}
                <td>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => onChange(rows.filter((_, i) => i !== index))}
                  >
                    Remove<span className="visually-hidden"> target {index + 1}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button
        type="button"
        className="button-secondary"
        onClick={() => onChange([...rows, targetRow(nextYear)])}
      >
        Add a yearly target
      </button>
    </fieldset>
  );
}
