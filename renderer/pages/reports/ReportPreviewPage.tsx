// #/reports/:id/preview: the report as it prints, on numbered A4 sheets with their running
// header and footer, the same sheets Print and Save as PDF produce, with its outputs above (the
// app's header and these buttons are left out of print); ?print=yes prints as soon as the sheets
// are laid out.

import { useCallback, useEffect, useMemo, useState } from 'react';
import { plural } from '../../../shared/plural';
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
  const [sheets, setSheets] = useState<number | null>(null);
  const pack = useMemo(() => ({ title: report.meta.title, documents: [report] }), [report]);
  useEffect(() => {
    document.title = `Preview: ${report.meta.title} – Social Value Tracker`;
  }, [report]);
  const paged = useCallback(
    (count: number) => {
      setSheets(count);
      if (printNow) window.print();
    },
    [printNow],
  );
  return (
    <>
      <p>
        <a href={href(`/reports/${id}`)}>Back to the report</a>
      </p>
      <h1>Preview: {report.meta.title}</h1>
      <p className="hint" aria-live="polite">
        {sheets === null
          ? 'Laying the report out on A4 pages…'
          : `${plural(sheets, 'A4 page')}, exactly as Print and Save as PDF produce them.`}
      </p>
      <div className="report-preview-toolbar">
        <ReportOutputs reportId={id} onPrint={() => window.print()} />
      </div>
      <div className="report-preview">
        <PrintedPack pack={pack} contents={false} onPaged={paged} />
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
