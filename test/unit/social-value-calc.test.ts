import { describe, expect, it } from 'vitest';
import {
  commitmentProgress,
  committedPence,
  contractProgress,
  contractReporting,
  isSubmittedLine,
  isVerifiedLine,
  progressFromDelivery,
  deliveryOf,
  expectedToDate,
  ragOf,
  shareOfContractValue,
  supplierShares,
  totalOf,
  totalsBy,
  valuePence,
  type RagBands,
} from '../../shared/social-value-calc';
import type {
  CommitmentBasics,
  LineVerification,
  MeasureBasics,
  MeasureKind,
  ReturnLineBasics,
  ReturnStatus,
  YearlyTarget,
} from '../../shared/social-value';

const bands: RagBands = { greenFromPercent: 90, amberFromPercent: 60 };

function commitment(quantity: number, proxyPence: number | null, targets: YearlyTarget[] = []) {
  return {
    id: 'c1',
    contractId: 'k1',
    measureId: 'm1',
    quantity,
    yearlyTargets: targets,
    proxyPence,
  } satisfies CommitmentBasics;
}

function measure(kind: MeasureKind = 'quantity', proxyPence: number | null = 1000): MeasureBasics {
  return { id: 'm1', code: 'LOC1', title: 'Local jobs', unit: 'FTE', kind, proxyPence };
}

function line(
  quantity: number | null,
  returnStatus: ReturnStatus,
  verification: LineVerification,
  more: Partial<ReturnLineBasics> = {},
): ReturnLineBasics {
  return {
    contractId: 'k1',
    measureId: 'm1',
    commitmentId: 'c1',
    periodStart: '2025-04-01',
    periodEnd: '2025-06-30',
    returnStatus,
    verification,
    quantity,
    proxyPence: 100,
    ...more,
  };
}

describe('valuePence', () => {
  it('multiplies quantity by proxy pence', () => {
    expect(valuePence(2.5, 1000)).toBe(2500);
    expect(valuePence(0, 500)).toBe(0);
  });

  it('is £0 for a zero or missing proxy and for a missing (record-only) quantity', () => {
    expect(valuePence(3, 0)).toBe(0);
    expect(valuePence(3, null)).toBe(0);
    expect(valuePence(null, 100)).toBe(0);
    expect(valuePence(null, null)).toBe(0);
  });

  it('rounds to the nearest penny, half a penny up, without floating-point slips', () => {
    expect(valuePence(0.333, 10)).toBe(3); // 3.33p
    expect(valuePence(0.5, 1)).toBe(1);
    expect(valuePence(0.49, 1)).toBe(0);
    expect(valuePence(1 / 3, 3)).toBe(1);
    expect(valuePence(1.005, 100)).toBe(101); // 100.49999999999999 in plain floating point
  });

  it('values a money measure as pounds times pence per pound', () => {
    // £12,500.50 of local spend at a proxy of 63p per £1: 787,531.5p, rounded up.
    expect(valuePence(12_500.5, 63)).toBe(787_532);
  });
});

describe('committedPence', () => {
  it('is the committed quantity at the proxy kept with the commitment', () => {
    expect(committedPence(commitment(12.5, 2_750_000))).toBe(34_375_000);
    expect(committedPence(commitment(40, 0))).toBe(0);
    expect(committedPence(commitment(40, null))).toBe(0);
  });
});

