// The preview: what the import would do (counts, skipped rows with reasons, supplier matches,
// the first rows), then Import, which writes it all in one transaction, or back to the mapping.

import { useState } from 'react';
import {
  registerKindLabels,
  type RegisterImportReport,
  type RowAction,
} from '../../../shared/register-import';
import { call } from '../../api-client';
import { ImportCounts, ImportWarnings, SkippedRows } from './ImportCounts';

interface Props {
  jobId: string;
  preview: RegisterImportReport;
  onImported(report: RegisterImportReport): void;
  onBack(): void;
}

const actionLabels: Record<RowAction, string> = {
  add: 'Add',
  update: 'Update',
  unchanged: 'Unchanged',
};

export function ImportPreviewStep({ jobId, preview, onImported, onBack }: Props) {
  const [importing, setImporting] = useState(false);
  const [problem, setProblem] = useState<string>();
  const writes = preview.imported + preview.updated;
  const what = registerKindLabels[preview.kind].toLowerCase();

  async function confirm() {
    setImporting(true);
    setProblem(undefined);
    try {
      onImported(await call('registerImport.confirm', { jobId }));
    } catch (error) {
      setProblem((error as Error).message);
      setImporting(false);
    }
  }

  return (
    <>
      <h2>What importing {preview.fileName} will do</h2>
      {preview.errors.length > 0 && (
        <div className="error-summary" role="alert">
          <h2>The file cannot be imported</h2>
          {preview.errors.map((error) => (
            <p key={error}>{error}</p>
          ))}
        </div>
      )}
      {problem && (
        <div className="error-summary" role="alert">
          <h2>There is a problem</h2>
          <p>{problem}</p>
        </div>
      )}
      <p role="status">Nothing has been written yet.</p>
      <ImportCounts report={preview} done={false} />
      <div className="actions">
        {preview.errors.length === 0 && (
          <button
            type="button"
            className="button"
            disabled={importing || writes === 0}
            onClick={confirm}
          >
            {importing ? 'Importing…' : `Import ${writes.toLocaleString('en-GB')} ${what}`}
          </button>
        )}
        <button type="button" className="button-secondary" disabled={importing} onClick={onBack}>
          Change the column matches
        </button>
      </div>
      {importing && (
        <p role="status" className="register-import-progress">
          <progress aria-label="Importing" /> Writing the rows in one go…
        </p>
      )}
      <SkippedRows report={preview} jobId={jobId} />
      <ImportWarnings report={preview} />
      {preview.supplierMatches.length > 0 && (
        <details className="register-import-details">
          <summary>Suppliers matched and new ({preview.supplierMatches.length} shown)</summary>
          <table className="data-table wide-table">
            <caption className="visually-hidden">How each supplier in the file was matched</caption>
            <thead>
              <tr>
                <th scope="col">Row</th>
                <th scope="col">Supplier in the file</th>
                <th scope="col">Matched</th>
              </tr>
            </thead>
            <tbody>
              {preview.supplierMatches.map((match) => (
                <tr key={`${match.row}-${match.name}`}>
                  <td>{match.row}</td>
                  <td>{match.name}</td>
                  <td>
                    {match.by === 'new' ? 'New supplier' : `${match.supplierName}, by ${match.by}`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
      {preview.sample.length > 0 && (
        <table className="data-table wide-table register-import-sample">
          <caption>The first rows</caption>
          <thead>
            <tr>
              <th scope="col">Row</th>
              <th scope="col">{preview.kind === 'suppliers' ? 'Company number' : 'Reference'}</th>
              <th scope="col">{preview.kind === 'suppliers' ? 'Name' : 'Title'}</th>
              <th scope="col">Action</th>
            </tr>
          </thead>
          <tbody>
            {preview.sample.map((row) => (
              <tr key={row.row}>
                <td>{row.row}</td>
                <td>{row.reference}</td>
                <td>{row.title}</td>
                <td>{actionLabels[row.action]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
