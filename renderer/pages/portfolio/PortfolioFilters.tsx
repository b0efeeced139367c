// The dashboard's filters: the financial year (the years with commitments, or all) and the
// directorate. Each choice goes to the address, so Back and a shared link give the same figures.

import { allYears, type PortfolioQuery } from '../../../shared/portfolio';
import { useDirectorateOptions } from '../../components/use-directorate-options';
import { showPortfolio } from './portfolio-query';

interface Props {
  query: PortfolioQuery;
  /** The years with commitments, the latest first. */
  years: readonly string[];
}

/** The options, with the current value kept even when it is not one of them. */
function withCurrent(values: readonly string[], current: string | null | undefined): string[] {
  return current && !values.includes(current) ? [current, ...values] : [...values];
}

export function PortfolioFilters({ query, years }: Props) {
  const directorates = useDirectorateOptions().map((option) => option.value);
  const go = (change: PortfolioQuery) => showPortfolio({ ...query, ...change });
  const period = query.period ?? allYears;
  return (
    <form
      className="list-filters"
      aria-label="Filter the figures"
      onSubmit={(e) => e.preventDefault()}
    >
      <div className="list-filter">
        <label htmlFor="portfolio-period">Financial year</label>
        <select
          id="portfolio-period"
          value={period}
          onChange={(event) => go({ period: event.target.value })}
        >
          <option value={allYears}>All years</option>
          {withCurrent(years, period === allYears ? null : period).map((year) => (
            <option key={year} value={year}>
              {year}
            </option>
          ))}
        </select>
      </div>
      <div className="list-filter">
        <label htmlFor="portfolio-directorate">Directorate</label>
        <select
          id="portfolio-directorate"
          value={query.directorate ?? ''}
          onChange={(event) => go({ directorate: event.target.value || null })}
        >
          <option value="">All directorates</option>
          {withCurrent(directorates, query.directorate).map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </div>
    </form>
  );
}
