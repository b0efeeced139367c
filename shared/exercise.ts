// A procurement exercise (tender): from the pipeline to award, and whether social value applies.

import { z } from 'zod';
import {
  calendarDate,
  loadedVersion,
  optionalCalendarDate,
  optionalText,
  pence,
  percent,
  requiredText,
  uuid,
  whenPresent,
} from './schema-parts';

export const procurementCategories = ['goods', 'services', 'works'] as const;
export const exerciseStatuses = ['pipeline', 'live', 'evaluation', 'awarded', 'cancelled'] as const;
export const procurementRoutes = [
  'open',
  'competitive-flexible',
  'restricted',
  'framework-call-off',
  'dynamic-market',
  'direct-award',
  'quotation',
] as const;
export const socialValueApproaches = [
  'award-criterion',
  'contract-requirement',
  'not-applicable',
] as const;

export type ProcurementCategory = (typeof procurementCategories)[number];
export type ExerciseStatus = (typeof exerciseStatuses)[number];
export type ProcurementRoute = (typeof procurementRoutes)[number];
export type SocialValueApproach = (typeof socialValueApproaches)[number];

export const procurementCategoryLabels: Record<ProcurementCategory, string> = {
  goods: 'Goods',
  services: 'Services',
  works: 'Works',
};
export const exerciseStatusLabels: Record<ExerciseStatus, string> = {
  pipeline: 'Pipeline',
  live: 'Live',
  evaluation: 'Evaluation',
  awarded: 'Awarded',
  cancelled: 'Cancelled',
};
export const procurementRouteLabels: Record<ProcurementRoute, string> = {
  open: 'Open procedure',
  'competitive-flexible': 'Competitive flexible procedure',
  restricted: 'Restricted procedure',
  'framework-call-off': 'Call-off from a framework',
  'dynamic-market': 'Dynamic market or DPS',
  'direct-award': 'Direct award',
  quotation: 'Quotation (below threshold)',
};
export const socialValueApproachLabels: Record<SocialValueApproach, string> = {
  'award-criterion': 'Award criterion (weighted in evaluation)',
  'contract-requirement': 'Contract requirement',
  'not-applicable': 'Not applicable',
};

export const exerciseFieldsSchema = z
  .object({
    reference: requiredText('the reference', 50),
    title: requiredText('the title', 300),
    description: optionalText('the description', 5000),
    directorate: optionalText('the directorate or service', 200),
    leadOfficer: optionalText('the lead officer', 200),
    category: z.enum(procurementCategories, { error: 'Choose goods, services or works' }),
    procurementRoute: z
      .enum(procurementRoutes, { error: 'Choose a procurement route' })
      .nullish()
      .transform((v) => v ?? null),
    /** Estimated whole-life value, net of VAT. */
    estimatedValuePence: pence('the estimated value'),
    startDate: calendarDate,
    advertDate: optionalCalendarDate,
    tenderCloseDate: optionalCalendarDate,
    awardDecisionDate: optionalCalendarDate,
    contractStartDate: optionalCalendarDate,
    contractEndDate: optionalCalendarDate,
    status: z.enum(exerciseStatuses, { error: 'Choose a status' }).default('pipeline'),
    reservedToLocal: z.boolean().default(false),
    socialValueWeightingPercent: percent('The social value weighting')
      .nullish()
      .transform((v) => v ?? null),
    socialValueApproach: z
      .enum(socialValueApproaches, { error: 'Choose how social value is secured' })
      .nullish()
      .transform((v) => v ?? null),
    notApplicableReason: optionalText('the reason', 1000),
    targetedOutcomeIds: z.array(uuid).max(50).default([]),
  })
  .refine(
    (e) => !e.contractStartDate || !e.contractEndDate || e.contractEndDate >= e.contractStartDate,
    {
      path: ['contractEndDate'],
      message: 'The contract end date must be on or after its start date',
      when: whenPresent('contractStartDate', 'contractEndDate'),
    },
  )
  .refine((e) => e.socialValueApproach !== 'not-applicable' || e.notApplicableReason !== null, {
    path: ['notApplicableReason'],
    message: 'Say why social value does not apply',
    when: whenPresent('socialValueApproach'),
  });

export const exerciseUpdateSchema = z.object({
  id: uuid,
  version: loadedVersion,
  fields: exerciseFieldsSchema,
});

export type ExerciseFields = z.output<typeof exerciseFieldsSchema>;
export type ExerciseInput = z.input<typeof exerciseFieldsSchema>;

/** Whether the exercise is in scope, and why, as computed from the thresholds in force. */
export interface Scope {
  act: boolean;
  local: boolean;
  reasons: string[];
}

export interface Exercise extends ExerciseFields {
  id: string;
  scope: Scope;
  /** The contract made when it was awarded. */
  contractId: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  updatedBy: string;
}
