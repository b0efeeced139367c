// A report template edited (/reports/templates/:id): its name, committee and title, and its
// sections in order, each with its heading, standard wording and data blocks. Sections can be
// added, moved and removed; everything is saved at once. A template the council added can be
// deleted (with undo); a built-in one cannot.

import { useState } from 'react';
import {
  dataBlockKinds,
  dataBlockLabels,
  type DataBlockKind,
  templateFieldsSchema,
  type ReportTemplate,
  type TemplateFieldsInput,
  type TemplateSection,
} from '../../../shared/report';
import { parseReportText } from '../../../shared/report-text';
import { call } from '../../api-client';
import { AuditTrail } from '../../components/AuditTrail';
import { DeleteRecord } from '../../components/DeleteRecord';
import { Field } from '../../components/Field';
import { FormReader, orNull, type Checked } from '../../components/form-input';
import { TextField } from '../../components/FormFields';
import { RecordForm } from '../../components/RecordForm';
import { useRecordForm, type RecordFormState } from '../../components/use-record-form';
import { WhenLoaded } from '../../components/WhenLoaded';
import { errorAt, fieldId } from '../../form-errors';
import { href, navigate } from '../../router';
import type { PageProps } from '../../routes';
import { useApi } from '../../use-api';
import { ReportTextHelp } from './ReportTextHelp';

