// The A/B significance note: a two-proportion z-test on the conversions of A and B.

/** The standard normal distribution function, by the Abramowitz–Stegun 7.1.26 erf (error < 1.5e-7). */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-x * x);
  return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

export type ZTest = {
  /** null when a group is empty or the pooled rate is 0 or 1 (no variance: nothing to test). */
  z: number | null;
  /** Two-sided. */
  pValue: number | null;
  significant: boolean;
  winner: 'A' | 'B' | null;
};

/** Two-proportion z-test with the pooled standard error; significant at `alpha` (two-sided). */
export function twoProportionZTest(
  successA: number,
  totalA: number,
  successB: number,
  totalB: number,
  alpha = 0.05,
): ZTest {
  const none: ZTest = { z: null, pValue: null, significant: false, winner: null };
  if (totalA <= 0 || totalB <= 0) return none;
  const pA = successA / totalA;
  const pB = successB / totalB;
  const pooled = (successA + successB) / (totalA + totalB);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / totalA + 1 / totalB));
  if (se === 0) return none;
  const z = (pB - pA) / se;
  const pValue = 2 * (1 - normalCdf(Math.abs(z)));
  const significant = pValue < alpha;
  return { z, pValue, significant, winner: significant ? (z > 0 ? 'B' : 'A') : null };
}
