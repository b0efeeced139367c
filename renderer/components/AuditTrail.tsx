// A record's audit trail: when, who and what, newest first; a change to a part of the record (a
// return's line) is headed by the part.

import type { AuditEntry, AuditedTable } from '../../shared/audit';
import { formatMoment } from '../format-date';
import { useApi } from '../use-api';
import { auditLines, auditPart } from './audit-lines';
import type { FieldDescription } from './record-fields';

interface Props {
  table: AuditedTable;
  id: string;
  /** Descriptions keyed by stored column. */
  columns: Readonly<Record<string, FieldDescription>>;
}

/** Newest first (as the API gives them); entries of the same moment keep the API's order. */
function newestFirst(entries: readonly AuditEntry[]): AuditEntry[] {
  return [...entries].sort((a, b) => b.changedAt.localeCompare(a.changedAt));
}

export function AuditTrail({ table, id, columns }: Props) {
  const [history] = useApi('audit.history', { table, id });
  return (
    <section aria-labelledby="audit-title">
      <h2 id="audit-title">Audit trail</h2>
      {history.state === 'loading' && <p role="status">Loading the audit trail…</p>}
      {history.state === 'failed' && (
        <p className="error-message" role="alert">
          The audit trail could not be loaded: {history.message}
        </p>
      )}
      {history.state === 'ready' && (
        <table className="data-table audit-table">
          <caption className="visually-hidden">Every change to this record, newest first</caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Who</th>
              <th scope="col">What</th>
            </tr>
          </thead>
          <tbody>
            {newestFirst(history.value).map((entry) => {
              const lines = auditLines(entry, columns);
              const part = auditPart(entry);
              return (
                <tr key={entry.id}>
                  <td className="nowrap">{formatMoment(entry.changedAt)}</td>
                  <td>{entry.officer}</td>
                  <td>
                    {part && <span className="audit-part">{part}</span>}
                    {lines.length === 1 && !part ? (
                      lines[0]
                    ) : (
                      <ul className="plain-list">
                        {lines.map((line) => (
                          <li key={line}>{line}</li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