/** A data block added at the end of a template section's text. */
function TemplateBlockAdder(props: {
  id: string;
  label: string;
  onAdd(kind: DataBlockKind): void;
}) {
  const [kind, setKind] = useState<DataBlockKind>('headline-figures');
  return (
    <div className="report-template-adder">
      <label htmlFor={props.id}>Data block to add at the end of the text</label>
      <select id={props.id} value={kind} onChange={(e) => setKind(e.target.value as DataBlockKind)}>
        {dataBlockKinds.map((k) => (
          <option key={k} value={k}>
            {dataBlockLabels[k]}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="button-small button-secondary"
        onClick={() => props.onAdd(kind)}
      >
        Add<span className="visually-hidden"> data block to {props.label}</span>
      </button>
    </div>
  );
}

const templateColumns = {
  name: { label: 'Name' },
  committee: { label: 'Committee' },
  title: { label: 'Title' },
  sections: { label: 'Sections and wording', valuesHidden: true },
  template_key: { label: 'Built-in template', hidden: true },
};

interface TemplateForm {
  name: string;
  committee: string;
  title: string;
  sections: TemplateSection[];
}

const toForm = (template: ReportTemplate): TemplateForm => ({
  name: template.name,
  committee: template.committee ?? '',
  title: template.title,
  sections: template.sections,
});

const toInput = (form: TemplateForm): Checked<TemplateFieldsInput> =>
  new FormReader().check(templateFieldsSchema, {
    name: form.name,
    committee: orNull(form.committee),
    title: form.title,
    sections: form.sections,
  });

export function TemplatePage({ params }: PageProps) {
  const [loaded, reload] = useApi('reportTemplates.get', { id: params.id ?? '' });
  return (
    <WhenLoaded loaded={loaded} what="the template">
      {(template) => (
        <TemplateEditor key={template.version} template={template} onReload={reload} />
      )}
    </WhenLoaded>
  );
}

function TemplateEditor({ template, onReload }: { template: ReportTemplate; onReload(): void }) {
  const state = useRecordForm({
    initial: toForm(template),
    toInput,
    save: (fields) =>
      call('reportTemplates.update', { id: template.id, version: template.version, fields }),
    onSaved: () => navigate('/reports/templates'),
  });
  const { form, set, errors } = state;
  const text = (name: 'name' | 'committee' | 'title', label: string) => ({
    name,
    label,
    errors,
    value: form[name],
    onChange: (value: string) => set(name, value),
    className: 'input-wide',
  });
  const setSections = (sections: TemplateSection[]) => set('sections', sections);
  return (
    <>
      <RecordForm
        state={state}
        noun="template"
        caption="Edit report template"
        title={template.name}
        submitLabel="Save template"
        cancelHref={href('/reports/templates')}
        onReload={onReload}
      >
        <TextField {...text('name', 'Name of the template')} />
        <TextField {...text('committee', 'Committee reports usually go to')} />
        <TextField {...text('title', 'Title new reports start with')} />
        <ReportTextHelp id="template-text-help" />
        {form.sections.map((section, index) => (
          <TemplateSectionFields
            key={index}
            state={state}
            section={section}
            index={index}
            sections={form.sections}
            onChange={setSections}
          />
        ))}
        <div className="button-row">
          <button
            type="button"
            className="button-secondary"
            onClick={() =>
              setSections([...form.sections, { heading: '', body: '', numbered: true, blocks: [] }])
            }
          >
            Add a section
          </button>
        </div>
      </RecordForm>
      {template.key === null ? (
        <div className="button-row">
          <DeleteRecord
            kind="report-templates"
            id={template.id}
            version={template.version}
            name={template.name}
            onReload={onReload}
            listPath="/reports/templates"
            recordPath={`/reports/templates/${template.id}`}
          />
        </div>
      ) : (
        <p className="meta">
          This template is built in, so it cannot be deleted; change its sections and wording
          instead.
        </p>
      )}
      <AuditTrail table="report_templates" id={template.id} columns={templateColumns} />
    </>
  );
}

interface SectionProps {
  state: RecordFormState<TemplateForm>;
  section: TemplateSection;
  index: number;
  sections: TemplateSection[];
  onChange(sections: TemplateSection[]): void;
}

function TemplateSectionFields({ state, section, index, sections, onChange }: SectionProps) {
  const path = (field: string) => ['sections', index, field];
  const update = (changes: Partial<TemplateSection>) =>
    onChange(sections.map((s, i) => (i === index ? { ...s, ...changes } : s)));
  const moveTo = (to: number) => {
    const next = sections.filter((_, i) => i !== index);
    next.splice(to, 0, section);
    onChange(next);
  };
  const label = section.heading || `Section ${index + 1}`;
  return (
    <fieldset className="fieldset report-template-section">
      <legend>
        Section {index + 1}: {section.heading || 'new section'}
      </legend>
      <Field
        id={fieldId(path('heading'))}
        label="Heading"
        error={errorAt(state.errors, path('heading'))}
      >
        {(control) => (
          <input
            {...control}
            className="input-wide"
            value={section.heading}
            onChange={(e) => update({ heading: e.target.value })}
          />
        )}
      </Field>
      <Field
        id={fieldId(path('body'))}
        label="Standard wording"
        error={errorAt(state.errors, path('body'))}
      >
        {(control) => (
          <textarea
            {...control}
            rows={5}
            className="input-wide"
            value={section.body}
            onChange={(e) => update({ body: e.target.value })}
          />
        )}
      </Field>
      <div className="checkbox">
        <input
          type="checkbox"
          id={fieldId(path('numbered'))}
          checked={section.numbered}
          onChange={(e) => update({ numbered: e.target.checked })}
        />
        <label htmlFor={fieldId(path('numbered'))}>Number this section and its paragraphs</label>
      </div>
      {section.blocks.length > 0 && (
        <ul className="plain-list report-template-blocks" aria-label={`Data blocks of ${label}`}>
          {section.blocks.map((block, b) => (
            <li key={b} className="row-with-action">
              <span>
                Data block: {dataBlockLabels[block.kind]},{' '}
                {block.after === 0 ? 'at the start' : `after part ${block.after} of the text`}
              </span>
              <button
                type="button"
                className="button-small button-secondary"
                onClick={() => update({ blocks: section.blocks.filter((_, i) => i !== b) })}
              >
                Remove
                <span className="visually-hidden">
                  {' '}
                  data block {dataBlockLabels[block.kind]} from {label}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <TemplateBlockAdder
        id={fieldId(path('newBlock'))}
        label={label}
        onAdd={(kind) =>
          update({
            blocks: [
              ...section.blocks,
              { kind, options: {}, after: parseReportText(section.body).length },
            ],
          })
        }
      />
      <div className="button-row">
        <button
          type="button"
          className="button-small button-secondary"
          disabled={index === 0}
          onClick={() => moveTo(index - 1)}
        >
          Move up<span className="visually-hidden"> {label}</span>
        </button>
        <button
          type="button"
          className="button-small button-secondary"
          disabled={index === sections.length - 1}
          onClick={() => moveTo(index + 1)}
        >
          Move down<span className="visually-hidden"> {label}</span>
        </button>
        <button
          type="button"
          className="button-small button-warning"
          onClick={() => onChange(sections.filter((_, i) => i !== index))}
        >
          Remove section<span className="visually-hidden"> {label}</span>
        </button>
      </div>
    </fieldset>
  );
}
