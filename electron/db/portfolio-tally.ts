// Adds up the portfolio from its running totals (portfolio-totals.ts), in SQL: each commitment
// in scope rated at the date of the figures (portfolio-rating-sql.ts) and counted by measure;
// committed £ in all, or within the year asked about, by measure and by span of time; delivered
// £ by measure (portfolio-delivered.ts) and by span. Only a few dozen rows of sums reach
// JavaScript, which puts measures under their themes.

import type { Database } from 'better-sqlite3';
import type { CouncilProfile } from '../../shared/council-profile';
import type {
  PortfolioAmounts,
  PortfolioGroup,
  PortfolioSpan,
  RagCounts,
} from '../../shared/portfolio';
import { periodsPerYearAtMost } from '../../shared/portfolio-figures';
import {
  addAmounts,
  noAmounts,
  noRatings,
  periodSpans,
  spanIndexOf,
  yearSpans,
  type Span,
} from '../../shared/portfolio-calc';
import { extrasByMeasure, linesByMeasure, type DeliverySource } from './portfolio-delivered';
import { ragCodes, ratedCommitmentsSql, ratingParams } from './portfolio-rating-sql';
import {
  committedTerms,
  directorateDeliveryByPeriodStart,
  measureThemes,
  type CommittedTerms,
  type Framework,
  type MeasureTheme,
} from './portfolio-reads';
import { namedScopeSql, scopeParams, type PortfolioScope } from './portfolio-scope';
import { allDeliveryByPeriodStart, hasLateLines } from './portfolio-totals-reads';
import { statement } from './statements';

export interface Tally {
  totals: PortfolioAmounts;
  commitments: number;
  contractsWithCommitments: number;
  byTheme: PortfolioGroup[];
  byTime: PortfolioSpan[];
  rag: RagCounts;
}

/** What the queries of one tally share: the scope, its parameters, and where delivery is
 * added up from. */
export interface TallyQuery {
  scope: PortfolioScope;
  asOf: string;
  params: object;
  source: DeliverySource;
}

export function tallyQuery(
  db: Database,
  scope: PortfolioScope,
  asOf: string,
  profile: CouncilProfile,
): TallyQuery {
  return {
    scope,
    asOf,
    params: {
      ...ratingParams(asOf, profile),
      ...scopeParams(scope),
      from: scope.year?.start ?? '',
    },
    source: scope.year || hasLateLines(db, scope, asOf) ? 'lines' : 'totals',
  };
}

/** A commitment's rating, from its code (see ragCodes): record-only measures are not rated
 * unless a return is missing. */
export function ratingOf(code: number, measure: MeasureTheme | undefined): keyof RagCounts {
  if (code !== 0 && measure?.kind === 'record-only') return 'notRated';
  return ragCodes[code] ?? 'notRated';
}

/** Spans of the table by time: the year's reporting periods, or every year a commitment runs. */
function spansFor(scope: PortfolioScope, profile: CouncilProfile, terms: CommittedTerms): Span[] {
  const fyStart = profile.financialYearStartMonth;
  if (scope.year) {
    return periodSpans({ label: '', ...scope.year }, profile.reportingFrequency, fyStart);
  }
  const { first, last } = terms;
  return first === null || last === null ? [] : yearSpans(first, last, fyStart);
}

/** The years in scope, less the years at either end with nothing committed or delivered (the
 * years come from every directorate's contracts). */
function withoutEmptyEnds(years: PortfolioSpan[]): PortfolioSpan[] {
  const held = (year: PortfolioSpan) => year.committedPence + year.submittedPence > 0;
  const first = years.findIndex(held);
  return first < 0 ? [] : years.slice(first, years.findLastIndex(held) + 1);
}

/** Amounts by theme, in the framework's order; a theme shows once anything is counted under it. */
class ThemeSums {
  readonly #byTheme: Map<string, PortfolioAmounts | null>;
  readonly #measures: ReadonlyMap<string, MeasureTheme>;

  constructor(themes: readonly string[], measures: ReadonlyMap<string, MeasureTheme>) {
    this.#byTheme = new Map(themes.map((theme) => [theme, null]));
    this.#measures = measures;
  }

  add(measureId: string, committed: number, verified: number, submitted: number): void {
    const theme = this.#measures.get(measureId)?.theme ?? 'Theme not known';
    let amounts = this.#byTheme.get(theme);
    if (!amounts) this.#byTheme.set(theme, (amounts = noAmounts()));
    addAmounts(amounts, {
      committedPence: committed,
      verifiedPence: verified,
      submittedPence: submitted,
    });
  }

  groups(): PortfolioGroup[] {
    return [...this.#byTheme].flatMap(([label, amounts]) =>
      amounts ? [{ label, ...amounts }] : [],
    );
  }
}

type RatingRow = [
  measureId: string,
  rag: number,
  commitments: number,
  committedPence: number,
  verifiedPence: number,
  otherPence: number,
];

/** The commitments in scope counted by measure and rating, with their committed £ in all and
 * their delivery as the running totals hold it. */
