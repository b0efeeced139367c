// #/reports/:id/preview: the report as it prints, on an A4-wide sheet with the printed margins,
// fonts and tables, with its outputs above. Print uses the same page (the app's header and these
// buttons are left out of print); ?print=yes prints as soon as the report is on the page.

import { useEffect } from 'react';
import { runningHeader } from '../../../shared/report-cells';
import type { ReportDocument } from '../../../shared/report-document';
import { WhenLoaded } from '../../components/WhenLoaded';
import { href } from '../../router';
import type { PageProps } from '../../routes';
import { useApi } from '../../use-api';
import { PrintedPack } from './print/PrintedPack';
import { ReportOutputs } from './report-outputs';

function Preview({
  id,
  report,
  printNow,
}: {
  id: string;
  report: ReportDocument;
  printNow: boolean;
}) {
  useEffect(() => {
    document.title = `Preview: ${report.meta.title} – Social Value Tracker`;
    if (printNow) window.print();
  }, [report, printNow]);
  return (
    <>
      <p>
        <a href={href(`/reports/${id}`)}>Back to the report</a>
      </p>
      <h1>Preview: {report.meta.title}</h1>
      <p className="hint">
        This is the printed page: A4, with the committee and date at the top of every page and page
        numbers at the foot (they appear in print and in the PDF).
      </p>
      <div className="report-preview-toolbar">
        <ReportOutputs reportId={id} onPrint={() => window.print()} />
      </div>
      <div className="report-preview">
        <div className="report-sheet">
          <p className="report-sheet-header" aria-hidden="true">
            {runningHeader(report.meta)}
          </p>
          <PrintedPack pack={{ title: report.meta.title, documents: [report] }} contents={false} />
        </div>
      </div>
    </>
  );
}

export function ReportPreviewPage({ params, query }: PageProps) {
  const id = params.id ?? '';
  const [loaded] = useApi('reports.document', { reportId: id });
  return (
    <WhenLoaded loaded={loaded} what="the report">
      {(report) => <Preview id={id} report={report} printNow={query.get('print') === 'yes'} />}
    </WhenLoaded>
  );
}
