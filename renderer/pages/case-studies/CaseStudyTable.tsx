// Case studies as a table: title, contract, supplier, pictures and, in words, consent to publish.

import type { CaseStudySummary } from '../../../shared/case-study';
import { href } from '../../router';

interface Props {
  studies: readonly CaseStudySummary[];
  /** On a contract's page its own column says nothing new. */
  showContract?: boolean;
}

export function CaseStudyTable({ studies, showContract = true }: Props) {
  return (
    <table className="data-table wide-table">
      <caption className="visually-hidden">Case studies, by title</caption>
      <thead>
        <tr>
          <th scope="col">Case study</th>
          {showContract && <th scope="col">Contract</th>}
          <th scope="col">Supplier</th>
          <th scope="col" className="numeric">
            Pictures
          </th>
          <th scope="col">Consent to publish</th>
        </tr>
      </thead>
      <tbody>
        {studies.map((study) => (
          <tr key={study.id}>
            <td>
              <a href={href(`/case-studies/${study.id}`)}>{study.title}</a>
            </td>
            {showContract && (
              <td>
                {study.contractId && (
                  <a href={href(`/contracts/${study.contractId}`)}>{study.contractReference}</a>
                )}
              </td>
            )}
            <td>{study.supplierName}</td>
            <td className="numeric">{study.pictureCount}</td>
            <td>
              {study.consentToPublish ? (
                'Given'
              ) : (
                <strong className="tag tag-warning">Not given</strong>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
