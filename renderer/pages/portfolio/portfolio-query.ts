// The dashboard's filter as the address holds it: ?period=2025/26&directorate=Place. A year that
// is not one is left to the backend, which names the field; the page shows its message.

import { allYears, type PortfolioQuery } from '../../../shared/portfolio';
import { href, navigate } from '../../router';

export const portfolioPath = '/social-value';

export function portfolioQueryOf(params: URLSearchParams): PortfolioQuery {
  const period = params.get('period')?.trim() || allYears;
  const directorate = params.get('directorate')?.trim() || null;
  return { period, directorate };
}

/** The address's query for a filter ("all years" and "all directorates" are left out). */
function paramsOf(query: PortfolioQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.period && query.period !== allYears) params.set('period', query.period);
  if (query.directorate) params.set('directorate', query.directorate);
  return params;
}

/** A link to the dashboard with a filter. */
export const portfolioHref = (query: PortfolioQuery): string =>
  href(portfolioPath, paramsOf(query));

/** Shows the dashboard with a filter, as a new entry in the history (Back undoes it). */
export const showPortfolio = (query: PortfolioQuery): void =>
  navigate(portfolioPath, paramsOf(query));
