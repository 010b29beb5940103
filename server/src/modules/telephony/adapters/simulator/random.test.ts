import { describe, expect, it } from 'vitest';
import { drawMs, lognormalParameters, Random } from './random.ts';

// Sample means of n draws: the standard error is sd/√n; we accept 4 standard errors (p ≈ 6e-5).
const n = 20_000;

function sample(draw: () => number) {
  const xs = Array.from({ length: n }, draw);
  const mean = xs.reduce((a, b) => a + b, 0) / n;
  const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1));
  return { xs, mean, sd };
}

describe('Random', () => {
  it('repeats a stream for the same seed and streams, and differs for another stream', () => {
    const a = new Random(7, 1, 2);
    const b = new Random(7, 1, 2);
    const c = new Random(7, 1, 3);
    const first = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(first);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(first);
  });

  it('draws uniforms in [0, 1) with mean 1/2 (sd of the mean √(1/12)/√n)', () => {
    const r = new Random(1);
    const { xs, mean } = sample(() => r.next());
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    expect(Math.abs(mean - 0.5)).toBeLessThan((4 * Math.sqrt(1 / 12)) / Math.sqrt(n));
  });

  it('draws exponentials with the asked mean (sd = mean)', () => {
    const r = new Random(2);
    const { mean } = sample(() => r.exponential(90));
    expect(Math.abs(mean - 90)).toBeLessThan((4 * 90) / Math.sqrt(n));
  });

  it('draws log-normals with the asked mean and standard deviation', () => {
    const r = new Random(3);
    const { mean, sd } = sample(() => r.lognormal(240, 150));
    expect(Math.abs(mean - 240)).toBeLessThan((4 * 150) / Math.sqrt(n));
    // The sample sd of a log-normal converges slowly (heavy tail): 10 % is ample at this n.
    expect(Math.abs(sd - 150) / 150).toBeLessThan(0.1);
  });

  it('turns a mean and sd into μ, σ (mean 1, sd 0 is the point 1)', () => {
    expect(lognormalParameters(1, 0)).toEqual({ mu: 0, sigma: 0 });
    const { mu, sigma } = lognormalParameters(240, 150);
    expect(Math.exp(mu + (sigma * sigma) / 2)).toBeCloseTo(240, 9);
  });

  it.each([
    { name: 'three weights', weights: [5, 3, 2] },
    { name: 'a zero weight is never drawn', weights: [1, 0, 1] },
  ])('draws weighted indices in proportion: $name', ({ weights }) => {
    const r = new Random(4);
    const counts = weights.map(() => 0);
    for (let i = 0; i < n; i++) counts[r.weighted(weights)]!++;
    const total = weights.reduce((a, b) => a + b, 0);
    weights.forEach((w, i) => {
      const p = w / total;
      expect(Math.abs(counts[i]! - n * p)).toBeLessThanOrEqual(4 * Math.sqrt(n * p * (1 - p)));
    });
  });

  it('refuses weights with nothing positive', () => {
    expect(() => new Random(1).weighted([0, 0])).toThrow(RangeError);
  });
});

describe('drawMs', () => {
  it.each([
    { name: 'fixed', d: { kind: 'fixed', seconds: 2.5 } as const, check: (ms: number) => ms === 2500 },
    {
      name: 'uniform within its bounds',
      d: { kind: 'uniform', min: 1, max: 4 } as const,
      check: (ms: number) => ms >= 1000 && ms <= 4000,
    },
    {
      name: 'exponential cut at max',
      d: { kind: 'exponential', mean: 100, max: 5 } as const,
      check: (ms: number) => ms <= 5000,
    },
    {
      name: 'lognormal cut at max',
      d: { kind: 'lognormal', mean: 100, sd: 80, max: 30 } as const,
      check: (ms: number) => ms <= 30_000,
    },
  ])('$name', ({ d, check }) => {
    const r = new Random(5);
    for (let i = 0; i < 1000; i++) {
      const ms = drawMs(r, d);
      expect(Number.isInteger(ms) && ms >= 0 && check(ms)).toBe(true);
    }
  });
});
