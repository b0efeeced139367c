// The council profile screen: loads the profile, edits it, saves it through the API, and shows
// every problem beside its field and in a summary at the top.

import { useState, type FormEvent } from 'react';
import { reportingFrequencies, type CouncilProfile } from '../../shared/council-profile';
import { monthName } from '../../shared/calendar-date';
import { AppError } from '../../shared/result';
import { call } from '../api-client';
import { ErrorSummary } from '../components/ErrorSummary';
import { Field } from '../components/Field';
import { errorAt, fieldId, toFormErrors, type FormErrors } from '../form-errors';
import { href } from '../router';
import { useApi } from '../use-api';
import { OutcomesList } from './profile/OutcomesList';
import { formToInput, profileToForm, type ProfileForm } from './profile/profile-form';
import { ThresholdsTable } from './profile/ThresholdsTable';
import { WorkspaceExport } from './profile/WorkspaceExport';

const frequencyLabels: Record<(typeof reportingFrequencies)[number], string> = {
  monthly: 'Monthly',
  quarterly: 'Quarterly',
  'half-yearly': 'Half-yearly',
  annual: 'Annual',
};

const listNames: Record<string, string> = {
  thresholds: 'Thresholds',
  strategicOutcomes: 'Strategic outcomes',
};

/** Summary text: list rows say which row they are about. */
function summaryText(key: string, message: string): string {
  const [list, row] = key.split('.');
  const name = list && listNames[list];
  return name && row !== undefined ? `${name}, row ${Number(row) + 1}: ${message}` : message;
}

/** Errors under localArea.N all point at the one local area box. */
const summaryFieldId = (key: string) =>
  fieldId(key.startsWith('localArea') ? ['localArea'] : key.split('.'));

export function ProfilePage() {
  const [loaded] = useApi('profile.get', {});
  if (loaded.state === 'loading') return <p role="status">Loading the council profile…</p>;
  if (loaded.state === 'failed') {
    return (
      <div className="error-summary" role="alert">
        <h2>The council profile could not be loaded</h2>
        <p>{loaded.message}</p>
      </div>
    );
  }
  return <ProfileEditor profile={loaded.value} />;
}

