import { DateTime } from 'luxon';
import { multipliedPoints } from 'src/points/rules/exact-points';

/** Wish categories (DESIGN §5); rules may weight each one. */
export const WISH_CATEGORIES = [
  'daily_life',
  'elder_care',
  'repair',
  'errand',
  'medical_escort',
  'tutoring',
  'other',
] as const;
export type WishCategory = (typeof WISH_CATEGORIES)[number];

export const EXPIRY_MODES = ['none', 'months', 'year_end'] as const;
export type ExpiryMode = (typeof EXPIRY_MODES)[number];

export type ExpiryRule =
  { mode: 'none' } | { mode: 'months'; months: number } | { mode: 'year_end' };

export type Rating = 1 | 2 | 3 | 4 | 5;

/** A community's point rules (DESIGN §4); every posting records the version it used. */
export interface PointRules {
  pointsPerHour: number;
  /** Points a volunteer earns for a wish rated 1–5. */
  wishPoints: Record<Rating, number>;
  /** Optional multiplier per wish category (missing = 1), at most two decimals. */
  categoryMultipliers: Record<string, number>;
  /** A resident–volunteer pair earns points for at most this many wishes a month. */
  pairMonthlyCap: number;
  /** Optional cap on the points one volunteer earns in a month. */
  volunteerMonthlyCap: number | null;
  /** Optional cap on the points the community issues in a month. */
  monthlyIssuanceBudget: number | null;
  /** No single award (a wish, an attendance, a service record) posts more than this. */
  maxPointsPerAward: number;
  /** Activities and self-reported service may lie at most this many days in the past. */
  backfillDays: number;
  expiry: ExpiryRule;
}

export const DEFAULT_RULES: PointRules = {
  pointsPerHour: 10,
  wishPoints: { 1: 0, 2: 2, 3: 5, 4: 8, 5: 10 },
  categoryMultipliers: {},
  pairMonthlyCap: 3,
  volunteerMonthlyCap: null,
  monthlyIssuanceBudget: null,
  maxPointsPerAward: 500,
  backfillDays: 30,
  expiry: { mode: 'none' },
};

/**
 * Points for a wish rated `rating` in `category`: the rating map times the category multiplier,
 * in integer arithmetic, halves up.
 */
export function wishAward(rules: PointRules, rating: Rating, category: string): number {
  return multipliedPoints(rules.wishPoints[rating], rules.categoryMultipliers[category] ?? 1);
}

/**
 * When points earned at `earnedAt` expire, by the community's rule in its time zone:
 * - `months: N`: at the local midnight ending the day N months after the day earned
 *   (earned 15 Jan → usable through 15 Jul for N = 6; month ends clamp: 31 Aug + 6 → 28/29 Feb);
 * - `year_end`: at the end of the year after the one earned (earned any day of 2026 → usable
 *   through 31 Dec 2027);
 * - `none`: never.
 */
export function expiryFor(rule: ExpiryRule, earnedAt: Date, timeZone: string): Date | null {
  const local = DateTime.fromJSDate(earnedAt, { zone: timeZone });
  switch (rule.mode) {
    case 'none':
      return null;
    case 'months':
      return local.startOf('day').plus({ months: rule.months }).plus({ days: 1 }).toJSDate();
    case 'year_end':
      return local.startOf('year').plus({ years: 2 }).toJSDate();
  }
}
