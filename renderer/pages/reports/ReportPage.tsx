// The report editor (/reports/:id): its details, its sections in order with their data blocks,
// and what can be done with it: change details, refresh every block's data, duplicate for the
// next meeting, delete, and its outputs.

import { useState } from 'react';
import type { Report } from '../../../shared/report';
import { call } from '../../api-client';
import { AuditTrail } from '../../components/AuditTrail';
import { DeleteRecord } from '../../components/DeleteRecord';
import { RecordHeader } from '../../components/RecordHeader';
import { fieldRows, SummaryList } from '../../components/SummaryList';
import { WhenLoaded } from '../../components/WhenLoaded';
import { formatDate, formatMoment } from '../../format-date';
import { href } from '../../router';
import type { PageProps } from '../../routes';
import { useApi } from '../../use-api';
import { ChangeProblem } from './ChangeProblem';
import { DuplicateReport } from './DuplicateReport';
import type { LastChange } from './MoveButtons';
import { reportColumns, reportFields } from './report-fields';
import { ReportOutputs } from './report-outputs';
import { ReportSectionCard, type SectionOpen } from './ReportSectionCard';
import { SectionEditor } from './SectionEditor';
import { useReportChange } from './use-report-change';

export function ReportPage({ params }: PageProps) {
  const [loaded, reload] = useApi('reports.get', { id: params.id ?? '' });
  return (
    <WhenLoaded loaded={loaded} what="the report">
      {(report) => <ReportEditor key={report.id} initial={report} onReload={reload} />}
    </WhenLoaded>
  );
}

/** What is open for editing: one thing at a time, so the page has one form. */
type Open = { section: string; what: SectionOpen } | 'add-section' | 'duplicate' | null;

function ReportEditor({ initial, onReload }: { initial: Report; onReload(): void }) {
  const [report, setReport] = useState(initial);
  const [open, setOpen] = useState<Open>(null);
  const [last, setLast] = useState<LastChange | null>(null);
  const refresh = useReportChange(setReport);
  let sectionCount = 0;
  return (
    <>
      <RecordHeader
        caption={`${report.committee}, ${formatDate(report.meetingDate)}`}
        title={report.title}
      >
        <a className="button-secondary" href={href(`/reports/${report.id}/edit`)}>
          Change details
        </a>
        <button
          type="button"
          className="button-secondary"
          disabled={refresh.busy}
          onClick={() => refresh.run(() => call('reports.refresh', { id: report.id }))}
        >
          {refresh.busy ? 'Refreshing…' : 'Refresh all data'}
        </button>
        <button type="button" className="button-secondary" onClick={() => setOpen('duplicate')}>
          Duplicate for next meeting
        </button>
        <ReportOutputs reportId={report.id} />
        <DeleteRecord
          kind="reports"
          id={report.id}
          version={report.version}
          name={report.title}
          onReload={onReload}
        />
      </RecordHeader>
      <ChangeProblem problem={refresh.problem} />
      <p className="meta">
        {report.templateName ? `From the template ${report.templateName}. ` : ''}Last changed by{' '}
        {report.updatedBy} on {formatMoment(report.updatedAt)}.
      </p>
      {open === 'duplicate' && <DuplicateReport report={report} onCancel={() => setOpen(null)} />}
      <details className="report-editor-details">
        <summary>Report details</summary>
        <SummaryList
          rows={fieldRows(report, reportFields, [
            'committee',
            'meetingDate',
            'period',
            'periodFrom',
            'periodTo',
            'directorate',
            'reportOf',
            'leadMember',
            'author',
            'contact',
            'wardsAffected',
            'keyDecision',
            'classification',
            'reportVersion',
          ])}
        />
      </details>

      <h2 className="visually-hidden">Sections</h2>
      <p className="visually-hidden" role="status">
        {last?.said}
      </p>
      {report.sections.length === 0 && <p>This report has no sections. Add the first below.</p>}
      {report.sections.map((section, index) => (
        <ReportSectionCard
          key={section.id}
          section={section}
          sections={report.sections}
          number={section.numbered ? String((sectionCount += 1)) : null}
          index={index}
          count={report.sections.length}
          open={typeof open === 'object' && open?.section === section.id ? open.what : null}
          onOpen={(what) => setOpen(what ? { section: section.id, what } : null)}
          onChanged={setReport}
          last={last}
          onLast={setLast}
        />
      ))}
      {open === 'add-section' ? (
        <SectionEditor
          legend="Add a section at the end"
          initial={{ heading: '', body: '', numbered: true }}
          submitLabel="Add section"
          save={(fields) => call('reportSections.create', { reportId: report.id, fields })}
          onSaved={(saved) => {
            setOpen(null);
            setReport(saved);
          }}
          onCancel={() => setOpen(null)}
        />
      ) : (
        <div className="button-row">
          <button type="button" className="button-secondary" onClick={() => setOpen('add-section')}>
            Add a section
          </button>
        </div>
      )}

      <AuditTrail table="reports" id={report.id} columns={reportColumns} />
    </>
  );
}
