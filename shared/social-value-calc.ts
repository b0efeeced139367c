// Social value calculations: what a commitment is worth, what has been delivered, what was
// expected by now, and the RAG rating. Pure functions: no database, no clock (pass asOf).
//
// The rules, in officers' words
// -----------------------------
// - Value. A measure's value is the quantity times its proxy value, to the nearest penny. For a
//   money measure (local spend, say) the quantity is in pounds and the proxy is pence per pound.
//   A measure with no proxy value, or a record-only measure, is worth £0: it still shows in the
//   tables, it just adds nothing to the pounds. Each line of a return is valued at the proxy
//   value it was recorded with, so changing a measure's proxy value later never changes what a
//   past commitment or return is worth.
// - Committed. Committed £ = the committed quantity for the whole term x the proxy value kept
//   with the commitment.
// - Delivered. A return line counts once its reporting period has begun by the date of the
//   figures (so a report "as at 30 June" counts every return up to and including April to June,
//   and a return sent in early for the current quarter counts straight away).
//   "Verified" delivery is only the lines an officer has verified: that is what councils report.
//   "All submitted" is everything the supplier has reported and nobody has turned down: every
//   line of a return that is not a draft, except lines (or whole returns) rejected. Verified
//   lines are part of it, and so are lines waiting to be checked and lines queried.
// - Expected to date. Spread evenly over the term by days, counting the first and last day: on
//   day 73 of a 365-day contract, 73/365 of the commitment is expected. With yearly targets, each
//   financial year's target is expected in full once that year (or the part of it in the term)
//   is over, and spread by days through the year under way. Nothing is expected before the start;
//   the whole commitment is expected once the term has ended.
// - RAG. Delivery is compared with what was expected by the end of the last reporting period a
//   return was due for, so a contract is not marked down in the middle of a quarter for a return
//   it did not yet owe (if the current period's return is already in, by the date of the figures
//   instead). It uses verified delivery. Green at or above the green band (90% by default), Amber
//   at or above the amber band (60%), Red below it. Grey whenever a return that was due is
//   missing (a draft does not count as sent): Grey wins over every other colour. When nothing is
//   expected yet and no return is missing, the rating is Green. Record-only measures have no
//   quantity to judge, so they are not rated (blank) unless a return is missing (Grey).
// - Percentages are kept exact here and rounded only where they are shown.

import { dayNumber } from './calendar-date';
import type { ReportingFrequency } from './council-profile';
import { parseFinancialYearLabel } from './financial-year';
import { duePeriods, periodsWithoutReturn } from './reporting-periods';
import type {
  CommitmentBasics,
  MeasureBasics,
  MeasureKind,
  RagRating,
  ReturnLineBasics,
} from './social-value';

export interface Term {
  start: string;
  end: string;
}

/** Quantity x proxy pence, to the nearest whole penny; 0 when either is missing. */
export function valuePence(quantity: number | null, proxyPence: number | null): number {
  if (quantity === null || proxyPence === null) return 0;
  const raw = quantity * proxyPence;
  // Near half a penny, read to 15 significant figures first, so 1.005 x 100 (100.49999999999999
  // in floating point) is 101p. Elsewhere plain rounding is the same, and much quicker.
  if (Math.abs(Math.abs(raw % 1) - 0.5) > 1e-6) return Math.round(raw);
  return Math.round(Number(raw.toPrecision(15)));
}

/** The commitment's worth: its quantity for the whole term x its proxy snapshot. */
export function committedPence(c: CommitmentBasics): number {
  return valuePence(c.quantity, c.proxyPence);
}

export interface Delivery {
  verifiedQuantity: number;
  submittedQuantity: number;
  verifiedPence: number;
  submittedPence: number;
}

/** Reported and not turned down: the return is past draft and neither it nor the line is rejected. */
export function isSubmittedLine(line: ReturnLineBasics): boolean {
  return (
    line.returnStatus !== 'draft' &&
    line.returnStatus !== 'rejected' &&
    line.verification !== 'rejected'
  );
}

/** Checked and accepted by an officer (and still part of a submitted return). */
export function isVerifiedLine(line: ReturnLineBasics): boolean {
  return isSubmittedLine(line) && line.verification === 'verified';
}

/**
 * Delivery in the lines whose reporting period has begun by asOf (all lines without asOf). Each
 * line is valued at its own proxy snapshot and rounded to the penny before adding up, so totals
 * agree with a table of the lines. Record-only lines add nothing.
 */
