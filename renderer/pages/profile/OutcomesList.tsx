// The council's strategic outcomes: an editable, ordered list.

import { InlineError } from '../../components/InlineError';
import { errorAt, fieldId, type FormErrors } from '../../form-errors';
import { newRowKey, type OutcomeRow } from './profile-form';

interface Props {
  rows: OutcomeRow[];
  errors: FormErrors;
  onChange(rows: OutcomeRow[]): void;
}

export function OutcomesList({ rows, errors, onChange }: Props) {
  return (
    <>
      <ol className="outcome-list">
        {rows.map((row, index) => {
          const path = ['strategicOutcomes', index, 'name'];
          const id = fieldId(path);
          const error = errorAt(errors, path);
          return (
            <li key={row.key} className={error ? 'field-error' : undefined}>
              <InlineError id={`${id}-error`} message={error} />
              <div className="row-with-action">
                <input
                  id={id}
                  aria-label={`Outcome ${index + 1}`}
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? `${id}-error` : undefined}
                  value={row.name}
                  onChange={(event) =>
                    onChange(
                      rows.map((r, i) => (i === index ? { ...r, name: event.target.value } : r)),
                    )
                  }
                />
                <button
                  type="button"
                  className="button-secondary"
                  aria-label={`Remove outcome ${index + 1}`}
                  onClick={() => onChange(rows.filter((_, i) => i !== index))}
                >
                  Remove
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <button
        type="button"
        className="button-secondary"
        onClick={() => onChange([...rows, { key: newRowKey(), name: '' }])}
      >
        Add an outcome
      </button>
    </>
  );
}
