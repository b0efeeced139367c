// Choosing a measure from the framework in force at the contract's start, grouped by theme,
// each with its unit and proxy value; what the chosen one asks for is shown beneath.

import type { Measure } from '../../../shared/measures-framework';
import { withDefaultProxy } from '../../../shared/measures-framework';
import { formatPoundsAndPence } from '../../../shared/money';
import { Field } from '../../components/Field';
import { errorAt, fieldId, type FormErrors } from '../../form-errors';
import { formatDate } from '../../format-date';

interface Props {
  measures: readonly Measure[];
  value: string;
  onChange(id: string): void;
  errors: FormErrors;
  /** The contract's start: the framework in force then is offered. */
  startDate: string;
}

function optionText(measure: Measure): string {
  const proxy = withDefaultProxy(measure).proxyPence;
  const value =
    measure.kind === 'record-only'
      ? 'narrative'
      : `${measure.unit}${proxy === null ? ', no proxy value' : `, ${formatPoundsAndPence(proxy)} each`}`;
  return `${measure.code} – ${measure.title} (${value})`;
}

function byTheme(measures: readonly Measure[]): [string, Measure[]][] {
  const themes = new Map<string, Measure[]>();
  for (const measure of measures) {
    themes.set(measure.themeName, [...(themes.get(measure.themeName) ?? []), measure]);
  }
  return [...themes];
}

export function MeasurePicker({ measures, value, onChange, errors, startDate }: Props) {
  const chosen = measures.find((measure) => measure.id === value);
  if (measures.length === 0) {
    return (
      <p>
        There are no measures left to commit to: every measure of the framework in force on{' '}
        {formatDate(startDate)} is already committed on this contract, or the framework has none.
      </p>
    );
  }
  return (
    <>
      <Field
        id={fieldId(['measureId'])}
        label="Measure"
        hint={`From the measures framework in force on ${formatDate(startDate)}, when the contract started`}
        error={errorAt(errors, ['measureId'])}
      >
        {(control) => (
          <select
            {...control}
            className="input-wide"
            value={value}
            onChange={(e) => onChange(e.target.value)}
          >
            <option value="">Choose a measure</option>
            {byTheme(measures).map(([theme, list]) => (
              <optgroup key={theme} label={theme}>
                {list.map((measure) => (
                  <option key={measure.id} value={measure.id}>
                    {optionText(measure)}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        )}
      </Field>
      {chosen && (chosen.guidance || chosen.evidenceRequired) && (
        <div className="panel measure-guidance">
          {chosen.guidance && <p>{chosen.guidance}</p>}
          {chosen.evidenceRequired && <p>Evidence: {chosen.evidenceRequired}</p>}
        </div>
      )}
    </>
  );
}