export function deliveryOf(lines: readonly ReturnLineBasics[], asOf?: string): Delivery {
  const delivery: Delivery = {
    verifiedQuantity: 0,
    submittedQuantity: 0,
    verifiedPence: 0,
    submittedPence: 0,
  };
  for (const line of lines) {
    if ((asOf !== undefined && line.periodStart > asOf) || !isSubmittedLine(line)) continue;
    const quantity = line.quantity ?? 0;
    const pence = valuePence(line.quantity, line.proxyPence);
    delivery.submittedQuantity += quantity;
    delivery.submittedPence += pence;
    if (isVerifiedLine(line)) {
      delivery.verifiedQuantity += quantity;
      delivery.verifiedPence += pence;
    }
  }
  return delivery;
}

/** A term's first and last days as day numbers (see dayNumber), for working out what is expected
 * by many dates in it. */
export interface TermDays {
  start: number;
  end: number;
}

export function termDays(term: Term): TermDays {
  return { start: dayNumber(term.start), end: dayNumber(term.end) };
}

/** A quantity spread evenly over the days from..to (both inclusive): the part due by asOf. */
function spreadToDay(quantity: number, from: number, to: number, asOf: number): number {
  if (asOf < from) return 0;
  if (asOf >= to) return quantity;
  // Multiplied before dividing, so a whole result comes out whole (366 x 60 / 366 is 60).
  return (quantity * (asOf - from + 1)) / (to - from + 1);
}

/** Yearly targets' years already read, as day numbers, by year start month and label (null:
 * not a year). */
const targetYears = new Map<number, Map<string, TermDays | null>>();

/** The days of the financial year a yearly target's label names, or null; read once per label. */
function targetYear(label: string, financialYearStartMonth: number): TermDays | null {
  let byLabel = targetYears.get(financialYearStartMonth);
  if (!byLabel) targetYears.set(financialYearStartMonth, (byLabel = new Map()));
  let year = byLabel.get(label);
  if (year === undefined) {
    const parsed = parseFinancialYearLabel(label, financialYearStartMonth);
    year = parsed.ok ? termDays(parsed.value) : null;
    byLabel.set(label, year);
  }
  return year;
}

/**
 * Expected quantity by the close of asOf: the commitment spread evenly over the term's days, or,
 * when yearly targets are given, the targets of financial years (their part inside the term)
 * ended by asOf plus the elapsed share of the current year's. 0 before the start; the whole
 * commitment after the end. A target for a year outside the term, or with a label that is not a
 * financial year, is left out (the commitment's own validation should refuse those).
 */
export function expectedToDate(
  c: CommitmentBasics,
  term: Term,
  asOf: string,
  financialYearStartMonth: number,
): number {
  return expectedByDay(c, termDays(term), dayNumber(asOf), financialYearStartMonth);
}

/** expectedToDate, with the term and the date as day numbers. */
export function expectedByDay(
  c: CommitmentBasics,
  term: TermDays,
  asOf: number,
  financialYearStartMonth: number,
): number {
  if (asOf < term.start) return 0;
  if (asOf >= term.end) return c.quantity;
  if (c.yearlyTargets.length === 0) return spreadToDay(c.quantity, term.start, term.end, asOf);
  let expected = 0;
  for (const target of c.yearlyTargets) {
    const year = targetYear(target.financialYear, financialYearStartMonth);
    if (!year) continue;
    const from = year.start > term.start ? year.start : term.start;
    const to = year.end < term.end ? year.end : term.end;
    if (from > to) continue;
    expected += spreadToDay(target.quantity, from, to, asOf);
  }
  return expected;
}

/** A percentage of a whole, unrounded; null when the whole is nothing. */
export function percentOf(part: number, whole: number): number | null {
  return whole > 0 ? (part * 100) / whole : null;
}

/** From the council profile: ragGreenFromPercent and ragAmberFromPercent. */
export interface RagBands {
  greenFromPercent: number;
  amberFromPercent: number;
}

/** Floating point can put 90% a hair under 90 (2.97 of 3 x 1.1 comes out 89.99999999999999),
 * so a band is met within this margin. */
export const bandTolerance = 1e-9;

/**
 * Grey when a due return is missing, whatever else. Otherwise null (not rated) for a record-only
 * measure; Green when nothing is expected yet; else by delivered as a percentage of expected
 * against the bands (a band's own figure counts as reaching it: exactly 90% is Green).
 */
export function ragOf(args: {
  deliveredQuantity: number;
  expectedQuantity: number;
  bands: RagBands;
  returnMissing: boolean;
  kind: MeasureKind;
}): RagRating | null {
  if (args.returnMissing) return 'grey';
  if (args.kind === 'record-only') return null;
  if (args.expectedQuantity <= 0) return 'green';
  const percent = percentOf(args.deliveredQuantity, args.expectedQuantity) ?? 0;
  if (percent >= args.bands.greenFromPercent - bandTolerance) return 'green';
  if (percent >= args.bands.amberFromPercent - bandTolerance) return 'amber';
  return 'red';
}