describe('deliveryOf', () => {
  it('counts verified lines as verified, and every line reported and not rejected as submitted', () => {
    const lines = [
      line(10, 'submitted', 'pending'), // submitted only: 1,000p
      line(4, 'submitted', 'verified'), // both: 400p
      line(2, 'queried', 'queried'), // submitted only: 200p
      line(100, 'draft', 'pending'), // not sent: nothing
      line(50, 'rejected', 'pending'), // whole return rejected: nothing
      line(7, 'verified', 'rejected'), // this line rejected: nothing
      line(null, 'verified', 'verified'), // record-only: no quantity, no value
      line(1, 'verified', 'verified', { proxyPence: 250 }), // its own proxy snapshot: 250p
    ];
    expect(deliveryOf(lines)).toEqual({
      verifiedQuantity: 5,
      submittedQuantity: 17,
      verifiedPence: 650,
      submittedPence: 1_850,
    });
  });

  it('counts lines whose period has begun by asOf', () => {
    const q1 = line(3, 'verified', 'verified');
    const q2 = line(5, 'submitted', 'pending', {
      periodStart: '2025-07-01',
      periodEnd: '2025-09-30',
    });
    expect(deliveryOf([q1, q2], '2025-06-30')).toMatchObject({
      verifiedQuantity: 3,
      submittedQuantity: 3,
    });
    expect(deliveryOf([q1, q2], '2025-07-01')).toMatchObject({ submittedQuantity: 8 });
    expect(deliveryOf([q1, q2], '2025-03-31').submittedQuantity).toBe(0);
  });

  it('rounds each line to the penny before adding up, as a table of lines would', () => {
    const half = line(0.5, 'verified', 'verified', { proxyPence: 1 });
    expect(deliveryOf([half, half]).verifiedPence).toBe(2);
  });

  it('is nothing for no lines', () => {
    expect(deliveryOf([])).toEqual({
      verifiedQuantity: 0,
      submittedQuantity: 0,
      verifiedPence: 0,
      submittedPence: 0,
    });
  });
});

describe('expectedToDate: spread over the term', () => {
  const year = { start: '2025-04-01', end: '2026-03-31' }; // 365 days
  const c = commitment(365, 100);

  it('expects a day’s share on each day, counting the first and the day of the figures', () => {
    expect(expectedToDate(c, year, '2025-04-01', 4)).toBe(1);
    expect(expectedToDate(c, year, '2025-06-30', 4)).toBe(91);
  });

  it('expects nothing before a contract starts and everything once it has ended', () => {
    expect(expectedToDate(c, year, '2025-03-31', 4)).toBe(0);
    expect(expectedToDate(c, year, '2026-03-31', 4)).toBe(365);
    expect(expectedToDate(c, year, '2030-01-01', 4)).toBe(365);
  });

  it('counts 29 February in a leap year', () => {
    const leapYear = { start: '2024-01-01', end: '2024-12-31' }; // 366 days
    expect(expectedToDate(commitment(366, 100), leapYear, '2024-02-29', 1)).toBe(60);
  });

  it('counts only the term’s days when it starts mid-quarter', () => {
    const term = { start: '2025-05-15', end: '2026-05-14' }; // 365 days
    expect(expectedToDate(c, term, '2025-06-30', 4)).toBe(47); // 17 days of May + 30 of June
  });

  it('expects nothing of a zero commitment', () => {
    expect(expectedToDate(commitment(0, 100), year, '2025-09-30', 4)).toBe(0);
  });
});

describe('expectedToDate: yearly targets', () => {
  const term = { start: '2025-05-15', end: '2027-05-14' };
  const c = commitment(330, 100, [
    { financialYear: '2025/26', quantity: 100 },
    { financialYear: '2026/27', quantity: 200 },
    { financialYear: '2027/28', quantity: 30 },
  ]);

  it('spreads the first year’s target over the part of the year inside the term', () => {
    // 15 May 2025 to 31 March 2026 is 321 days; 47 of them have passed by 30 June.
    expect(expectedToDate(c, term, '2025-06-30', 4)).toBeCloseTo((100 * 47) / 321, 12);
    expect(expectedToDate(c, term, '2026-03-31', 4)).toBe(100);
  });

  it('adds ended years in full to the share of the year under way', () => {
    // April to September is 183 of 2026/27's 365 days.
    expect(expectedToDate(c, term, '2026-09-30', 4)).toBeCloseTo(100 + (200 * 183) / 365, 12);
    // The last year is 1 April to 14 May 2027, 44 days; 30 have passed by 30 April.
    expect(expectedToDate(c, term, '2027-04-30', 4)).toBeCloseTo(300 + (30 * 30) / 44, 12);
  });

  it('expects the whole commitment once the term has ended, whatever the targets add up to', () => {
    const short = commitment(500, 100, [{ financialYear: '2025/26', quantity: 100 }]);
    expect(expectedToDate(short, term, '2026-09-30', 4)).toBe(100);
    expect(expectedToDate(short, term, '2027-05-14', 4)).toBe(500);
  });

  it('follows a January-start year', () => {
    const calendarTerm = { start: '2025-07-01', end: '2026-12-31' };
    const targets = commitment(30, 100, [
      { financialYear: '2025', quantity: 10 },
      { financialYear: '2026', quantity: 20 },
    ]);
    expect(expectedToDate(targets, calendarTerm, '2025-12-31', 1)).toBe(10);
    // January to March 2026 is 90 of 365 days.
    expect(expectedToDate(targets, calendarTerm, '2026-03-31', 1)).toBeCloseTo(
      10 + (20 * 90) / 365,
      12,
    );
  });

  it('leaves out targets for years outside the term or not written as a financial year', () => {
    const odd = commitment(100, 100, [
      { financialYear: '2025/26', quantity: 40 },
      { financialYear: '2030/31', quantity: 1000 },
      { financialYear: '2025/27', quantity: 1000 },
    ]);
    expect(expectedToDate(odd, term, '2026-04-30', 4)).toBe(40);
  });
});

