// A framework version's name, effective date and notes as typed, and their conversion to the API
// input; used when copying a version, importing one and changing one.

import {
  frameworkVersionFieldsSchema,
  type FrameworkVersion,
  type FrameworkVersionInput,
} from '../../../shared/measures-framework';
import { FormReader, orNull, type Checked } from '../../components/form-input';

export interface VersionForm {
  name: string;
  effectiveFrom: string;
  notes: string;
}

export function versionToForm(version: FrameworkVersion): VersionForm {
  return { name: version.name, effectiveFrom: version.effectiveFrom, notes: version.notes ?? '' };
}

export function versionFormToInput(form: VersionForm): Checked<FrameworkVersionInput> {
  const read = new FormReader();
  const input = {
    name: form.name,
    effectiveFrom: read.requiredDate(
      form.effectiveFrom,
      'effectiveFrom',
      'the date it takes effect',
    ),
    notes: orNull(form.notes),
  };
  return read.check(frameworkVersionFieldsSchema, input);
}

export const versionLabels = {
  name: { label: 'Name of the version' },
  effectiveFrom: { label: 'Takes effect from' },
  notes: { label: 'Notes' },
};
