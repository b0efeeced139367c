// "Save this mapping as a profile": a name, then files with the same headings are matched the
// same way next time (the mapping is kept by heading, so columns may move).

import { useState, type FormEvent } from 'react';
import type {
  ColumnMapping,
  RegisterFileOutline,
  RegisterKind,
} from '../../../shared/register-import';
import { call } from '../../api-client';

interface Props {
  outline: RegisterFileOutline;
  kind: RegisterKind;
  mapping: ColumnMapping;
}

export function SaveMappingProfile({ outline, kind, mapping }: Props) {
  const [name, setName] = useState('');
  const [said, setSaid] = useState<{ ok: boolean; text: string }>();
  const [saving, setSaving] = useState(false);

  async function save(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    const headings = outline.columns.map((c) => c.heading);
    const byHeading = Object.fromEntries(
      Object.entries(mapping).flatMap(([field, index]) => {
        const heading = headings[index];
        return heading === undefined ? [] : [[field, heading]];
      }),
    );
    try {
      const profile = await call('importProfiles.save', {
        name,
        kind,
        headings,
        mapping: byHeading,
      });
      setSaid({
        ok: true,
        text: `Saved as the profile ${profile.name}: files with these headings will be matched this way.`,
      });
    } catch (error) {
      setSaid({ ok: false, text: (error as Error).message });
    } finally {
      setSaving(false);
    }
  }

  return (
    <details className="register-import-profile">
      <summary>Save this mapping as a profile</summary>
      <div className={said && !said.ok ? 'field field-error' : 'field'}>
        <label htmlFor="profile-name">Profile name</label>
        {said && !said.ok && (
          <p className="error-message" id="profile-name-error">
            {said.text}
          </p>
        )}
        <div className="inline-form">
          <input
            id="profile-name"
            className="input-name"
            value={name}
            aria-describedby={said && !said.ok ? 'profile-name-error' : undefined}
            onChange={(event) => setName(event.target.value)}
          />
          <button type="button" className="button-secondary" disabled={saving} onClick={save}>
            Save profile
          </button>
        </div>
      </div>
      {said?.ok && <p role="status">{said.text}</p>}
    </details>
  );
}
