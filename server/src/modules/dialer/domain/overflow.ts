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
export const exactLimit = 120;

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
  /** G(x) = E[(x − A)⁺]. */
  private readonly g: Float64Array;
  private readonly size: number;

  constructor(private readonly t: WindowTerms) {
    // X can reach certain + all chances + the new calls; room for 4 new calls per agent term.
    this.size = t.certainAnswers + t.answerChances.length + 4 * (t.agentChances.length + t.certainAgents) + 8;
    this.x = poissonBinomial(t.answerChances, t.certainAnswers, this.size);
    const a = poissonBinomial(t.agentChances, t.certainAgents, t.certainAgents + t.agentChances.length + 1);
    // G(x) = Σ_{a<x} (x − a) P(a): with the running mass below x, G(x+1) = G(x) + P(A ≤ x).
    this.g = new Float64Array(this.size);
    let below = 0;
    for (let v = 0; v + 1 < this.size; v++) {
      below += v < a.length ? a[v]! : 0;
      this.g[v + 1] = this.g[v]! + below;
    }
  }

  at(n: number): number {
    const c = this.t.perNewCall;
    while (this.n < n) {
      // One more new call: X ← X ⊕ Bernoulli(c).
      for (let v = this.size - 1; v > 0; v--) this.x[v] = this.x[v]! * (1 - c) + this.x[v - 1]! * c;
      this.x[0] = this.x[0]! * (1 - c);
      this.n++;
    }
    let sum = 0;
    for (let v = 1; v < this.size; v++) sum += this.x[v]! * this.g[v]!;
    return sum;
  }
}

/** The distribution of `shift` + a sum of independent Bernoulli(p_i), on 0 … size−1. */
export function poissonBinomial(chances: readonly number[], shift: number, size: number): Float64Array {
  const d = new Float64Array(Math.max(size, shift + 1));
  d[shift] = 1;
  let top = shift;
  for (const p of chances) {
    if (top + 1 < d.length) top++;
    for (let v = top; v > shift; v--) d[v] = d[v]! * (1 - p) + d[v - 1]! * p;
    d[shift] = d[shift]! * (1 - p);
  }
  return d;
}