function ProfileEditor({ profile }: { profile: CouncilProfile }) {
  const [form, setForm] = useState<ProfileForm>(() => profileToForm(profile));
  const [saved, setSaved] = useState(profile);
  const [errors, setErrors] = useState<FormErrors>(new Map());
  const [message, setMessage] = useState<string>();
  const [attempt, setAttempt] = useState(0);
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved'>('idle');

  const set = <K extends keyof ProfileForm>(key: K, value: ProfileForm[K]) => {
    setForm((current) => ({ ...current, [key]: value }));
    setStatus((current) => (current === 'saved' ? 'idle' : current));
  };

  async function save(event: FormEvent) {
    event.preventDefault();
    setAttempt((n) => n + 1);
    setMessage(undefined);
    const checked = formToInput(form);
    if (!checked.ok) {
      setErrors(toFormErrors(checked.issues));
      return;
    }
    setErrors(new Map());
    setStatus('saving');
    try {
      const result = await call('profile.save', checked.input);
      setSaved(result);
      setForm(profileToForm(result));
      setStatus('saved');
    } catch (error) {
      setStatus('idle');
      const appError = error as AppError;
      setErrors(toFormErrors(appError.details?.issues ?? []));
      setMessage(appError.details?.issues ? undefined : appError.message);
    }
  }

  const text = (
    key:
      | 'councilName'
      | 'ragGreenFromPercent'
      | 'ragAmberFromPercent'
      | 'defaultSocialValueWeightingPercent',
  ) => ({
    value: form[key],
    onChange: (event: { target: { value: string } }) => set(key, event.target.value),
  });

  return (
    <form onSubmit={save} noValidate aria-labelledby="page-title">
      <ErrorSummary
        errors={new Map([...errors].map(([key, value]) => [key, summaryText(key, value)]))}
        message={message}
        fieldIdFor={summaryFieldId}
        attempt={attempt}
      />
      <h1 id="page-title">Council profile</h1>
      <p className="lead">
        Who the council is and the rules its social value data is judged by. It is kept in this
        workspace and travels with it.
      </p>
      <p className="meta">
        Last saved by {saved.updatedBy} on {new Date(saved.updatedAt).toLocaleString('en-GB')}
      </p>
      <p>
        <a href={href('/backups')}>Backups of this workspace</a>: back up now, or restore an earlier
        copy.
      </p>
      <WorkspaceExport />

      <Field
        id={fieldId(['councilName'])}
        label="Council name"
        error={errorAt(errors, ['councilName'])}
      >
        {(control) => (
          <input
            {...control}
            className="input-wide"
            autoComplete="organization"
            {...text('councilName')}
          />
        )}
      </Field>

      <div className="field-row">
        <Field
          id={fieldId(['financialYearStartMonth'])}
          label="Financial year starts in"
          error={errorAt(errors, ['financialYearStartMonth'])}
        >
          {(control) => (
            <select
              {...control}
              value={form.financialYearStartMonth}
              onChange={(e) => set('financialYearStartMonth', e.target.value)}
            >
              {Array.from({ length: 12 }, (_, i) => (
                <option key={i + 1} value={String(i + 1)}>
                  {monthName(i + 1)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          id={fieldId(['reportingFrequency'])}
          label="Suppliers report"
          error={errorAt(errors, ['reportingFrequency'])}
        >
          {(control) => (
            <select
              {...control}
              value={form.reportingFrequency}
              onChange={(e) => set('reportingFrequency', e.target.value)}
            >
              {reportingFrequencies.map((frequency) => (
                <option key={frequency} value={frequency}>
                  {frequencyLabels[frequency]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>

      <Field
        id={fieldId(['localArea'])}
        label="Local area"
        hint="Postcode areas, districts and ranges, separated by commas, for example LE1-LE19, LE65. Suppliers with a postcode here count as local."
        error={errorAt(errors, ['localArea'])}
      >
        {(control) => (
          <textarea
            {...control}
            rows={3}
            className="input-wide"
            value={form.localArea}
            onChange={(e) => set('localArea', e.target.value)}
          />
        )}
      </Field>

      <fieldset className="fieldset">
        <legend>RAG bands</legend>
        <p className="hint">
          A commitment is green when delivery is at or above the green band of what was expected by
          now, amber at or above the amber band, and red below it.
        </p>
        <div className="field-row">
          <Field
            id={fieldId(['ragGreenFromPercent'])}
            label="Green from (%)"
            error={errorAt(errors, ['ragGreenFromPercent'])}
          >
            {(control) => (
              <input
                {...control}
                inputMode="decimal"
                className="input-short"
                {...text('ragGreenFromPercent')}
              />
            )}
          </Field>
          <Field
            id={fieldId(['ragAmberFromPercent'])}
            label="Amber from (%)"
            error={errorAt(errors, ['ragAmberFromPercent'])}
          >
            {(control) => (
              <input
                {...control}
                inputMode="decimal"
                className="input-short"
                {...text('ragAmberFromPercent')}
              />
            )}
          </Field>
        </div>
      </fieldset>

      <Field
        id={fieldId(['defaultSocialValueWeightingPercent'])}
        label="Default social value weighting (%)"
        hint="The share of the tender evaluation given to social value unless an exercise says otherwise."
        error={errorAt(errors, ['defaultSocialValueWeightingPercent'])}
      >
        {(control) => (
          <input
            {...control}
            inputMode="decimal"
            className="input-short"
            {...text('defaultSocialValueWeightingPercent')}
          />
        )}
      </Field>

      <section aria-labelledby="thresholds-title" className="form-section">
        <h2 id="thresholds-title">Thresholds</h2>
        <p className="hint">
          The threshold in force on an exercise's date decides whether it is in scope of the Social
          Value Act or of the council's own policy. Add a new row when a figure changes; keep the
          old one for exercises before that date.
        </p>
        {errors.has('thresholds') && (
          <p className="error-message" id={fieldId(['thresholds'])} tabIndex={-1}>
            {errors.get('thresholds')}
          </p>
        )}
        <ThresholdsTable
          rows={form.thresholds}
          errors={errors}
          onChange={(rows) => set('thresholds', rows)}
        />
      </section>

      <section aria-labelledby="outcomes-title" className="form-section">
        <h2 id="outcomes-title">Strategic outcomes</h2>
        <p className="hint">
          The council's outcomes that social value measures and exercises serve.
        </p>
        <OutcomesList
          rows={form.strategicOutcomes}
          errors={errors}
          onChange={(rows) => set('strategicOutcomes', rows)}
        />
      </section>

      <div className="actions">
        <button type="submit" className="button" disabled={status === 'saving'}>
          {status === 'saving' ? 'Saving…' : 'Save council profile'}
        </button>
        <p role="status" className="save-status">
          {status === 'saved' ? 'Council profile saved.' : ''}
        </p>
      </div>
    </form>
  );
}
