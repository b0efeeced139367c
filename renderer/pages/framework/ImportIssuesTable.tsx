// The problems or warnings found in an imported file: where (row and column), the value, and
// what is wrong, in the order the file has them.

import type { ImportIssue } from '../../../shared/framework-import';

interface Props {
  issues: ImportIssue[];
  caption: string;
  /** The heading of the message column: "Problem" or "Note". */
  note: string;
  /** Show the sheet too (a workbook of several sheets). */
  withSheet?: boolean;
}

export function ImportIssuesTable({ issues, caption, note, withSheet = false }: Props) {
  return (
    <table className="data-table wide-table import-issues">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {withSheet && <th scope="col">Sheet</th>}
          <th scope="col">Row</th>
          <th scope="col">Column</th>
          <th scope="col">Value</th>
          <th scope="col">{note}</th>
        </tr>
      </thead>
      <tbody>
        {issues.map((issue, index) => (
          <tr key={index}>
            {withSheet && <td className="nowrap">{issue.sheet}</td>}
            <td className="nowrap">{issue.row ?? 'Whole file'}</td>
            <td>{issue.column ?? ''}</td>
            <td className="break-anywhere">
              {issue.value ?? (issue.column && <span className="meta nowrap">(blank)</span>)}
            </td>
            <td>{issue.message}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
