// The first of the returns that are due and not in, the most overdue first, each linking to its
// contract (where the return is started) and supplier; then the way to the full list.

import type { MissingReturn } from '../../../shared/social-value-return';
import { formatShortDate } from '../../format-date';
import { href } from '../../router';

export function MissingReturnsTable({
  missing,
}: {
  missing: { total: number; rows: readonly MissingReturn[] };
}) {
  if (missing.total === 0) return <p>No returns are missing.</p>;
  const all = href('/returns', new URLSearchParams({ view: 'missing' }));
  return (
    <>
      <p>
        {missing.total.toLocaleString('en-GB')} {missing.total === 1 ? 'return is' : 'returns are'}{' '}
        due and not in
        {missing.total > missing.rows.length && `; the ${missing.rows.length} most overdue:`}
      </p>
      <table className="data-table wide-table">
        <caption className="visually-hidden">Missing returns, the most overdue first</caption>
        <thead>
          <tr>
            <th scope="col">Contract</th>
            <th scope="col">Supplier</th>
            <th scope="col">Period</th>
            <th scope="col" className="numeric">
              Days overdue
            </th>
          </tr>
        </thead>
        <tbody>
          {missing.rows.map((row) => (
            <tr key={`${row.contractId}-${row.periodStart}`}>
              <td>
                <a href={href(`/contracts/${row.contractId}`)}>{row.contractReference}</a>{' '}
                {row.contractTitle}
              </td>
              <td>
                <a href={href(`/suppliers/${row.supplierId}`)}>{row.supplierName}</a>
              </td>
              <td className="nowrap">
                {row.periodLabel}
                <br />
                <span className="meta">ended {formatShortDate(row.periodEnd)}</span>
              </td>
              <td className="numeric">{row.daysOverdue.toLocaleString('en-GB')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <a href={all}>All missing returns</a>
      </p>
    </>
  );
}
