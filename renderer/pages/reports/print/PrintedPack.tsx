// Reports as printed: an optional contents page, then each report on its own pages. Each part
// is marked (data-print-part) so the PDF printer can count its pages and fill in the contents.

import { longDate } from '../../../../shared/calendar-date';
import type { ReportPack } from '../../../../shared/report-document';
import { reportPageName, useReportPageStyles } from './page-styles';
import { ReportPages } from './ReportPages';

interface Props {
  pack: ReportPack;
  contents: boolean;
}

function ContentsPage({ pack }: { pack: ReportPack }) {
  return (
    <section className="report-contents" data-print-part={-1}>
      <h1 className="report-title">{pack.title}</h1>
      <table className="report-table">
        <caption className="report-caption">Contents</caption>
        <thead>
          <tr>
            <th scope="col">Report</th>
            <th scope="col">Committee and date</th>
            <th scope="col" className="report-number">
              Page
            </th>
          </tr>
        </thead>
        <tbody>
          {pack.documents.map((document, index) => (
            <tr key={index}>
              <td>{document.meta.title}</td>
              <td>
                {document.meta.committee}, {longDate(document.meta.meetingDate)}
              </td>
              <td className="report-number" data-start-of={index} />
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function PrintedPack({ pack, contents }: Props) {
  useReportPageStyles(pack.documents);
  return (
    <>
      {contents && <ContentsPage pack={pack} />}
      {pack.documents.map((document, index) => (
        <div key={index} className="report-part" data-print-part={index}>
          <ReportPages document={document} pageName={reportPageName(index)} />
        </div>
      ))}
    </>
  );
}
