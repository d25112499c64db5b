export interface RatingConfig {
  weights: { completion: number; satisfaction: number; activity: number };
  cutoffs: { red: number; yellow: number };
}

export const DEFAULT_RATING_CONFIG: RatingConfig = {
  weights: { completion: 0.4, satisfaction: 0.3, activity: 0.3 },
  cutoffs: { red: 85, yellow: 70 },
};

export type Colour = 'red' | 'yellow' | 'blue';

/** What a grid did in a month, counted from the data. */
export interface GridMonth {
  gridId: string;
  wishesDue: number;
  closedOnTime: number;
  ratingsSum: number;
  ratingsCount: number;
  serviceMinutes: number;
  completedWishes: number;
  members: number;
}

export interface GridRating {
  gridId: string;
  completion: number;
  satisfaction: number;
  activity: number;
  score: number;
  colour: Colour;
  inputs: GridMonth;
}

const round = (n: number, digits = 4) => Math.round(n * 10 ** digits) / 10 ** digits;

/**
 * DESIGN §4: completion = wishes closed by their deadline / wishes due (1 when none were due);
 * satisfaction = mean rating / 5 (4/5, the default rating, when there were none); activity =
 * (service hours + completed wishes) per member relative to the community's most active grid;
 * score = weighted sum × 100; red ≥ red cut-off, yellow ≥ yellow cut-off, otherwise blue.
 */
export function rateGrids(
  months: GridMonth[],
  config: RatingConfig = DEFAULT_RATING_CONFIG,
): GridRating[] {
  const activityOf = (g: GridMonth) =>
    g.members > 0 ? (g.serviceMinutes / 60 + g.completedWishes) / g.members : 0;
  const top = Math.max(0, ...months.map(activityOf));
  return months.map((g) => {
    const completion = g.wishesDue > 0 ? g.closedOnTime / g.wishesDue : 1;
    const satisfaction = g.ratingsCount > 0 ? g.ratingsSum / g.ratingsCount / 5 : 0.8;
    const activity = top > 0 ? activityOf(g) / top : 0;
    const w = config.weights;
    const score = round(
      100 * (w.completion * completion + w.satisfaction * satisfaction + w.activity * activity),
      2,
    );
    const colour: Colour =
      score >= config.cutoffs.red ? 'red' : score >= config.cutoffs.yellow ? 'yellow' : 'blue';
    return {
      gridId: g.gridId,
      completion: round(completion),
      satisfaction: round(satisfaction),
      activity: round(activity),
      score,
      colour,
      inputs: g,
    };
  });
}
