// What an import did (or, in a preview, would do): the counts, the skipped rows grouped by
// reason and listed (every one downloadable, with its cells, as a workbook to put right), the
// supplier matches and the warnings. Shared by the preview and summary.

import { useState } from 'react';
import type { RegisterImportReport } from '../../../shared/register-import';
import { call } from '../../api-client';
import { ExportButton } from '../../components/ExportButton';
import { SummaryList } from '../../components/SummaryList';
import { ImportIssuesTable } from '../framework/ImportIssuesTable';

const shownSkips = 100;
const number = (n: number) => n.toLocaleString('en-GB');

export function ImportCounts({ report, done }: { report: RegisterImportReport; done: boolean }) {
  const reasons = new Map<string, number>();
  for (const { kind } of report.skipped) reasons.set(kind, (reasons.get(kind) ?? 0) + 1);
  const rows = [
    { key: 'rows', label: 'Rows in the file', value: number(report.rows) },
    { key: 'imported', label: done ? 'Added' : 'To add', value: number(report.imported) },
    { key: 'updated', label: done ? 'Updated' : 'To update', value: number(report.updated) },
    { key: 'unchanged', label: 'Unchanged', value: number(report.unchanged) },
    {
      key: 'skipped',
      label: 'Skipped',
      value: (
        <>
          {number(report.skipped.length)}
          {reasons.size > 0 && (
            <ul className="plain-list register-import-reasons">
              {[...reasons].map(([kind, n]) => (
                <li key={kind}>
                  {kind}: {number(n)}
                </li>
              ))}
            </ul>
          )}
        </>
      ),
    },
    ...(report.kind === 'contracts'
      ? [
          {
            key: 'suppliers',
            label: 'Suppliers',
            value: `${number(report.suppliersMatched)} matched, ${number(report.suppliersCreated)} new`,
          },
        ]
      : []),
    ...(report.blankRows > 0
      ? [{ key: 'blank', label: 'Blank rows left out', value: number(report.blankRows) }]
      : []),
  ];
  return <SummaryList rows={rows} label="Import counts" />;
}

export function SkippedRows({ report, jobId }: { report: RegisterImportReport; jobId: string }) {
  const [reason, setReason] = useState('');
  if (report.skipped.length === 0) return null;
  const reasons = [...new Set(report.skipped.map((skip) => skip.kind))];
  const matching = reason ? report.skipped.filter((skip) => skip.kind === reason) : report.skipped;
  const shown = matching.slice(0, shownSkips);
  return (
    <details className="register-import-details">
      <summary>Skipped rows and why ({number(report.skipped.length)})</summary>
      <div className="field">
        <label htmlFor="skipped-reason">Show the rows skipped for</label>
        <select
          id="skipped-reason"
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        >
          <option value="">Every reason</option>
          {reasons.map((kind) => (
            <option key={kind} value={kind}>
              {kind}
            </option>
          ))}
        </select>
      </div>
      <table className="data-table wide-table">
        <caption className="visually-hidden">Rows left out of the import, and why</caption>
        <thead>
          <tr>
            <th scope="col">Row</th>
            <th scope="col">Reason</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((skip) => (
            <tr key={skip.row}>
              <td className="nowrap">{skip.row}</td>
              <td>{skip.reason}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {matching.length > shown.length && (
        <p className="meta">
          The first {shownSkips} of {number(matching.length)} are shown.
        </p>
      )}
      <p>
        The download has every skipped row, with its cells from the file and why it was left out:
        put them right there and import that file.
      </p>
      <ExportButton
        label="Download the skipped rows (.xlsx)"
        onExport={() => call('registerImport.skippedRows', { jobId })}
      />
    </details>
  );
}

export function ImportWarnings({ report }: { report: RegisterImportReport }) {
  if (report.warningCount === 0) return null;
  return (
    <details className="register-import-details">
      <summary>Worth checking ({number(report.warningCount)})</summary>
      <ImportIssuesTable issues={report.warnings} caption="Things worth checking" note="Note" />
      {report.warningCount > report.warnings.length && (
        <p className="meta">The first {report.warnings.length} are shown.</p>
      )}
    </details>
  );
}
