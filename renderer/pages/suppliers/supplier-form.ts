// The supplier form's state (text as typed) and its conversion to the API input, checked with
// the schema the backend uses.

import { supplierFieldsSchema, type Supplier, type SupplierInput } from '../../../shared/supplier';
import { FormReader, orNull, type Checked } from '../../components/form-input';

export interface SupplierForm {
  name: string;
  companyNumber: string;
  charityNumber: string;
  address: string;
  postcode: string;
  localOverride: string;
  size: string;
  vcse: boolean;
  vcseType: string;
  realLivingWage: boolean;
  realLivingWageSince: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
}

export const emptySupplierForm: SupplierForm = {
  name: '',
  companyNumber: '',
  charityNumber: '',
  address: '',
  postcode: '',
  localOverride: 'derived',
  size: '',
  vcse: false,
  vcseType: '',
  realLivingWage: false,
  realLivingWageSince: '',
  contactName: '',
  contactEmail: '',
  contactPhone: '',
};

export function supplierToForm(supplier: Supplier): SupplierForm {
  return {
    name: supplier.name,
    companyNumber: supplier.companyNumber ?? '',
    charityNumber: supplier.charityNumber ?? '',
    address: supplier.address ?? '',
    postcode: supplier.postcode ?? '',
    localOverride: supplier.localOverride,
    size: supplier.size ?? '',
    vcse: supplier.vcse,
    vcseType: supplier.vcseType ?? '',
    realLivingWage: supplier.realLivingWage,
    realLivingWageSince: supplier.realLivingWageSince ?? '',
    contactName: supplier.contactName ?? '',
    contactEmail: supplier.contactEmail ?? '',
    contactPhone: supplier.contactPhone ?? '',
  };
}

export function supplierFormToInput(form: SupplierForm): Checked<SupplierInput> {
  const input = {
    name: form.name,
    companyNumber: orNull(form.companyNumber),
    charityNumber: orNull(form.charityNumber),
    address: orNull(form.address),
    postcode: orNull(form.postcode),
    localOverride: form.localOverride as SupplierInput['localOverride'],
    size: (orNull(form.size) as SupplierInput['size']) ?? null,
    vcse: form.vcse,
    // Only a VCSE has a type, and only an accredited employer a date: hidden boxes send nothing.
    vcseType: form.vcse ? ((orNull(form.vcseType) as SupplierInput['vcseType']) ?? null) : null,
    realLivingWage: form.realLivingWage,
    realLivingWageSince: form.realLivingWage ? orNull(form.realLivingWageSince) : null,
    contactName: orNull(form.contactName),
    contactEmail: orNull(form.contactEmail),
    contactPhone: orNull(form.contactPhone),
  };
  return new FormReader().check(supplierFieldsSchema, input);
}
