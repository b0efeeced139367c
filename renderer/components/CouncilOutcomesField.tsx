// The council's strategic outcomes as checkboxes, for any record that serves some of them.

import type { StrategicOutcome } from '../../shared/council-profile';
import type { FormErrors } from '../form-errors';
import { href } from '../router';
import { CheckboxGroup } from './FormFields';

interface Props {
  name: string;
  label: string;
  hint: string;
  errors: FormErrors;
  outcomes: readonly StrategicOutcome[];
  values: readonly string[];
  onChange(values: string[]): void;
}

export function CouncilOutcomesField({ outcomes, ...field }: Props) {
  return (
    <CheckboxGroup
      {...field}
      options={outcomes.map((outcome) => ({ value: outcome.id, label: outcome.name }))}
      empty={
        <>
          The council has no outcomes yet. Add them in the{' '}
          <a href={href('/profile')}>council profile</a>.
        </>
      }
    />
  );
}