describe('ragOf', () => {
  const rate = (
    deliveredQuantity: number,
    expectedQuantity: number,
    kind: MeasureKind = 'quantity',
  ) => ragOf({ deliveredQuantity, expectedQuantity, bands, returnMissing: false, kind });

  it('is Green from exactly 90%, Amber from exactly 60%, Red below', () => {
    expect(rate(10, 10)).toBe('green');
    expect(rate(9, 10)).toBe('green');
    expect(rate(8.99, 10)).toBe('amber');
    expect(rate(6, 10)).toBe('amber');
    expect(rate(5.99, 10)).toBe('red');
    expect(rate(0, 10)).toBe('red');
    expect(rate(25, 10)).toBe('green');
  });

  it('treats a floating-point hair under the band as reaching it', () => {
    const expected = 3 * 1.1; // 3.3000000000000003
    expect((2.97 * 100) / expected).toBeLessThan(90); // 89.99999999999999
    expect(rate(2.97, expected)).toBe('green');
  });

  it('follows the council’s own bands', () => {
    const own = { greenFromPercent: 80, amberFromPercent: 50 };
    const args = { expectedQuantity: 10, bands: own, returnMissing: false, kind: 'money' as const };
    expect(ragOf({ ...args, deliveredQuantity: 8 })).toBe('green');
    expect(ragOf({ ...args, deliveredQuantity: 5 })).toBe('amber');
    expect(ragOf({ ...args, deliveredQuantity: 4.9 })).toBe('red');
  });

  it('is Green when nothing is expected yet', () => {
    expect(rate(0, 0)).toBe('green');
  });

  it('does not rate a record-only measure', () => {
    expect(rate(0, 0, 'record-only')).toBeNull();
    expect(rate(0, 10, 'record-only')).toBeNull();
  });

  it('is Grey when a due return is missing, whatever else', () => {
    for (const kind of ['quantity', 'money', 'record-only'] as const) {
      expect(
        ragOf({ deliveredQuantity: 10, expectedQuantity: 1, bands, returnMissing: true, kind }),
      ).toBe('grey');
    }
  });
});

