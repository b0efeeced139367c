// The directorate or service box, suggesting the ones already used on any record.

import { useApi } from '../use-api';
import type { FormErrors } from '../form-errors';
import { TextField } from './FormFields';

interface Props {
  label: string;
  value: string;
  onChange(value: string): void;
  errors: FormErrors;
}

export function DirectorateField({ label, value, onChange, errors }: Props) {
  const [directorates] = useApi('records.directorates', {});
  const suggestions = directorates.state === 'ready' ? directorates.value : [];
  return (
    <>
      <TextField
        name="directorate"
        label={label}
        hint="Choose one already in use, or type a new one."
        errors={errors}
        value={value}
        onChange={onChange}
        className="input-wide"
        list="directorate-suggestions"
        autoComplete="off"
      />
      <datalist id="directorate-suggestions">
        {suggestions.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
    </>
  );
}
