// The fields of a measure: where it sits, its code, title, unit and kind, its proxy value (none
// for a record-only measure; per £1 for money), guidance, evidence and council outcomes.

import type { StrategicOutcome } from '../../../shared/council-profile';
import { suggestedUnits, type Theme } from '../../../shared/measures-framework';
import { measureKindLabels, measureKinds } from '../../../shared/social-value';
import { Field } from '../../components/Field';
import { CouncilOutcomesField } from '../../components/CouncilOutcomesField';
import { MoneyField, SelectField, TextAreaField, TextField } from '../../components/FormFields';
import { textFieldProps, type RecordFormState } from '../../components/use-record-form';
import { errorAt, fieldId } from '../../form-errors';
import { measureFields } from './measure-fields';
import type { MeasureForm } from './measure-form';

interface Props {
  state: RecordFormState<MeasureForm>;
  themes: Theme[];
  councilOutcomes: StrategicOutcome[];
}

const labels = measureFields();

const proxyHints: Record<string, string> = {
  quantity: 'Pounds for each unit delivered. Leave blank until the council sets it.',
  money: 'What each £1 counts as; £1.00 unless the council says otherwise.',
};

export function MeasureFormFields({ state, themes, councilOutcomes }: Props) {
  const { form, set, errors } = state;
  const text = (name: Exclude<keyof MeasureForm, 'councilOutcomeIds' | 'kind' | 'outcomeId'>) =>
    textFieldProps(state, labels, name);
  return (
    <>
      <Field
        id={fieldId(['outcomeId'])}
        label={labels.outcomeId.label}
        hint="The theme and outcome the measure sits under"
        error={errorAt(errors, ['outcomeId'])}
      >
        {(control) => (
          <select
            {...control}
            value={form.outcomeId}
            onChange={(e) => set('outcomeId', e.target.value)}
          >
            {form.outcomeId === '' && <option value="">Choose an outcome</option>}
            {themes.map((theme) => (
              <optgroup key={theme.id} label={theme.name}>
                {theme.outcomes.map((outcome) => (
                  <option key={outcome.id} value={outcome.id}>
                    {outcome.name}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        )}
      </Field>
      <TextField
        {...text('code')}
        hint="Unique in this version, for example LOC1"
        className="input-short"
      />
      <TextField {...text('title')} className="input-wide" />
      <div className="field-row">
        <TextField
          {...text('unit')}
          hint="For example FTE, hours, weeks, £, tCO2e"
          className="input-medium"
          list="unit-suggestions"
        />
        <datalist id="unit-suggestions">
          {suggestedUnits.map((unit) => (
            <option key={unit} value={unit} />
          ))}
        </datalist>
        <SelectField
          name="kind"
          label={labels.kind.label}
          errors={errors}
          value={form.kind}
          onChange={(value) => set('kind', value)}
          options={measureKinds}
          labels={measureKindLabels}
        />
      </div>
      {form.kind === 'record-only' ? (
        <p className="hint">
          A record-only measure is reported as a narrative, so it has no proxy value.
        </p>
      ) : (
        <MoneyField
          {...text('proxyPence')}
          label={form.kind === 'money' ? 'Proxy value of each £1' : 'Proxy value per unit'}
          hint={proxyHints[form.kind]}
        />
      )}
      <TextAreaField {...text('guidance')} hint="What counts, and how to work it out" rows={4} />
      <TextField
        {...text('evidenceRequired')}
        hint="What the supplier sends to back up the figure"
        className="input-wide"
      />
      <CouncilOutcomesField
        name="councilOutcomeIds"
        label={labels.councilOutcomeIds.label}
        hint="The council's strategic outcomes this measure serves"
        errors={errors}
        values={form.councilOutcomeIds}
        onChange={(values) => set('councilOutcomeIds', values)}
        outcomes={councilOutcomes}
      />
    </>
  );
}
