// The portfolio dashboard (/social-value): social value across the council's contracts, for all
// years or one financial year, for every directorate or one: headline figures, ratings, the
// share with local, SME and VCSE suppliers, committed against delivered by theme and over time,
// the top contracts and the missing returns. The filter is in the address.

import type { Portfolio } from '../../../shared/portfolio';
import { formatDate } from '../../format-date';
import type { PageProps } from '../../routes';
import { useApi } from '../../use-api';
import { AmountsChart } from './AmountsChart';
import { AmountsTable } from './AmountsTable';
import { MissingReturnsTable } from './MissingReturnsTable';
import { PortfolioFilters } from './PortfolioFilters';
import { PortfolioHeadline } from './PortfolioHeadline';
import { portfolioQueryOf } from './portfolio-query';
import { RagCounts } from './RagCounts';
import { SupplierSharesTable } from './SupplierSharesTable';
import { TopContractsTable } from './TopContractsTable';

function asAt(portfolio: Portfolio): string {
  const date = formatDate(portfolio.asOf);
  return portfolio.asOf === portfolio.period.end
    ? `${date}, the end of ${portfolio.period.label}`
    : date;
}

export function PortfolioPage({ query: params }: PageProps) {
  const query = portfolioQueryOf(params);
  const [loaded] = useApi('socialValue.portfolio', query);
  const portfolio = loaded.state === 'ready' ? loaded.value : undefined;
  return (
    <>
      <h1>Social value</h1>
      <p className="lead">
        What suppliers committed to on the council’s contracts, against what they delivered.
      </p>
      <PortfolioFilters query={query} years={portfolio?.years ?? []} />
      {loaded.state === 'failed' && (
        <div className="error-summary" role="alert">
          <h2>The figures could not be worked out</h2>
          <p>{loaded.message}</p>
        </div>
      )}
      {loaded.state === 'loading' && <p role="status">Adding up the figures…</p>}
      {portfolio && <Figures portfolio={portfolio} />}
    </>
  );
}

function Figures({ portfolio }: { portfolio: Portfolio }) {
  const { period } = portfolio;
  const where = portfolio.directorate ? `, ${portfolio.directorate}` : '';
  const overTime =
    portfolio.timeUnit === 'year' ? 'By financial year' : `By period in ${period.label}`;
  return (
    <div className="portfolio">
      <p className="portfolio-scope" role="status">
        {period.label}
        {where}: figures as at {asAt(portfolio)}.
      </p>
      <PortfolioHeadline portfolio={portfolio} />

      <div className="dashboard-columns">
        <section aria-labelledby="ratings-title">
          <h2 id="ratings-title">Ratings</h2>
          <RagCounts counts={portfolio.rag} label="Commitments by rating" />
        </section>
        <section aria-labelledby="shares-title">
          <h2 id="shares-title">Local, SME and VCSE share</h2>
          <SupplierSharesTable shares={portfolio.supplierShares} />
        </section>
      </div>

      <section aria-labelledby="themes-title">
        <h2 id="themes-title">By theme</h2>
        <div className="portfolio-pair">
          <AmountsTable
            rows={portfolio.byTheme}
            groupLabel="Theme"
            caption="Committed against delivered by theme"
          />
          <AmountsChart rows={portfolio.byTheme} title="Committed against delivered by theme" />
        </div>
      </section>

      <section aria-labelledby="time-title">
        <h2 id="time-title">{overTime}</h2>
        <div className="portfolio-pair">
          <AmountsTable
            rows={portfolio.byTime}
            groupLabel={portfolio.timeUnit === 'year' ? 'Financial year' : 'Period'}
            caption={`Committed against delivered, ${overTime.toLowerCase()}`}
          />
          <AmountsChart
            rows={portfolio.byTime}
            title={`Committed against delivered, ${overTime.toLowerCase()}`}
          />
        </div>
      </section>

      <section aria-labelledby="top-title">
        <h2 id="top-title">Top contracts</h2>
        <TopContractsTable contracts={portfolio.topContracts} />
      </section>

      <section aria-labelledby="missing-title">
        <h2 id="missing-title">Missing returns</h2>
        <MissingReturnsTable missing={portfolio.missingReturns} />
      </section>
    </div>
  );
}
