import { describe, expect, it } from 'vitest';
import { defaultCouncilProfile } from '../../shared/council-profile';
import {
  addVat,
  meetsThreshold,
  scopeOf,
  thresholdInForce,
  UK_STANDARD_VAT_RATE_PERCENT,
  type ThresholdRule,
} from '../../shared/thresholds';

const profile = defaultCouncilProfile.thresholds;

const statutoryServices = (date: string) =>
  thresholdInForce(profile, { kind: 'statutory', category: 'services', date })?.amountPence;

describe('thresholdInForce', () => {
  it('uses the default statutory figures from the day each starts, not the day before', () => {
    expect(statutoryServices('2021-12-31')).toBeUndefined();
    expect(statutoryServices('2022-01-01')).toBe(21_347_700);
    expect(statutoryServices('2023-12-31')).toBe(21_347_700);
    expect(statutoryServices('2024-01-01')).toBe(21_490_400);
    expect(statutoryServices('2025-12-31')).toBe(21_490_400);
    expect(statutoryServices('2026-01-01')).toBe(20_772_000);
    expect(statutoryServices('2031-06-30')).toBe(20_772_000);
  });

  it('returns null when nothing of that kind is in force yet', () => {
    expect(
      thresholdInForce(profile, { kind: 'statutory', category: 'works', date: '2023-12-31' }),
    ).toBeNull();
    expect(
      thresholdInForce([], { kind: 'local', category: 'goods', date: '2025-01-01' }),
    ).toBeNull();
  });

  it("applies an 'all' threshold to every category", () => {
    for (const category of ['goods', 'services', 'works'] as const) {
      expect(
        thresholdInForce(profile, { kind: 'local', category, date: '2022-04-01' })?.amountPence,
      ).toBe(5_000_000);
    }
  });

  const local = (category: ThresholdRule['category'], amountPence: number, effectiveFrom: string) =>
    ({ kind: 'local', category, vatBasis: 'net', amountPence, effectiveFrom }) as const;

  it("lets the latest decision stand: specific over 'all' on the same date, a later 'all' over both", () => {
    const thresholds = [
      local('all', 5_000_000, '2022-04-01'),
      local('goods', 2_500_000, '2024-04-01'),
      local('all', 7_500_000, '2024-04-01'),
      local('all', 10_000_000, '2025-04-01'),
    ];
    const on = (category: 'goods' | 'works', date: string) =>
      thresholdInForce(thresholds, { kind: 'local', category, date })?.amountPence;
    expect(on('goods', '2024-03-31')).toBe(5_000_000);
    expect(on('goods', '2024-04-01')).toBe(2_500_000);
    expect(on('works', '2024-04-01')).toBe(7_500_000);
    expect(on('goods', '2025-04-01')).toBe(10_000_000);
  });

  it('never mixes kinds, and refuses a date that is not a calendar date', () => {
    expect(
      thresholdInForce(profile, { kind: 'local', category: 'services', date: '2026-01-01' })
        ?.amountPence,
    ).toBe(5_000_000);
    expect(() =>
      thresholdInForce(profile, { kind: 'local', category: 'goods', date: '01/01/2026' }),
    ).toThrow(RangeError);
  });
});

describe('VAT', () => {
  it('adds the standard rate in whole pence, rounding down so the figure agrees with the test', () => {
    expect(UK_STANDARD_VAT_RATE_PERCENT).toBe(20);
    expect(addVat(25_000_000)).toBe(30_000_000);
    expect(addVat(17_310_000)).toBe(20_772_000);
    expect(addVat(1)).toBe(1);
    expect(addVat(4_503_599_627_370_495)).toBe(5_404_319_552_844_594); // exact beyond 2^53 / 1.2
  });

  const gross = { vatBasis: 'gross', amountPence: 20_772_000 } as const;
  it('compares a gross threshold with the value plus VAT, exactly at the threshold', () => {
    expect(meetsThreshold(17_310_000, gross)).toBe(true); // £173,100 + VAT = £207,720
    expect(meetsThreshold(17_309_999, gross)).toBe(false);
    // 0.1 + 0.2 style drift would creep in with 17_310_000 * 1.2; the integer sum does not.
    expect(meetsThreshold(1, { vatBasis: 'gross', amountPence: 2 })).toBe(false);
    expect(meetsThreshold(5, { vatBasis: 'gross', amountPence: 6 })).toBe(true);
  });

  it('compares a net threshold with the net value', () => {
    expect(meetsThreshold(5_000_000, { vatBasis: 'net', amountPence: 5_000_000 })).toBe(true);
    expect(meetsThreshold(4_999_999, { vatBasis: 'net', amountPence: 5_000_000 })).toBe(false);
    expect(() => meetsThreshold(1.5, { vatBasis: 'net', amountPence: 1 })).toThrow(/whole number/);
  });
});

