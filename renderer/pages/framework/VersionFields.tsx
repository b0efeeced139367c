// The fields of a framework version: its name, the date it takes effect and notes.

import { DateField, TextAreaField, TextField } from '../../components/FormFields';
import { textFieldProps, type RecordFormState } from '../../components/use-record-form';
import { versionLabels, type VersionForm } from './version-form';

export function VersionFields({ state }: { state: RecordFormState<VersionForm> }) {
  const field = (name: keyof VersionForm) => textFieldProps(state, versionLabels, name);
  return (
    <>
      <TextField {...field('name')} className="input-wide" />
      <DateField
        {...field('effectiveFrom')}
        hint="Contracts starting on or after this date are offered this version's measures"
      />
      <TextAreaField {...field('notes')} hint="Optional: where it came from, who agreed it" />
    </>
  );
}
