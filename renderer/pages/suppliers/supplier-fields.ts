// A supplier's fields as officers see them: labels and formats for the form, the summary list
// and the audit trail.

import {
  localOverrideLabels,
  supplierSizeLabels,
  vcseTypeLabels,
  type SupplierFields,
} from '../../../shared/supplier';
import {
  byColumn,
  choice,
  date,
  yesNo,
  type FieldDescription,
} from '../../components/record-fields';

export const supplierFields: Record<keyof SupplierFields, FieldDescription> = {
  name: { label: 'Name' },
  companyNumber: { label: 'Company number' },
  charityNumber: { label: 'Charity number' },
  address: { label: 'Address' },
  postcode: { label: 'Postcode' },
  localOverride: { label: 'Local decided', format: choice(localOverrideLabels) },
  size: { label: 'Size', format: choice(supplierSizeLabels) },
  vcse: { label: 'Voluntary, community or social enterprise (VCSE)', format: yesNo },
  vcseType: { label: 'VCSE type', format: choice(vcseTypeLabels) },
  realLivingWage: { label: 'Real Living Wage employer', format: yesNo },
  realLivingWageSince: { label: 'Accredited since', format: date },
  contactName: { label: 'Contact name' },
  contactEmail: { label: 'Contact email' },
  contactPhone: { label: 'Contact phone' },
};

/** By stored column, with the working columns the workspace keeps beside them. */
export const supplierColumns: Record<string, FieldDescription> = {
  ...byColumn(supplierFields),
  local: { label: 'Local', format: yesNo },
  name_key: { label: 'Name key', hidden: true },
};
