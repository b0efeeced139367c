// The form on an item's page that adds a dated progress update (dated today unless changed).

import { useState } from 'react';
import { call } from '../../api-client';
import { ErrorSummary } from '../../components/ErrorSummary';
import { DateField, TextAreaField } from '../../components/FormFields';
import { textFieldProps, useRecordForm } from '../../components/use-record-form';
import { fieldId } from '../../form-errors';
import { todayIso } from '../../format-date';
import { updateFields as labels } from './action-plan-fields';
import { updateFormToInput } from './action-plan-forms';

interface Props {
  itemId: string;
  onAdded(): void;
}

export function AddProgressUpdate(props: Props) {
  // A new key after each save starts the next update afresh.
  const [added, setAdded] = useState(0);
  return (
    <>
      {added > 0 && (
        <p className="save-status" role="status">
          Progress update added.
        </p>
      )}
      <UpdateForm
        key={added}
        {...props}
        onAdded={() => {
          setAdded((n) => n + 1);
          props.onAdded();
        }}
      />
    </>
  );
}

function UpdateForm({ itemId, onAdded }: Props) {
  const state = useRecordForm({
    initial: { updateDate: todayIso(), text: '' },
    toInput: updateFormToInput,
    save: (fields) => call('actionUpdates.create', { itemId, fields }),
    onSaved: onAdded,
  });
  const { form, set, errors } = state;
  return (
    <form onSubmit={state.submit} noValidate className="panel" aria-labelledby="add-update-title">
      <h2 id="add-update-title">Add a progress update</h2>
      <ErrorSummary
        errors={errors}
        message={state.message ?? state.conflict}
        fieldIdFor={(key) => fieldId(key.split('.'))}
        attempt={state.attempt}
      />
      <DateField {...textFieldProps(state, labels, 'updateDate')} />
      <TextAreaField
        name="text"
        label={labels.text.label}
        hint="What has happened since the last update"
        errors={errors}
        value={form.text}
        onChange={(value) => set('text', value)}
        rows={4}
      />
      <button type="submit" className="button" disabled={state.saving}>
        {state.saving ? 'Adding…' : 'Add progress update'}
      </button>
    </form>
  );
}
