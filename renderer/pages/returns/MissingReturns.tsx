// Returns missing for periods that have ended: each contract with commitments and each period
// of its term with no return beyond a draft, the most overdue first, with a way to start it.

import type { MissingReturn } from '../../../shared/social-value-return';
import { call } from '../../api-client';
import { ExportButton } from '../../components/ExportButton';
import { WhenLoaded } from '../../components/WhenLoaded';
import { formatDate, formatShortDate } from '../../format-date';
import { href } from '../../router';
import { useApi } from '../../use-api';
import { useStartReturn } from './use-start-return';

export function MissingReturns() {
  const [loaded] = useApi('returns.missing', {});
  const start = useStartReturn();
  return (
    <WhenLoaded loaded={loaded} what="the missing returns">
      {(missing) => (
        <>
          <div className="list-summary-row">
            <p className="list-summary" role="status">
              {missing.total === 0
                ? `No returns are missing as at ${formatDate(missing.asOf)}.`
                : `${missing.total.toLocaleString('en-GB')} missing as at ${formatDate(missing.asOf)}${missing.total > missing.rows.length ? `: the ${missing.rows.length} most overdue are shown` : ''}`}
            </p>
            <ExportButton
              label="Export to Excel"
              onExport={() => call('exports.missingReturns', { asOf: missing.asOf })}
            />
          </div>
          {start.problem && (
            <p className="error-message" role="alert">
              The return was not started: {start.problem}
            </p>
          )}
          {missing.rows.length > 0 && (
            <table className="data-table wide-table">
              <caption className="visually-hidden">
                Returns missing for periods that have ended, the most overdue first
              </caption>
              <thead>
                <tr>
                  <th scope="col">Contract</th>
                  <th scope="col">Supplier</th>
                  <th scope="col">Period</th>
                  <th scope="col" className="numeric">
                    Days overdue
                  </th>
                  <th scope="col">
                    <span className="visually-hidden">Action</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {missing.rows.map((row) => (
                  <MissingRow
                    key={`${row.contractId}-${row.periodStart}`}
                    row={row}
                    busy={start.busy}
                    onStart={() => start.run(row.contractId, row.periodLabel)}
                  />
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </WhenLoaded>
  );
}

function MissingRow({
  row,
  busy,
  onStart,
}: {
  row: MissingReturn;
  busy: boolean;
  onStart(): void;
}) {
  return (
    <tr>
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
      <td>
        {row.draftReturnId ? (
          <a href={href(`/returns/${row.draftReturnId}`)}>
            Finish the draft
            <span className="visually-hidden">
              {' '}
              for {row.contractReference} {row.periodLabel}
            </span>
          </a>
        ) : (
          <button type="button" className="link-button" disabled={busy} onClick={onStart}>
            Start the return
            <span className="visually-hidden">
              {' '}
              for {row.contractReference} {row.periodLabel}
            </span>
          </button>
        )}
      </td>
    </tr>
  );
}
