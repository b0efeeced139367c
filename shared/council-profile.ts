// The council profile: who the council is and the rules its data is judged by.
// One per workspace; it travels with the data.

import { z } from 'zod';
import { localAreaEntryProblem, normaliseAreaEntry } from './postcode-area';
import { calendarDate, loadedVersion, percent, uuid, whenPresent } from './schema-parts';

export const thresholdKinds = ['statutory', 'local'] as const;
export const thresholdCategories = ['goods', 'services', 'works', 'all'] as const;
export const vatBases = ['gross', 'net'] as const;
export const reportingFrequencies = ['monthly', 'quarterly', 'half-yearly', 'annual'] as const;
export type ReportingFrequency = (typeof reportingFrequencies)[number];

export const thresholdKindLabels: Record<(typeof thresholdKinds)[number], string> = {
  statutory: 'Statutory (Social Value Act)',
  local: 'Local policy',
};
export const thresholdCategoryLabels: Record<(typeof thresholdCategories)[number], string> = {
  goods: 'Goods',
  services: 'Services',
  works: 'Works',
  all: 'All categories',
};
export const vatBasisLabels: Record<(typeof vatBases)[number], string> = {
  gross: 'Including VAT',
  net: 'Excluding VAT',
};

export const thresholdSchema = z.object({
  id: uuid.optional(),
  kind: z.enum(thresholdKinds, { error: 'Choose statutory or local policy' }),
  category: z.enum(thresholdCategories, { error: 'Choose a category' }),
  vatBasis: z.enum(vatBases, { error: 'Choose including or excluding VAT' }),
  amountPence: z
    .number({ error: 'Enter an amount in pounds' })
    .int({ error: 'Enter an amount in pounds and pence' })
    .positive({ error: 'Enter an amount above £0' })
    .max(1e15, { error: 'Enter a smaller amount' }),
  effectiveFrom: calendarDate,
});

export const strategicOutcomeSchema = z.object({
  id: uuid.optional(),
  name: z
    .string()
    .trim()
    .min(1, { error: 'Enter the outcome, or remove the row' })
    .max(200, { error: 'Keep the outcome under 200 characters' }),
});

export const councilProfileInputSchema = z
  .object({
    councilName: z
      .string({ error: 'Enter the council name' })
      .trim()
      .min(1, { error: 'Enter the council name' })
      .max(200, { error: 'Keep the council name under 200 characters' }),
    financialYearStartMonth: z
      .number({ error: 'Choose the month the financial year starts' })
      .int()
      .min(1, { error: 'Choose a month' })
      .max(12, { error: 'Choose a month' }),
    reportingFrequency: z.enum(reportingFrequencies, {
      error: 'Choose how often suppliers report',
    }),
    localArea: z
      .array(
        z
          .string()
          .transform(normaliseAreaEntry)
          .superRefine((entry, ctx) => {
            const problem = localAreaEntryProblem(entry);
            if (problem) ctx.addIssue({ code: 'custom', message: problem });
          }),
      )
      .max(500, { error: 'List at most 500 postcode areas and districts' }),
    ragGreenFromPercent: percent('The green band'),
    ragAmberFromPercent: percent('The amber band'),
    defaultSocialValueWeightingPercent: percent('The default weighting'),
    strategicOutcomes: z
      .array(strategicOutcomeSchema)
      .max(50, { error: 'List at most 50 outcomes' })
      .superRefine((outcomes, ctx) => {
        const seen = new Set<string>();
        outcomes.forEach((outcome, index) => {
          const key = outcome.name.toLowerCase();
          if (seen.has(key)) {
            ctx.addIssue({
              code: 'custom',
              path: [index, 'name'],
              message: `"${outcome.name}" is listed twice`,
            });
          }
          seen.add(key);
        });
      }),
    thresholds: z
      .array(thresholdSchema)
      .min(1, { error: 'Keep at least one threshold' })
      .max(200, { error: 'List at most 200 thresholds' })
      .superRefine((thresholds, ctx) => {
        const seen = new Set<string>();
        thresholds.forEach((threshold, index) => {
          const key = `${threshold.kind}|${threshold.category}|${threshold.effectiveFrom}`;
          if (seen.has(key)) {
            ctx.addIssue({
              code: 'custom',
              path: [index, 'effectiveFrom'],
              message: 'Another threshold of this kind and category starts on the same date',
            });
          }
          seen.add(key);
        });
      }),
    version: loadedVersion,
  })
  .refine((profile) => profile.ragAmberFromPercent < profile.ragGreenFromPercent, {
    path: ['ragAmberFromPercent'],
    message: 'The amber band must start below the green band',
    // Checked even when other fields are wrong, so every problem shows on the first save.
    when: whenPresent('ragAmberFromPercent', 'ragGreenFromPercent'),
  });

export type CouncilProfileInput = z.input<typeof councilProfileInputSchema>;
export type CouncilProfileValues = z.output<typeof councilProfileInputSchema>;
export type Threshold = z.output<typeof thresholdSchema> & { id: string };
export type StrategicOutcome = { id: string; name: string };

export interface CouncilProfile extends Omit<
  CouncilProfileValues,
  'thresholds' | 'strategicOutcomes'
> {
  id: string;
  thresholds: Threshold[];
  strategicOutcomes: StrategicOutcome[];
  updatedAt: string;
  updatedBy: string;
}

/** What a new workspace starts with; every figure is the council's to change. */
export const defaultCouncilProfile: Omit<CouncilProfileValues, 'version'> = {
  councilName: 'Your council',
  financialYearStartMonth: 4,
  reportingFrequency: 'quarterly',
  localArea: [],
  ragGreenFromPercent: 90,
  ragAmberFromPercent: 60,
  defaultSocialValueWeightingPercent: 10,
  strategicOutcomes: [
    'Clean and Green',
    'Great Communities',
    'Improved Opportunities',
    'Strong Economy, Transport and Infrastructure',
    'Safe and Well',
  ].map((name) => ({ name })),
  thresholds: [
    // Sub-central authorities' thresholds for goods and services, including VAT.
    ...(['goods', 'services'] as const).flatMap((category) =>
      (
        [
          [21_347_700, '2022-01-01'],
          [21_490_400, '2024-01-01'],
          [20_772_000, '2026-01-01'],
        ] as const
      ).map(([amountPence, effectiveFrom]) => ({
        kind: 'statutory' as const,
        category,
        vatBasis: 'gross' as const,
        amountPence,
        effectiveFrom,
      })),
    ),
    {
      kind: 'statutory',
      category: 'works',
      vatBasis: 'gross',
      amountPence: 537_260_900,
      effectiveFrom: '2024-01-01',
    },
    {
      kind: 'local',
      category: 'all',
      vatBasis: 'net',
      amountPence: 5_000_000,
      effectiveFrom: '2022-04-01',
    },
  ],
};
