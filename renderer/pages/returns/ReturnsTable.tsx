// A short list of returns as a table: period, status, when submitted, who verified and when.

import { formatDate, formatShortDate } from '../../format-date';
import type { ReturnSummary } from '../../../shared/social-value-return';
import { href } from '../../router';
import { dayOf } from '../social-value/figures';
import { ReturnStatusTag } from '../social-value/RagBadge';

export function ReturnsTable({
  returns,
  caption,
}: {
  returns: readonly ReturnSummary[];
  caption: string;
}) {
  return (
    <table className="data-table wide-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Period</th>
          <th scope="col">Status</th>
          <th scope="col">Submitted</th>
          <th scope="col">Verified</th>
          <th scope="col" className="numeric">
            Lines
          </th>
        </tr>
      </thead>
      <tbody>
        {returns.map((r) => (
          <tr key={r.id}>
            <td>
              <a href={href(`/returns/${r.id}`)}>{r.periodLabel}</a>
              <span className="meta">
                {' '}
                ({formatShortDate(r.periodStart)} to {formatShortDate(r.periodEnd)})
              </span>
            </td>
            <td>
              <ReturnStatusTag status={r.status} />
            </td>
            <td>
              {r.submittedAt ? (
                formatDate(dayOf(r.submittedAt))
              ) : (
                <span className="meta">Not yet</span>
              )}
            </td>
            <td>
              {r.verifiedBy && r.verifiedAt ? (
                `${r.verifiedBy}, ${formatDate(r.verifiedAt)}`
              ) : (
                <span className="meta">Not yet</span>
              )}
            </td>
            <td className="numeric">{r.lineCount}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
