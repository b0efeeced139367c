// How to write a section's text: paragraphs, lists, bold and tables.

import { reportTextHelp } from '../../../shared/report-text';

export function ReportTextHelp({ id }: { id: string }) {
  return (
    <details className="report-text-help" id={id}>
      <summary>How to write lists, bold text and tables</summary>
      <ul className="plain-list">
        {reportTextHelp.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </details>
  );
}
