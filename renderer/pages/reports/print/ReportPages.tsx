// One report as printed pages: the cover heading and details box like the councils' own reports,
// then the numbered sections. Page size, margins, the running header and "Page N of M" come from
// the print styles (report-page-styles.ts), so the preview and the PDF are the same page.

import { longDate } from '../../../../shared/calendar-date';
import type { ReportDocument } from '../../../../shared/report-document';
import { numberSections, numberedHeading } from '../../../../shared/report-numbering';
import { ReportBlockView } from './ReportBlockView';

function details(meta: ReportDocument['meta']): [string, string][] {
  return [
    ['Report of', meta.reportOf],
    ['Lead member', meta.leadMember],
    ['Report author', meta.author],
    ['Author contact details', meta.contact],
    ['Ward(s) affected', meta.wardsAffected],
    ['Key decision', meta.keyDecision ? 'Yes' : 'No'],
    ['Classification', meta.classification],
    ['Report version number', meta.version],
    ['Period covered', meta.periodCovered],
  ];
}

interface Props {
  document: ReportDocument;
  /** The named page (report-page-styles.ts) carrying this report's running header. */
  pageName: string;
}

export function ReportPages({ document, pageName }: Props) {
  const { meta } = document;
  return (
    <article className="report-document" data-page-name={pageName}>
      <header className="report-cover">
        <p className="report-council">{meta.councilName}</p>
        <p className="report-committee">{meta.committee}</p>
        <p className="report-meeting-date">{longDate(meta.meetingDate)}</p>
        <h1 className="report-title">{meta.title}</h1>
        <dl className="report-details">
          {details(meta)
            .filter(([, value]) => value.trim() !== '')
            .map(([label, value]) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ))}
        </dl>
      </header>
      {numberSections(document.sections).map((section, index) => (
        <section key={index} className="report-section">
          <h2 className="report-heading">{numberedHeading(section)}</h2>
          {section.blocks.map((numbered, blockIndex) => (
            <ReportBlockView key={blockIndex} {...numbered} />
          ))}
        </section>
      ))}
    </article>
  );
}
