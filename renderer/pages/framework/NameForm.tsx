// One name typed in place (a new theme or outcome, or a new name for one), with its error beside
// the box: the backend's refusal of a name already used lands here.

import { useState, type FormEvent } from 'react';
import type { Framework } from '../../../shared/measures-framework';
import { AppError } from '../../../shared/result';
import { Field } from '../../components/Field';

interface Props {
  /** The box's id, unique on the page. */
  id: string;
  label: string;
  initial?: string;
  submitLabel: string;
  save(name: string): Promise<Framework>;
  onSaved(framework: Framework): void;
  onCancel?: () => void;
}

export function NameForm({ id, label, initial = '', submitLabel, save, onSaved, onCancel }: Props) {
  const [name, setName] = useState(initial);
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (name.trim() === '') {
      setError('Enter the name');
      return;
    }
    setSaving(true);
    try {
      const framework = await save(name);
      setError(undefined);
      setName(initial);
      onSaved(framework);
    } catch (problem) {
      const issue = problem instanceof AppError ? problem.details?.issues?.[0] : undefined;
      setError(issue?.message ?? (problem instanceof Error ? problem.message : String(problem)));
    } finally {
      setSaving(false);
    }
  }

  return (
    <form className="name-form" onSubmit={submit} noValidate>
      <Field id={id} label={label} error={error}>
        {(control) => (
          <input
            {...control}
            className="input-name"
            value={name}
            autoFocus={onCancel !== undefined}
            onChange={(event) => setName(event.target.value)}
          />
        )}
      </Field>
      <div className="button-row">
        <button type="submit" className="button-secondary" disabled={saving}>
          {saving ? 'Saving…' : submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="link-button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}

/** A button that opens a NameForm for adding something, closed again once added or cancelled. */
export function AddByName({
  openLabel,
  ...props
}: Omit<Props, 'onCancel'> & { openLabel: string }) {
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <p className="add-group">
        <button type="button" className="link-button" onClick={() => setOpen(true)}>
          {openLabel}
        </button>
      </p>
    );
  }
  return (
    <NameForm
      {...props}
      onSaved={(framework) => {
        setOpen(false);
        props.onSaved(framework);
      }}
      onCancel={() => setOpen(false)}
    />
  );
}
