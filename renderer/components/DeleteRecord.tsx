// Delete, with a confirmation panel in the page naming the record; afterwards the officer is
// taken to the list, where a banner offers to undo it. Refusals (a supplier holding contracts)
// are shown with the backend's reason.

import { useEffect, useRef, useState } from 'react';
import { AppError } from '../../shared/result';
import { navigate } from '../router';
import { showNotice } from './notice';
import { listPath, recordKinds, recordPath, type RecordKind } from './record-kinds';

interface Props {
  kind: RecordKind;
  id: string;
  version: number;
  /** How the record is named to the officer, e.g. the supplier's name or a reference. */
  name: string;
  onReload(): void;
  /** Where to go once deleted (the undo is offered there); the kind's list by default. */
  listPath?: string;
  /** The record's page, shown again after an undo; the kind's record page by default. */
  recordPath?: string;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function DeleteRecord({ kind, id, version, name, onReload, ...paths }: Props) {
  const { noun, remove, restore } = recordKinds[kind];
  const [confirming, setConfirming] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [problem, setProblem] = useState<{ message: string; conflict: boolean }>();
  const panel = useRef<HTMLDivElement>(null);
  const opener = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (confirming) panel.current?.focus();
  }, [confirming]);

  function cancel() {
    setConfirming(false);
    setProblem(undefined);
    // The button is back once the panel is gone.
    setTimeout(() => opener.current?.focus());
  }

  async function confirm() {
    setDeleting(true);
    setProblem(undefined);
    try {
      await remove(id, version);
    } catch (error) {
      setDeleting(false);
      const conflict = error instanceof AppError && error.code === 'conflict';
      setProblem({
        message: error instanceof Error ? error.message : String(error),
        conflict,
      });
      return;
    }
    const list = paths.listPath ?? listPath(kind);
    showNotice({
      path: list,
      text: `${capitalise(noun)} ${name} deleted.`,
      undo: {
        what: `deleting ${noun} ${name}`,
        run: async () => {
          await restore(id);
          const page = paths.recordPath ?? recordPath(kind, id);
          showNotice({ path: page, text: `${capitalise(noun)} ${name} restored.` });
          navigate(page);
        },
      },
    });
    navigate(list);
  }

  if (!confirming) {
    return (
      <button
        type="button"
        className="button-warning"
        ref={opener}
        onClick={() => setConfirming(true)}
      >
        Delete
      </button>
    );
  }
  return (
    <div
      className="confirm-panel"
      role="region"
      aria-labelledby="confirm-delete-title"
      tabIndex={-1}
      ref={panel}
    >
      <h2 id="confirm-delete-title">
        Delete {noun} {name}?
      </h2>
      <p>
        It goes from the lists, the dashboard and reports. Its audit trail is kept, and you can undo
        the delete straight afterwards.
      </p>
      {problem && (
        <p className="error-message" role="alert">
          It was not deleted. {problem.message}
        </p>
      )}
      <div className="button-row">
        {!problem && (
          <button type="button" className="button-warning" onClick={confirm} disabled={deleting}>
            {deleting ? 'Deleting…' : `Yes, delete this ${noun}`}
          </button>
        )}
        {problem?.conflict && (
          <button
            type="button"
            className="button"
            onClick={() => {
              cancel();
              onReload();
            }}
          >
            Reload the {noun}
          </button>
        )}
        <button type="button" className="button-secondary" onClick={cancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
