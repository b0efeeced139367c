// The thresholds table: one editable row per threshold, each with its effective date.

import {
  thresholdCategories,
  thresholdCategoryLabels,
  thresholdKindLabels,
  thresholdKinds,
  vatBases,
  vatBasisLabels,
} from '../../../shared/council-profile';
import { InlineError } from '../../components/InlineError';
import { errorAt, fieldId, type FormErrors } from '../../form-errors';
import { newRowKey, type ThresholdRow } from './profile-form';

interface Props {
  rows: ThresholdRow[];
  errors: FormErrors;
  onChange(rows: ThresholdRow[]): void;
}

type TextColumn = 'amount' | 'effectiveFrom';
type ChoiceColumn = 'kind' | 'category' | 'vatBasis';

const columnLabels: Record<ChoiceColumn | TextColumn, string> = {
  kind: 'Kind',
  category: 'Category',
  vatBasis: 'VAT',
  amount: 'Amount (£)',
  effectiveFrom: 'Effective from',
};

const choices: Record<
  ChoiceColumn,
  { options: readonly string[]; labels: Record<string, string> }
> = {
  kind: { options: thresholdKinds, labels: thresholdKindLabels },
  category: { options: thresholdCategories, labels: thresholdCategoryLabels },
  vatBasis: { options: vatBases, labels: vatBasisLabels },
};

/** Where each editable column's errors arrive from the schema. */
const schemaField: Record<ChoiceColumn | TextColumn, string> = {
  kind: 'kind',
  category: 'category',
  vatBasis: 'vatBasis',
  amount: 'amountPence',
  effectiveFrom: 'effectiveFrom',
};

export function ThresholdsTable({ rows, errors, onChange }: Props) {
  const update = (index: number, column: ChoiceColumn | TextColumn, value: string) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, [column]: value } : row)));

  const control = (index: number, column: ChoiceColumn | TextColumn) => {
    const path = ['thresholds', index, schemaField[column]];
    const id = fieldId(path);
    const error = errorAt(errors, path);
    return {
      id,
      error,
      errorId: `${id}-error`,
      label: `${columnLabels[column]}, row ${index + 1}`,
    };
  };

  return (
    <>
      <table className="edit-table">
        <caption className="visually-hidden">Thresholds</caption>
        <thead>
          <tr>
            {Object.values(columnLabels).map((label) => (
              <th scope="col" key={label}>
                {label}
              </th>
            ))}
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={row.key}>
              {(['kind', 'category', 'vatBasis'] as const).map((column) => {
                const c = control(index, column);
                return (
                  <td key={column} className={c.error ? 'cell-error' : undefined}>
                    <InlineError id={c.errorId} message={c.error} />
                    <select
                      id={c.id}
                      aria-label={c.label}
                      aria-invalid={c.error ? true : undefined}
                      aria-describedby={c.error ? c.errorId : undefined}
                      value={row[column]}
                      onChange={(event) => update(index, column, event.target.value)}
                    >
                      {choices[column].options.map((option) => (
                        <option key={option} value={option}>
                          {choices[column].labels[option]}
                        </option>
                      ))}
                    </select>
                  </td>
                );
              })}
              {(['amount', 'effectiveFrom'] as const).map((column) => {
                const c = control(index, column);
                return (
                  <td key={column} className={c.error ? 'cell-error' : undefined}>
                    <InlineError id={c.errorId} message={c.error} />
                    <input
                      id={c.id}
                      aria-label={c.label}
                      aria-invalid={c.error ? true : undefined}
                      aria-describedby={c.error ? c.errorId : undefined}
                      type={column === 'effectiveFrom' ? 'date' : 'text'}
                      inputMode={column === 'amount' ? 'decimal' : undefined}
                      className={column === 'amount' ? 'input-money' : undefined}
                      value={row[column]}
                      onChange={(event) => update(index, column, event.target.value)}
                    />
                  </td>
                );
              })}
              <td>
                <button
                  type="button"
                  className="button-secondary"
                  aria-label={`Remove threshold row ${index + 1}`}
                  onClick={() => onChange(rows.filter((_, i) => i !== index))}
                >
                  Remove
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button
        type="button"
        className="button-secondary"
        onClick={() =>
          onChange([
            ...rows,
            {
              key: newRowKey(),
              kind: 'local',
              category: 'all',
              vatBasis: 'net',
              amount: '',
              effectiveFrom: '',
            },
          ])
        }
      >
        Add a threshold
      </button>
    </>
  );
}
