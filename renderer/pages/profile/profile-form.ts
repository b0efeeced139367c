// The council profile form's state (text, as typed) and its conversion to the API input,
// checked with the same zod schema the backend uses.

import {
  councilProfileInputSchema,
  type CouncilProfile,
  type CouncilProfileInput,
} from '../../../shared/council-profile';
import { parseMoneyToPence, penceToInputText } from '../../../shared/money';
import { splitLocalArea } from '../../../shared/postcode-area';
import type { FieldIssue } from '../../../shared/result';

export interface ThresholdRow {
  key: string;
  id?: string | undefined;
  kind: string;
  category: string;
  vatBasis: string;
  amount: string;
  effectiveFrom: string;
}

export interface OutcomeRow {
  key: string;
  id?: string | undefined;
  name: string;
}

export interface ProfileForm {
  councilName: string;
  financialYearStartMonth: string;
  reportingFrequency: string;
  localArea: string;
  ragGreenFromPercent: string;
  ragAmberFromPercent: string;
  defaultSocialValueWeightingPercent: string;
  thresholds: ThresholdRow[];
  strategicOutcomes: OutcomeRow[];
  version: number;
}

let nextKey = 0;
/** A key for a new table row, stable while the form is open. */
export const newRowKey = () => `row-${++nextKey}`;

export function profileToForm(profile: CouncilProfile): ProfileForm {
  return {
    councilName: profile.councilName,
    financialYearStartMonth: String(profile.financialYearStartMonth),
    reportingFrequency: profile.reportingFrequency,
    localArea: profile.localArea.join(', '),
    ragGreenFromPercent: String(profile.ragGreenFromPercent),
    ragAmberFromPercent: String(profile.ragAmberFromPercent),
    defaultSocialValueWeightingPercent: String(profile.defaultSocialValueWeightingPercent),
    thresholds: profile.thresholds.map((threshold) => ({
      key: threshold.id,
      id: threshold.id,
      kind: threshold.kind,
      category: threshold.category,
      vatBasis: threshold.vatBasis,
      amount: penceToInputText(threshold.amountPence),
      effectiveFrom: threshold.effectiveFrom,
    })),
    strategicOutcomes: profile.strategicOutcomes.map(({ id, name }) => ({ key: id, id, name })),
    version: profile.version,
  };
}

function readNumber(
  text: string,
  path: (string | number)[],
  label: string,
  issues: FieldIssue[],
): number {
  const trimmed = text.trim().replace(/%$/, '');
  const value = trimmed === '' ? Number.NaN : Number(trimmed);
  if (Number.isNaN(value)) issues.push({ path, message: `Enter ${label} as a number` });
  return value;
}

/** The API input for the form, or the problems that stop it being saved (by field path). */
export function formToInput(
  form: ProfileForm,
): { ok: true; input: CouncilProfileInput } | { ok: false; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const input = {
    councilName: form.councilName,
    financialYearStartMonth: Number(form.financialYearStartMonth),
    reportingFrequency: form.reportingFrequency,
    localArea: splitLocalArea(form.localArea),
    ragGreenFromPercent: readNumber(
      form.ragGreenFromPercent,
      ['ragGreenFromPercent'],
      'the green band',
      issues,
    ),
    ragAmberFromPercent: readNumber(
      form.ragAmberFromPercent,
      ['ragAmberFromPercent'],
      'the amber band',
      issues,
    ),
    defaultSocialValueWeightingPercent: readNumber(
      form.defaultSocialValueWeightingPercent,
      ['defaultSocialValueWeightingPercent'],
      'the default weighting',
      issues,
    ),
    thresholds: form.thresholds.map((row, index) => {
      const amountPence = parseMoneyToPence(row.amount);
      if (amountPence === null) {
        issues.push({
          path: ['thresholds', index, 'amountPence'],
          message: `Enter the amount in row ${index + 1} in pounds, for example 214,904.00`,
        });
      }
      return {
        ...(row.id ? { id: row.id } : {}),
        kind: row.kind,
        category: row.category,
        vatBasis: row.vatBasis,
        amountPence: amountPence ?? Number.NaN,
        effectiveFrom: row.effectiveFrom,
      };
    }),
    strategicOutcomes: form.strategicOutcomes.map((row) => ({
      ...(row.id ? { id: row.id } : {}),
      name: row.name,
    })),
    version: form.version,
  };
  const parsed = councilProfileInputSchema.safeParse(input);
  if (parsed.success && issues.length === 0)
    return { ok: true, input: input as CouncilProfileInput };
  const schemaIssues = parsed.success
    ? []
    : parsed.error.issues.map((issue) => ({
        path: issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part)),
        message: issue.message,
      }));
  return { ok: false, issues: [...issues, ...schemaIssues] };
}
