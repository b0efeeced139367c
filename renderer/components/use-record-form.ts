// A record form's state and its save: checks the form before sending, then places every
// problem the backend finds beside its field, and spots a version conflict.

import { useState, type FormEvent } from 'react';
import { AppError, type FieldIssue } from '../../shared/result';
import { toFormErrors, type FormErrors } from '../form-errors';
import type { Checked } from './form-input';

interface Options<Form, Input, Saved> {
  initial: Form;
  toInput(form: Form): Checked<Input>;
  save(input: Input): Promise<Saved>;
  onSaved(saved: Saved): void;
}

export interface RecordFormState<Form> {
  form: Form;
  set<K extends keyof Form>(key: K, value: Form[K]): void;
  errors: FormErrors;
  /** A problem not tied to one field. */
  message: string | undefined;
  /** Why the record moved on since this form loaded it (someone else saved it). */
  conflict: string | undefined;
  /** Bumped on every submit, so the error summary takes focus again. */
  attempt: number;
  saving: boolean;
  submit(event: FormEvent): Promise<void>;
}

type TextKey<Form> = { [K in keyof Form]: Form[K] extends string ? K : never }[keyof Form];

/** What a text, date, money or choice field needs to show and edit one text value of the form. */
export function textFieldProps<Form, K extends TextKey<Form>>(
  state: RecordFormState<Form>,
  labels: Record<K, { label: string }>,
  name: K,
) {
  return {
    name: String(name),
    label: labels[name].label,
    errors: state.errors,
    value: state.form[name] as string,
    onChange: (value: string) => state.set(name, value as Form[K]),
  };
}

/** The API names fields under the input's wrapper (['fields', 'name'], ['contract', 'title']). */
const wrappers = new Set(['fields', 'contract']);
export function formIssues(issues: readonly FieldIssue[]): FieldIssue[] {
  return issues.map((issue) =>
    issue.path.length > 1 && wrappers.has(String(issue.path[0]))
      ? { ...issue, path: issue.path.slice(1) }
      : issue,
  );
}

export function useRecordForm<Form, Input, Saved>(
  options: Options<Form, Input, Saved>,
): RecordFormState<Form> {
  const [form, setForm] = useState(options.initial);
  const [errors, setErrors] = useState<FormErrors>(new Map());
  const [message, setMessage] = useState<string>();
  const [conflict, setConflict] = useState<string>();
  const [attempt, setAttempt] = useState(0);
  const [saving, setSaving] = useState(false);

  const set = <K extends keyof Form>(key: K, value: Form[K]) =>
    setForm((current) => ({ ...current, [key]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (saving) return;
    setAttempt((n) => n + 1);
    setMessage(undefined);
    setConflict(undefined);
    const checked = options.toInput(form);
    if (!checked.ok) {
      setErrors(toFormErrors(checked.issues));
      return;
    }
    setErrors(new Map());
    setSaving(true);
    try {
      const saved = await options.save(checked.input);
      options.onSaved(saved);
    } catch (error) {
      setSaving(false);
      if (!(error instanceof AppError)) {
        setMessage(error instanceof Error ? error.message : String(error));
        return;
      }
      if (error.code === 'conflict' && !error.details?.issues?.length) {
        setConflict(error.message);
        return;
      }
      const issues = error.details?.issues ?? [];
      setErrors(toFormErrors(formIssues(issues)));
      setMessage(issues.length ? undefined : error.message);
    }
  }

  return { form, set, errors, message, conflict, attempt, saving, submit };
}
