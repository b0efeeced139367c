// Choosing which version of the framework to see. A form with a button, not a select that jumps
// on change, so keyboard and screen reader users stay in control.

import { useState, type FormEvent } from 'react';
import type { FrameworkVersion } from '../../../shared/measures-framework';
import { formatDate } from '../../format-date';
import { navigate } from '../../router';
import { frameworkPath } from './framework-paths';

interface Props {
  versions: FrameworkVersion[];
  current: string;
}

export function VersionPicker({ versions, current }: Props) {
  const [chosen, setChosen] = useState(current);
  function show(event: FormEvent) {
    event.preventDefault();
    navigate(frameworkPath(chosen));
  }
  return (
    <form className="version-picker" onSubmit={show}>
      <label htmlFor="version-picker">Version</label>
      <select id="version-picker" value={chosen} onChange={(e) => setChosen(e.target.value)}>
        {versions.map((version) => (
          <option key={version.id} value={version.id}>
            {version.name}, from {formatDate(version.effectiveFrom)}
            {version.inForce ? ' (in force today)' : ''}
          </option>
        ))}
      </select>
      <button type="submit" className="button-secondary">
        Show
      </button>
    </form>
  );
}
