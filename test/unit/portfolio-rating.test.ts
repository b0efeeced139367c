// The portfolio's quick paths give what the contract's own page gives: ragFromDelivery, with the
// contract's reporting worked out once as day numbers (reportingDays), rates a commitment as
// progressFromDelivery does; addCommittedBySpan adds only the spans asked for, as committedBySpan
// splits them.

import { describe, expect, it } from 'vitest';
import { addCommittedBySpan, committedBySpan, yearSpans } from '../../shared/portfolio-calc';
import {
  contractReporting,
  progressFromDelivery,
  ragFromDelivery,
  reportingDays,
  termDays,
} from '../../shared/social-value-calc';
import type { CommitmentBasics, MeasureKind } from '../../shared/social-value';

const bands = { greenFromPercent: 90, amberFromPercent: 60 };
const april = 4;
const term = { start: '2025-04-01', end: '2027-03-31' };

const commitment = (overrides: Partial<CommitmentBasics> = {}): CommitmentBasics => ({
  id: 'c',
  contractId: 'k',
  measureId: 'm',
  quantity: 730,
  yearlyTargets: [],
  proxyPence: 1000,
  ...overrides,
});

const settings = (asOf: string, sent: string[]) => ({
  asOf,
  bands,
  financialYearStartMonth: april,
  frequency: 'quarterly' as const,
  submittedPeriodStarts: new Set(sent),
});

const delivered = (verifiedQuantity: number) => ({
  verifiedQuantity,
  submittedQuantity: verifiedQuantity,
  verifiedPence: 0,
  submittedPence: 0,
});

describe('ragFromDelivery', () => {
  const targets = [
    { financialYear: '2025/26', quantity: 100 },
    { financialYear: '2026/27', quantity: 630 },
  ];
  it.each([
    ['before the start', '2025-03-01', [], 0, 'quantity', {}],
    ['all returns in, on track', '2025-10-15', ['2025-04-01', '2025-07-01'], 180, 'quantity', {}],
    ['all returns in, behind', '2025-10-15', ['2025-04-01', '2025-07-01'], 150, 'quantity', {}],
    ['far behind', '2025-10-15', ['2025-04-01', '2025-07-01'], 20, 'quantity', {}],
    ['a return missing', '2025-10-15', ['2025-04-01'], 500, 'quantity', {}],
    ['record-only', '2025-10-15', ['2025-04-01', '2025-07-01'], 0, 'record-only', {}],
    [
      'yearly targets',
      '2026-05-01',
      ['2025-04-01', '2025-07-01', '2025-10-01', '2026-01-01'],
      95,
      'quantity',
      { yearlyTargets: targets },
    ],
    [
      'the current return in early',
      '2025-10-15',
      ['2025-04-01', '2025-07-01', '2025-10-01'],
      200,
      'quantity',
      {},
    ],
    ['after the end', '2027-06-01', [], 730, 'quantity', {}],
  ] as const)('%s: as progressFromDelivery rates it', (_, asOf, sent, verified, kind, more) => {
    const c = commitment(more);
    const given = settings(asOf, [...sent]);
    const reporting = contractReporting(term, given);
    const measure = {
      id: 'm',
      code: 'M1',
      title: 'M',
      unit: 'u',
      kind: kind as MeasureKind,
      proxyPence: 1000,
    };
    const expected = progressFromDelivery(
      c,
      measure,
      delivered(verified),
      term,
      reporting,
      given,
    ).rag;
    const days = reportingDays(term, reporting);
    expect(ragFromDelivery(c, kind, verified, days, bands, april)).toBe(expected);
  });

  it('gives each colour in the cases above', () => {
    const rate = (asOf: string, sent: string[], verified: number) =>
      ragFromDelivery(
        commitment(),
        'quantity',
        verified,
        reportingDays(term, contractReporting(term, settings(asOf, sent))),
        bands,
        april,
      );
    const twoIn = ['2025-04-01', '2025-07-01'];
    expect([
      rate('2025-10-15', twoIn, 180),
      rate('2025-10-15', twoIn, 150),
      rate('2025-10-15', twoIn, 20),
      rate('2025-10-15', ['2025-04-01'], 500),
    ]).toEqual(['green', 'amber', 'red', 'grey']);
  });
});

describe('addCommittedBySpan', () => {
  const years = yearSpans('2024-04-01', '2028-03-31', april);
  const c = commitment({ quantity: 7, proxyPence: 333 });

  it('adds the split of the spans asked for into what is there, and returns its sum', () => {
    const split = committedBySpan(c, term, years, april);
    const into = [5, 5, 5, 5];
    expect(addCommittedBySpan(c, termDays(term), years, [1, 2], april, into)).toBe(
      (split[1] ?? 0) + (split[2] ?? 0),
    );
    expect(into).toEqual([5, 5 + (split[1] ?? 0), 5 + (split[2] ?? 0), 5]);
    expect((split[1] ?? 0) + (split[2] ?? 0)).toBe(2331);
  });

  it('adds nothing for no spans', () => {
    const into = [1, 2, 3, 4];
    expect(addCommittedBySpan(c, termDays(term), years, [0, -1], april, into)).toBe(0);
    expect(into).toEqual([1, 2, 3, 4]);
  });
});
