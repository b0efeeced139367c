// A contract: what was awarded, to whom, for how much and for how long.

import { z } from 'zod';
import { procurementCategories } from './exercise';
import type { Scope } from './exercise';
import {
  calendarDate,
  loadedVersion,
  optionalText,
  pence,
  requiredText,
  uuid,
  whenPresent,
} from './schema-parts';

export const contractStatuses = ['not-started', 'active', 'ended', 'terminated'] as const;
export type ContractStatus = (typeof contractStatuses)[number];
export const contractStatusLabels: Record<ContractStatus, string> = {
  'not-started': 'Not started',
  active: 'Active',
  ended: 'Ended',
  terminated: 'Terminated early',
};

export const contractFieldsSchema = z
  .object({
    reference: requiredText('the reference', 50),
    title: requiredText('the title', 300),
    supplierId: z
      .string({ error: 'Choose the supplier' })
      .min(1, { error: 'Choose the supplier' })
      .pipe(uuid),
    exerciseId: uuid.nullish().transform((v) => v ?? null),
    category: z.enum(procurementCategories, { error: 'Choose goods, services or works' }),
    /** Whole-life value, net of VAT. */
    valuePence: pence('the whole-life value'),
    annualValuePence: pence('the annual value')
      .nullish()
      .transform((v) => v ?? null),
    startDate: calendarDate,
    endDate: calendarDate,
    extensionOptions: optionalText('the extension options', 500),
    contractManager: optionalText('the contract manager', 200),
    directorate: optionalText('the directorate or service', 200),
    status: z.enum(contractStatuses, { error: 'Choose a status' }).default('active'),
  })
  .refine((c) => c.endDate >= c.startDate, {
    path: ['endDate'],
    message: 'The end date must be on or after the start date',
    when: whenPresent('startDate', 'endDate'),
  });

export const contractUpdateSchema = z.object({
  id: uuid,
  version: loadedVersion,
  fields: contractFieldsSchema,
});

export type ContractFields = z.output<typeof contractFieldsSchema>;
export type ContractInput = z.input<typeof contractFieldsSchema>;

export interface Contract extends ContractFields {
  id: string;
  supplierName: string;
  supplierLocal: boolean;
  supplierSme: boolean;
  supplierVcse: boolean;
  exerciseReference: string | null;
  scope: Scope;
  version: number;
  createdAt: string;
  updatedAt: string;
  updatedBy: string;
}
