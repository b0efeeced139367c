// The report details form's state (text as typed) and its conversion to API input, checked with
// the schema the backend uses.

import { reportFieldsSchema, type Report, type ReportFieldsInput } from '../../../shared/report';
import { FormReader, orNull, type Checked } from '../../components/form-input';

export interface ReportForm {
  title: string;
  committee: string;
  meetingDate: string;
  reportOf: string;
  leadMember: string;
  author: string;
  contact: string;
  wardsAffected: string;
  keyDecision: boolean;
  classification: string;
  reportVersion: string;
  period: string;
  periodFrom: string;
  periodTo: string;
  directorate: string;
}

/** A new report's details, from its template's committee and title. */
export function newReportForm(
  template: { committee: string | null; title: string },
  year: string,
): ReportForm {
  return {
    title: template.title,
    committee: template.committee ?? '',
    meetingDate: '',
    reportOf: '',
    leadMember: '',
    author: '',
    contact: '',
    wardsAffected: 'All',
    keyDecision: false,
    classification: 'Unrestricted',
    reportVersion: '1.0',
    period: year,
    periodFrom: '',
    periodTo: '',
    directorate: '',
  };
}

export const reportToForm = (report: Report): ReportForm => ({
  title: report.title,
  committee: report.committee,
  meetingDate: report.meetingDate,
  reportOf: report.reportOf ?? '',
  leadMember: report.leadMember ?? '',
  author: report.author ?? '',
  contact: report.contact ?? '',
  wardsAffected: report.wardsAffected ?? '',
  keyDecision: report.keyDecision,
  classification: report.classification ?? '',
  reportVersion: report.reportVersion ?? '',
  period: report.period,
  periodFrom: report.periodFrom ?? '',
  periodTo: report.periodTo ?? '',
  directorate: report.directorate ?? '',
});

export function reportFormToInput(form: ReportForm): Checked<ReportFieldsInput> {
  const read = new FormReader();
  const meetingDate = read.requiredDate(form.meetingDate, 'meetingDate', 'the meeting date');
  return read.check(reportFieldsSchema, {
    title: form.title,
    committee: form.committee,
    meetingDate,
    reportOf: orNull(form.reportOf),
    leadMember: orNull(form.leadMember),
    author: orNull(form.author),
    contact: orNull(form.contact),
    wardsAffected: orNull(form.wardsAffected),
    keyDecision: form.keyDecision,
    classification: orNull(form.classification),
    reportVersion: orNull(form.reportVersion),
    period: form.period,
    periodFrom: orNull(form.periodFrom),
    periodTo: orNull(form.periodTo),
    directorate: orNull(form.directorate),
  });
}
