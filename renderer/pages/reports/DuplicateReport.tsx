// "Duplicate for next meeting": the report copied with a new meeting date and its version
// bumped; its blocks keep the data they hold until the officer refreshes them.

import { useEffect, useState, type FormEvent } from 'react';
import type { Report } from '../../../shared/report';
import { call } from '../../api-client';
import { DateField } from '../../components/FormFields';
import { formIssues } from '../../components/use-record-form';
import { fieldId, toFormErrors } from '../../form-errors';
import { navigate } from '../../router';
import { ChangeFormActions } from './ChangeFormActions';
import { useReportChange } from './use-report-change';

export function DuplicateReport({ report, onCancel }: { report: Report; onCancel(): void }) {
  const [meetingDate, setMeetingDate] = useState('');
  const change = useReportChange((copy) => navigate(`/reports/${copy.id}`));
  useEffect(() => document.getElementById(fieldId(['meetingDate']))?.focus(), []);
  const errors = toFormErrors(formIssues(change.issues));
  async function submit(event: FormEvent) {
    event.preventDefault();
    await change.run(() => call('reports.duplicate', { id: report.id, meetingDate }));
  }
  return (
    <form className="panel report-duplicate" onSubmit={submit} noValidate>
      <h2>Duplicate for the next meeting</h2>
      <p>
        The copy has the same sections, wording and data blocks, and the next version number. Its
        blocks keep the data they hold now until you refresh them.
      </p>
      <DateField
        name="meetingDate"
        label="Date of the next meeting"
        errors={errors}
        value={meetingDate}
        onChange={setMeetingDate}
      />
      <ChangeFormActions
        change={change}
        submitLabel="Make the copy"
        busyLabel="Copying…"
        onCancel={onCancel}
      />
    </form>
  );
}
