// A supplier: who the council buys from, and what makes it local, an SME or a VCSE.

import { z } from 'zod';
import {
  loadedVersion,
  optionalCalendarDate,
  optionalText,
  requiredText,
  uuid,
  whenPresent,
} from './schema-parts';
import { normalisePostcode } from './supplier-rules';

export const supplierSizes = ['micro', 'small', 'medium', 'large'] as const;
export const vcseTypes = [
  'charity',
  'community-interest-company',
  'social-enterprise',
  'co-operative',
  'mutual',
  'other',
] as const;
/** Whether an officer has overruled the local flag that the postcode gives. */
export const localOverrides = ['derived', 'local', 'not-local'] as const;

export type SupplierSize = (typeof supplierSizes)[number];
export type VcseType = (typeof vcseTypes)[number];
export type LocalOverride = (typeof localOverrides)[number];

export const supplierSizeLabels: Record<SupplierSize, string> = {
  micro: 'Micro (fewer than 10 staff)',
  small: 'Small (10 to 49 staff)',
  medium: 'Medium (50 to 249 staff)',
  large: 'Large (250 staff or more)',
};
export const vcseTypeLabels: Record<VcseType, string> = {
  charity: 'Charity',
  'community-interest-company': 'Community interest company',
  'social-enterprise': 'Social enterprise',
  'co-operative': 'Co-operative',
  mutual: 'Mutual',
  other: 'Other voluntary or community organisation',
};
export const localOverrideLabels: Record<LocalOverride, string> = {
  derived: 'From the postcode',
  local: 'Local, whatever the postcode',
  'not-local': 'Not local, whatever the postcode',
};

export const supplierFieldsSchema = z
  .object({
    name: requiredText('the supplier name'),
    companyNumber: optionalText('the company number', 20),
    charityNumber: optionalText('the charity number', 20),
    address: optionalText('the address', 500),
    postcode: optionalText('the postcode', 10).transform((text, ctx) => {
      if (text === null) return null;
      const postcode = normalisePostcode(text);
      if (postcode === null) {
        ctx.issues.push({
          code: 'custom',
          input: text,
          message: 'Enter a UK postcode in full, for example LE1 6ZG',
        });
        return z.NEVER;
      }
      return postcode;
    }),
    localOverride: z
      .enum(localOverrides, { error: 'Choose how local is decided' })
      .default('derived'),
    size: z
      .enum(supplierSizes, { error: 'Choose a size' })
      .nullish()
      .transform((v) => v ?? null),
    vcse: z.boolean().default(false),
    vcseType: z
      .enum(vcseTypes, { error: 'Choose a type' })
      .nullish()
      .transform((v) => v ?? null),
    realLivingWage: z.boolean().default(false),
    realLivingWageSince: optionalCalendarDate,
    contactName: optionalText('the contact name'),
    contactEmail: z
      .union([z.literal(''), z.email({ error: 'Enter an email address like name@example.org' })])
      .nullish()
      .transform((value) => value || null),
    contactPhone: optionalText('the phone number', 40),
  })
  .refine((supplier) => supplier.vcse || supplier.vcseType === null, {
    path: ['vcseType'],
    message: 'A VCSE type is only for voluntary, community and social enterprises',
    when: whenPresent('vcseType'),
  })
  .refine((supplier) => supplier.realLivingWage || supplier.realLivingWageSince === null, {
    path: ['realLivingWageSince'],
    message: 'Leave the accreditation date blank unless the supplier is accredited',
    when: whenPresent('realLivingWageSince'),
  });

export const supplierCreateSchema = supplierFieldsSchema;
export const supplierUpdateSchema = z.object({
  id: uuid,
  version: loadedVersion,
  fields: supplierFieldsSchema,
});

export type SupplierFields = z.output<typeof supplierFieldsSchema>;
export type SupplierInput = z.input<typeof supplierFieldsSchema>;

export interface Supplier extends SupplierFields {
  id: string;
  /** Local by the postcode and the council's local area, unless overridden. */
  local: boolean;
  sme: boolean;
  contractCount: number;
  contractValuePence: number;
  version: number;
  createdAt: string;
  updatedAt: string;
  updatedBy: string;
}
