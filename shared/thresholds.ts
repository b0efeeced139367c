// Which thresholds are in force on a date, and whether a procurement exercise is in scope of
// the Social Value Act and of the council's local policy. Thresholds come from the council
// profile and change over time: nothing here hard-codes a figure.

import { isCalendarDate, longDate } from './calendar-date';
import { thresholdCategoryLabels, type Threshold } from './council-profile';
import type { ProcurementCategory } from './exercise';
import { formatPounds, formatPoundsAndPence } from './money';

/** UK standard rate of VAT, in per cent. Exercise values are held net of VAT. */
export const UK_STANDARD_VAT_RATE_PERCENT = 20;

export type ThresholdKind = Threshold['kind'];

/** The parts of a profile threshold these rules read; a full Threshold (with id) fits. */
export type ThresholdRule = Pick<
  Threshold,
  'kind' | 'category' | 'vatBasis' | 'amountPence' | 'effectiveFrom'
>;

export interface ThresholdQuery {
  kind: ThresholdKind;
  category: ProcurementCategory;
  /** YYYY-MM-DD: the date the exercise is judged on. */
  date: string;
}

function checkDate(date: string): void {
  if (!isCalendarDate(date)) {
    throw new RangeError(`"${date}" is not a calendar date written YYYY-MM-DD`);
  }
}

function checkPence(pence: number): void {
  if (!Number.isSafeInteger(pence)) throw new RangeError(`${pence} is not a whole number of pence`);
}

/**
 * The threshold of `kind` in force for `category` on `date`, or null when none is (none has
 * started yet). A threshold applies when its category is the one asked for or 'all', and its
 * effectiveFrom is on or before the date. Of those, the latest effectiveFrom wins, so the
 * council's most recent decision stands: an 'all' threshold set later replaces an earlier
 * category-specific one. On the same date a category-specific threshold wins over 'all'.
 */
export function thresholdInForce<T extends ThresholdRule>(
  thresholds: readonly T[],
  query: ThresholdQuery,
): T | null {
  checkDate(query.date);
  let best: T | null = null;
  for (const threshold of thresholds) {
    if (threshold.kind !== query.kind || threshold.effectiveFrom > query.date) continue;
    if (threshold.category !== query.category && threshold.category !== 'all') continue;
    if (
      !best ||
      threshold.effectiveFrom > best.effectiveFrom ||
      (threshold.effectiveFrom === best.effectiveFrom &&
        best.category === 'all' &&
        threshold.category !== 'all')
    ) {
      best = threshold;
    }
  }
  return best;
}

/**
 * A net amount with VAT at the standard rate added, rounded down to the penny, so the figure
 * shown agrees with meetsThreshold against a whole-penny threshold.
 */
export function addVat(netPence: number): number {
  checkPence(netPence);
  const gross = (BigInt(netPence) * BigInt(100 + UK_STANDARD_VAT_RATE_PERCENT)) / 100n;
  return Number(gross);
}

/**
 * True when a value net of VAT is at or above the threshold. A threshold that includes VAT is
 * compared with the value plus VAT; the sum is done exactly in integers (net x 120 against
 * threshold x 100), never in floating point.
 */
export function meetsThreshold(
  netPence: number,
  threshold: Pick<ThresholdRule, 'vatBasis' | 'amountPence'>,
): boolean {
  checkPence(netPence);
  if (threshold.vatBasis === 'net') return netPence >= threshold.amountPence;
  const grossTimes100 = BigInt(netPence) * BigInt(100 + UK_STANDARD_VAT_RATE_PERCENT);
  return grossTimes100 >= BigInt(threshold.amountPence) * 100n;
}

export interface ScopeInput {
  category: ProcurementCategory;
  /** Estimated whole-life value, net of VAT, in pence. */
  valuePence: number;
  /** YYYY-MM-DD: the date the thresholds are read on. */
  date: string;
}

export interface Scope<T extends ThresholdRule = ThresholdRule> {
  /** In scope of the Public Services (Social Value) Act: services at or above the statutory threshold. */
  act: boolean;
  /** In scope of the council's local social value policy: any category at or above its threshold. */
  local: boolean;
  /** The statutory threshold used (services only). */
  actThreshold?: T;
  /** The local policy threshold used. */
  localThreshold?: T;
  /** Kinds of threshold that were needed but had none in force on the date, so were not checked. */
  notChecked: ThresholdKind[];
  /** One plain English sentence per decision, for the officer to read. */
  reasons: string[];
}

/** £250,000, or £250,000.50 when there are pence, so a figure never looks equal when it is not. */
function money(pence: number): string {
  return pence % 100 === 0 ? formatPounds(pence) : formatPoundsAndPence(pence);
}

function comparison(input: ScopeInput, threshold: ThresholdRule, meets: boolean): string {
  const category = thresholdCategoryLabels[input.category];
  const gross = threshold.vatBasis === 'gross';
  const value = `${money(input.valuePence)} net${gross ? ` (${money(addVat(input.valuePence))} with VAT)` : ''}`;
  const limit = `${money(threshold.amountPence)} ${gross ? 'with VAT' : 'net of VAT'}`;
  const kind = threshold.kind === 'local' ? 'local policy' : 'statutory';
  return `${category} at ${value} are ${meets ? 'at or above' : 'below'} the ${kind} threshold of ${limit} in force from ${longDate(threshold.effectiveFrom)}.`;
}

/**
 * Whether an exercise is in scope of the Social Value Act and of the local policy, with the
 * thresholds used and the reasons. The Act covers services contracts only, so goods and works
 * are never in its scope (they can still be in the local policy's). When no threshold of a
 * kind is in force on the date, that scope is false, the kind is listed in notChecked and a
 * reason says so.
 */
export function scopeOf<T extends ThresholdRule>(
  input: ScopeInput,
  thresholds: readonly T[],
): Scope<T> {
  checkPence(input.valuePence);
  const query = { category: input.category, date: input.date };
  const scope: Scope<T> = { act: false, local: false, notChecked: [], reasons: [] };
  const lowerCategory = thresholdCategoryLabels[input.category].toLowerCase();
  const missing = (what: string, consequence: string) =>
    `No ${what} threshold for ${lowerCategory} is in force on ${longDate(input.date)}, so ${consequence}: add one to the council profile.`;

  if (input.category !== 'services') {
    scope.reasons.push(
      `${thresholdCategoryLabels[input.category]} are not in scope of the Social Value Act, which covers services contracts.`,
    );
  } else {
    const statutory = thresholdInForce(thresholds, { ...query, kind: 'statutory' });
    if (statutory) {
      scope.actThreshold = statutory;
      scope.act = meetsThreshold(input.valuePence, statutory);
      scope.reasons.push(comparison(input, statutory, scope.act));
    } else {
      scope.notChecked.push('statutory');
      scope.reasons.push(missing('statutory', 'Social Value Act scope cannot be worked out'));
    }
  }

  const local = thresholdInForce(thresholds, { ...query, kind: 'local' });
  if (local) {
    scope.localThreshold = local;
    scope.local = meetsThreshold(input.valuePence, local);
    scope.reasons.push(comparison(input, local, scope.local));
  } else {
    scope.notChecked.push('local');
    scope.reasons.push(missing('local policy', 'the local policy cannot be checked'));
  }
  return scope;
}
