// The measures framework (/framework?version=ID): a version's themes > outcomes > measures, with
// a picker for the other versions, and the ways to change it: themes and outcomes edited in
// place, measures on their own pages, a new version copied or imported.

import { useState } from 'react';
import type { StrategicOutcome } from '../../../shared/council-profile';
import type { Framework, FrameworkVersion } from '../../../shared/measures-framework';
import { call } from '../../api-client';
import { ExportButton } from '../../components/ExportButton';
import { RecordHeader } from '../../components/RecordHeader';
import { both, WhenLoaded } from '../../components/WhenLoaded';
import { formatDate, formatMoment } from '../../format-date';
import { href } from '../../router';
import type { PageProps } from '../../routes';
import { useApi } from '../../use-api';
import { AddByName } from './NameForm';
import { ThemeSection } from './ThemeSection';
import { VersionPicker } from './VersionPicker';

export function FrameworkPage({ query }: PageProps) {
  const versionId = query.get('version');
  const [versions] = useApi('framework.versions', {});
  const [framework] = useApi('framework.get', versionId ? { id: versionId } : {});
  const [profile] = useApi('profile.get', {});
  return (
    <WhenLoaded loaded={both(both(versions, framework), profile)} what="the measures framework">
      {([[list, loaded], { strategicOutcomes }]) => (
        <FrameworkView
          key={`${loaded.version.id}:${loaded.version.version}`}
          versions={list}
          initial={loaded}
          councilOutcomes={strategicOutcomes}
        />
      )}
    </WhenLoaded>
  );
}

function versionFacts(version: FrameworkVersion): string {
  const count = `${version.measureCount} measure${version.measureCount === 1 ? '' : 's'}`;
  const state = version.inForce ? 'in force today' : '';
  return [`Takes effect from ${formatDate(version.effectiveFrom)}`, state, count]
    .filter(Boolean)
    .join(' · ');
}

interface ViewProps {
  versions: FrameworkVersion[];
  initial: Framework;
  councilOutcomes: StrategicOutcome[];
}

function FrameworkView({ versions, initial, councilOutcomes }: ViewProps) {
  const [framework, setFramework] = useState(initial);
  const { version, themes } = framework;
  const outcomeNames = new Map(councilOutcomes.map((outcome) => [outcome.id, outcome.name]));
  return (
    <>
      <RecordHeader caption="Measures framework" title={version.name}>
        <a className="button-secondary" href={href(`/framework/versions/new?from=${version.id}`)}>
          New version
        </a>
        <a className="button-secondary" href={href('/framework/import')}>
          Import framework
        </a>
        <a className="button-secondary" href={href(`/framework/versions/${version.id}/edit`)}>
          Change version details<span className="visually-hidden"> of {version.name}</span>
        </a>
        <ExportButton
          label="Export measures to Excel"
          onExport={() => call('exports.measures', { id: version.id })}
        />
      </RecordHeader>
      <p className="meta">
        {versionFacts(version)}. Last changed by {version.updatedBy} on{' '}
        {formatMoment(version.updatedAt)}.
      </p>
      {version.notes && <p className="pre-line framework-notes">{version.notes}</p>}
      {versions.length > 1 && <VersionPicker versions={versions} current={version.id} />}

      {themes.length === 0 && <p>This version has no themes yet. Add one below.</p>}
      {themes.map((theme, index) => (
        <ThemeSection
          key={theme.id}
          theme={theme}
          versionId={version.id}
          place={{ index, count: themes.length }}
          councilOutcomes={outcomeNames}
          onChange={setFramework}
        />
      ))}
      <AddByName
        openLabel="Add a theme"
        id="new-theme"
        label="Name of the new theme"
        submitLabel="Add theme"
        save={(name) => call('themes.create', { frameworkVersionId: version.id, name })}
        onSaved={setFramework}
      />
    </>
  );
}
