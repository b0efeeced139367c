// Import history (/imports/history): every file imported, latest first, with who imported it,
// when, and what it did; Undo takes a whole import back after the officer confirms, or says why
// it cannot (a record it wrote has changed since).

import { useEffect, useRef, useState } from 'react';
import type { ImportSummary } from '../../../shared/import-history';
import { call } from '../../api-client';
import { WhenLoaded } from '../../components/WhenLoaded';
import { formatMoment } from '../../format-date';
import { href } from '../../router';
import { useApi } from '../../use-api';

const kindLabels: Record<string, string> = { return: 'Supplier return', register: 'Register' };

export function ImportHistoryPage() {
  const [loaded, reload] = useApi('imports.list', {});
  return (
    <>
      <p className="caption">
        <a href={href('/imports')}>Imports</a>
      </p>
      <h1>Import history</h1>
      <WhenLoaded loaded={loaded} what="the import history">
        {(imports) =>
          imports.length === 0 ? (
            <p>Nothing has been imported yet.</p>
          ) : (
            <table className="data-table wide-table import-history">
              <caption className="visually-hidden">Every import, the latest first</caption>
              <thead>
                <tr>
                  <th scope="col">Imported</th>
                  <th scope="col">Kind</th>
                  <th scope="col">File</th>
                  <th scope="col">What it did</th>
                  <th scope="col">By</th>
                  <th scope="col">
                    <span className="visually-hidden">Undo</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {imports.map((entry) => (
                  <ImportRow key={entry.id} entry={entry} onUndone={reload} />
                ))}
              </tbody>
            </table>
          )
        }
      </WhenLoaded>
    </>
  );
}

function ImportRow({ entry, onUndone }: { entry: ImportSummary; onUndone(): void }) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const panel = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (confirming) panel.current?.focus();
  }, [confirming]);

  async function undo() {
    setBusy(true);
    setProblem(undefined);
    try {
      await call('imports.undo', { id: entry.id, version: entry.version });
      setConfirming(false);
      onUndone();
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <tr>
      <td className="nowrap">{formatMoment(entry.importedAt)}</td>
      <td>{kindLabels[entry.kind] ?? entry.kind}</td>
      <td className="break-anywhere">{entry.fileName}</td>
      <td>
        {entry.summary}
        {entry.undoneAt && (
          <p className="meta">
            Undone by {entry.undoneBy} on {formatMoment(entry.undoneAt)}
          </p>
        )}
      </td>
      <td>{entry.importedBy}</td>
      <td>
        {!entry.undoneAt && !confirming && (
          <button
            type="button"
            className="button-secondary button-small"
            onClick={() => setConfirming(true)}
          >
            Undo<span className="visually-hidden"> the import of {entry.fileName}</span>
          </button>
        )}
        {confirming && (
          <div
            className="confirm-panel"
            ref={panel}
            tabIndex={-1}
            role="group"
            aria-labelledby={`undo-${entry.id}`}
          >
            <h2 id={`undo-${entry.id}`}>Undo the import of {entry.fileName}?</h2>
            <p>Everything it added is taken out again, and anything it replaced is put back.</p>
            {problem && (
              <p className="error-message" role="alert">
                {problem}
              </p>
            )}
            <div className="button-row">
              <button
                type="button"
                className="button-warning"
                disabled={busy}
                onClick={() => void undo()}
              >
                {busy ? 'Undoing…' : 'Yes, undo the import'}
              </button>
              <button
                type="button"
                className="button-secondary"
                onClick={() => setConfirming(false)}
              >
                Cancel
              </button>
            </div>
          </div>
        )}
      </td>
    </tr>
  );
}
