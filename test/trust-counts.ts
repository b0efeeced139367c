// The counts the fault and fuzz tests report (inputs tried, faults injected, records lost), and
// how much longer they run in the soak (npm run soak sets SVT_SOAK to a multiplier).

import { appendFileSync } from 'node:fs';

export interface TrustCounts {
  suite: string;
  inputsTried: number;
  faultsInjected: number;
  recordsLost: number;
}

/** 1 in the normal test run; the soak's multiplier under npm run soak. */
export function soakFactor(): number {
  const factor = Number(process.env.SVT_SOAK ?? '1');
  return Number.isFinite(factor) && factor >= 1 ? Math.floor(factor) : 1;
}

/** Prints the counts, and appends them to SVT_COUNTS_FILE (set by the soak, for its totals). */
export function reportCounts(counts: TrustCounts): void {
  console.log(
    `${counts.suite}: ${counts.inputsTried} inputs tried, ${counts.faultsInjected} faults injected, ${counts.recordsLost} records lost`,
  );
  const file = process.env.SVT_COUNTS_FILE;
  if (file) appendFileSync(file, `${JSON.stringify(counts)}\n`);
}
