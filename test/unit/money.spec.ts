import { atLeastPercent, formatPesos, percentOf } from '../../src/modules/cofinancing/money';

describe('money in whole pesos', () => {
  it('compares the counterpart share exactly, at the boundary and past 2^53 in the products', () => {
    // 20 % of 1,000: 200 is enough, 199 is not.
    expect(atLeastPercent(200, 1_000, 20)).toBe(true);
    expect(atLeastPercent(199, 1_000, 20)).toBe(false);
    // One peso short of 20 % on 2,500 M: 499,999,999 / 2,500,000,000 = 19.99999996 %.
    expect(atLeastPercent(499_999_999, 2_500_000_000, 20)).toBe(false);
    expect(atLeastPercent(500_000_000, 2_500_000_000, 20)).toBe(true);
    // Half of 8,800,000,000,000,003 is 4,400,000,000,000,001.5: the counterpart below falls short,
    // though part × 100 and percent × total round to the same double.
    expect(4_400_000_000_000_001 * 100 >= 50 * 8_800_000_000_000_003).toBe(true);
    expect(atLeastPercent(4_400_000_000_000_001, 8_800_000_000_000_003, 50)).toBe(false);
    expect(atLeastPercent(4_400_000_000_000_002, 8_800_000_000_000_003, 50)).toBe(true);
  });

  it('shows shares with two decimals and pesos the Colombian way', () => {
    expect(percentOf(250, 1_000)).toBe(25);
    expect(percentOf(1, 3)).toBe(33.33);
    expect(percentOf(5, 0)).toBe(0);
    expect(formatPesos(1_500_000).replace(/\s/g, ' ')).toBe('$ 1.500.000');
  });
});
