// Home's social value panel: this financial year's committed £ against verified delivery, and
// how the commitments are rated, with the way to the full dashboard.

import { financialYearOf } from '../../../shared/financial-year';
import { formatPounds } from '../../../shared/money';
import { WhenLoaded } from '../../components/WhenLoaded';
import { todayIso } from '../../format-date';
import { useApi } from '../../use-api';
import { portfolioHref } from '../portfolio/portfolio-query';
import { RagCounts } from '../portfolio/RagCounts';
import { formatPercent } from '../social-value/figures';

export function SocialValuePanel({ financialYearStartMonth }: { financialYearStartMonth: number }) {
  const year = financialYearOf(todayIso(), financialYearStartMonth).label;
  const [loaded] = useApi('socialValue.portfolio', { period: year });
  return (
    <section aria-labelledby="home-social-value-title">
      <h2 id="home-social-value-title">Social value in {year}</h2>
      <WhenLoaded loaded={loaded} what="the social value figures">
        {({ headline, rag }) => (
          <>
            <div className="dashboard-columns">
              <dl className="summary-list">
                <div>
                  <dt>Committed for the year</dt>
                  <dd>{formatPounds(headline.committedPence)}</dd>
                </div>
                <div>
                  <dt>Delivered, verified</dt>
                  <dd>
                    {formatPounds(headline.verifiedPence)}{' '}
                    <span className="meta">
                      ({formatPercent(headline.verifiedPercent)} of committed)
                    </span>
                  </dd>
                </div>
              </dl>
              <RagCounts counts={rag} label={`Commitments by rating in ${year}`} />
            </div>
            <p>
              <a href={portfolioHref({ period: year })}>See the social value dashboard</a>
            </p>
          </>
        )}
      </WhenLoaded>
    </section>
  );
}