describe('commitmentProgress', () => {
  // A 365-day contract starting mid-quarter; 365 units at £10 each; quarterly returns.
  const term = { start: '2025-05-15', end: '2026-05-14' };
  const c = commitment(365, 1000);
  const settings = (asOf: string, submitted: string[] = []) => ({
    asOf,
    bands,
    financialYearStartMonth: 4,
    frequency: 'quarterly' as const,
    submittedPeriodStarts: new Set(submitted),
  });
  const q1 = (quantity: number | null, verification: LineVerification = 'verified') =>
    line(quantity, 'submitted', verification, { proxyPence: 1000 });

  it('compares verified delivery with what was expected by the end of the last due quarter', () => {
    const progress = commitmentProgress(
      c,
      measure(),
      [q1(40)],
      term,
      settings('2025-08-15', ['2025-04-01']),
    );
    expect(progress).toEqual({
      commitmentId: 'c1',
      committedPence: 365_000,
      expectedQuantity: 47, // 15 May to 30 June
      expectedTo: '2025-06-30',
      delivery: {
        verifiedQuantity: 40,
        submittedQuantity: 40,
        verifiedPence: 40_000,
        submittedPence: 40_000,
      },
      missingPeriodLabels: [],
      rag: 'amber', // 85.1%
      percentOfExpected: (40 / 47) * 100,
    });
  });

  it('rates Red on verified delivery while the lines wait to be checked', () => {
    const progress = commitmentProgress(
      c,
      measure(),
      [q1(47, 'pending')],
      term,
      settings('2025-08-15', ['2025-04-01']),
    );
    expect(progress.rag).toBe('red');
    expect(progress.delivery).toMatchObject({ verifiedQuantity: 0, submittedPence: 47_000 });
    expect(progress.percentOfExpected).toBe(0);
  });

  it('is Grey, naming the quarter, when a due return is missing or only a draft', () => {
    const draft = line(47, 'draft', 'pending');
    const progress = commitmentProgress(c, measure(), [draft], term, settings('2025-08-15'));
    expect(progress.rag).toBe('grey');
    expect(progress.missingPeriodLabels).toEqual(['Q1 2025/26']);
    expect(progress.delivery.submittedQuantity).toBe(0);
  });

  it('measures expected to the day of the figures when the current quarter’s return is already in', () => {
    const q2 = line(50, 'submitted', 'verified', {
      periodStart: '2025-07-01',
      periodEnd: '2025-09-30',
    });
    const progress = commitmentProgress(
      c,
      measure(),
      [q1(40), q2],
      term,
      settings('2025-08-15', ['2025-04-01', '2025-07-01']),
    );
    expect(progress.expectedTo).toBe('2025-08-15');
    expect(progress.expectedQuantity).toBe(93); // 17 + 30 + 31 + 15 days
    expect(progress.delivery.verifiedQuantity).toBe(90);
    expect(progress.rag).toBe('green'); // 90 / 93 = 96.8%
  });

  it('expects nothing and rates Green before the contract starts', () => {
    const progress = commitmentProgress(c, measure(), [], term, settings('2025-05-01'));
    expect(progress).toMatchObject({
      expectedQuantity: 0,
      expectedTo: null,
      rag: 'green',
      percentOfExpected: null,
      missingPeriodLabels: [],
    });
  });

  it('expects the whole commitment once the last quarter of an ended contract is due', () => {
    const starts = ['2025-04-01', '2025-07-01', '2025-10-01', '2026-01-01', '2026-04-01'];
    const lines = starts.map((periodStart) =>
      line(73, 'verified', 'verified', { periodStart, proxyPence: 1000 }),
    );
    const done = commitmentProgress(c, measure(), lines, term, settings('2026-07-01', starts));
    expect(done).toMatchObject({
      expectedQuantity: 365,
      expectedTo: '2026-06-30',
      rag: 'green',
      percentOfExpected: 100,
    });
    expect(done.delivery.verifiedPence).toBe(365_000);
    // Ended on 14 May, but the last quarter's return is not due until 30 June.
    const ended = commitmentProgress(
      c,
      measure(),
      lines.slice(0, 4),
      term,
      settings('2026-06-01', starts.slice(0, 4)),
    );
    expect(ended).toMatchObject({ expectedQuantity: 321, expectedTo: '2026-03-31', rag: 'green' });
    expect(ended.percentOfExpected).toBeCloseTo((292 / 321) * 100, 12); // 90.97%
  });

  it('counts only this commitment’s lines, and extra lines for its contract and measure', () => {
    const lines = [
      q1(10),
      line(5, 'submitted', 'verified', { commitmentId: null }),
      line(100, 'submitted', 'verified', { commitmentId: 'c2' }),
      line(100, 'submitted', 'verified', { commitmentId: null, contractId: 'k2' }),
      line(100, 'submitted', 'verified', { commitmentId: null, measureId: 'm2' }),
    ];
    const progress = commitmentProgress(
      c,
      measure(),
      lines,
      term,
      settings('2025-08-15', ['2025-04-01']),
    );
    expect(progress.delivery.verifiedQuantity).toBe(15);
  });

  it('does not rate a record-only measure unless a return is missing', () => {
    const story = measure('record-only', null);
    const narrative = commitment(0, null);
    const given = commitmentProgress(
      narrative,
      story,
      [q1(null)],
      term,
      settings('2025-08-15', ['2025-04-01']),
    );
    expect(given).toMatchObject({ rag: null, percentOfExpected: null, committedPence: 0 });
    expect(commitmentProgress(narrative, story, [], term, settings('2025-08-15')).rag).toBe('grey');
  });

  it('rates a zero-proxy commitment by quantity though it is worth £0', () => {
    const free = commitment(365, 0);
    const progress = commitmentProgress(
      free,
      measure('quantity', 0),
      [line(47, 'verified', 'verified', { proxyPence: 0 })],
      term,
      settings('2025-07-01', ['2025-04-01']),
    );
    expect(progress).toMatchObject({ committedPence: 0, rag: 'green' });
    expect(progress.delivery).toMatchObject({ verifiedQuantity: 47, verifiedPence: 0 });
  });

  it('counts months for monthly reporting', () => {
    const monthly = { ...settings('2025-06-10', ['2025-05-01']), frequency: 'monthly' as const };
    const may = line(17, 'verified', 'verified', {
      periodStart: '2025-05-01',
      periodEnd: '2025-05-31',
    });
    const progress = commitmentProgress(c, measure(), [may], term, monthly);
    expect(progress).toMatchObject({
      expectedTo: '2025-05-31',
      expectedQuantity: 17,
      rag: 'green',
    });
  });

  it('waits a whole July-start year for an annual return, then compares with a leap year in the term', () => {
    // 1 July 2025 to 30 June 2028 is 365 + 365 + 366 = 1,096 days (29 February 2028 falls inside).
    const threeYears = { start: '2025-07-01', end: '2028-06-30' };
    const annual = (asOf: string, submitted: string[]) => ({
      ...settings(asOf, submitted),
      financialYearStartMonth: 7,
      frequency: 'annual' as const,
    });
    const c300 = commitment(300, 1000);
    const firstYear = line(90, 'verified', 'verified', {
      periodStart: '2025-07-01',
      periodEnd: '2026-06-30',
    });
    expect(
      commitmentProgress(c300, measure(), [], threeYears, annual('2026-03-01', [])),
    ).toMatchObject({ expectedQuantity: 0, rag: 'green' });
    const after = commitmentProgress(
      c300,
      measure(),
      [firstYear],
      threeYears,
      annual('2026-07-01', ['2025-07-01']),
    );
    expect(after.expectedQuantity).toBeCloseTo((300 * 365) / 1096, 12); // 99.91
    expect(after.rag).toBe('green'); // 90.08%
  });
});

