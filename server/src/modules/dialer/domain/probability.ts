// The little probability the pacing needs: the normal and log-normal distribution functions and the
// expected shortfall of a normal variable. Pure functions, no state.

/** Φ(x), the standard normal distribution function (Abramowitz & Stegun 7.1.26, |error| < 1.5e-7). */
export function normalCdf(x: number): number {
  const z = Math.abs(x) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * z);
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-z * z);
  return x >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
}

/** φ(x), the standard normal density. */
export function normalPdf(x: number): number {
  return Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
}

/** A duration described by its mean and standard deviation (seconds), read as a log-normal. */
export type Moments = { mean: number; sd: number };

/** The normal behind a log-normal with this mean and standard deviation. */
export function lognormalOf(m: Moments): { mu: number; sigma: number } {
  const mean = Math.max(m.mean, 1e-6);
  const sigma2 = Math.log(1 + (m.sd * m.sd) / (mean * mean));
  return { mu: Math.log(mean) - sigma2 / 2, sigma: Math.sqrt(sigma2) };
}

/** P(T ≤ t) for a log-normal T given by μ and σ; a σ of 0 is a fixed duration. */
export function lognormalCdf(t: number, ln: { mu: number; sigma: number }): number {
  if (t <= 0) return 0;
  if (ln.sigma < 1e-9) return Math.log(t) >= ln.mu ? 1 : 0;
  return normalCdf((Math.log(t) - ln.mu) / ln.sigma);
}

/**
 * P(T ≤ elapsed + within | T > elapsed): the chance that something that has lasted `elapsed`
 * seconds ends in the next `within` seconds. Past its whole distribution (survival ≈ 0) it is
 * treated as due at once.
 */
export function endsWithin(elapsed: number, within: number, ln: { mu: number; sigma: number }): number {
  if (within <= 0) return 0;
  const before = lognormalCdf(elapsed, ln);
  const survival = 1 - before;
  if (survival < 1e-9) return 1;
  return Math.min(1, Math.max(0, (lognormalCdf(elapsed + within, ln) - before) / survival));
}

/** E[max(D, 0)] for D normal with this mean and variance (the expected overflow). */
export function expectedPositivePart(mean: number, variance: number): number {
  if (variance < 1e-12) return Math.max(mean, 0);
  const sd = Math.sqrt(variance);
  const z = mean / sd;
  return sd * normalPdf(z) + mean * normalCdf(z);
}

/**
 * A log-normal distribution function read from a table (linear between 4096 points up to far in
 * its tail): the pacing evaluates it thousands of times a second on the same few distributions.
 */
export class CdfTable {
  private readonly values: Float64Array;
  private readonly step: number;
  private readonly exact: { mu: number; sigma: number };

  constructor(m: Moments) {
    this.exact = lognormalOf(m);
    const range = Math.min(Math.exp(this.exact.mu + 6 * this.exact.sigma), 200 * Math.max(m.mean, 1e-3));
    const points = 4096;
    this.step = range / points;
    this.values = new Float64Array(points + 1);
    for (let i = 0; i <= points; i++) this.values[i] = lognormalCdf(i * this.step, this.exact);
  }

  cdf(t: number): number {
    if (t <= 0) return 0;
    const x = t / this.step;
    const i = Math.floor(x);
    if (i >= this.values.length - 1) return lognormalCdf(t, this.exact);
    const a = this.values[i]!;
    return a + (this.values[i + 1]! - a) * (x - i);
  }

  /** As endsWithin, from the table. */
  endsWithin(elapsed: number, within: number): number {
    if (within <= 0) return 0;
    const before = this.cdf(elapsed);
    const survival = 1 - before;
    if (survival < 1e-9) return 1;
    return Math.min(1, Math.max(0, (this.cdf(elapsed + within) - before) / survival));
  }
}

const tables = new Map<string, CdfTable>();

/** The table of a distribution, kept for the few distributions in use (measurements change slowly). */
export function cdfTableOf(m: Moments): CdfTable {
  const key = `${m.mean}|${m.sd}`;
  let table = tables.get(key);
  if (!table) {
    if (tables.size >= 16) tables.delete(tables.keys().next().value!);
    table = new CdfTable(m);
    tables.set(key, table);
  }
  return table;
}
