// A new report from a template (/reports/new?template=ID) or a report's details changed
// (/reports/:id/edit): committee, meeting, authorship, classification and the period covered.

import type { Report, ReportTemplate } from '../../../shared/report';
import { call } from '../../api-client';
import { CheckboxField, DateField, SelectField, TextField } from '../../components/FormFields';
import { DirectorateField } from '../../components/DirectorateField';
import { RecordForm } from '../../components/RecordForm';
import { textFieldProps, useRecordForm } from '../../components/use-record-form';
import { both, WhenLoaded } from '../../components/WhenLoaded';
import { href, navigate, replaceQuery } from '../../router';
import type { PageProps } from '../../routes';
import { useApi } from '../../use-api';
import { reportFields as labels } from './report-fields';
import { newReportForm, reportFormToInput, reportToForm, type ReportForm } from './report-form';
import { ReportPeriodField, recentYears } from './ReportPeriodField';
import { selectChoices } from './select-choices';

export function ReportFormPage({ params, query }: PageProps) {
  return params.id ? (
    <EditReport id={params.id} />
  ) : (
    <NewReport templateId={query.get('template')} />
  );
}

function EditReport({ id }: { id: string }) {
  const [loaded, reload] = useApi('reports.get', { id });
  return (
    <WhenLoaded loaded={loaded} what="the report">
      {(report) => (
        <ReportEditor
          key={report.version}
          report={report}
          initial={reportToForm(report)}
          onReload={reload}
        />
      )}
    </WhenLoaded>
  );
}

function NewReport({ templateId }: { templateId: string | null }) {
  const [templates] = useApi('reportTemplates.list', {});
  const [profile] = useApi('profile.get', {});
  return (
    <WhenLoaded loaded={both(templates, profile)} what="the report templates">
      {([list, council]) => {
        const template = list.find((t) => t.id === templateId) ?? list[0];
        if (!template) return <p>There are no report templates in this workspace.</p>;
        const [year = 'all'] = recentYears(council.financialYearStartMonth);
        return (
          <ReportEditor
            key={template.id}
            templates={list}
            template={template}
            initial={newReportForm(template, year)}
          />
        );
      }}
    </WhenLoaded>
  );
}

interface EditorProps {
  initial: ReportForm;
  report?: Report;
  onReload?: () => void;
  templates?: readonly ReportTemplate[];
  template?: ReportTemplate;
}

function ReportEditor({ initial, report, onReload, templates, template }: EditorProps) {
  const state = useRecordForm({
    initial,
    toInput: reportFormToInput,
    save: (fields) =>
      report
        ? call('reports.update', { id: report.id, version: report.version, fields })
        : call('reports.create', { templateId: template?.id ?? '', fields }),
    onSaved: (saved) => navigate(`/reports/${saved.id}`),
  });
  const { form, set, errors } = state;
  const text = (name: Exclude<keyof ReportForm, 'keyDecision'>) =>
    textFieldProps(state, labels, name);
  return (
    <RecordForm
      state={state}
      noun="report"
      caption={report ? 'Edit report details' : 'New report'}
      title={report ? report.title : (template?.name ?? 'New report')}
      submitLabel={report ? 'Save changes' : 'Create report'}
      cancelHref={href(report ? `/reports/${report.id}` : '/reports')}
      onReload={onReload}
    >
      {templates && template && (
        <SelectField
          name="templateId"
          label="Template"
          hint="The report starts with the template's sections, wording and data blocks."
          errors={errors}
          value={template.id}
          onChange={(id) => replaceQuery(new URLSearchParams({ template: id }))}
          {...selectChoices(
            templates,
            (t) => t.id,
            (t) => t.name,
          )}
        />
      )}
      <TextField {...text('title')} className="input-wide" />
      <TextField {...text('committee')} className="input-wide" />
      <DateField {...text('meetingDate')} />
      <ReportPeriodField
        label={labels.period.label}
        value={form.period}
        onChange={(v) => set('period', v)}
        errors={errors}
      />
      <div className="field-row">
        <DateField {...text('periodFrom')} />
        <DateField {...text('periodTo')} />
      </div>
      <DirectorateField
        label="Directorate (optional)"
        value={form.directorate}
        onChange={(v) => set('directorate', v)}
        errors={errors}
      />
      <TextField
        {...text('reportOf')}
        className="input-wide"
        hint="For example, Strategic Director of Resources"
      />
      <TextField {...text('leadMember')} className="input-wide" />
      <TextField {...text('author')} className="input-wide" />
      <TextField
        {...text('contact')}
        className="input-wide"
        hint="Email address and telephone number"
      />
      <TextField {...text('wardsAffected')} className="input-wide" />
      <CheckboxField
        name="keyDecision"
        label="This is a key decision"
        errors={errors}
        checked={form.keyDecision}
        onChange={(checked) => set('keyDecision', checked)}
      />
      <div className="field-row">
        <TextField {...text('classification')} className="input-medium" />
        <TextField {...text('reportVersion')} className="input-short" />
      </div>
    </RecordForm>
  );
}
