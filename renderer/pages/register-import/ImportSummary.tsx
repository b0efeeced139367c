// After an import: what was added, updated, left unchanged and skipped (with reasons).

import { registerKindLabels, type RegisterImportReport } from '../../../shared/register-import';
import { href } from '../../router';
import { ImportCounts, ImportWarnings, SkippedRows } from './ImportCounts';

const listPaths = { contracts: '/contracts', exercises: '/exercises', suppliers: '/suppliers' };

export function ImportSummary({
  report,
  jobId,
  onAnother,
}: {
  report: RegisterImportReport;
  jobId: string;
  onAnother(): void;
}) {
  const what = registerKindLabels[report.kind].toLowerCase();
  return (
    <>
      <div className="notice-banner" role="status">
        <h2>{report.fileName} is imported</h2>
        <p>
          {report.imported.toLocaleString('en-GB')} {what} added and{' '}
          {report.updated.toLocaleString('en-GB')} updated.
        </p>
      </div>
      <ImportCounts report={report} done />
      <SkippedRows report={report} jobId={jobId} />
      <ImportWarnings report={report} />
      <div className="actions">
        <a className="button" href={href(listPaths[report.kind])}>
          See the {what}
        </a>
        <button type="button" className="button-secondary" onClick={onAnother}>
          Import another file
        </button>
      </div>
    </>
  );
}
