// The social value section of a contract's page: headline figures, the commitments against
// delivery with their RAG ratings, delivery by period as a chart, and the contract's returns.

import type { Contract } from '../../../shared/contract';
import type { ContractSocialValue as Figures } from '../../../shared/contract-social-value';
import { formatPounds } from '../../../shared/money';
import { ragLabels, ragRatings } from '../../../shared/social-value';
import { call } from '../../api-client';
import { ExportButton } from '../../components/ExportButton';
import { WhenLoaded } from '../../components/WhenLoaded';
import { formatDate } from '../../format-date';
import { href } from '../../router';
import { useApi } from '../../use-api';
import { CommitmentsTable } from './CommitmentsTable';
import { ContractReturns } from './ContractReturns';
import { DeliveryChart } from './DeliveryChart';
import { formatPercent } from './figures';

export function ContractSocialValue({ contract }: { contract: Contract }) {
  const [loaded] = useApi('contracts.socialValue', { id: contract.id });
  return (
    <section aria-labelledby="social-value-title" className="social-value">
      <div className="section-title-row">
        <h2 id="social-value-title">Social value</h2>
        <a className="button-secondary" href={href(`/contracts/${contract.id}/commitments/new`)}>
          Add a commitment
        </a>
      </div>
      <WhenLoaded loaded={loaded} what="the social value">
        {(figures) => <Details contract={contract} figures={figures} />}
      </WhenLoaded>
    </section>
  );
}

function Details({ contract, figures }: { contract: Contract; figures: Figures }) {
  const { totals } = figures;
  const rated = ragRatings.filter((rag) => totals.rag[rag] > 0);
  return (
    <>
      {figures.commitments.length === 0 ? (
        <p>
          No social value commitments are recorded for this contract yet. Add what the supplier
          promised in its bid, measure by measure.
        </p>
      ) : (
        <>
          <dl className="headline-figures" aria-label="Social value in figures">
            <div>
              <dt>Committed</dt>
              <dd>{formatPounds(totals.committedPence)}</dd>
              <dd className="meta">
                {formatPercent(totals.shareOfContractValue)} of the contract value
              </dd>
            </div>
            <div>
              <dt>Expected to date</dt>
              <dd>{formatPounds(totals.expectedPence)}</dd>
              <dd className="meta">as at {formatDate(figures.asOf)}</dd>
            </div>
            <div>
              <dt>Delivered, verified</dt>
              <dd>{formatPounds(totals.verifiedPence)}</dd>
              <dd className="meta">checked by an officer</dd>
            </div>
            <div>
              <dt>Delivered, as submitted</dt>
              <dd>{formatPounds(totals.submittedPence)}</dd>
              <dd className="meta">including lines not yet checked</dd>
            </div>
            <div>
              <dt>RAG</dt>
              <dd className="rag-counts">
                {rated.length === 0
                  ? 'None rated'
                  : rated.map((rag) => `${totals.rag[rag]} ${ragLabels[rag]}`).join(', ')}
              </dd>
            </div>
          </dl>
          <CommitmentsTable figures={figures} />
          <ExportButton
            label="Export commitments to Excel"
            onExport={() =>
              call('exports.commitments', { contractId: contract.id, asOf: figures.asOf })
            }
          />
          <DeliveryChart periods={figures.periods} asOf={figures.asOf} />
        </>
      )}
      <ContractReturns contract={contract} figures={figures} />
    </>
  );
}
