// A report's details as officers see them: labels and formats for the form, the summary list
// and the audit trail.

import type { ReportFields } from '../../../shared/report';
import { byColumn, date, yesNo, type FieldDescription } from '../../components/record-fields';

export const reportFields: Record<keyof ReportFields, FieldDescription> = {
  title: { label: 'Title' },
  committee: { label: 'Committee' },
  meetingDate: { label: 'Meeting date', format: date },
  reportOf: { label: 'Report of' },
  leadMember: { label: 'Lead member' },
  author: { label: 'Report author' },
  contact: { label: 'Author contact details' },
  wardsAffected: { label: 'Wards affected' },
  keyDecision: { label: 'Key decision', format: yesNo },
  classification: { label: 'Classification' },
  reportVersion: { label: 'Report version' },
  period: { label: 'Financial year covered' },
  periodFrom: { label: 'Period covered from (optional)', format: date },
  periodTo: { label: 'Period covered to (optional)', format: date },
  directorate: { label: 'Directorate' },
};

export const reportColumns: Record<string, FieldDescription> = {
  ...byColumn(reportFields),
  template_id: { label: 'Template', valuesHidden: true },
  template_key: { label: 'Template', hidden: true },
};
