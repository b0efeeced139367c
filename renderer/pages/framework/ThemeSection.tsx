// One theme of a version: its heading and actions, each outcome with its measures, and a form
// to add another outcome.

import type { Framework, Theme } from '../../../shared/measures-framework';
import { call } from '../../api-client';
import { href } from '../../router';
import { GroupHeading, type Place } from './GroupHeading';
import { MeasuresTable } from './MeasuresTable';
import { AddByName } from './NameForm';

interface Props {
  theme: Theme;
  versionId: string;
  place: Place;
  councilOutcomes: ReadonlyMap<string, string>;
  onChange(framework: Framework): void;
}

export function ThemeSection({ theme, versionId, place, councilOutcomes, onChange }: Props) {
  const titleId = `theme-${theme.id}`;
  return (
    <section className="framework-theme" aria-labelledby={titleId}>
      <GroupHeading
        kind="themes"
        group={theme}
        versionId={versionId}
        place={place}
        heading={(name) => <h2 id={titleId}>{name}</h2>}
        onChange={onChange}
      />
      {theme.outcomes.length === 0 && <p className="meta">No outcomes yet.</p>}
      {theme.outcomes.map((outcome, index) => (
        <div className="framework-outcome" key={outcome.id}>
          <GroupHeading
            kind="outcomes"
            group={outcome}
            versionId={versionId}
            place={{ index, count: theme.outcomes.length }}
            heading={(name) => <h3 id={`outcome-${outcome.id}`}>{name}</h3>}
            onChange={onChange}
          />
          <MeasuresTable
            measures={outcome.measures}
            caption={`Measures for ${outcome.name}`}
            councilOutcomes={councilOutcomes}
          />
          <p className="add-measure">
            <a href={href(`/framework/measures/new?version=${versionId}&outcome=${outcome.id}`)}>
              Add a measure<span className="visually-hidden"> to {outcome.name}</span>
            </a>
          </p>
        </div>
      ))}
      <AddByName
        openLabel={`Add an outcome to ${theme.name}`}
        id={`new-outcome-${theme.id}`}
        label={`Name of the new outcome in ${theme.name}`}
        submitLabel="Add outcome"
        save={(name) => call('outcomes.create', { themeId: theme.id, name })}
        onSaved={onChange}
      />
    </section>
  );
}
