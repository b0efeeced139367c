// "Create a template": a name, and whether it starts blank or as a copy of another template's
// title, committee, sections, wording and data blocks. The new template opens for editing.

import { useEffect, useState, type FormEvent } from 'react';
import type { ReportTemplate } from '../../../shared/report';
import { call } from '../../api-client';
import { SelectField, TextField } from '../../components/FormFields';
import { formIssues } from '../../components/use-record-form';
import { fieldId, toFormErrors } from '../../form-errors';
import { navigate } from '../../router';
import { ChangeFormActions } from './ChangeFormActions';
import { selectChoices } from './select-choices';
import { useReportChange } from './use-report-change';

interface Props {
  templates: readonly ReportTemplate[];
  onCancel(): void;
}

export function NewTemplateForm({ templates, onCancel }: Props) {
  const [name, setName] = useState('');
  const [copyOf, setCopyOf] = useState('');
  const change = useReportChange<ReportTemplate>((template) =>
    navigate(`/reports/templates/${template.id}`),
  );
  useEffect(() => document.getElementById(fieldId(['name']))?.focus(), []);
  const errors = toFormErrors(formIssues(change.issues));
  async function submit(event: FormEvent) {
    event.preventDefault();
    await change.run(() => call('reportTemplates.create', { name, ...(copyOf ? { copyOf } : {}) }));
  }
  return (
    <form className="panel report-template-new" onSubmit={submit} noValidate>
      <h2>Create a template</h2>
      <TextField
        name="name"
        label="Name of the template"
        errors={errors}
        value={name}
        onChange={setName}
        className="input-wide"
      />
      <SelectField
        name="copyOf"
        label="Start from"
        hint="A copy takes the other template’s title, committee, sections, wording and data blocks."
        errors={errors}
        value={copyOf}
        onChange={setCopyOf}
        blank="A blank template (one empty section)"
        {...selectChoices(
          templates,
          (t) => t.id,
          (t) => `A copy of ${t.name}`,
        )}
      />
      <ChangeFormActions
        change={change}
        submitLabel="Create template"
        busyLabel="Creating…"
        onCancel={onCancel}
      />
    </form>
  );
}
