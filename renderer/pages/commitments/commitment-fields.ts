// A commitment's stored columns as its audit trail names and shows them.

import type { YearlyTarget } from '../../../shared/social-value';
import { money, type FieldDescription, type FieldValue } from '../../components/record-fields';
import { formatQuantity } from '../social-value/figures';

/** "2025/26: 52; 2026/27: 52" from the stored JSON; "None" for no targets. */
function targets(value: Exclude<FieldValue, null | undefined>): string {
  const list = JSON.parse(String(value)) as YearlyTarget[];
  if (list.length === 0) return 'None';
  return list.map((t) => `${t.financialYear}: ${formatQuantity(t.quantity)}`).join('; ');
}

export const commitmentColumns: Record<string, FieldDescription> = {
  contract_id: { label: 'Contract', valuesHidden: true },
  measure_id: { label: 'Measure', valuesHidden: true },
  quantity: { label: 'Quantity', format: (value) => formatQuantity(Number(value)) },
  yearly_targets: { label: 'Yearly targets', format: targets },
  proxy_pence: { label: 'Proxy value', format: money },
  notes: { label: 'Notes' },
};
