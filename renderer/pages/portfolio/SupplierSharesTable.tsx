// How much of the contract value goes to local suppliers, SMEs and VCSEs.

import type { Portfolio } from '../../../shared/portfolio';
import { formatPounds } from '../../../shared/money';
import { formatPercent } from '../social-value/figures';

export function SupplierSharesTable({ shares }: { shares: Portfolio['supplierShares'] }) {
  const rows = [
    { label: 'Local suppliers', pence: shares.localPence, percent: shares.localPercent },
    {
      label: 'Small and medium-sized enterprises',
      pence: shares.smePence,
      percent: shares.smePercent,
    },
    {
      label: 'Voluntary, community and social enterprises',
      pence: shares.vcsePence,
      percent: shares.vcsePercent,
    },
  ];
  return (
    <>
      <p>
        Of {formatPounds(shares.totalPence)}, the whole-life value of{' '}
        {shares.contracts.toLocaleString('en-GB')}{' '}
        {shares.contracts === 1 ? 'contract' : 'contracts'}.
      </p>
      <table className="data-table">
        <caption className="visually-hidden">Contract value by kind of supplier</caption>
        <thead>
          <tr>
            <th scope="col">Supplier</th>
            <th scope="col" className="numeric">
              Contract value
            </th>
            <th scope="col" className="numeric">
              Share
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              <td className="numeric">{formatPounds(row.pence)}</td>
              <td className="numeric">{formatPercent(row.percent)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