describe('contractProgress', () => {
  const term = { start: '2025-04-01', end: '2026-03-31' }; // 365 days
  const settings = {
    asOf: '2025-10-15',
    bands,
    financialYearStartMonth: 4,
    frequency: 'quarterly' as const,
    submittedPeriodStarts: new Set(['2025-04-01']), // Q2's return is missing
  };
  const jobs = { ...commitment(365, 1000), id: 'jobs', measureId: 'm1' };
  const story = { ...commitment(0, null), id: 'story', measureId: 'm2' };
  const hours = { ...commitment(730, 50), id: 'hours', measureId: 'm3' };

  it('rates every commitment of a contract in order, sharing its missing returns', () => {
    const lines = [
      line(91, 'verified', 'verified', { commitmentId: 'jobs', proxyPence: 1000 }),
      line(null, 'verified', 'verified', { commitmentId: 'story', measureId: 'm2' }),
      // Reported without a link to the commitment: counts for the one on its measure.
      line(100, 'verified', 'verified', { commitmentId: null, measureId: 'm3', proxyPence: 50 }),
    ];
    const progress = contractProgress(
      [
        { commitment: jobs, measure: measure() },
        { commitment: story, measure: { ...measure('record-only', null), id: 'm2' } },
        { commitment: hours, measure: { ...measure('quantity', 50), id: 'm3' } },
      ],
      lines,
      term,
      settings,
    );
    expect(progress.map((p) => p.commitmentId)).toEqual(['jobs', 'story', 'hours']);
    expect(progress.map((p) => p.rag)).toEqual(['grey', 'grey', 'grey']);
    expect(progress.map((p) => p.missingPeriodLabels)).toEqual([
      ['Q2 2025/26'],
      ['Q2 2025/26'],
      ['Q2 2025/26'],
    ]);
    // Expected to 30 September, the last quarter due: 183 of 365 days.
    expect(progress.map((p) => p.expectedQuantity)).toEqual([183, 0, 366]);
    expect(progress.map((p) => p.delivery.verifiedPence)).toEqual([91_000, 0, 5_000]);
    expect(progress[2]?.percentOfExpected).toBeCloseTo((100 * 100) / 366, 12);
  });

  it('rates by the bands once the missing return is in', () => {
    const allIn = { ...settings, submittedPeriodStarts: new Set(['2025-04-01', '2025-07-01']) };
    const lines = [
      line(91, 'verified', 'verified', { commitmentId: 'jobs' }),
      line(80, 'verified', 'verified', { commitmentId: 'jobs', periodStart: '2025-07-01' }),
    ];
    const [progress] = contractProgress(
      [{ commitment: jobs, measure: measure() }],
      lines,
      term,
      allIn,
    );
    expect(progress).toMatchObject({
      expectedQuantity: 183,
      rag: 'green',
      missingPeriodLabels: [],
    });
    expect(progress?.delivery.verifiedQuantity).toBe(171); // 93.4%
  });

  it('rates nothing for a contract with no commitments', () => {
    expect(contractProgress([], [line(5, 'verified', 'verified')], term, settings)).toEqual([]);
  });
});

