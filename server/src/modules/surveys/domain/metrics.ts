// The figures of the analysis (Q4). CSAT: the share of 4 and 5 among the ratings 1–5
// (Chatwoot's convention). NPS: promoters (9–10) minus detractors (0–6), in points of the
// share of all scores. CES: the average effort score 1–7. Empty input gives null, never 0.

export type Csat = { count: number; positive: number; percent: number | null };
export type Nps = { count: number; promoters: number; passives: number; detractors: number; score: number | null };
export type Ces = { count: number; average: number | null };

const round1 = (n: number) => Math.round(n * 10) / 10;
const round2 = (n: number) => Math.round(n * 100) / 100;

export function csat(ratings: readonly number[]): Csat {
  const positive = ratings.filter((r) => r >= 4).length;
  return {
    count: ratings.length,
    positive,
    percent: ratings.length ? round1((positive / ratings.length) * 100) : null,
  };
}

export function nps(scores: readonly number[]): Nps {
  const promoters = scores.filter((s) => s >= 9).length;
  const detractors = scores.filter((s) => s <= 6).length;
  return {
    count: scores.length,
    promoters,
    passives: scores.length - promoters - detractors,
    detractors,
    score: scores.length ? round1(((promoters - detractors) / scores.length) * 100) : null,
  };
}

export function ces(scores: readonly number[]): Ces {
  return {
    count: scores.length,
    average: scores.length ? round2(scores.reduce((a, b) => a + b, 0) / scores.length) : null,
  };
}

/** Completed responses per invitation sent, in percent (one decimal); null without invitations. */
export function responseRate(invited: number, completed: number): number | null {
  return invited > 0 ? round1((completed / invited) * 100) : null;
}

/** How many gave each value, for every value the question can have (zeros included), in order. */
export function distribution(values: readonly (string | number)[], possible: readonly (string | number)[]) {
  const counts = new Map(possible.map((p) => [p, 0]));
  for (const v of values) if (counts.has(v)) counts.set(v, counts.get(v)! + 1);
  return possible.map((value) => ({ value: String(value), count: counts.get(value)! }));
}
