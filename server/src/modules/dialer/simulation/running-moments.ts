import type { Moments } from '../domain/probability.ts';

/** Mean and standard deviation of a stream of durations (Welford's update, numerically stable). */
export class RunningMoments {
  count = 0;
  private mean = 0;
  private m2 = 0;

  add(x: number): void {
    this.count++;
    const d = x - this.mean;
    this.mean += d / this.count;
    this.m2 += d * (x - this.mean);
  }

  /** The moments so far, or `fallback` before two observations. */
  moments(fallback: Moments): Moments {
    if (this.count < 2) return fallback;
    return { mean: this.mean, sd: Math.sqrt(this.m2 / (this.count - 1)) };
  }
}
