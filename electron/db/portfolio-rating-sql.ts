// The portfolio's ratings in SQL, from the figures kept in its running totals (see
// shared/portfolio-figures.ts): the same rules as shared/social-value-calc.ts, term for term,
// so the dashboard rates every commitment without reading it into JavaScript.
//
// - A contract's return is missing at asOf when the first period of its term with no return
//   ended by then (contractReporting, periodsWithoutReturn).
// - Expected is measured to the end of the last period due by asOf, or to asOf when a return for
//   a later period has come in by then (expectedToDateOf).
// - Expected by that day is spread over the term by days, or by the yearly targets
//   (expectedByDay); then Grey, Green, Amber or Red as ragOf decides, each band met within the
//   same margin. Record-only measures are told apart by the caller (by measure).
// - The verified quantity is the running total, or, for a commitment with lines for periods
//   beginning after asOf, its lines up to asOf (unlinked on its measure first, as the running
//   total adds them).

import { dayNumber } from '../../shared/calendar-date';
import type { CouncilProfile } from '../../shared/council-profile';
import { reportingPeriodOf } from '../../shared/reporting-periods';
import { bandTolerance } from '../../shared/social-value-calc';

/** The ratings as counted in SQL (record-only measures' ratings other than Grey are "not
 * rated", decided by the caller). */
export const ragCodes = ['grey', 'green', 'amber', 'red'] as const;

/** The named parameters the SQL below reads. */
export interface RatingParams {
  asOf: string;
  asOfDay: number;
  /** The end of the last reporting period ending on or before asOf, as a day. */
  dueEnd: number;
  green: number;
  amber: number;
}

export function ratingParams(asOf: string, profile: CouncilProfile): RatingParams {
  const period = reportingPeriodOf(
    profile.reportingFrequency,
    profile.financialYearStartMonth,
    asOf,
  );
  const asOfDay = dayNumber(asOf);
  return {
    asOf,
    asOfDay,
    dueEnd: period.end === asOf ? asOfDay : dayNumber(period.start) - 1,
    green: profile.ragGreenFromPercent - bandTolerance,
    amber: profile.ragAmberFromPercent - bandTolerance,
  };
}

/** Before any day a workspace holds. */
const never = -1_000_000_000;

/** Whether commitment "p"'s contract has a return missing at asOf. */
const missingSql = 'coalesce(p.first_unsent_end_day <= :asOfDay, 0)';

/** The end of the last period of "p"'s term due by asOf; null before the first. */
const lastDueSql = `CASE WHEN min(:dueEnd, p.last_period_end_day) >= p.first_period_end_day
  THEN min(:dueEnd, p.last_period_end_day) END`;

/** The start of the latest period "p"'s contract sent a return for by asOf. */
const sentBySql = `CASE WHEN p.last_sent_day <= :asOfDay THEN p.last_sent_day
  ELSE (SELECT max(s.start_day) FROM portfolio_sent s
    WHERE s.contract_key = p.contract_key AND s.start_day <= :asOfDay) END`;

/** The day expected is measured to for "p" (expectedToDateOf); null: nothing expected yet. */
const expectedToSql = `CASE WHEN :asOfDay >= p.start_day
    AND ${sentBySql} > coalesce(last_due, ${never}) THEN :asOfDay ELSE last_due END`;

/** Spread evenly over from..to by days, the part due by day e (spreadToDay). */
const spread = (quantity: string, from: string, to: string) =>
  `CASE WHEN e < ${from} THEN 0.0 WHEN e >= ${to} THEN ${quantity}
    ELSE ${quantity} * (e - ${from} + 1) / (${to} - ${from} + 1) END`;

/** Expected of commitment "p" by day e (expectedByDay). */
const expectedSql = `CASE WHEN e IS NULL OR e < p.start_day THEN 0.0
  WHEN e >= p.end_day THEN p.quantity
  WHEN p.has_targets THEN (SELECT total(${spread('t.quantity', 't.from_day', 't.to_day')})
    FROM portfolio_targets t WHERE t.commitment_key = p.key)
  ELSE ${spread('p.quantity', 'p.start_day', 'p.end_day')} END`;
/** A running total of portfolio_commitments "p" as at asOf (see the head of this file). */
export function deliveredAtSql(column: string): string {
  return `CASE WHEN p.last_period_start IS NULL OR p.last_period_start <= :asOf THEN p.${column}
    ELSE (SELECT total(d.${column}) FROM line_delivery d
        WHERE d.commitment_id IS NULL AND d.contract_id = p.contract_id
          AND d.measure_id = p.measure_id AND d.period_start <= :asOf)
      + (SELECT total(d.${column}) FROM line_delivery d
        WHERE d.commitment_id = p.commitment_id AND d.period_start <= :asOf) END`;
}

/** A one-row subquery SQLite works out once, rather than folding its expressions into each
 * place its columns are used (OFFSET keeps it from being flattened). */
const once = (sql: string) => `(${sql} LIMIT -1 OFFSET 0)`;

/**
 * Each commitment (not extra measure) `where` picks on portfolio_commitments "p", with `columns`
 * of it (on "p"), and its rating as an index of ragCodes. The day expected is measured to,
 * expected and delivered are worked out once each, and only for commitments not already Grey.
 */
export function ratedCommitmentsSql(where: string, columns: string): string {
  const expectedTo = once(
    `SELECT ${expectedToSql} AS e FROM ${once(`SELECT ${lastDueSql} AS last_due`)}`,
  );
  const amounts = once(
    `SELECT ${expectedSql} AS expected, ${deliveredAtSql('verified_quantity')} AS vq
     FROM ${expectedTo}`,
  );
  const rated = `SELECT CASE WHEN expected <= 0 THEN 1 WHEN vq * 100 / expected >= :green THEN 1
      WHEN vq * 100 / expected >= :amber THEN 2 ELSE 3 END FROM ${amounts}`;
  return `SELECT ${columns}, CASE WHEN ${missingSql} THEN 0 ELSE (${rated}) END AS rag
    FROM portfolio_commitments p WHERE p.commitment_id IS NOT NULL AND ${where}`;
}
