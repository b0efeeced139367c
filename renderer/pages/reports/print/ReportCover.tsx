// The top of a report's first page, like the councils' own reports: council, committee, meeting
// date, title, and the details box.

import { longDate } from '../../../../shared/calendar-date';
import { reportDetails } from '../../../../shared/report-cells';
import type { ReportMeta } from '../../../../shared/report-document';

export function ReportCover({ meta }: { meta: ReportMeta }) {
  return (
    <header className="report-cover">
      <p className="report-council">{meta.councilName}</p>
      <p className="report-committee">{meta.committee}</p>
      <p className="report-meeting-date">{longDate(meta.meetingDate)}</p>
      <h1 className="report-title">{meta.title}</h1>
      <dl className="report-details">
        {reportDetails(meta).map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </header>
  );
}
