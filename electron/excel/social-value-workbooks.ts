// The social value lists as workbooks, each with the columns its screen shows: returns, missing
// returns, a contract's commitments against delivery, case studies, action plans and measures.

import { actionItemStatusLabels, type ActionPlanSummary } from '../../shared/action-plan';
import type { CaseStudySummary } from '../../shared/case-study';
import type { CommitmentRow } from '../../shared/contract-social-value';
import type { Measure } from '../../shared/measures-framework';
import { measureKindLabels, ragLabels, returnStatusLabels } from '../../shared/social-value';
import type { MissingReturn, ReturnSummary } from '../../shared/social-value-return';
import { exportList, type ListSheet } from './list-export';

const returnSheet: ListSheet<ReturnSummary> = {
  name: 'Returns',
  columns: [
    { header: 'Period', kind: 'text', value: (r) => r.periodLabel },
    { header: 'Period start', kind: 'date', value: (r) => r.periodStart },
    { header: 'Period end', kind: 'date', value: (r) => r.periodEnd },
    { header: 'Contract', kind: 'text', value: (r) => r.contractReference },
    { header: 'Title', kind: 'text', width: 40, value: (r) => r.contractTitle },
    { header: 'Supplier', kind: 'text', width: 35, value: (r) => r.supplierName },
    { header: 'Status', kind: 'text', value: (r) => returnStatusLabels[r.status] },
    { header: 'Submitted', kind: 'dateTime', width: 18, value: (r) => r.submittedAt },
    { header: 'Checked by', kind: 'text', width: 20, value: (r) => r.verifiedBy },
    { header: 'Lines', kind: 'number', value: (r) => r.lineCount },
  ],
};

const missingReturnSheet: ListSheet<MissingReturn> = {
  name: 'Missing returns',
  columns: [
    { header: 'Contract', kind: 'text', value: (m) => m.contractReference },
    { header: 'Title', kind: 'text', width: 40, value: (m) => m.contractTitle },
    { header: 'Supplier', kind: 'text', width: 35, value: (m) => m.supplierName },
    { header: 'Period', kind: 'text', value: (m) => m.periodLabel },
    { header: 'Period ended', kind: 'date', value: (m) => m.periodEnd },
    { header: 'Days overdue', kind: 'number', value: (m) => m.daysOverdue },
    { header: 'Draft started', kind: 'yesNo', value: (m) => m.draftReturnId !== null },
  ],
};

const commitmentSheet: ListSheet<CommitmentRow> = {
  name: 'Commitments',
  columns: [
    { header: 'Code', kind: 'text', value: (r) => r.commitment.measure.code },
    { header: 'Measure', kind: 'text', width: 40, value: (r) => r.commitment.measure.title },
    { header: 'Unit', kind: 'text', value: (r) => r.commitment.measure.unit },
    { header: 'Committed', kind: 'decimal', value: (r) => r.commitment.quantity },
    {
      header: 'Proxy value (£ each)',
      kind: 'money',
      width: 18,
      value: (r) => r.commitment.proxyPence,
    },
    { header: 'Committed (£)', kind: 'money', width: 16, value: (r) => r.progress.committedPence },
    { header: 'Expected to date', kind: 'decimal', value: (r) => r.progress.expectedQuantity },
    { header: 'Expected to date (£)', kind: 'money', width: 18, value: (r) => r.expectedPence },
    {
      header: 'Delivered, verified',
      kind: 'decimal',
      value: (r) => r.progress.delivery.verifiedQuantity,
    },
    {
      header: 'Delivered, verified (£)',
      kind: 'money',
      width: 20,
      value: (r) => r.progress.delivery.verifiedPence,
    },
    {
      header: 'Delivered, submitted',
      kind: 'decimal',
      value: (r) => r.progress.delivery.submittedQuantity,
    },
    { header: 'RAG', kind: 'text', value: (r) => r.progress.rag && ragLabels[r.progress.rag] },
  ],
};

const caseStudySheet: ListSheet<CaseStudySummary> = {
  name: 'Case studies',
  columns: [
    { header: 'Case study', kind: 'text', width: 45, value: (s) => s.title },
    { header: 'Contract', kind: 'text', value: (s) => s.contractReference },
    { header: 'Supplier', kind: 'text', width: 35, value: (s) => s.supplierName },
    { header: 'Pictures', kind: 'number', value: (s) => s.pictureCount },
    { header: 'Consent to publish', kind: 'yesNo', width: 18, value: (s) => s.consentToPublish },
  ],
};

const actionPlanSheet: ListSheet<ActionPlanSummary> = {
  name: 'Action plans',
  columns: [
    { header: 'Action plan', kind: 'text', width: 45, value: (p) => p.name },
    { header: 'Source', kind: 'text', width: 35, value: (p) => p.source },
    { header: 'Items', kind: 'number', value: (p) => p.itemCount },
    ...(['complete', 'in-progress', 'not-started', 'on-hold'] as const).map((status) => ({
      header: actionItemStatusLabels[status],
      kind: 'number' as const,
      value: (p: ActionPlanSummary) => p.statusCounts[status],
    })),
    { header: 'Overdue', kind: 'number', value: (p) => p.overdueCount },
  ],
};

const measureSheet: ListSheet<Measure> = {
  name: 'Measures',
  columns: [
    { header: 'Theme', kind: 'text', width: 25, value: (m) => m.themeName },
    { header: 'Outcome', kind: 'text', width: 30, value: (m) => m.outcomeName },
    { header: 'Code', kind: 'text', value: (m) => m.code },
    { header: 'Measure', kind: 'text', width: 45, value: (m) => m.title },
    { header: 'Unit', kind: 'text', value: (m) => m.unit },
    { header: 'Kind', kind: 'text', value: (m) => measureKindLabels[m.kind] },
    { header: 'Proxy value (£)', kind: 'money', width: 16, value: (m) => m.proxyPence },
    { header: 'Evidence required', kind: 'text', width: 40, value: (m) => m.evidenceRequired },
  ],
};

export const returnListWorkbook = (rows: ReturnSummary[]) => exportList(returnSheet, rows);
export const missingReturnsWorkbook = (rows: MissingReturn[]) =>
  exportList(missingReturnSheet, rows);
export const commitmentsWorkbook = (rows: CommitmentRow[]) => exportList(commitmentSheet, rows);
export const caseStudiesWorkbook = (rows: CaseStudySummary[]) => exportList(caseStudySheet, rows);
export const actionPlansWorkbook = (rows: ActionPlanSummary[]) => exportList(actionPlanSheet, rows);
export const measuresWorkbook = (rows: Measure[]) => exportList(measureSheet, rows);