export interface CommitmentProgress {
  commitmentId: string;
  committedPence: number;
  /** Expected by expectedTo (see below); 0 when nothing was due yet. */
  expectedQuantity: number;
  /** The date expected is measured to: the end of the last period a return was due for, or
   * asOf when the current period's return is already in; null before any of those. */
  expectedTo: string | null;
  delivery: Delivery;
  /** Due periods with no return (not counting drafts). */
  missingPeriodLabels: string[];
  rag: RagRating | null;
  /** Verified quantity as a percentage of expected, unrounded; null when nothing is expected or
   * the measure is record-only. */
  percentOfExpected: number | null;
}

/** When expected is measured to (see CommitmentProgress.expectedTo). */
function expectedToDateOf(
  term: Term,
  asOf: string,
  lastDueEnd: string | null,
  submittedPeriodStarts: ReadonlySet<string>,
): string | null {
  if (asOf < term.start) return lastDueEnd;
  for (const start of submittedPeriodStarts) {
    if (start <= asOf && (lastDueEnd === null || start > lastDueEnd)) return asOf;
  }
  return lastDueEnd;
}

export interface ProgressSettings {
  asOf: string;
  bands: RagBands;
  financialYearStartMonth: number;
  frequency: ReportingFrequency;
  /** The start dates of the contract's returns that are not drafts. */
  submittedPeriodStarts: ReadonlySet<string>;
}

/** What a contract's returns say at asOf, the same for each of its commitments. */
export interface ContractReporting {
  /** See CommitmentProgress.expectedTo. */
  expectedTo: string | null;
  /** Due periods with no return (see missingPeriods). */
  missingPeriodLabels: string[];
}

/** `due` is the term's due periods, and `missing` those of them with no return, when the caller
 * has them already (see duePeriodsOfTerms). */
export function contractReporting(
  term: Term,
  settings: ProgressSettings,
  due = duePeriods(term, settings.frequency, settings.financialYearStartMonth, settings.asOf),
  missing = periodsWithoutReturn(due, settings.submittedPeriodStarts),
): ContractReporting {
  const { asOf, submittedPeriodStarts } = settings;
  return {
    expectedTo: expectedToDateOf(term, asOf, due.at(-1)?.end ?? null, submittedPeriodStarts),
    missingPeriodLabels: missing.map((p) => p.label),
  };
}

/** What a commitment is rated against: expected by the date its contract's returns say. */
function expectedByReporting(
  c: CommitmentBasics,
  term: Term,
  { expectedTo }: ContractReporting,
  settings: ProgressSettings,
): number {
  return expectedTo === null
    ? 0
    : expectedToDate(c, term, expectedTo, settings.financialYearStartMonth);
}

/**
 * Where a commitment stands, given its delivery already added up: from deliveryOf, or from a
 * database query that follows the same rules (isSubmittedLine, isVerifiedLine, a line counted
 * once its period has begun by asOf, each line's value rounded to the penny before adding up).
 */
export function progressFromDelivery(
  c: CommitmentBasics,
  measure: MeasureBasics,
  delivery: Delivery,
  term: Term,
  reporting: ContractReporting,
  settings: ProgressSettings,
): CommitmentProgress {
  const { expectedTo, missingPeriodLabels } = reporting;
  const expectedQuantity = expectedByReporting(c, term, reporting, settings);
  const rated = measure.kind !== 'record-only' && expectedQuantity > 0;
  return {
    commitmentId: c.id,
    committedPence: committedPence(c),
    expectedQuantity,
    expectedTo,
    delivery,
    missingPeriodLabels,
    rag: ragOf({
      deliveredQuantity: delivery.verifiedQuantity,
      expectedQuantity,
      bands: settings.bands,
      returnMissing: missingPeriodLabels.length > 0,
      kind: measure.kind,
    }),
    percentOfExpected: rated ? percentOf(delivery.verifiedQuantity, expectedQuantity) : null,
  };
}

/**
 * Where each of one contract's commitments stands at asOf, in the order given. `lines` are the
 * contract's return lines: a line counts for the commitment it is linked to, or, when linked to
 * none (an extra measure), for the commitment on its measure.
 */
