import {
  assertNoConflict,
  ConflictOfInterestError,
  decideAward,
  requestedPoints,
} from 'src/points/award-rules';
import { DEFAULT_RULES, type PointRules } from 'src/points/rules/point-rules';

const rules = (over: Partial<PointRules> = {}): PointRules => ({ ...DEFAULT_RULES, ...over });
const none = { pairAwards: null, volunteerEarned: 0, communityIssued: null };

describe('what an award is worth', () => {
  it('rates a wish by the rating map times the category multiplier', () => {
    const r = rules({ categoryMultipliers: { medical_escort: 1.5 } });
    expect(requestedPoints(r, { kind: 'wish', rating: 5, category: 'medical_escort' })).toBe(15);
    expect(requestedPoints(r, { kind: 'wish', rating: 4, category: 'repair' })).toBe(8);
  });

  it('pays minutes at the activity rate, or the community rate, rounded', () => {
    expect(requestedPoints(rules(), { kind: 'minutes', minutes: 90 })).toBe(15);
    expect(requestedPoints(rules(), { kind: 'minutes', minutes: 50 })).toBe(8);
    expect(requestedPoints(rules(), { kind: 'minutes', minutes: 60, pointsPerHour: 30 })).toBe(30);
  });
});

describe('caps, in order', () => {
  it('cuts a posting to the ceiling and still posts it', () => {
    expect(decideAward(rules({ maxPointsPerAward: 100 }), 240, none)).toEqual({
      points: 100,
      flag: 'posting_cap',
    });
    expect(decideAward(rules({ maxPointsPerAward: 100 }), 100, none)).toEqual({
      points: 100,
      flag: null,
    });
  });

  it('posts nothing for a pair at its monthly cap', () => {
    const r = rules({ pairMonthlyCap: 3 });
    expect(decideAward(r, 10, { ...none, pairAwards: 2 }).points).toBe(10);
    expect(decideAward(r, 10, { ...none, pairAwards: 3 })).toEqual({ points: 0, flag: 'pair_cap' });
  });

  it('posts nothing past the volunteer cap or the budget, up to them exactly', () => {
    const r = rules({ volunteerMonthlyCap: 50, monthlyIssuanceBudget: 100 });
    expect(decideAward(r, 10, { ...none, volunteerEarned: 40, communityIssued: 0 }).points).toBe(
      10,
    );
    expect(decideAward(r, 10, { ...none, volunteerEarned: 41, communityIssued: 0 })).toEqual({
      points: 0,
      flag: 'volunteer_cap',
    });
    expect(decideAward(r, 10, { ...none, volunteerEarned: 0, communityIssued: 91 })).toEqual({
      points: 0,
      flag: 'budget',
    });
  });

  it('posts nothing, and flags nothing, for a rating worth nothing', () => {
    expect(decideAward(rules(), 0, { ...none, pairAwards: 99 })).toEqual({ points: 0, flag: null });
  });
});

describe('conflict of interest', () => {
  it('refuses anyone who had a hand in the source', () => {
    expect(() =>
      assertNoConflict('v', [
        { userId: null, as: 'posted' },
        { userId: 'v', as: 'rated' },
      ]),
    ).toThrow(ConflictOfInterestError);
    expect(() => assertNoConflict('v', [{ userId: 'w', as: 'approved' }])).not.toThrow();
  });
});
