// Contracts ending in the next six months, soonest first.

import type { Contract } from '../../../shared/contract';
import { formatPounds } from '../../../shared/money';
import { formatDate } from '../../format-date';
import { href } from '../../router';

export function EndingSoonTable({ contracts }: { contracts: readonly Contract[] }) {
  if (contracts.length === 0) return <p>No contracts end in the next six months.</p>;
  return (
    <table className="data-table wide-table">
      <caption className="visually-hidden">
        Contracts ending in the next six months, soonest first
      </caption>
      <thead>
        <tr>
          <th scope="col">Ends</th>
          <th scope="col">Contract</th>
          <th scope="col">Supplier</th>
          <th scope="col" className="numeric">
            Value
          </th>
        </tr>
      </thead>
      <tbody>
        {contracts.map((contract) => (
          <tr key={contract.id}>
            <td className="nowrap">{formatDate(contract.endDate)}</td>
            <td>
              <a href={href(`/contracts/${contract.id}`)}>{contract.reference}</a> {contract.title}
            </td>
            <td>
              <a href={href(`/suppliers/${contract.supplierId}`)}>{contract.supplierName}</a>
            </td>
            <td className="numeric">{formatPounds(contract.valuePence)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
