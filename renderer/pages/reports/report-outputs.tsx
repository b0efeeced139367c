// A saved report's outputs: the preview (the printed page), print, and the files to save: PDF,
// Word and the Excel appendix. Used on the report's editor and on its preview.

import { ExportButton } from '../../components/ExportButton';
import { call } from '../../api-client';
import { href } from '../../router';

interface Props {
  reportId: string;
  /** On the preview itself: Print prints this page; elsewhere it opens the preview to print. */
  onPrint?: () => void;
}

export function ReportOutputs({ reportId, onPrint }: Props) {
  const request = { reportId };
  return (
    <div className="report-outputs" role="group" aria-label="Report outputs">
      {onPrint ? (
        <button type="button" className="button" onClick={onPrint}>
          Print
        </button>
      ) : (
        <>
          <a className="button-secondary" href={href(`/reports/${reportId}/preview`)}>
            Preview
          </a>
          <a
            className="button-secondary"
            href={href(`/reports/${reportId}/preview`, new URLSearchParams({ print: 'yes' }))}
          >
            Print
          </a>
        </>
      )}
      <ExportButton label="Save as PDF" onExport={() => call('reportOutputs.pdf', request)} />
      <ExportButton label="Word (.docx)" onExport={() => call('reportOutputs.docx', request)} />
      <ExportButton label="Excel appendix" onExport={() => call('reportOutputs.xlsx', request)} />
    </div>
  );
}
