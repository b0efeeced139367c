// Every committee report, the latest meeting first, and the way to start a new one.

import type { ReportSummary } from '../../../shared/report';
import { WhenLoaded } from '../../components/WhenLoaded';
import { formatDate, formatMoment } from '../../format-date';
import { href } from '../../router';
import { useApi } from '../../use-api';

export function ReportListPage() {
  const [reports] = useApi('reports.list', {});
  return (
    <>
      <div className="record-header">
        <h1>Reports</h1>
        <p className="lead">
          Committee reports with figures taken from the workspace: scrutiny updates, cabinet reports
          and the annual social value report.
        </p>
        <div className="button-row">
          <a className="button" href={href('/reports/new')}>
            New report
          </a>
          <a className="button-secondary" href={href('/reports/templates')}>
            Templates
          </a>
          <a className="button-secondary" href={href('/reports/pack')}>
            Make a report pack
          </a>
        </div>
      </div>
      <WhenLoaded loaded={reports} what="the reports">
        {(value) => <ReportsTable reports={value} />}
      </WhenLoaded>
    </>
  );
}

function ReportsTable({ reports }: { reports: readonly ReportSummary[] }) {
  if (reports.length === 0) {
    return <p>There are no reports yet. Start one from a template with New report.</p>;
  }
  return (
    <table className="data-table wide-table">
      <caption className="visually-hidden">Reports, the latest meeting first</caption>
      <thead>
        <tr>
          <th scope="col">Title</th>
          <th scope="col">Committee</th>
          <th scope="col">Meeting date</th>
          <th scope="col">Template</th>
          <th scope="col">Updated</th>
        </tr>
      </thead>
      <tbody>
        {reports.map((report) => (
          <tr key={report.id}>
            <td>
              <a href={href(`/reports/${report.id}`)}>{report.title}</a>
            </td>
            <td>{report.committee}</td>
            <td className="nowrap">{formatDate(report.meetingDate)}</td>
            <td>{report.templateName ?? <span className="meta">None</span>}</td>
            <td>
              {formatMoment(report.updatedAt)} <span className="meta">by {report.updatedBy}</span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
