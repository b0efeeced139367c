// #/reports/pack: several saved reports exported together as one PDF behind a contents page
// that gives the page each report starts on.

import { useState, type FormEvent } from 'react';
import type { ReportSummary } from '../../../shared/report';
import { reportPackRequestSchema } from '../../../shared/report-print';
import { call } from '../../api-client';
import { ErrorSummary } from '../../components/ErrorSummary';
import { CheckboxGroup, TextField } from '../../components/FormFields';
import { WhenLoaded } from '../../components/WhenLoaded';
import { downloadFile } from '../../download-file';
import { fieldId, toFormErrors, type FormErrors } from '../../form-errors';
import { formatDate } from '../../format-date';
import { href } from '../../router';
import { useApi } from '../../use-api';

function PackForm({ reports }: { reports: ReportSummary[] }) {
  const [title, setTitle] = useState('Committee report pack');
  const [chosen, setChosen] = useState<string[]>([]);
  const [errors, setErrors] = useState<FormErrors>(new Map());
  const [message, setMessage] = useState<string>();
  const [attempt, setAttempt] = useState(0);
  const [working, setWorking] = useState(false);
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (working) return;
    setAttempt((count) => count + 1);
    // In the order of the list: by meeting date, as the committees will meet.
    const reportIds = reports.map((report) => report.id).filter((id) => chosen.includes(id));
    const parsed = reportPackRequestSchema.safeParse({ reportIds, title });
    if (!parsed.success) {
      setErrors(
        toFormErrors(
          parsed.error.issues.map(({ path, message: text }) => ({
            path: path.map(String),
            message: text,
          })),
        ),
      );
      setMessage(undefined);
      return;
    }
    setErrors(new Map());
    setMessage(undefined);
    setWorking(true);
    try {
      downloadFile(await call('reportOutputs.packPdf', parsed.data));
    } catch (error) {
      setMessage(`The pack could not be made: ${(error as Error).message}`);
    } finally {
      setWorking(false);
    }
  }
  return (
    <form className="report-pack-form" noValidate onSubmit={(event) => void submit(event)}>
      <ErrorSummary
        errors={errors}
        message={message}
        fieldIdFor={(key) => fieldId([key])}
        attempt={attempt}
      />
      <TextField
        name="title"
        label="Title of the pack"
        errors={errors}
        value={title}
        onChange={setTitle}
      />
      <CheckboxGroup
        name="reportIds"
        label="Reports in the pack"
        hint="They print in this order, each starting on a new page, after a contents page."
        errors={errors}
        values={chosen}
        onChange={setChosen}
        options={reports.map((report) => ({
          value: report.id,
          label: `${report.title} (${report.committee}, ${formatDate(report.meetingDate)})`,
        }))}
        empty={
          <>
            There are no saved reports yet. <a href={href('/reports/new')}>Start a report</a>.
          </>
        }
      />
      <button type="submit" className="button" aria-disabled={working || undefined}>
        {working ? 'Making the pack…' : 'Save the pack as PDF'}
      </button>
    </form>
  );
}

export function ReportPackPage() {
  const [loaded] = useApi('reports.list', {});
  return (
    <>
      <p>
        <a href={href('/reports')}>Back to reports</a>
      </p>
      <h1>Make a report pack</h1>
      <WhenLoaded loaded={loaded} what="the reports">
        {(reports) => (
          <PackForm
            reports={[...reports].sort((a, b) => a.meetingDate.localeCompare(b.meetingDate))}
          />
        )}
      </WhenLoaded>
    </>
  );
}
