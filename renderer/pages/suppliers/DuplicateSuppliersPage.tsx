// Likely duplicate suppliers (same company number, or the same name once "Ltd", case and
// punctuation are set aside), group by group: choose the one to keep and merge the others in.

import { useEffect, useRef, useState } from 'react';
import { formatPounds } from '../../../shared/money';
import type { Supplier } from '../../../shared/supplier';
import { call } from '../../api-client';
import { useDocumentTitle } from '../../components/RecordHeader';
import { WhenLoaded } from '../../components/WhenLoaded';
import { href } from '../../router';
import { useApi } from '../../use-api';

export function DuplicateSuppliersPage() {
  const [groups, reload] = useApi('suppliers.duplicates', {});
  const [merged, setMerged] = useState<Supplier>();
  useDocumentTitle('Likely duplicate suppliers');
  return (
    <>
      <p className="caption">
        <a href={href('/suppliers')}>Suppliers</a>
      </p>
      <h1>Likely duplicate suppliers</h1>
      <p className="lead">
        Suppliers with the same company number, or the same name once case, punctuation and endings
        such as Ltd, Limited and PLC are set aside. Merging moves the others' contracts to the one
        you keep and deletes them.
      </p>
      {merged && (
        <div className="notice-banner" role="status">
          <p>
            Merged into <a href={href(`/suppliers/${merged.id}`)}>{merged.name}</a>.
          </p>
        </div>
      )}
      <WhenLoaded loaded={groups} what="the likely duplicates">
        {(value) =>
          value.length === 0 ? (
            <p>No likely duplicates found.</p>
          ) : (
            value.map((group, index) => (
              <DuplicateGroup
                key={group.map((s) => s.id).join()}
                number={index + 1}
                group={group}
                onMerged={(supplier) => {
                  setMerged(supplier);
                  reload();
                }}
              />
            ))
          )
        }
      </WhenLoaded>
    </>
  );
}

/** The one with the most contracts, then the oldest, is the likeliest to keep. */
function likeliestKeeper(group: readonly Supplier[]): string {
  const [best] = [...group].sort(
    (a, b) => b.contractCount - a.contractCount || a.createdAt.localeCompare(b.createdAt),
  );
  return best?.id ?? '';
}

interface GroupProps {
  number: number;
  group: Supplier[];
  onMerged(kept: Supplier): void;
}

function DuplicateGroup({ number, group, onMerged }: GroupProps) {
  const [keepId, setKeepId] = useState(() => likeliestKeeper(group));
  const [mergeIds, setMergeIds] = useState(() => group.map((s) => s.id));
  const [confirming, setConfirming] = useState(false);
  const [merging, setMerging] = useState(false);
  const [problem, setProblem] = useState<string>();
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (confirming) panel.current?.focus();
  }, [confirming]);

  const keeper = group.find((s) => s.id === keepId);
  const mergedIn = group.filter((s) => s.id !== keepId && mergeIds.includes(s.id));
  const titleId = `duplicate-group-${number}`;

  async function merge() {
    setMerging(true);
    setProblem(undefined);
    try {
      const kept = await call('suppliers.merge', { keepId, mergeIds: mergedIn.map((s) => s.id) });
      onMerged(kept);
    } catch (error) {
      setMerging(false);
      setProblem(error instanceof Error ? error.message : String(error));
    }
  }

  return (
    <section aria-labelledby={titleId} className="duplicate-group">
      <h2 id={titleId}>
        {number}. {group[0]?.name}
        <span className="meta"> and {group.length - 1} more</span>
      </h2>
      <table className="data-table">
        <caption className="visually-hidden">
          Likely duplicates of {group[0]?.name}: choose the one to keep
        </caption>
        <thead>
          <tr>
            <th scope="col">Keep</th>
            <th scope="col">Merge in</th>
            <th scope="col">Name</th>
            <th scope="col">Company number</th>
            <th scope="col">Postcode</th>
            <th scope="col" className="numeric">
              Contracts
            </th>
            <th scope="col" className="numeric">
              Value
            </th>
          </tr>
        </thead>
        <tbody>
          {group.map((supplier) => {
            const kept = supplier.id === keepId;
            return (
              <tr key={supplier.id}>
                <td>
                  <input
                    type="radio"
                    name={`keep-${number}`}
                    checked={kept}
                    aria-label={`Keep ${supplier.name}`}
                    onChange={() => {
                      setKeepId(supplier.id);
                      setConfirming(false);
                    }}
                  />
                </td>
                <td>
                  <input
                    type="checkbox"
                    checked={!kept && mergeIds.includes(supplier.id)}
                    disabled={kept}
                    aria-label={`Merge ${supplier.name} in`}
                    onChange={(event) => {
                      setConfirming(false);
                      setMergeIds((ids) =>
                        event.target.checked
                          ? [...ids, supplier.id]
                          : ids.filter((id) => id !== supplier.id),
                      );
                    }}
                  />
                </td>
                <td>
                  <a href={href(`/suppliers/${supplier.id}`)}>{supplier.name}</a>
                </td>
                <td>{supplier.companyNumber ?? ''}</td>
                <td>{supplier.postcode ?? ''}</td>
                <td className="numeric">{supplier.contractCount.toLocaleString('en-GB')}</td>
                <td className="numeric">{formatPounds(supplier.contractValuePence)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {!confirming ? (
        <button
          type="button"
          className="button-secondary"
          disabled={mergedIn.length === 0}
          onClick={() => setConfirming(true)}
        >
          Merge<span className="visually-hidden"> group {number}</span>…
        </button>
      ) : (
        <div
          className="confirm-panel"
          role="region"
          aria-labelledby={`${titleId}-confirm`}
          tabIndex={-1}
          ref={panel}
        >
          <h3 id={`${titleId}-confirm`}>
            Merge {mergedIn.length} {mergedIn.length === 1 ? 'supplier' : 'suppliers'} into{' '}
            {keeper?.name}?
          </h3>
          <p>
            The contracts of {mergedIn.map((s) => s.name).join(', ')} move to {keeper?.name}, and
            {mergedIn.length === 1 ? ' it is' : ' they are'} deleted. Each change goes in the audit
            trail.
          </p>
          {problem && (
            <p className="error-message" role="alert">
              They were not merged. {problem}
            </p>
          )}
          <div className="button-row">
            <button type="button" className="button-warning" onClick={merge} disabled={merging}>
              {merging ? 'Merging…' : 'Yes, merge them'}
            </button>
            <button type="button" className="button-secondary" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
