// The expected overflow of one window: answered calls beyond the agents free for them,
// E[(X − A)⁺], where X = certain answers + a sum of independent answer chances (+ n new calls,
// each answered in the window with the same chance c) and A = ready agents + a sum of
// independent chances that a busy agent is free in time. Exact (Poisson-binomial convolution)
// for small campaigns, where the normal law misjudges the tail; normal for large ones.

import { expectedPositivePart } from './probability.ts';

export interface WindowTerms {
  /** Answers certain to come (answered calls already waiting). */
  certainAnswers: number;
  /** Each ringing call's chance to be answered in the window. */
  answerChances: readonly number[];
  /** Agents certain to be free (ready now). */
  certainAgents: number;
  /** Each busy agent's chance to be free in time. */
  agentChances: readonly number[];
  /** A new call's chance to be answered in the window. */
  perNewCall: number;
}

/** Above this many uncertain terms the normal law is used (and is close). */
export const exactLimit = 100;

// Scratch buffers for the exact sums, reused from one decision to the next (the pacing runs every
// second; fresh arrays each time kept the garbage collector busy). Not re-entrant: a decision
// calls releaseScratch() first, then takes what it needs synchronously.
const pool: Float64Array[] = [];
let taken = 0;

/** Every scratch buffer may be reused (call at the start of a decision). */
export function releaseScratch(): void {
  taken = 0;
}

function scratch(size: number): Float64Array {
  let buffer = pool[taken];
  if (!buffer || buffer.length < size) {
    buffer = new Float64Array(Math.max(size, 256));
    pool[taken] = buffer;
  }
  taken++;
  buffer.fill(0, 0, size);
  return buffer;
}

export interface Overflow {
  /** E[(X − A)⁺] with n new calls; n only grows between calls (incremental). */
  at(n: number): number;
}

export function overflowOf(t: WindowTerms): Overflow {
  return t.answerChances.length + t.agentChances.length <= exactLimit ? exactOverflow(t) : normalOverflow(t);
}

export const exactOverflow = (t: WindowTerms): Overflow => new ExactOverflow(t);
export const normalOverflow = (t: WindowTerms): Overflow => new NormalOverflow(t);

class NormalOverflow implements Overflow {
  private readonly mean: number;
  private readonly variance: number;
  constructor(private readonly t: WindowTerms) {
    let mean = t.certainAnswers - t.certainAgents;
    let variance = 0;
    for (const q of t.answerChances) {
      mean += q;
      variance += q * (1 - q);
    }
    for (const f of t.agentChances) {
      mean -= f;
      variance += f * (1 - f);
    }
    this.mean = mean;
    this.variance = variance;
  }
  at(n: number): number {
    const c = this.t.perNewCall;
    return expectedPositivePart(this.mean + n * c, this.variance + n * c * (1 - c));
  }
}

class ExactOverflow implements Overflow {
  /** P(X = x) for the answers so far (new calls included up to `n`). */
  private x: Float64Array;
  private n = 0;
  /** Highest value X can take so far. */
  private top: number;
  /** G(x) = E[(x − A)⁺]. */
  private readonly g: Float64Array;
  private readonly size: number;

  constructor(private readonly t: WindowTerms) {
    // X can reach certain + all chances + the new calls; room for 4 new calls per agent term.
    this.size = t.certainAnswers + t.answerChances.length + 4 * (t.agentChances.length + t.certainAgents) + 8;
    this.x = poissonBinomial(t.answerChances, t.certainAnswers, this.size, scratch(this.size));
    this.top = Math.min(this.size - 1, t.certainAnswers + t.answerChances.length);
    const aSize = t.certainAgents + t.agentChances.length + 1;
    const a = poissonBinomial(t.agentChances, t.certainAgents, aSize, scratch(aSize));
    // G(x) = Σ_{a<x} (x − a) P(a): with the running mass below x, G(x+1) = G(x) + P(A ≤ x).
    this.g = scratch(this.size);
    let below = 0;
    for (let v = 0; v + 1 < this.size; v++) {
      below += v < aSize ? a[v]! : 0;
      this.g[v + 1] = this.g[v]! + below;
    }
  }

  at(n: number): number {
    const c = this.t.perNewCall;
    while (this.n < n) {
      // One more new call: X ← X ⊕ Bernoulli(c).
      if (this.top + 1 < this.size) this.top++;
      for (let v = this.top; v > 0; v--) this.x[v] = this.x[v]! * (1 - c) + this.x[v - 1]! * c;
      this.x[0] = this.x[0]! * (1 - c);
      this.n++;
    }
    let sum = 0;
    for (let v = 1; v <= this.top; v++) sum += this.x[v]! * this.g[v]!;
    return sum;
  }
}

/** The distribution of `shift` + a sum of independent Bernoulli(p_i), on 0 … size−1. */
export function poissonBinomial(
  chances: readonly number[],
  shift: number,
  size: number,
  into: Float64Array = new Float64Array(Math.max(size, shift + 1)),
): Float64Array {
  const d = into;
  const length = Math.max(size, shift + 1);
  d[shift] = 1;
  let top = shift;
  for (const p of chances) {
    if (top + 1 < length) top++;
    for (let v = top; v > shift; v--) d[v] = d[v]! * (1 - p) + d[v - 1]! * p;
    d[shift] = d[shift]! * (1 - p);
  }
  return d;
}
