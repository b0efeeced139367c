// Quantities and percentages as the social value screens show them, and quantities read from
// what an officer typed.

import { calendarDateOf } from '../../../shared/calendar-date';
import { quantityMessage } from '../../../shared/commitment';
import type { FormReader } from '../../components/form-input';

const quantityFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** "2.5", "1,040", "1.03": at most two decimal places. */
export function formatQuantity(quantity: number | null): string {
  return quantity === null ? '' : quantityFormat.format(quantity);
}

/** "12.5%", from an unrounded percentage; a dash for none. */
export function formatPercent(percent: number | null): string {
  return percent === null ? '–' : `${percent.toFixed(1)}%`;
}

/** A quantity as typed ("12", "2.5", "1,040"); blank is null; anything else is a problem. */
export function readQuantity(
  read: FormReader,
  text: string,
  path: (string | number)[],
): number | null {
  const trimmed = text.trim().replace(/,/g, '');
  if (trimmed === '') return null;
  const value = Number(trimmed);
  if (!Number.isFinite(value)) {
    read.issues.push({ path, message: quantityMessage });
    return Number.NaN;
  }
  return value;
}

/** The text a quantity box starts with. */
export const quantityText = (quantity: number | null): string =>
  quantity === null ? '' : String(quantity);

/** Units that are plain counts: the number says it all. */
const bareCounts = new Set(['', 'number', 'no.', 'count']);

/** "2.5 FTE", "£250,000" for a money measure counted in pounds, "12%", "10" for a plain count,
 * and "1 hour" rather than "1 hours". */
export function withUnit(quantity: number | null, unit: string): string {
  if (quantity === null) return '';
  const amount = formatQuantity(quantity);
  const name = unit.trim();
  if (name === '£') return `£${amount}`;
  if (name === '%') return `${amount}%`;
  if (bareCounts.has(name.toLowerCase())) return amount;
  const singular = quantity === 1 && /^[a-z]+s$/.test(name) ? name.slice(0, -1) : name;
  return `${amount} ${singular}`;
}

/** The day (on this computer's calendar) of a timestamp such as a return's submission. */
export const dayOf = (timestamp: string): string => calendarDateOf(new Date(timestamp));
