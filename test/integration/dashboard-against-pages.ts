// The portfolio dashboard's headline figures as of a date, and the same three figures added up
// from the contracts' own social value pages (which read the return lines themselves): the
// tests that the dashboard's kept totals are right compare the two.

import type { Context } from '../../electron/api/context';
import { callApi, expectOk } from './temp-workspace';

export async function dashboardAgainstPages(ctx: Context, contracts: string[], asOf: string) {
  const pages = await Promise.all(
    contracts.map(async (id) =>
      expectOk(await callApi(ctx, 'contracts.socialValue', { id, asOf })),
    ),
  );
  const sum = (pick: (page: (typeof pages)[number]) => number) =>
    pages.reduce((total, page) => total + pick(page), 0);
  const dashboard = expectOk(await callApi(ctx, 'socialValue.portfolio', { asOf }));
  return {
    dashboard,
    shown: {
      committed: dashboard.headline.committedPence,
      verified: dashboard.headline.verifiedPence,
      submitted: dashboard.headline.submittedPence,
    },
    fromPages: {
      committed: sum((page) => page.totals.committedPence),
      verified: sum((page) => page.totals.verifiedPence),
      submitted: sum((page) => page.totals.submittedPence),
    },
  };
}
