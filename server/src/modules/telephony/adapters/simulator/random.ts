// Seeded randomness for the simulator: one small generator (sfc32, seeded through splitmix32)
// and the distributions a call center is described with. Every draw goes through a `Random`, so
// the same seed gives the same day.

/** A stream of uniform numbers in [0, 1). */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  /** `seed` and the optional `streams` pick one independent stream (e.g. seed, DNIS index, caller number). */
  constructor(seed: number, ...streams: number[]) {
    let h = mix32(seed >>> 0);
    for (const s of streams) h = mix32((h ^ Math.imul(s >>> 0, 0x9e3779b1)) >>> 0);
    this.a = mix32(h ^ 0x243f6a88);
    this.b = mix32(h ^ 0x85a308d3);
    this.c = mix32(h ^ 0x13198a2e);
    this.d = 1;
    // The first outputs of sfc32 still echo the seed: throw a few away.
    for (let i = 0; i < 12; i++) this.next();
  }

  /** sfc32 (Chris Doty-Humphrey's small fast counting generator), 32 bits → [0, 1). */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** Exponential with the given mean (inter-arrival times of a Poisson process). */
  exponential(mean: number): number {
    return -mean * Math.log(1 - this.next());
  }

  /** Standard normal (Box–Muller; one of the pair is dropped so each draw uses exactly two uniforms). */
  normal(): number {
    const u = 1 - this.next();
    const v = this.next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** Log-normal given its own mean and standard deviation (not those of the underlying normal). */
  lognormal(mean: number, sd: number): number {
    const { mu, sigma } = lognormalParameters(mean, sd);
    return Math.exp(mu + sigma * this.normal());
  }

  /** An index drawn with the given non-negative weights (at least one positive). */
  weighted(weights: readonly number[]): number {
    let total = 0;
    for (const w of weights) total += w;
    let x = this.next() * total;
    for (let i = 0; i < weights.length; i++) {
      x -= weights[i]!;
      if (x < 0) return i;
    }
    // Rounding left x at 0: the last positive weight.
    for (let i = weights.length - 1; i >= 0; i--) if (weights[i]! > 0) return i;
    throw new RangeError('weighted: no positive weight');
  }
}

/** splitmix32's finaliser: spreads a 32-bit seed over all bits. */
function mix32(x: number): number {
  x = (x + 0x9e3779b9) | 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/** μ and σ of the normal behind a log-normal with this mean and standard deviation. */
export function lognormalParameters(mean: number, sd: number): { mu: number; sigma: number } {
  const sigma2 = Math.log(1 + (sd * sd) / (mean * mean));
  return { mu: Math.log(mean) - sigma2 / 2, sigma: Math.sqrt(sigma2) };
}

/** A duration in seconds, as the world describes it. */
export type Distribution =
  | { kind: 'fixed'; seconds: number }
  | { kind: 'uniform'; min: number; max: number }
  | { kind: 'exponential'; mean: number; max?: number }
  | { kind: 'lognormal'; mean: number; sd: number; max?: number };

/** One draw in milliseconds (whole, never negative; long tails cut at `max` seconds). */
export function drawMs(random: Random, d: Distribution): number {
  let seconds: number;
  switch (d.kind) {
    case 'fixed':
      seconds = d.seconds;
      break;
    case 'uniform':
      seconds = d.min + (d.max - d.min) * random.next();
      break;
    case 'exponential':
      seconds = Math.min(random.exponential(d.mean), d.max ?? Infinity);
      break;
    case 'lognormal':
      seconds = Math.min(random.lognormal(d.mean, d.sd), d.max ?? Infinity);
      break;
  }
  return Math.max(0, Math.round(seconds * 1000));
}
