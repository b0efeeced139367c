// A section's heading and text, edited in place, with the help for lists, bold and tables.

import { useEffect, useState, type FormEvent } from 'react';
import type { Report, SectionFields } from '../../../shared/report';
import { sectionFieldsSchema } from '../../../shared/report';
import { CheckboxField, TextAreaField, TextField } from '../../components/FormFields';
import { formIssues } from '../../components/use-record-form';
import { fieldId, toFormErrors } from '../../form-errors';
import { ChangeFormActions } from './ChangeFormActions';
import { ReportTextHelp } from './ReportTextHelp';
import { useReportChange } from './use-report-change';

interface Props {
  /** "Edit section 3" or "Add a section". */
  legend: string;
  initial: SectionFields;
  submitLabel: string;
  save(fields: SectionFields): Promise<Report>;
  onSaved(report: Report): void;
  onCancel(): void;
}

export function SectionEditor({ legend, initial, submitLabel, save, onSaved, onCancel }: Props) {
  const [fields, setFields] = useState(initial);
  const [checkIssues, setCheckIssues] = useState<ReturnType<typeof formIssues>>([]);
  const change = useReportChange(onSaved);
  useEffect(() => document.getElementById(fieldId(['heading']))?.focus(), []);
  const errors = toFormErrors(formIssues([...checkIssues, ...change.issues]));
  const set = <K extends keyof SectionFields>(key: K, value: SectionFields[K]) =>
    setFields((current) => ({ ...current, [key]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = sectionFieldsSchema.safeParse(fields);
    if (!parsed.success) {
      setCheckIssues(
        parsed.error.issues.map((i) => ({ path: i.path.map(String), message: i.message })),
      );
      return;
    }
    setCheckIssues([]);
    await change.run(() => save(parsed.data));
  }

  return (
    <form className="report-section-editor" onSubmit={submit} noValidate>
      <fieldset className="fieldset">
        <legend>{legend}</legend>
        <TextField
          name="heading"
          label="Heading"
          errors={errors}
          value={fields.heading}
          onChange={(v) => set('heading', v)}
          className="input-wide"
        />
        <TextAreaField
          name="body"
          label="Text"
          hint="A blank line starts a new paragraph."
          errors={errors}
          value={fields.body}
          onChange={(v) => set('body', v)}
          rows={10}
        />
        <ReportTextHelp id="report-text-help" />
        <CheckboxField
          name="numbered"
          label="Number this section and its paragraphs"
          errors={errors}
          checked={fields.numbered}
          onChange={(checked) => set('numbered', checked)}
        />
        <ChangeFormActions
          change={change}
          submitLabel={submitLabel}
          busyLabel="Saving…"
          onCancel={onCancel}
        />
      </fieldset>
    </form>
  );
}
