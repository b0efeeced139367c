// A measure's fields as officers see them: labels and formats for the form, the measure's page
// and its audit trail (which names stored columns, e.g. proxy_pence).

import type { MeasureFields } from '../../../shared/measures-framework';
import { formatPoundsAndPence } from '../../../shared/money';
import { measureKindLabels, type MeasureKind } from '../../../shared/social-value';
import { byColumn, choice, type FieldDescription } from '../../components/record-fields';

/** The proxy value in words: "£150.00 per unit (weeks)", "£1.00 per £1", "Not set". */
export function proxyText(kind: MeasureKind, proxyPence: number | null, unit: string): string {
  if (kind === 'record-only') return 'None: record only';
  if (proxyPence === null) return 'Not set';
  const money = formatPoundsAndPence(proxyPence);
  return kind === 'money' ? `${money} per £1` : `${money} per unit (${unit})`;
}

/** Council outcome ids as names; the audit trail stores them as JSON text. */
const outcomeNames =
  (names: ReadonlyMap<string, string>) =>
  (value: string | number | boolean | readonly string[]): string => {
    const ids = Array.isArray(value) ? value : (JSON.parse(String(value)) as string[]);
    if (ids.length === 0) return 'None';
    return ids.map((id) => names.get(String(id)) ?? 'An outcome since removed').join(', ');
  };

export function measureFields(
  councilOutcomes: ReadonlyMap<string, string> = new Map(),
): Record<keyof MeasureFields, FieldDescription> {
  return {
    outcomeId: { label: 'Outcome', valuesHidden: true },
    code: { label: 'Code' },
    title: { label: 'Title' },
    guidance: { label: 'Guidance' },
    unit: { label: 'Unit' },
    kind: { label: 'Kind', format: choice(measureKindLabels) },
    proxyPence: {
      label: 'Proxy value',
      format: (value) => formatPoundsAndPence(Number(value)),
    },
    evidenceRequired: { label: 'Evidence required' },
    councilOutcomeIds: { label: 'Council outcomes', format: outcomeNames(councilOutcomes) },
  };
}

/** By stored column, with the bookkeeping columns hidden. */
export function measureColumns(
  councilOutcomes: ReadonlyMap<string, string>,
): Record<string, FieldDescription> {
  return {
    ...byColumn(measureFields(councilOutcomes)),
    framework_version_id: { label: 'Framework version', hidden: true },
    position: { label: 'Place in its outcome', hidden: true },
  };
}
