// Adding a measure to an outcome (/framework/measures/new?version=ID&outcome=ID) or changing one
// (/framework/measures/:id/edit). The outcome can be any of the version's outcomes.

import type { CouncilProfile } from '../../../shared/council-profile';
import type { Framework, Measure } from '../../../shared/measures-framework';
import { call } from '../../api-client';
import { RecordForm } from '../../components/RecordForm';
import { useRecordForm } from '../../components/use-record-form';
import { both, WhenLoaded } from '../../components/WhenLoaded';
import { href, navigate } from '../../router';
import type { PageProps } from '../../routes';
import { useApi } from '../../use-api';
import { frameworkPath, measurePath } from './framework-paths';
import { emptyMeasureForm, measureFormToInput, measureToForm } from './measure-form';
import { MeasureFormFields } from './MeasureFormFields';

export function MeasureFormPage({ params, query }: PageProps) {
  if (params.id) return <EditMeasure id={params.id} />;
  return (
    <NewMeasure versionId={query.get('version') ?? ''} outcomeId={query.get('outcome') ?? ''} />
  );
}

function NewMeasure({ versionId, outcomeId }: { versionId: string; outcomeId: string }) {
  const [framework] = useApi('framework.get', versionId ? { id: versionId } : {});
  const [profile] = useApi('profile.get', {});
  return (
    <WhenLoaded loaded={both(framework, profile)} what="the framework">
      {([loadedFramework, loadedProfile]) => (
        <MeasureEditor framework={loadedFramework} profile={loadedProfile} outcomeId={outcomeId} />
      )}
    </WhenLoaded>
  );
}

function EditMeasure({ id }: { id: string }) {
  const [measure, reload] = useApi('measures.get', { id });
  return (
    <WhenLoaded loaded={measure} what="the measure">
      {(loaded) => <EditLoadedMeasure key={loaded.version} measure={loaded} onReload={reload} />}
    </WhenLoaded>
  );
}

function EditLoadedMeasure({ measure, onReload }: { measure: Measure; onReload(): void }) {
  const [framework] = useApi('framework.get', { id: measure.frameworkVersionId });
  const [profile] = useApi('profile.get', {});
  return (
    <WhenLoaded loaded={both(framework, profile)} what="the framework">
      {([loadedFramework, loadedProfile]) => (
        <MeasureEditor
          framework={loadedFramework}
          profile={loadedProfile}
          measure={measure}
          onReload={onReload}
        />
      )}
    </WhenLoaded>
  );
}

interface EditorProps {
  framework: Framework;
  profile: CouncilProfile;
  measure?: Measure;
  outcomeId?: string;
  onReload?: () => void;
}

function MeasureEditor({ framework, profile, measure, outcomeId = '', onReload }: EditorProps) {
  const state = useRecordForm({
    initial: measure ? measureToForm(measure) : emptyMeasureForm(outcomeId),
    toInput: measureFormToInput,
    save: (fields) =>
      measure
        ? call('measures.update', { id: measure.id, version: measure.version, fields })
        : call('measures.create', fields),
    onSaved: (saved) => navigate(measurePath(saved.id)),
  });
  return (
    <RecordForm
      state={state}
      noun="measure"
      caption={
        measure ? `Edit measure ${measure.code}` : `Measures framework: ${framework.version.name}`
      }
      title={measure ? measure.title : 'New measure'}
      submitLabel={measure ? 'Save changes' : 'Add measure'}
      cancelHref={href(measure ? measurePath(measure.id) : frameworkPath(framework.version.id))}
      onReload={onReload}
    >
      <MeasureFormFields
        state={state}
        themes={framework.themes}
        councilOutcomes={profile.strategicOutcomes}
      />
    </RecordForm>
  );
}