function ratingsByMeasure(db: Database, { scope, params }: TallyQuery): RatingRow[] {
  const rated = ratedCommitmentsSql(
    namedScopeSql('p', scope),
    'p.measure_id, p.committed_pence, p.verified_pence, p.other_pence',
  );
  return statement(
    db,
    `SELECT measure_id, rag, count(*), total(committed_pence), total(verified_pence),
       total(other_pence)
     FROM (${rated}) GROUP BY measure_id, rag`,
  )
    .raw()
    .all(params) as RatingRow[];
}

type CommittedRow = [yearStart: string, measureId: string, pence: number, ...periods: number[]];

const periodSums = Array.from({ length: periodsPerYearAtMost }, (_, i) => `total(p${i})`);

/** Committed £ by financial year (its first day) and measure, in all and by period: within the
 * year asked about, or in every year. */
function committedByYear(db: Database, { scope, params }: TallyQuery): CommittedRow[] {
  const where = ['1'];
  if (scope.year) where.push('year_start = :yearStart');
  if (scope.directorate !== null) where.push('directorate = :directorate COLLATE NOCASE');
  return statement(
    db,
    `SELECT year_start, measure_id, total(pence), ${periodSums.join(', ')}
     FROM portfolio_committed WHERE ${where.join(' AND ')} GROUP BY year_start, measure_id`,
  )
    .raw()
    .all(params) as CommittedRow[];
}

/** Delivery in each year of the all-years table by time, by the year its period begins in (a
 * year's table takes its periods' delivery from the lines it adds up by measure). */
function deliveredBySpan(
  db: Database,
  scope: PortfolioScope,
  spans: readonly Span[],
  asOf: string,
): PortfolioAmounts[] {
  const bySpan = spans.map(noAmounts);
  const first = spans[0];
  if (!first) return bySpan;
  const byStart =
    scope.directorate !== null
      ? directorateDeliveryByPeriodStart(db, scope.directorate, first.start, asOf)
      : allDeliveryByPeriodStart(db, first.start, asOf);
  for (const [periodStart, [verified, other]] of byStart) {
    addDelivered(bySpan[spanIndexOf(spans, periodStart)], verified, other);
  }
  return bySpan;
}

function addDelivered(into: PortfolioAmounts | undefined, verified: number, other: number): void {
  if (!into) return;
  into.verifiedPence += verified;
  into.submittedPence += verified + other;
}

function contractsInScope(db: Database, { scope, params }: TallyQuery): number {
  return statement(
    db,
    `SELECT count(*) FROM portfolio_contracts c WHERE ${namedScopeSql('c', scope)}`,
  )
    .pluck()
    .get(params) as number;
}

export function portfolioTally(
  db: Database,
  query: TallyQuery,
  profile: CouncilProfile,
  { measures, themes }: Framework = measureThemes(db),
  terms: CommittedTerms = committedTerms(db),
): Tally {
  const { scope, asOf, params } = query;
  const spans = spansFor(scope, profile, terms);
  const byTheme = new ThemeSums(themes, measures);
  const totals = noAmounts();
  const rag = noRatings();
  const add = (measureId: string, committed: number, verified: number, other: number) => {
    byTheme.add(measureId, committed, verified, verified + other);
    addAmounts(totals, {
      committedPence: committed,
      verifiedPence: verified,
      submittedPence: verified + other,
    });
  };
  const fromTotals = query.source === 'totals';
  let commitments = 0;
  for (const [measureId, code, count, committed, verified, other] of ratingsByMeasure(db, query)) {
    rag[ratingOf(code, measures.get(measureId))] += count;
    commitments += count;
    add(measureId, scope.year ? 0 : committed, fromTotals ? verified : 0, fromTotals ? other : 0);
  }
  const bySpan = scope.year ? spans.map(noAmounts) : deliveredBySpan(db, scope, spans, asOf);
  for (const [yearStart, measureId, pence, ...periods] of committedByYear(db, query)) {
    if (scope.year) {
      add(measureId, pence, 0, 0);
      periods.forEach((inPeriod, index) => {
        const amounts = bySpan[index];
        if (amounts) amounts.committedPence += inPeriod;
      });
    } else {
      const amounts = bySpan[spanIndexOf(spans, yearStart)];
      if (amounts) amounts.committedPence += pence;
    }
  }
  if (fromTotals) {
    for (const [measureId, verified, other] of extrasByMeasure(db, scope, params)) {
      add(measureId, 0, verified, other);
    }
  } else {
    for (const [measureId, periodStart, verified, other] of linesByMeasure(db, scope, params)) {
      add(measureId, 0, verified, other);
      if (scope.year) addDelivered(bySpan[spanIndexOf(spans, periodStart)], verified, other);
    }
  }
  const byTime = spans.map((span, index) => ({ ...span, ...(bySpan[index] as PortfolioAmounts) }));
  return {
    totals,
    commitments,
    contractsWithCommitments: contractsInScope(db, query),
    byTheme: byTheme.groups(),
    byTime: scope.year ? byTime : withoutEmptyEnds(byTime),
    rag,
  };
}
