import { rateGrids, type GridMonth } from 'src/reports/grid-rating';

const grid = (over: Partial<GridMonth>): GridMonth => ({
  gridId: 'g',
  wishesDue: 0,
  closedOnTime: 0,
  ratingsSum: 0,
  ratingsCount: 0,
  serviceMinutes: 0,
  completedWishes: 0,
  members: 1,
  ...over,
});

describe('rateGrids', () => {
  it('weights completion, satisfaction and activity and colours the score', () => {
    const [a, b] = rateGrids([
      // 10 due, 9 on time; ratings 4.5 avg; 600 min + 4 wishes over 2 members = 7 per member
      grid({
        gridId: 'a',
        wishesDue: 10,
        closedOnTime: 9,
        ratingsSum: 45,
        ratingsCount: 10,
        serviceMinutes: 600,
        completedWishes: 4,
        members: 2,
      }),
      // 4 due, 2 on time; avg 3; 60 min over 4 members = 0.25 per member
      grid({
        gridId: 'b',
        wishesDue: 4,
        closedOnTime: 2,
        ratingsSum: 6,
        ratingsCount: 2,
        serviceMinutes: 60,
        members: 4,
      }),
    ]);
    // a: 40·0.9 + 30·0.9 + 30·1 = 93 → red
    expect(a).toMatchObject({
      completion: 0.9,
      satisfaction: 0.9,
      activity: 1,
      score: 93,
      colour: 'red',
    });
    // b: 40·0.5 + 30·0.6 + 30·(0.25/7) = 20 + 18 + 1.07 = 39.07 → blue
    expect(b).toMatchObject({ completion: 0.5, satisfaction: 0.6, score: 39.07, colour: 'blue' });
  });

  it('uses per-community weights and cut-offs, and neutral values without data', () => {
    const [g] = rateGrids([grid({})], {
      weights: { completion: 0.5, satisfaction: 0.5, activity: 0 },
      cutoffs: { red: 95, yellow: 80 },
    });
    // completion 1 (nothing due), satisfaction 0.8 (no ratings): 50 + 40 = 90 → yellow
    expect(g).toMatchObject({
      completion: 1,
      satisfaction: 0.8,
      activity: 0,
      score: 90,
      colour: 'yellow',
    });
  });
});
