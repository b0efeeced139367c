// A theme's or outcome's heading with what can be done to it in place: rename, move up or down,
// and delete (with undo; refused, with the reason, while it holds measures).

import { useState, type ReactNode } from 'react';
import type { Framework } from '../../../shared/measures-framework';
import { call } from '../../api-client';
import { showNotice } from '../../components/notice';
import { groupCalls, type GroupKind } from './group-calls';
import { NameForm } from './NameForm';

export interface Place {
  index: number;
  count: number;
}

interface Props {
  kind: GroupKind;
  group: { id: string; name: string; version: number };
  versionId: string;
  place: Place;
  /** The heading element, holding the name. */
  heading(name: ReactNode): ReactNode;
  onChange(framework: Framework): void;
}

export function GroupHeading({ kind, group, versionId, place, heading, onChange }: Props) {
  const calls = groupCalls[kind];
  const [renaming, setRenaming] = useState(false);
  const [problem, setProblem] = useState<string>();
  // One change at a time: a second click must not act on the places the first is changing.
  const [busy, setBusy] = useState(false);
  const named = <span className="visually-hidden"> {`${calls.noun} ${group.name}`}</span>;

  async function run(work: () => Promise<Framework>) {
    setProblem(undefined);
    setBusy(true);
    try {
      onChange(await work());
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  }

  const remove = () =>
    run(async () => {
      await calls.remove(group.id, group.version);
      showNotice({
        path: '/framework',
        text: `The ${calls.noun} ${group.name} was deleted.`,
        undo: {
          what: `deleting ${calls.noun} ${group.name}`,
          run: async () => onChange(await calls.restore(group.id)),
        },
      });
      return call('framework.get', { id: versionId });
    });

  if (renaming) {
    return (
      <>
        {heading(group.name)}
        <NameForm
          id={`rename-${group.id}`}
          label={`New name for the ${calls.noun} ${group.name}`}
          initial={group.name}
          submitLabel="Save name"
          save={(name) => calls.rename(group.id, group.version, name)}
          onSaved={(framework) => {
            setRenaming(false);
            onChange(framework);
          }}
          onCancel={() => setRenaming(false)}
        />
      </>
    );
  }
  return (
    <div className="group-heading">
      {heading(group.name)}
      <div className="group-actions">
        <button type="button" className="link-button" onClick={() => setRenaming(true)}>
          Rename{named}
        </button>
        {place.index > 0 && (
          <button
            type="button"
            className="link-button"
            disabled={busy}
            onClick={() => run(() => calls.move(group.id, place.index - 1))}
          >
            Move up{named}
          </button>
        )}
        {place.index < place.count - 1 && (
          <button
            type="button"
            className="link-button"
            disabled={busy}
            onClick={() => run(() => calls.move(group.id, place.index + 1))}
          >
            Move down{named}
          </button>
        )}
        <button type="button" className="link-button" disabled={busy} onClick={remove}>
          Delete{named}
        </button>
      </div>
      {problem && (
        <p className="error-message group-problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
