import { ForbiddenError } from 'src/common/errors/app-error';
import { minutePoints } from 'src/points/rules/exact-points';
import { wishAward, type PointRules, type Rating } from 'src/points/rules/point-rules';

/**
 * Why an award posted fewer points than its basis is worth. `posting_cap` still posts (the
 * rules' per-posting ceiling); every other flag posts nothing.
 */
export const AWARD_FLAGS = [
  'posting_cap',
  'pair_cap',
  'volunteer_cap',
  'budget',
  'not_approved',
] as const;
export type AwardFlag = (typeof AWARD_FLAGS)[number];

/** How a person had a hand in what is being rewarded. */
export type Involvement =
  | 'asked' // the resident the wish was for (by account, or by the phone they gave)
  | 'posted' // posted the wish, for themselves or on someone's behalf
  | 'rated' // rated the help, in the app, by tracking code or on the resident's behalf
  | 'organised' // organises the activity
  | 'marked' // recorded the attendance by hand
  | 'approved' // approved the attendance or the service record
  | 'adjusted'; // would make the adjustment

export interface Involved {
  userId: string | null;
  as: Involvement;
}

/** What an award is for: a rated wish, or minutes of service at a rate per hour. */
export type AwardBasis =
  | { kind: 'wish'; rating: Rating; category: string }
  | { kind: 'minutes'; minutes: number; pointsPerHour?: number };

const WHAT: Record<Involvement, string> = {
  asked: 'a wish they asked for',
  posted: 'a wish they posted',
  rated: 'a wish they rated',
  organised: 'an activity they organise',
  marked: 'attendance they recorded',
  approved: 'service they approved',
  adjusted: 'an adjustment they make themselves',
};

/** Refused: someone would earn from something they control (DESIGN §4, conflict of interest). */
export class ConflictOfInterestError extends ForbiddenError {
  constructor(readonly involvement: Involvement) {
    super(`Nobody earns points from ${WHAT[involvement]}`);
  }
}

/** Throws when the beneficiary had any hand in the source. */
export function assertNoConflict(beneficiaryId: string, involved: readonly Involved[]): void {
  const hit = involved.find((i) => i.userId !== null && i.userId === beneficiaryId);
  if (hit) throw new ConflictOfInterestError(hit.as);
}

/** Points the basis is worth by the rules, before any cap. */
export function requestedPoints(rules: PointRules, basis: AwardBasis): number {
  if (basis.kind === 'wish') return wishAward(rules, basis.rating, basis.category);
  const perHour = basis.pointsPerHour ?? rules.pointsPerHour;
  return minutePoints(basis.minutes, perHour);
}

/** The totals the caps are decided by, read from rows the awarding transaction has locked. */
export interface CapTotals {
  /** Awards this resident–volunteer pair earned this month (wishes only; null otherwise). */
  pairAwards: number | null;
  /** Points the volunteer earned by awards this month. */
  volunteerEarned: number;
  /** Points the community issued by awards this month (null when no budget is set). */
  communityIssued: number | null;
}

/** Applies every cap, in order: posting ceiling, pair cap, volunteer cap, community budget. */
export function decideAward(
  rules: PointRules,
  requested: number,
  totals: CapTotals,
): { points: number; flag: AwardFlag | null } {
  if (requested <= 0) return { points: 0, flag: null };
  const points = Math.min(requested, rules.maxPointsPerAward);
  const flag: AwardFlag | null = points < requested ? 'posting_cap' : null;
  if (totals.pairAwards !== null && totals.pairAwards >= rules.pairMonthlyCap)
    return { points: 0, flag: 'pair_cap' };
  if (
    rules.volunteerMonthlyCap !== null &&
    totals.volunteerEarned + points > rules.volunteerMonthlyCap
  )
    return { points: 0, flag: 'volunteer_cap' };
  if (
    rules.monthlyIssuanceBudget !== null &&
    totals.communityIssued !== null &&
    totals.communityIssued + points > rules.monthlyIssuanceBudget
  )
    return { points: 0, flag: 'budget' };
  return { points, flag };
}
