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

/**
 * The commitments (not extra measures) of portfolio_commitments "p" that `where` picks, with
 * whether their contract's return is missing at asOf, and the day expected is measured to (e;
 * null: nothing expected yet), from their contract's reporting dates kept on each row.
 */
function commitmentStateSql(where: string): string {
  return `SELECT p.*, coalesce(p.first_unsent_end_day <= :asOfDay, 0) AS missing,
      CASE WHEN :asOfDay >= p.start_day AND sent_by > coalesce(last_due, ${never}) THEN :asOfDay
        ELSE last_due END AS e
    FROM (SELECT p.*,
        CASE WHEN min(:dueEnd, p.last_period_end_day) >= p.first_period_end_day
          THEN min(:dueEnd, p.last_period_end_day) END AS last_due,
        CASE WHEN p.last_sent_day <= :asOfDay THEN p.last_sent_day
          ELSE (SELECT max(s.start_day) FROM portfolio_sent s
            WHERE s.contract_key = p.contract_key AND s.start_day <= :asOfDay) END AS sent_by
      FROM portfolio_commitments p WHERE p.commitment_id IS NOT NULL AND ${where}) p`;
}

/** Spread evenly over from..to by days, the part due by day p.e (spreadToDay). */
const spread = (quantity: string, from: string, to: string) =>
  `CASE WHEN p.e < ${from} THEN 0.0 WHEN p.e >= ${to} THEN ${quantity}
    ELSE ${quantity} * (p.e - ${from} + 1) / (${to} - ${from} + 1) END`;

/** Expected of commitment "p" by day p.e (expectedByDay). */
const expectedSql = `CASE WHEN p.e IS NULL OR p.e < p.start_day THEN 0.0
  WHEN p.e >= p.end_day THEN p.quantity
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

/**
 * Each commitment `where` picks (on portfolio_commitments "p"), with `columns` of it (on "p"),
 * and its rating as an index of ragCodes.
 */
export function ratedCommitmentsSql(where: string, columns: string): string {
  // Expected and delivered are worked out only for commitments not already Grey.
  const rated = `SELECT CASE WHEN expected <= 0 THEN 1 WHEN vq * 100 / expected >= :green THEN 1
      WHEN vq * 100 / expected >= :amber THEN 2 ELSE 3 END
    FROM (SELECT ${expectedSql} AS expected, ${deliveredAtSql('verified_quantity')} AS vq)`;
  return `SELECT ${columns}, CASE WHEN missing THEN 0 ELSE (${rated}) END AS rag
    FROM (${commitmentStateSql(where)}) p`;
}
