import { describe, expect, it } from 'vitest';
import {
  formatPounds,
  formatPoundsAndPence,
  parseMoneyToPence,
  penceToInputText,
} from '../../shared/money';

describe('formatPounds (reports: whole pounds)', () => {
  it('shows whole pounds with thousands separators', () => {
    expect(formatPounds(123_456_700)).toBe('£1,234,567');
    expect(formatPounds(21_490_400)).toBe('£214,904');
    expect(formatPounds(0)).toBe('£0');
  });

  it('rounds half a pound and more up, less than half down', () => {
    expect(formatPounds(149)).toBe('£1');
    expect(formatPounds(150)).toBe('£2');
    expect(formatPounds(250)).toBe('£3');
    expect(formatPounds(123_456_789)).toBe('£1,234,568');
  });

  it('puts the minus before the pound sign and rounds negatives away from zero', () => {
    expect(formatPounds(-372_800)).toBe('-£3,728');
    expect(formatPounds(-150)).toBe('-£2');
    expect(formatPounds(-149)).toBe('-£1');
  });

  it('shows a few pence either side of zero as £0, never "-£0"', () => {
    expect(formatPounds(-1)).toBe('£0');
    expect(formatPounds(-49)).toBe('£0');
    expect(formatPounds(49)).toBe('£0');
    expect(formatPounds(-50)).toBe('-£1');
  });

  it('rounds the largest safe amount on its pennies, not on a floating-point approximation', () => {
    // 90,071,992,547,409.91 rounds up; .01 stays.
    expect(formatPounds(Number.MAX_SAFE_INTEGER)).toBe('£90,071,992,547,410');
    expect(formatPounds(9_007_199_254_740_901)).toBe('£90,071,992,547,409');
  });
});

describe('formatPoundsAndPence (forms: pounds and pence)', () => {
  it('always shows two decimal places', () => {
    expect(formatPoundsAndPence(123_456)).toBe('£1,234.56');
    expect(formatPoundsAndPence(5_000_000)).toBe('£50,000.00');
    expect(formatPoundsAndPence(1250)).toBe('£12.50');
    expect(formatPoundsAndPence(7)).toBe('£0.07');
    expect(formatPoundsAndPence(0)).toBe('£0.00');
  });

  it('shows negatives with the minus before the pound sign', () => {
    expect(formatPoundsAndPence(-1250)).toBe('-£12.50');
    expect(formatPoundsAndPence(-1)).toBe('-£0.01');
  });

  it('does not show negative zero', () => {
    expect(formatPoundsAndPence(-0)).toBe('£0.00');
  });

  it('keeps the exact pennies of very large amounts', () => {
    expect(formatPoundsAndPence(Number.MAX_SAFE_INTEGER)).toBe('£90,071,992,547,409.91');
    expect(formatPoundsAndPence(9_007_199_254_740_901)).toBe('£90,071,992,547,409.01');
    expect(formatPoundsAndPence(1e15)).toBe('£10,000,000,000,000.00');
  });
});

describe('penceToInputText', () => {
  it('is the form text without the pound sign', () => {
    expect(penceToInputText(21_490_400)).toBe('214,904.00');
    expect(penceToInputText(-372_800)).toBe('-3,728.00');
    expect(penceToInputText(5)).toBe('0.05');
  });

  it('reads back to the same pence for amounts officers use', () => {
    const amounts = [0, 1, 9, 10, 99, 100, 101, 12_345, 5_000_000, 21_347_700, 537_260_900];
    for (const pence of amounts) {
      expect(parseMoneyToPence(penceToInputText(pence))).toBe(pence);
      expect(parseMoneyToPence(penceToInputText(-pence))).toBe(pence === 0 ? 0 : -pence);
    }
  });

  it('reads back to the same pence for every amount in a run of large values', () => {
    // A run around £1 billion (a whole-life contract) and one at the schema's £10 trillion cap.
    for (const start of [100_000_000_000, 1e15 - 500]) {
      for (let pence = start; pence < start + 1000; pence += 1) {
        expect(parseMoneyToPence(penceToInputText(pence))).toBe(pence);
      }
    }
  });

  it('reads back to the same pence up to the largest safe integer', () => {
    for (let pence = Number.MAX_SAFE_INTEGER - 300; pence <= Number.MAX_SAFE_INTEGER; pence += 1) {
      expect(parseMoneyToPence(penceToInputText(pence))).toBe(pence);
    }
  });
});

