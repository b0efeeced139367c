// How many daily backups to keep: checked with the same schema the backend uses, saved at once.

import { useState, type FormEvent } from 'react';
import { backupSettingsSchema, keepDailyLimits, type BackupList } from '../../../shared/backup';
import { call } from '../../api-client';
import { Field } from '../../components/Field';
import { fieldId } from '../../form-errors';

export function KeepDailyForm({
  keepDaily,
  onSaved,
}: {
  keepDaily: number;
  onSaved(list: BackupList): void;
}) {
  const [value, setValue] = useState(String(keepDaily));
  const [error, setError] = useState<string>();
  const [said, setSaid] = useState('');

  async function save(event: FormEvent) {
    event.preventDefault();
    setSaid('');
    const checked = backupSettingsSchema.safeParse({
      keepDaily: value.trim() === '' ? NaN : Number(value),
    });
    if (!checked.success) {
      setError(checked.error.issues[0]?.message);
      return;
    }
    setError(undefined);
    try {
      const list = await call('backups.saveSettings', checked.data);
      setSaid(`Saved: the newest ${list.keepDaily} daily backups are kept.`);
      onSaved(list);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  }

  return (
    <form onSubmit={save} noValidate className="keep-daily-form" aria-labelledby="keep-daily-title">
      <h2 id="keep-daily-title">Daily backups</h2>
      <Field
        id={fieldId(['keepDaily'])}
        label="Number of daily backups to keep"
        hint={`A copy is taken on the first open of each day; older daily copies are removed. From ${keepDailyLimits.min} to ${keepDailyLimits.max}. Other backups are never removed.`}
        error={error}
      >
        {(control) => (
          <input
            {...control}
            className="input-short"
            inputMode="numeric"
            value={value}
            onChange={(event) => setValue(event.target.value)}
          />
        )}
      </Field>
      <div className="button-row">
        <button type="submit" className="button-secondary">
          Save
        </button>
        <p role="status" className="meta">
          {said}
        </p>
      </div>
    </form>
  );
}
