// The case studies section of a contract's page, with a link to add one for the contract.

import { WhenLoaded } from '../../components/WhenLoaded';
import { href } from '../../router';
import { useApi } from '../../use-api';
import { CaseStudyTable } from './CaseStudyTable';

export function ContractCaseStudies({ contractId }: { contractId: string }) {
  const [studies] = useApi('caseStudies.list', { contractId });
  return (
    <section aria-labelledby="case-studies-title">
      <h2 id="case-studies-title">Case studies</h2>
      <WhenLoaded loaded={studies} what="the case studies">
        {(value) =>
          value.length === 0 ? (
            <p>No case studies for this contract yet.</p>
          ) : (
            <CaseStudyTable studies={value} showContract={false} />
          )
        }
      </WhenLoaded>
      <p>
        <a href={href('/case-studies/new', new URLSearchParams({ contractId }))}>
          Add a case study for this contract
        </a>
      </p>
    </section>
  );
}
