// Which action plan items and case studies belong to a report's period, and the rule as the
// block's caption says it. An item belongs when it is due in the period or has a progress update
// dated in it; an item with neither (no due date, no update in the period) is left out. A case
// study has no date of its own (a field for one needs a migration), so it belongs to the period
// when its contract ran during it, or, naming no contract, when it was recorded in it. With no
// period (all years) everything belongs.

/** The first and last day of the period, both included; null ends for all years. */
export interface PeriodRange {
  start: string | null;
  end: string | null;
}

export function inPeriod(date: string | null, range: PeriodRange): boolean {
  if (range.start === null || range.end === null) return true;
  return date !== null && date >= range.start && date <= range.end;
}

export interface DatedItem {
  dueDate: string | null;
  updates: readonly { updateDate: string }[];
}

export function actionItemInPeriod(item: DatedItem, range: PeriodRange): boolean {
  return inPeriod(item.dueDate, range) || item.updates.some((u) => inPeriod(u.updateDate, range));
}

export interface PlacedCaseStudy {
  /** The dates its contract ran, or null when it names none. */
  contract: { startDate: string; endDate: string } | null;
  /** The day it was recorded. */
  recordedOn: string;
}

export function caseStudyInPeriod(study: PlacedCaseStudy, range: PeriodRange): boolean {
  if (range.start === null || range.end === null) return true;
  if (study.contract === null) return inPeriod(study.recordedOn, range);
  return study.contract.startDate <= range.end && study.contract.endDate >= range.start;
}

/** The latest update made by the end of the period (the updates come latest first). */
export function latestUpdateBy<U extends { updateDate: string }>(
  updates: readonly U[],
  range: PeriodRange,
): U | undefined {
  return updates.find((u) => range.end === null || u.updateDate <= range.end);
}

/** "Items due or updated in 2025/26", for the action plan table's caption. */
export const actionPlanRule = (year: string) => `items due or updated in ${year}`;

/** The case study block's rule, as its opening note. */
export const caseStudyRule = (year: string) =>
  `Case studies of contracts running in ${year}, and those naming no contract recorded in it.`;
