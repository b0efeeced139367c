// expectedToDate reads each yearly target's label once and keeps the year it names: the same
// label names a different year for a council whose year starts in another month, so what is
// kept for one start month must never answer for another.

import { describe, expect, it } from 'vitest';
import { expectedToDate } from '../../shared/social-value-calc';

const commitment = {
  id: 'c',
  contractId: 'k',
  measureId: 'm',
  quantity: 100,
  yearlyTargets: [
    { financialYear: '2025/26', quantity: 40 },
    { financialYear: '2026/27', quantity: 60 },
  ],
  proxyPence: null,
};
const term = { start: '2025-01-01', end: '2027-12-31' };

describe('expectedToDate with yearly targets, asked for two year starts in turn', () => {
  it('counts 2025/26 as April to March, then as July to June, then as April to March again', () => {
    // April years: 2025/26 ended on 31 March 2026, so its 40 is all expected by 30 June 2026,
    // with 91 of 2026/27's 365 days (1 April to 30 June 2026) of its 60.
    const april = 40 + (60 * 91) / 365;
    // July years: 2025/26 runs 1 July 2025 to 30 June 2026, so it has just ended: 40, and
    // nothing yet of 2026/27.
    const july = 40;
    expect(expectedToDate(commitment, term, '2026-06-30', 4)).toBeCloseTo(april, 10);
    expect(expectedToDate(commitment, term, '2026-06-30', 7)).toBeCloseTo(july, 10);
    expect(expectedToDate(commitment, term, '2026-06-30', 4)).toBeCloseTo(april, 10);
  });
});
