// A new framework version, copied from another (/framework/versions/new?from=ID), or a version's
// name, date and notes changed (/framework/versions/:id/edit), where it can also be deleted.

import type { FrameworkVersion } from '../../../shared/measures-framework';
import { call } from '../../api-client';
import { DeleteRecord } from '../../components/DeleteRecord';
import { Field } from '../../components/Field';
import { RecordForm } from '../../components/RecordForm';
import { useRecordForm } from '../../components/use-record-form';
import { WhenLoaded } from '../../components/WhenLoaded';
import { formatDate } from '../../format-date';
import { href, navigate } from '../../router';
import type { PageProps } from '../../routes';
import { useApi } from '../../use-api';
import { frameworkPath } from './framework-paths';
import { versionFormToInput, versionToForm } from './version-form';
import { VersionFields } from './VersionFields';

export function VersionFormPage({ params, query }: PageProps) {
  const [versions, reload] = useApi('framework.versions', {});
  return (
    <WhenLoaded loaded={versions} what="the framework versions">
      {(list) => {
        const editing = params.id ? list.find((v) => v.id === params.id) : undefined;
        if (params.id && !editing) {
          return <p>That framework version does not exist, or has been deleted.</p>;
        }
        return editing ? (
          <EditVersion key={editing.version} version={editing} onReload={reload} />
        ) : (
          <NewVersion versions={list} copyFrom={query.get('from') ?? undefined} />
        );
      }}
    </WhenLoaded>
  );
}

const versionLabel = (version: FrameworkVersion) =>
  `${version.name}, from ${formatDate(version.effectiveFrom)}${version.inForce ? ' (in force)' : ''}`;

function NewVersion({ versions, copyFrom }: { versions: FrameworkVersion[]; copyFrom?: string }) {
  const first = versions.find((v) => v.id === copyFrom) ?? versions.find((v) => v.inForce);
  const state = useRecordForm({
    initial: { name: '', effectiveFrom: '', notes: '', copyFromId: first?.id ?? '' },
    toInput: ({ copyFromId, ...form }) => {
      const checked = versionFormToInput(form);
      return checked.ok ? { ok: true, input: { ...checked.input, copyFromId } } : checked;
    },
    save: (input) => call('framework.createVersion', input),
    onSaved: (saved) => navigate(frameworkPath(saved.id)),
  });
  return (
    <RecordForm
      state={state}
      noun="framework version"
      caption="Measures framework"
      title="New version of the framework"
      submitLabel="Make the new version"
      cancelHref={href(frameworkPath(first?.id))}
    >
      <p className="lead">
        The new version starts as a copy of another: its themes, outcomes, measures and proxy
        values. Change it afterwards. Commitments already made keep the measures and values they
        were made with.
      </p>
      <Field id="field-copyFromId" label="Copy from">
        {(control) => (
          <select
            {...control}
            value={state.form.copyFromId}
            onChange={(event) => state.set('copyFromId', event.target.value)}
          >
            {versions.map((version) => (
              <option key={version.id} value={version.id}>
                {versionLabel(version)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <VersionFields state={state} />
    </RecordForm>
  );
}

function EditVersion({ version, onReload }: { version: FrameworkVersion; onReload(): void }) {
  const state = useRecordForm({
    initial: versionToForm(version),
    toInput: versionFormToInput,
    save: (fields) =>
      call('framework.updateVersion', { id: version.id, version: version.version, fields }),
    onSaved: (saved) => navigate(frameworkPath(saved.id)),
  });
  return (
    <>
      <RecordForm
        state={state}
        noun="framework version"
        caption="Measures framework"
        title={`Change ${version.name}`}
        submitLabel="Save changes"
        cancelHref={href(frameworkPath(version.id))}
        onReload={onReload}
      >
        <VersionFields state={state} />
      </RecordForm>
      <section aria-labelledby="delete-version-title" className="form-section">
        <h2 id="delete-version-title">Delete this version</h2>
        <p>
          Only a version no contract uses can be deleted, and never the last one. Its themes,
          outcomes and measures go with it.
        </p>
        <DeleteRecord
          kind="framework-versions"
          id={version.id}
          version={version.version}
          name={version.name}
          onReload={onReload}
          listPath="/framework"
          recordPath="/framework"
        />
      </section>
    </>
  );
}
