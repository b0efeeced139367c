// The column-mapping screen: what the file holds, and for each field the column that fills it,
// with sample values; the suggested columns (from a recognised profile or the headings) are
// chosen already. The mapping can be saved as a profile for files with the same headings.

import { useState, type FormEvent } from 'react';
import {
  procurementCategories,
  procurementCategoryLabels,
  type ProcurementCategory,
} from '../../../shared/exercise';
import {
  registerFields,
  registerKindLabels,
  registerKinds,
  type ColumnMapping,
  type RegisterFileOutline,
  type RegisterKind,
} from '../../../shared/register-import';
import { ErrorSummary } from '../../components/ErrorSummary';
import type { FormErrors } from '../../form-errors';
import { SaveMappingProfile } from './SaveMappingProfile';

export interface MappingChoice {
  kind: RegisterKind;
  mapping: ColumnMapping;
  defaultCategory: ProcurementCategory;
}

interface Props {
  outline: RegisterFileOutline;
  initial: MappingChoice | undefined;
  problem: string | undefined;
  onStart(choice: MappingChoice): void;
}

const notImported = '';

export function ColumnMappingStep({ outline, initial, problem, onStart }: Props) {
  const [choice, setChoice] = useState<MappingChoice>(
    initial ?? {
      kind: outline.kind,
      mapping: outline.suggestions[outline.kind],
      defaultCategory: 'services',
    },
  );
  const [missing, setMissing] = useState<string[]>([]);
  const [attempt, setAttempt] = useState(0);
  const fields = registerFields[choice.kind];
  const { columns, recognised } = outline;

  const setColumn = (key: string, value: string) => {
    const others = Object.entries(choice.mapping).filter(([field]) => field !== key);
    const mapping = Object.fromEntries(
      value === notImported ? others : [...others, [key, Number(value)]],
    );
    setChoice({ ...choice, mapping });
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    const unmapped = fields.filter((f) => f.required && choice.mapping[f.key] === undefined);
    setMissing(unmapped.map((f) => f.key));
    setAttempt((n) => n + 1);
    if (unmapped.length === 0) onStart(choice);
  }

  const errors: FormErrors = new Map(
    missing.map((key) => [
      `map-${key}`,
      `Choose the column that gives the ${fields.find((f) => f.key === key)?.label.toLowerCase() ?? key}`,
    ]),
  );

  return (
    <form onSubmit={submit} noValidate aria-labelledby="mapping-title">
      <ErrorSummary errors={errors} message={problem} fieldIdFor={(key) => key} attempt={attempt} />
      <h2 id="mapping-title">Match the columns of {outline.fileName}</h2>
      <p>
        {outline.sheet === outline.fileName ? '' : `From the sheet ${outline.sheet}. `}
        The headings are on row {outline.headerRow}
        {outline.headerRow > 1 ? ' (the rows above them are left out)' : ''}, and there are{' '}
        {columns.length} columns.
      </p>
      {recognised && (
        <p className="notice-banner register-import-recognised" role="status">
          Recognised as the <strong>{recognised.name}</strong>{' '}
          {recognised.builtIn ? 'layout' : 'profile you saved'}: its columns are matched below.
          Check them before you go on.
        </p>
      )}
      <fieldset className="fieldset register-import-kinds">
        <legend>What does the file hold?</legend>
        {registerKinds.map((kind) => (
          <label key={kind} className="list-checkbox">
            <input
              type="radio"
              name="register-kind"
              value={kind}
              checked={choice.kind === kind}
              onChange={() => setChoice({ ...choice, kind, mapping: outline.suggestions[kind] })}
            />
            {registerKindLabels[kind]}
          </label>
        ))}
      </fieldset>
      <table className="data-table register-import-mapping">
        <caption className="visually-hidden">The column of the file each field comes from</caption>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Column in the file</th>
            <th scope="col">Values in that column</th>
          </tr>
        </thead>
        <tbody>
          {fields.map((field) => {
            const index = choice.mapping[field.key];
            const column = index === undefined ? undefined : columns[index];
            const id = `map-${field.key}`;
            return (
              <tr key={field.key} className={errors.has(id) ? 'cell-error' : undefined}>
                <th scope="row">
                  <label htmlFor={id}>
                    {field.label}
                    {field.required && <span className="meta"> (needed)</span>}
                  </label>
                </th>
                <td>
                  <select
                    id={id}
                    value={index === undefined ? notImported : String(index)}
                    onChange={(event) => setColumn(field.key, event.target.value)}
                  >
                    <option value={notImported}>Not imported</option>
                    {columns.map((c) => (
                      <option key={c.index} value={String(c.index)}>
                        {c.heading}
                      </option>
                    ))}
                  </select>
                </td>
                <td className="register-import-samples">
                  {column?.samples.length ? (
                    column.samples.join(' · ')
                  ) : (
                    <span className="meta">{column ? '(blank in the first rows)' : ''}</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {choice.kind !== 'suppliers' && (
        <div className="field">
          <label htmlFor="default-category">Category where the file does not give one</label>
          <select
            id="default-category"
            value={choice.defaultCategory}
            onChange={(event) =>
              setChoice({ ...choice, defaultCategory: event.target.value as ProcurementCategory })
            }
          >
            {procurementCategories.map((category) => (
              <option key={category} value={category}>
                {procurementCategoryLabels[category]}
              </option>
            ))}
          </select>
        </div>
      )}
      <SaveMappingProfile outline={outline} kind={choice.kind} mapping={choice.mapping} />
      <div className="actions">
        <button type="submit" className="button">
          Check the file
        </button>
      </div>
    </form>
  );
}