export function contractProgress(
  commitments: readonly { commitment: CommitmentBasics; measure: MeasureBasics }[],
  lines: readonly ReturnLineBasics[],
  term: Term,
  settings: ProgressSettings,
): CommitmentProgress[] {
  const reporting = contractReporting(term, settings);
  const linesByKey = new Map<string, ReturnLineBasics[]>();
  for (const line of lines) {
    const key = line.commitmentId ?? `${line.contractId}|${line.measureId}`;
    const group = linesByKey.get(key);
    if (group) group.push(line);
    else linesByKey.set(key, [line]);
  }
  return commitments.map(({ commitment: c, measure }) => {
    const own = [
      ...(linesByKey.get(c.id) ?? []),
      ...(linesByKey.get(`${c.contractId}|${c.measureId}`) ?? []),
    ];
    return progressFromDelivery(
      c,
      measure,
      deliveryOf(own, settings.asOf),
      term,
      reporting,
      settings,
    );
  });
}

/** Where one commitment stands at asOf (see contractProgress: only its own lines count, so
 * `lines` may hold other commitments' and other contracts' lines too). */
export function commitmentProgress(
  c: CommitmentBasics,
  measure: MeasureBasics,
  lines: readonly ReturnLineBasics[],
  term: Term,
  settings: ProgressSettings,
): CommitmentProgress {
  return contractProgress(
    [{ commitment: c, measure }],
    lines,
    term,
    settings,
  )[0] as CommitmentProgress;
}

export interface Totals {
  committedPence: number;
  verifiedPence: number;
  submittedPence: number;
  rag: Record<RagRating, number>;
}

const noRag = (): Record<RagRating, number> => ({ green: 0, amber: 0, red: 0, grey: 0 });

/** Everything added up: committed, delivered (verified and submitted) and the RAG counts. */
export function totalOf<T>(
  items: readonly T[],
  amounts: (item: T) => {
    committedPence: number;
    verifiedPence: number;
    submittedPence: number;
    rag: RagRating | null;
  },
): Totals {
  return totalsBy(items, () => 'all', amounts).get('all') ?? emptyTotals();
}

/** Nothing yet: £0 and no ratings. */
export function emptyTotals(): Totals {
  return { committedPence: 0, verifiedPence: 0, submittedPence: 0, rag: noRag() };
}

/**
 * Totals by any key: theme, outcome, council outcome, directorate, period. An item with several
 * keys (a measure serving two council outcomes) counts in each; with none, in no group. Groups
 * come in the order their keys were first seen; a null rating is not counted.
 */
export function totalsBy<T>(
  items: readonly T[],
  keyOf: (item: T) => string | readonly string[],
  amounts: (item: T) => {
    committedPence: number;
    verifiedPence: number;
    submittedPence: number;
    rag: RagRating | null;
  },
): Map<string, Totals> {
  const groups = new Map<string, Totals>();
  for (const item of items) {
    const keys = keyOf(item);
    const amount = amounts(item);
    for (const key of typeof keys === 'string' ? [keys] : new Set(keys)) {
      const totals = groups.get(key) ?? emptyTotals();
      totals.committedPence += amount.committedPence;
      totals.verifiedPence += amount.verifiedPence;
      totals.submittedPence += amount.submittedPence;
      if (amount.rag !== null) totals.rag[amount.rag] += 1;
      groups.set(key, totals);
    }
  }
  return groups;
}

export interface SupplierShares {
  totalPence: number;
  localPence: number;
  smePence: number;
  vcsePence: number;
  localPercent: number | null;
  smePercent: number | null;
  vcsePercent: number | null;
}

/** Contract value with local, SME and VCSE suppliers, and each as a percentage of the total. */
export function supplierShares(
  contracts: readonly {
    valuePence: number;
    supplierLocal: boolean;
    supplierSme: boolean;
    supplierVcse: boolean;
  }[],
): SupplierShares {
  let [totalPence, localPence, smePence, vcsePence] = [0, 0, 0, 0];
  for (const contract of contracts) {
    totalPence += contract.valuePence;
    if (contract.supplierLocal) localPence += contract.valuePence;
    if (contract.supplierSme) smePence += contract.valuePence;
    if (contract.supplierVcse) vcsePence += contract.valuePence;
  }
  return {
    totalPence,
    localPence,
    smePence,
    vcsePence,
    localPercent: percentOf(localPence, totalPence),
    smePercent: percentOf(smePence, totalPence),
    vcsePercent: percentOf(vcsePence, totalPence),
  };
}

/** Committed £ as a percentage of the contract value, unrounded; null for a contract worth £0. */
export function shareOfContractValue(
  committedPence: number,
  contractValuePence: number,
): number | null {
  return percentOf(committedPence, contractValuePence);
}
