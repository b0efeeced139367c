// The portfolio dashboard's figures (shared/portfolio.ts says what they mean): the database adds
// up the return lines (portfolio-reads.ts); the shared calculations value the commitments, split
// them over time and rate them.

import type { Database } from 'better-sqlite3';
import type { CouncilProfile } from '../../shared/council-profile';
import { parseFinancialYearLabel, type FinancialYear } from '../../shared/financial-year';
import { allYears, type Portfolio, type PortfolioParams } from '../../shared/portfolio';
import { yearSpans } from '../../shared/portfolio-calc';
import { percentOf, supplierShares } from '../../shared/social-value-calc';
import { isSme } from '../../shared/supplier-rules';
import type { SupplierSize } from '../../shared/supplier';
import { fieldProblem } from './field-problems';
import { portfolioTally, tallyQuery } from './portfolio-tally';
import { missingReturnRows, topContractRows } from './portfolio-rows';
import {
  committedTerms,
  measureThemes,
  valueBySupplierKind,
  type CommittedTerms,
} from './portfolio-reads';
import type { PortfolioScope } from './portfolio-scope';

function yearOf(period: string, financialYearStartMonth: number): FinancialYear | null {
  if (period.toLowerCase() === allYears) return null;
  const parsed = parseFinancialYearLabel(period, financialYearStartMonth);
  if (!parsed.ok) throw fieldProblem(['period'], parsed.error);
  return parsed.value;
}

function sharesOf(db: Database, scope: PortfolioScope): Portfolio['supplierShares'] {
  const groups = valueBySupplierKind(db, scope);
  return {
    ...supplierShares(
      groups.map((group) => ({
        valuePence: group.value,
        supplierLocal: group.local === 1,
        supplierSme: isSme(group.size as SupplierSize | null) ?? false,
        supplierVcse: group.vcse === 1,
      })),
    ),
    contracts: groups.reduce((sum, group) => sum + group.contracts, 0),
  };
}

/** The financial years the contracts with commitments run in, the latest first. */
function yearsWithCommitments(
  { first, last }: CommittedTerms,
  financialYearStartMonth: number,
): string[] {
  if (first === null || last === null) return [];
  return yearSpans(first, last, financialYearStartMonth)
    .map((span) => span.label)
    .reverse();
}

/** The figures for the filter, as at `asked` (or the year's end, when that is earlier). */
export function portfolio(
  db: Database,
  params: PortfolioParams,
  asked: string,
  profile: CouncilProfile,
): Portfolio {
  const year = yearOf(params.period, profile.financialYearStartMonth);
  const asOf = year && year.end < asked ? year.end : asked;
  const scope: PortfolioScope = { year, directorate: params.directorate };
  const terms = committedTerms(db);
  const query = tallyQuery(db, scope, asOf, profile);
  const framework = measureThemes(db);
  const tally = portfolioTally(db, query, profile, framework, terms);
  const { totals } = tally;
  return {
    asOf,
    asked,
    period: year
      ? { label: year.label, year: year.label, start: year.start, end: year.end }
      : { label: 'All years', year: null, start: null, end: null },
    directorate: params.directorate,
    years: yearsWithCommitments(terms, profile.financialYearStartMonth),
    headline: {
      contracts: tally.contractsWithCommitments,
      commitments: tally.commitments,
      ...totals,
      verifiedPercent: percentOf(totals.verifiedPence, totals.committedPence),
    },
    byTheme: tally.byTheme,
    timeUnit: year ? 'period' : 'year',
    byTime: tally.byTime,
    rag: tally.rag,
    topContracts: topContractRows(db, query, framework.measures, 10),
    missingReturns: missingReturnRows(db, query, asked, 20),
    supplierShares: sharesOf(db, scope),
  };
}
