// The contracts with the most committed, with what they delivered and how their commitments are
// rated; each links to its contract's page.

import type { TopContract } from '../../../shared/portfolio';
import { formatPounds } from '../../../shared/money';
import { ragRatings } from '../../../shared/social-value';
import { href } from '../../router';

/** "2 Green, 1 Grey": the ratings a contract's commitments have, in a few words. */
function ratings(contract: TopContract) {
  const rated = ragRatings.filter((rag) => contract.rag[rag] > 0);
  if (rated.length === 0) return <span className="meta">Not rated</span>;
  return (
    <span className="tags">
      {rated.map((rag) => (
        <span key={rag} className={`tag rag rag-${rag}`}>
          {contract.rag[rag]} {rag.charAt(0).toUpperCase() + rag.slice(1)}
        </span>
      ))}
    </span>
  );
}

export function TopContractsTable({ contracts }: { contracts: readonly TopContract[] }) {
  if (contracts.length === 0) return <p>No contracts have social value commitments here.</p>;
  return (
    <table className="data-table wide-table">
      <caption className="visually-hidden">
        The contracts with the most social value committed, with their delivery
      </caption>
      <thead>
        <tr>
          <th scope="col">Contract</th>
          <th scope="col">Supplier</th>
          <th scope="col" className="numeric">
            Committed
          </th>
          <th scope="col" className="numeric">
            Delivered, verified
          </th>
          <th scope="col" className="numeric">
            Delivered, submitted
          </th>
          <th scope="col">Ratings</th>
        </tr>
      </thead>
      <tbody>
        {contracts.map((contract) => (
          <tr key={contract.contractId}>
            <td>
              <a href={href(`/contracts/${contract.contractId}`)}>{contract.reference}</a>{' '}
              {contract.title}
            </td>
            <td>
              <a href={href(`/suppliers/${contract.supplierId}`)}>{contract.supplierName}</a>
            </td>
            <td className="numeric">{formatPounds(contract.committedPence)}</td>
            <td className="numeric">{formatPounds(contract.verifiedPence)}</td>
            <td className="numeric">{formatPounds(contract.submittedPence)}</td>
            <td>{ratings(contract)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