describe('contractReporting and progressFromDelivery: delivery added up elsewhere', () => {
  const term = { start: '2025-04-01', end: '2026-03-31' };
  const settings = {
    asOf: '2025-10-15',
    bands,
    financialYearStartMonth: 4,
    frequency: 'quarterly' as const,
    submittedPeriodStarts: new Set(['2025-04-01', '2025-07-01']),
  };

  it('says once per contract when expected is measured to and which returns are missing', () => {
    expect(contractReporting(term, settings)).toEqual({
      expectedTo: '2025-09-30',
      missingPeriodLabels: [],
    });
    const q2Missing = { ...settings, submittedPeriodStarts: new Set(['2025-04-01']) };
    expect(contractReporting(term, q2Missing)).toEqual({
      expectedTo: '2025-09-30',
      missingPeriodLabels: ['Q2 2025/26'],
    });
  });

  it('rates a commitment from totals a query made', () => {
    const delivery = {
      verifiedQuantity: 150,
      submittedQuantity: 170,
      verifiedPence: 150_000,
      submittedPence: 170_000,
    };
    const reporting = contractReporting(term, settings);
    const progress = progressFromDelivery(
      commitment(365, 1000),
      measure(),
      delivery,
      term,
      reporting,
      settings,
    );
    expect(progress).toMatchObject({ expectedQuantity: 183, rag: 'amber', delivery });
    expect(progress.percentOfExpected).toBeCloseTo((150 * 100) / 183, 12); // 82.0%
  });
});

describe('isSubmittedLine and isVerifiedLine: the rules a database query must follow too', () => {
  it.each([
    ['draft', 'pending', false, false],
    ['draft', 'verified', false, false],
    ['submitted', 'pending', true, false],
    ['submitted', 'verified', true, true],
    ['queried', 'queried', true, false],
    ['queried', 'verified', true, true],
    ['verified', 'verified', true, true],
    ['verified', 'rejected', false, false],
    ['rejected', 'verified', false, false],
  ] as const)(
    'a %s return with a %s line: submitted %s, verified %s',
    (status, check, submitted, verified) => {
      const reported = line(1, status, check);
      expect(isSubmittedLine(reported)).toBe(submitted);
      expect(isVerifiedLine(reported)).toBe(verified);
    },
  );
});

