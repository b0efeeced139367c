// The report templates: the three built in (as the council has edited them) and any it added,
// and a new one made blank or as a copy.

import { useState } from 'react';
import type { ReportTemplate } from '../../../shared/report';
import { WhenLoaded } from '../../components/WhenLoaded';
import { formatMoment } from '../../format-date';
import { href } from '../../router';
import { useApi } from '../../use-api';
import { NewTemplateForm } from './NewTemplateForm';

export function TemplateListPage() {
  const [templates] = useApi('reportTemplates.list', {});
  return (
    <>
      <div className="record-header">
        <p className="caption">Reports</p>
        <h1>Report templates</h1>
        <p className="lead">
          The sections, standard wording and data blocks each new report starts with. Change them to
          match the council’s own report template.
        </p>
      </div>
      <WhenLoaded loaded={templates} what="the templates">
        {(value) => (
          <>
            <NewTemplate templates={value} />
            <TemplatesTable templates={value} />
          </>
        )}
      </WhenLoaded>
    </>
  );
}

function NewTemplate({ templates }: { templates: readonly ReportTemplate[] }) {
  const [open, setOpen] = useState(false);
  if (open) return <NewTemplateForm templates={templates} onCancel={() => setOpen(false)} />;
  return (
    <div className="button-row">
      <button type="button" className="button-secondary" onClick={() => setOpen(true)}>
        Create a template
      </button>
    </div>
  );
}

function TemplatesTable({ templates }: { templates: readonly ReportTemplate[] }) {
  return (
    <table className="data-table wide-table">
      <caption className="visually-hidden">Report templates</caption>
      <thead>
        <tr>
          <th scope="col">Template</th>
          <th scope="col">Committee</th>
          <th scope="col" className="numeric">
            Sections
          </th>
          <th scope="col">Updated</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {templates.map((template) => (
          <tr key={template.id}>
            <td>
              <a href={href(`/reports/templates/${template.id}`)}>{template.name}</a>
              {template.key && <span className="meta"> (built in)</span>}
            </td>
            <td>{template.committee}</td>
            <td className="numeric">{template.sections.length}</td>
            <td>
              {formatMoment(template.updatedAt)}{' '}
              <span className="meta">by {template.updatedBy}</span>
            </td>
            <td>
              <a href={href('/reports/new', new URLSearchParams({ template: template.id }))}>
                New report<span className="visually-hidden"> from {template.name}</span>
              </a>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
