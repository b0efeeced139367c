// A case study's fields as officers see them: labels and formats for the form, the page and the
// audit trail.

import type { CaseStudyFields } from '../../../shared/case-study';
import { byColumn, yesNo, type FieldDescription } from '../../components/record-fields';
import { outcomeNames } from '../exercises/exercise-fields';

export function caseStudyFields(
  outcomes: ReadonlyMap<string, string> = new Map(),
): Record<keyof CaseStudyFields, FieldDescription> {
  return {
    title: { label: 'Title' },
    contractId: { label: 'Contract', valuesHidden: true },
    supplierId: { label: 'Supplier', valuesHidden: true },
    councilOutcomeIds: { label: 'Council outcomes', format: outcomeNames(outcomes) },
    narrative: { label: 'The story' },
    outputs: { label: 'Quantified outputs' },
    consentToPublish: { label: 'Consent to publish', format: yesNo },
    consentNote: { label: 'Consent given by, and when' },
  };
}

export const caseStudyColumns = (outcomes: ReadonlyMap<string, string>) =>
  byColumn(caseStudyFields(outcomes));