describe('parseMoneyToPence: amounts officers type', () => {
  it.each([
    ['1234', 123_400],
    ['1234.56', 123_456],
    ['£1,234.56', 123_456],
    [' 1,234.56 ', 123_456],
    ['£ 1 234.56', 123_456],
    ['12,345,678.90', 1_234_567_890],
    ['0.07', 7],
    ['.5', 50],
    ['12.5', 1250],
    ['0', 0],
    ['£0.00', 0],
    ['007', 700],
  ])('reads %j as %i pence', (text, pence) => {
    expect(parseMoneyToPence(text)).toBe(pence);
  });

  it.each([
    ['-12.5', -1250],
    ['-£12.50', -1250],
    ['(3728)', -372_800],
    ['(£3,728.00)', -372_800],
    [' ( 3,728 ) ', -372_800],
  ])('reads the negative %j as %i pence', (text, pence) => {
    expect(parseMoneyToPence(text)).toBe(pence);
  });

  it('reads a negative that rounds to nothing as 0, not -0', () => {
    expect(Object.is(parseMoneyToPence('-0.001'), 0)).toBe(true);
    expect(Object.is(parseMoneyToPence('(0.004)'), 0)).toBe(true);
    expect(Object.is(parseMoneyToPence('-0'), 0)).toBe(true);
  });
});

describe('parseMoneyToPence: rounding to the nearest penny', () => {
  it('rounds 1.005 to 101p, working on the digits and not on floating point', () => {
    // 1.005 * 100 is 100.49999999999999 in floating point.
    expect(parseMoneyToPence('1.005')).toBe(101);
  });

  it.each([
    ['1.004', 100],
    ['1.0049999', 100],
    ['1.005', 101],
    ['1.0051', 101],
    ['0.995', 100],
    ['9.999', 1000],
    ['£1,234.567', 123_457],
    ['77317.54000000001', 7_731_754],
    ['77317.545', 7_731_755],
  ])('reads %j as %i pence', (text, pence) => {
    expect(parseMoneyToPence(text)).toBe(pence);
  });

  it('rounds halves away from zero for negatives', () => {
    expect(parseMoneyToPence('-1.005')).toBe(-101);
    expect(parseMoneyToPence('(1.004)')).toBe(-100);
    expect(parseMoneyToPence('-0.005')).toBe(-1);
  });
});

describe('parseMoneyToPence: text that is not an amount', () => {
  it.each(['', '   ', '£', '-', '()', '.', '£.', '-£'])('refuses the blank-ish %j', (text) => {
    expect(parseMoneyToPence(text)).toBeNull();
  });

  it.each([
    '12abc',
    'abc',
    '1.2.3',
    '1,23',
    '1,2345',
    '12,34.56',
    ',123',
    '1e5',
    '0x10',
    'Infinity',
    'NaN',
    '+5',
    '--5',
    '£-12',
    '12£',
    '£1,234.56p',
    '(3728',
    '3728)',
    '1/2',
    '１２',
    '12 abc',
  ])('refuses %j', (text) => {
    expect(parseMoneyToPence(text)).toBeNull();
  });
});

describe('parseMoneyToPence: huge values', () => {
  it('reads the largest amount that fits exactly in pence', () => {
    expect(parseMoneyToPence('90,071,992,547,409.91')).toBe(Number.MAX_SAFE_INTEGER);
    expect(parseMoneyToPence('-90071992547409.91')).toBe(-Number.MAX_SAFE_INTEGER);
  });

  it('refuses amounts too large to hold exactly rather than returning a wrong number', () => {
    expect(parseMoneyToPence('90071992547409.92')).toBeNull();
    expect(parseMoneyToPence('90071992547409.915')).toBeNull();
    expect(parseMoneyToPence('99999999999999999999')).toBeNull();
    expect(parseMoneyToPence('1' + '0'.repeat(400))).toBeNull();
  });

  it('reads a £10 billion contract exactly', () => {
    expect(parseMoneyToPence('£10,000,000,000.01')).toBe(1_000_000_000_001);
  });
});
