/**
 * Point arithmetic in integers only: every award is a ratio of whole numbers rounded half up,
 * so 61.5 is 62 wherever it comes from (floating point made 123 min × 30 / 60 = 61.499… → 61).
 */

/** round(numerator / denominator), halves up, for a non-negative numerator and a positive denominator. */
export function roundHalfUp(numerator: number, denominator: number): number {
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator) || denominator <= 0)
    throw new Error(`roundHalfUp needs whole numbers, got ${numerator} / ${denominator}`);
  if (numerator < 0) throw new Error('roundHalfUp takes a non-negative numerator');
  return Math.floor((2 * numerator + denominator) / (2 * denominator));
}

/** Category multipliers carry at most two decimals: 1.25 is kept as 125 hundredths. */
export const MULTIPLIER_SCALE = 100;

/** The multiplier in hundredths, or null when it has more than two decimals. */
export function multiplierHundredths(multiplier: number): number | null {
  const scaled = Math.round(multiplier * MULTIPLIER_SCALE);
  return Math.abs(scaled - multiplier * MULTIPLIER_SCALE) < 1e-6 ? scaled : null;
}

/** Points for `minutes` of service at `pointsPerHour`: minutes × rate / 60, halves up. */
export const minutePoints = (minutes: number, pointsPerHour: number): number =>
  roundHalfUp(minutes * pointsPerHour, 60);

/** Points for a wish: the rating's points × the category multiplier, halves up. */
export const multipliedPoints = (points: number, multiplier: number): number =>
  // Rules are validated to two decimals, so this rounding only undoes binary fractions (1.15).
  roundHalfUp(points * Math.round(multiplier * MULTIPLIER_SCALE), MULTIPLIER_SCALE);
