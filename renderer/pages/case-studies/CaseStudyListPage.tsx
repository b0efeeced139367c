// Every case study, or one contract's (?contractId=), with whether each may be published.

import { call } from '../../api-client';
import { ExportButton } from '../../components/ExportButton';
import { WhenLoaded } from '../../components/WhenLoaded';
import { href } from '../../router';
import type { PageProps } from '../../routes';
import { useApi } from '../../use-api';
import { CaseStudyTable } from './CaseStudyTable';

export function CaseStudyListPage({ query }: PageProps) {
  const contractId = query.get('contractId') ?? undefined;
  const [studies] = useApi('caseStudies.list', contractId ? { contractId } : {});
  const newQuery = contractId ? new URLSearchParams({ contractId }) : undefined;
  return (
    <>
      <div className="record-header">
        <h1>Case studies</h1>
        <p className="lead">
          The evidence behind the numbers: what contracts’ social value did, with pictures. Only
          case studies with consent to publish go into published reports.
        </p>
        <div className="button-row">
          <a className="button" href={href('/case-studies/new', newQuery)}>
            New case study
          </a>
          <ExportButton
            label="Export to Excel"
            onExport={() => call('exports.caseStudies', contractId ? { contractId } : {})}
          />
        </div>
      </div>
      <WhenLoaded loaded={studies} what="the case studies">
        {(value) => (
          <>
            {contractId && (
              <p className="list-notice">
                Only the case studies of contract {value[0]?.contractReference ?? 'chosen'}.{' '}
                <a href={href('/case-studies')}>Show every case study</a>
              </p>
            )}
            {value.length === 0 ? (
              <p>There are no case studies yet. Add the first with New case study.</p>
            ) : (
              <CaseStudyTable studies={value} />
            )}
          </>
        )}
      </WhenLoaded>
    </>
  );
}