describe('totalsBy and totalOf', () => {
  const items = [
    {
      theme: 'Jobs',
      outcomes: ['Strong Economy'],
      committed: 1000,
      verified: 100,
      submitted: 300,
      rag: 'green' as const,
    },
    {
      theme: 'Jobs',
      outcomes: ['Strong Economy', 'Great Communities', 'Strong Economy'],
      committed: 500,
      verified: 0,
      submitted: 50,
      rag: 'grey' as const,
    },
    { theme: 'Environment', outcomes: [], committed: 200, verified: 20, submitted: 20, rag: null },
  ];
  const amounts = (item: (typeof items)[number]) => ({
    committedPence: item.committed,
    verifiedPence: item.verified,
    submittedPence: item.submitted,
    rag: item.rag,
  });

  it('adds up by a single key, in the order keys are first seen', () => {
    const byTheme = totalsBy(items, (item) => item.theme, amounts);
    expect([...byTheme.keys()]).toEqual(['Jobs', 'Environment']);
    expect(byTheme.get('Jobs')).toEqual({
      committedPence: 1500,
      verifiedPence: 100,
      submittedPence: 350,
      rag: { green: 1, amber: 0, red: 0, grey: 1 },
    });
    expect(byTheme.get('Environment')?.rag).toEqual({ green: 0, amber: 0, red: 0, grey: 0 });
  });

  it('counts an item once in each of its keys and not at all with none', () => {
    const byOutcome = totalsBy(items, (item) => item.outcomes, amounts);
    expect([...byOutcome.keys()]).toEqual(['Strong Economy', 'Great Communities']);
    expect(byOutcome.get('Strong Economy')?.committedPence).toBe(1500);
    expect(byOutcome.get('Great Communities')?.committedPence).toBe(500);
  });

  it('totals everything, and nothing to zeros', () => {
    expect(totalOf(items, amounts)).toEqual({
      committedPence: 1700,
      verifiedPence: 120,
      submittedPence: 370,
      rag: { green: 1, amber: 0, red: 0, grey: 1 },
    });
    expect(totalsBy([], () => 'x', amounts).size).toBe(0);
    expect(totalOf([], amounts)).toEqual({
      committedPence: 0,
      verifiedPence: 0,
      submittedPence: 0,
      rag: { green: 0, amber: 0, red: 0, grey: 0 },
    });
  });
});

describe('supplierShares', () => {
  it('shares contract value by local, SME and VCSE suppliers; a supplier can be all three', () => {
    expect(
      supplierShares([
        { valuePence: 1000, supplierLocal: true, supplierSme: true, supplierVcse: false },
        { valuePence: 3000, supplierLocal: false, supplierSme: false, supplierVcse: true },
        { valuePence: 0, supplierLocal: true, supplierSme: true, supplierVcse: true },
      ]),
    ).toEqual({
      totalPence: 4000,
      localPence: 1000,
      smePence: 1000,
      vcsePence: 3000,
      localPercent: 25,
      smePercent: 25,
      vcsePercent: 75,
    });
  });

  it('has no percentages when there is no contract value', () => {
    expect(supplierShares([])).toEqual({
      totalPence: 0,
      localPence: 0,
      smePence: 0,
      vcsePence: 0,
      localPercent: null,
      smePercent: null,
      vcsePercent: null,
    });
  });

  it('keeps percentages unrounded', () => {
    const one = { supplierSme: false, supplierVcse: false };
    const shares = supplierShares([
      { valuePence: 1, supplierLocal: true, ...one },
      { valuePence: 2, supplierLocal: false, ...one },
    ]);
    expect(shares.localPercent).toBe(100 / 3);
  });
});

describe('shareOfContractValue', () => {
  it('is committed £ as a percentage of the contract value', () => {
    expect(shareOfContractValue(5_000_000, 100_000_000)).toBe(5);
    expect(shareOfContractValue(0, 100_000_000)).toBe(0);
    expect(shareOfContractValue(150, 100)).toBe(150);
  });

  it('has no share of a contract worth £0', () => {
    expect(shareOfContractValue(5_000, 0)).toBeNull();
  });
});