describe('scopeOf', () => {
  it('puts services at or above the statutory threshold in scope of the Act, with the reason', () => {
    const scope = scopeOf(
      { category: 'services', valuePence: 25_000_000, date: '2025-06-01' },
      profile,
    );
    expect(scope).toMatchObject({ act: true, local: true, notChecked: [] });
    expect(scope.actThreshold?.amountPence).toBe(21_490_400);
    expect(scope.localThreshold?.amountPence).toBe(5_000_000);
    expect(scope.reasons).toEqual([
      'Services at £250,000 net (£300,000 with VAT) are at or above the statutory threshold of £214,904 with VAT in force from 1 January 2024.',
      'Services at £250,000 net are at or above the local policy threshold of £50,000 net of VAT in force from 1 April 2022.',
    ]);
  });

  it('decides on the threshold of the date: £173,100 net is below in 2025 and in scope in 2026', () => {
    const at = (date: string) =>
      scopeOf({ category: 'services', valuePence: 17_310_000, date }, profile);
    expect(at('2025-12-31').act).toBe(false);
    expect(at('2025-12-31').reasons[0]).toBe(
      'Services at £173,100 net (£207,720 with VAT) are below the statutory threshold of £214,904 with VAT in force from 1 January 2024.',
    );
    expect(at('2026-01-01').act).toBe(true);
    expect(at('2026-01-01').reasons[0]).toContain(
      'at or above the statutory threshold of £207,720',
    );
    const below = scopeOf(
      { category: 'services', valuePence: 17_309_999, date: '2026-01-01' },
      profile,
    );
    expect(below.act).toBe(false);
    expect(below.reasons[0]).toBe(
      'Services at £173,099.99 net (£207,719.98 with VAT) are below the statutory threshold of £207,720 with VAT in force from 1 January 2026.',
    );
    expect(at('2022-01-01').actThreshold?.amountPence).toBe(21_347_700);
  });

  it('keeps goods and works out of the Act but in the local policy', () => {
    for (const category of ['goods', 'works'] as const) {
      const scope = scopeOf({ category, valuePence: 600_000_000, date: '2026-01-01' }, profile);
      expect(scope.act).toBe(false);
      expect(scope.actThreshold).toBeUndefined();
      expect(scope.local).toBe(true);
      expect(scope.reasons[0]).toMatch(
        /are not in scope of the Social Value Act, which covers services/,
      );
    }
    expect(
      scopeOf({ category: 'goods', valuePence: 4_999_999, date: '2026-01-01' }, profile).reasons[1],
    ).toBe(
      'Goods at £49,999.99 net are below the local policy threshold of £50,000 net of VAT in force from 1 April 2022.',
    );
  });

  it('says so when no threshold is in force on the date', () => {
    const scope = scopeOf(
      { category: 'services', valuePence: 100_000_000, date: '2021-06-01' },
      profile,
    );
    expect(scope).toMatchObject({ act: false, local: false, notChecked: ['statutory', 'local'] });
    expect(scope.reasons).toEqual([
      'No statutory threshold for services is in force on 1 June 2021, so Social Value Act scope cannot be worked out: add one to the council profile.',
      'No local policy threshold for services is in force on 1 June 2021, so the local policy cannot be checked: add one to the council profile.',
    ]);
  });
});
