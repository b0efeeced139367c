// A return's stored columns, and its lines', as its audit trail names them (the trail of a return
// holds the changes to its lines too, each named by the line's measure).

import { returnStatusLabels } from '../../../shared/social-value';
import { lineDecisionLabels } from '../../../shared/social-value-return';
import { choice, date, money, type FieldDescription } from '../../components/record-fields';

export const returnAuditColumns: Readonly<Record<string, FieldDescription>> = {
  status: { label: 'Status', format: choice(returnStatusLabels) },
  submitted_at: { label: 'Submitted', hidden: true },
  verified_by: { label: 'Checked by' },
  verified_at: { label: 'Checked on', format: date },
  status_note: { label: 'Notes' },
  period_start: { label: 'Period start', format: date },
  period_end: { label: 'Period end', format: date },
  period_label: { label: 'Period' },
  contract_id: { label: 'Contract', valuesHidden: true },
  // Its lines' columns.
  quantity: { label: 'Delivered' },
  proxy_pence: { label: 'Proxy value', format: money },
  evidence_reference: { label: 'Evidence reference' },
  narrative: { label: 'Narrative' },
  verification: { label: 'Verification', format: choice(lineDecisionLabels) },
  verification_note: { label: 'Verification note' },
};
