// A procurement exercise's fields as officers see them: labels and formats for the form, the
// summary list and the audit trail.

import {
  exerciseStatusLabels,
  procurementCategoryLabels,
  procurementRouteLabels,
  socialValueApproachLabels,
  type ExerciseFields,
} from '../../../shared/exercise';
import {
  byColumn,
  choice,
  date,
  money,
  percent,
  yesNo,
  type FieldDescription,
  type FieldValue,
} from '../../components/record-fields';

/** Outcome ids as names; the audit trail stores them as JSON text. */
export const outcomeNames =
  (names: ReadonlyMap<string, string>) =>
  (value: Exclude<FieldValue, null | undefined>): string => {
    let ids: unknown = value;
    if (typeof value === 'string') {
      try {
        ids = JSON.parse(value);
      } catch {
        return value;
      }
    }
    if (!Array.isArray(ids)) return String(value);
    if (ids.length === 0) return 'None';
    return ids.map((id) => names.get(String(id)) ?? 'An outcome since removed').join(', ');
  };

export function exerciseFields(
  outcomes: ReadonlyMap<string, string> = new Map(),
): Record<keyof ExerciseFields, FieldDescription> {
  return {
    reference: { label: 'Reference' },
    title: { label: 'Title' },
    description: { label: 'Description' },
    directorate: { label: 'Directorate or service' },
    leadOfficer: { label: 'Lead officer' },
    category: { label: 'Category', format: choice(procurementCategoryLabels) },
    procurementRoute: { label: 'Procurement route', format: choice(procurementRouteLabels) },
    estimatedValuePence: { label: 'Estimated value', format: money },
    startDate: { label: 'Start date', format: date },
    advertDate: { label: 'Advert published', format: date },
    tenderCloseDate: { label: 'Tenders close', format: date },
    awardDecisionDate: { label: 'Award decision', format: date },
    contractStartDate: { label: 'Contract start', format: date },
    contractEndDate: { label: 'Contract end', format: date },
    status: { label: 'Status', format: choice(exerciseStatusLabels) },
    reservedToLocal: { label: 'Reserved to local suppliers', format: yesNo },
    socialValueWeightingPercent: { label: 'Social value weighting', format: percent },
    socialValueApproach: {
      label: 'Social value approach',
      format: choice(socialValueApproachLabels),
    },
    notApplicableReason: { label: 'Why social value does not apply' },
    targetedOutcomeIds: { label: 'Targeted council outcomes', format: outcomeNames(outcomes) },
  };
}

/** By stored column, with the working columns the workspace keeps beside them. */
export function exerciseColumns(
  outcomes: ReadonlyMap<string, string>,
): Record<string, FieldDescription> {
  return {
    ...byColumn(exerciseFields(outcomes)),
    in_scope_act: { label: 'In scope of the Act', format: yesNo },
    in_scope_local: { label: 'In scope of local policy', format: yesNo },
    scope_reasons: { label: 'Scope reasons', hidden: true },
  };
}
