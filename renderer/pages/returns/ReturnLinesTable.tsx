// The lines of a draft return as an editable table: a row per measure with its delivered
// quantity, evidence reference and narrative, each error beside its cell, and the verifier's
// note on a line queried or rejected before the return came back to draft.

import { InlineError } from '../../components/InlineError';
import { errorAt, fieldId, type FormErrors } from '../../form-errors';
import { withUnit } from '../social-value/figures';
import { LineNote } from './LineNote';
import type { EntryLine } from './return-entry-form';

interface Props {
  lines: EntryLine[];
  errors: FormErrors;
  onChange(lines: EntryLine[]): void;
}

type Column = 'quantity' | 'evidenceReference' | 'narrative';

const labels: Record<Column, string> = {
  quantity: 'Delivered',
  evidenceReference: 'Evidence reference',
  narrative: 'Narrative',
};

export function ReturnLinesTable({ lines, errors, onChange }: Props) {
  const update = (index: number, column: Column, value: string) =>
    onChange(lines.map((line, i) => (i === index ? { ...line, [column]: value } : line)));

  function cell(line: EntryLine, index: number, column: Column) {
    const path = ['lines', index, column];
    const id = fieldId(path);
    const error = errorAt(errors, path);
    const common = {
      id,
      'aria-label': `${labels[column]}, ${line.measure.code}`,
      'aria-invalid': error ? true : undefined,
      'aria-describedby': error ? `${id}-error` : undefined,
      value: line[column],
    };
    return (
      <td className={error ? 'cell-error' : undefined}>
        <InlineError id={`${id}-error`} message={error} />
        {column === 'narrative' ? (
          <textarea {...common} rows={2} onChange={(e) => update(index, column, e.target.value)} />
        ) : (
          <input
            {...common}
            className={column === 'quantity' ? 'input-short' : undefined}
            inputMode={column === 'quantity' ? 'decimal' : undefined}
            onChange={(e) => update(index, column, e.target.value)}
          />
        )}
      </td>
    );
  }

  if (lines.length === 0) {
    return <p>There are no lines yet: the contract has no commitments. Add a measure below.</p>;
  }
  return (
    <table className="edit-table return-lines">
      <caption className="visually-hidden">The lines of the return</caption>
      <thead>
        <tr>
          <th scope="col">Measure</th>
          <th scope="col" className="numeric">
            Committed for the term
          </th>
          <th scope="col">{labels.quantity}</th>
          <th scope="col">{labels.evidenceReference}</th>
          <th scope="col">{labels.narrative}</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {lines.map((line, index) => (
          <tr key={line.measure.id}>
            <th scope="row">
              <span className="measure-code">{line.measure.code}</span> {line.measure.title}
              {line.measure.kind !== 'record-only' && (
                <>
                  <br />
                  <span className="meta">Unit: {line.measure.unit}</span>
                </>
              )}
              <LineNote note={line.verificationNote} />
            </th>
            <td className="numeric">
              {line.extra ? (
                <span className="meta">No commitment</span>
              ) : line.measure.kind === 'record-only' ? (
                <span className="meta">Narrative</span>
              ) : (
                withUnit(line.committedQuantity, line.measure.unit)
              )}
            </td>
            {line.measure.kind === 'record-only' ? (
              <td className="meta">No quantity</td>
            ) : (
              cell(line, index, 'quantity')
            )}
            {cell(line, index, 'evidenceReference')}
            {cell(line, index, 'narrative')}
            <td>
              {line.extra && (
                <button
                  type="button"
                  className="link-button"
                  onClick={() => onChange(lines.filter((_, i) => i !== index))}
                >
                  Remove<span className="visually-hidden"> {line.measure.code}</span>
                </button>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
