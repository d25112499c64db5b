import {
  minutePoints,
  multipliedPoints,
  multiplierHundredths,
  roundHalfUp,
} from 'src/points/rules/exact-points';

/** The reference: exact decimal arithmetic with BigInt, halves up. */
const exact = (numerator: bigint, denominator: bigint): number =>
  Number((2n * numerator + denominator) / (2n * denominator));

describe('exact point arithmetic', () => {
  it('rounds halves up, never down', () => {
    expect(minutePoints(123, 30)).toBe(62); // 61.5 (floating point gave 61)
    expect(minutePoints(33, 30)).toBe(17); // 16.5
    expect(minutePoints(29, 1)).toBe(0); // 0.483…
    expect(minutePoints(30, 1)).toBe(1); // 0.5
    expect(roundHalfUp(5, 2)).toBe(3);
    expect(roundHalfUp(0, 7)).toBe(0);
  });

  it('pays every minute count of a day at every common rate exactly', () => {
    const rates = [1, 2, 3, 5, 6, 7, 8, 9, 10, 12, 15, 20, 25, 30, 40, 45, 50, 60, 75, 90, 100];
    for (const rate of rates) {
      for (let minutes = 0; minutes <= 24 * 60; minutes++) {
        const want = exact(BigInt(minutes * rate), 60n);
        if (minutePoints(minutes, rate) !== want)
          throw new Error(
            `${minutes} min at ${rate}/h: got ${minutePoints(minutes, rate)}, want ${want}`,
          );
      }
    }
  });

  it('multiplies wish points by two-decimal multipliers exactly', () => {
    expect(multipliedPoints(10, 1.15)).toBe(12); // 11.5 (floating point gave 11.499… → 11)
    expect(multipliedPoints(8, 1.5)).toBe(12);
    expect(multipliedPoints(5, 0.3)).toBe(2); // 1.5
    for (let points = 0; points <= 100; points++) {
      for (let hundredths = 0; hundredths <= 1000; hundredths++) {
        const want = exact(BigInt(points * hundredths), 100n);
        const got = multipliedPoints(points, hundredths / 100);
        if (got !== want)
          throw new Error(`${points} × ${hundredths / 100}: got ${got}, want ${want}`);
      }
    }
  });

  it('accepts multipliers of at most two decimals', () => {
    expect(multiplierHundredths(1.15)).toBe(115);
    expect(multiplierHundredths(0.07)).toBe(7);
    expect(multiplierHundredths(1.005)).toBeNull();
    expect(multiplierHundredths(1 / 3)).toBeNull();
  });

  it('refuses what is not a whole ratio', () => {
    expect(() => roundHalfUp(1.5, 2)).toThrow(/whole numbers|non-negative|do not fit/);
    expect(() => roundHalfUp(1, 0)).toThrow(/whole numbers|non-negative|do not fit/);
    expect(() => roundHalfUp(-1, 2)).toThrow(/whole numbers|non-negative|do not fit/);
  });
});
