import { describe, expect, it } from 'vitest';
import {
  erlangAPerformance,
  erlangAStates,
  erlangB,
  erlangC,
  erlangCPerformance,
  scheduledAgents,
  staffing,
  StaffingInputError,
} from './erlang.ts';

// ---- independent references, computed here another way ------------------------------------

/** Erlang C straight from its textbook definition, summing A^k / k! term by term. */
function erlangCBySum(n: number, a: number): number {
  let term = 1; // A^0 / 0!
  let sum = 0;
  for (let k = 0; k < n; k++) {
    sum += term;
    term = (term * a) / (k + 1);
  }
  const top = term * (n / (n - a)); // A^n / n! · n / (n − A)
  return top / (sum + top);
}

/**
 * Erlang A's P(wait) and P(abandon) from the closed form of Mandelbaum & Zeltyn, "The Palm/Erlang-A
 * queue, with applications to call centers" (2007), §3: with x = nμ/θ, y = λ/θ,
 * A(x, y) = Σ_k y^k / ((x+1)…(x+k)) (the series of x·e^y·y^−x·γ(x, y)), E = Erlang B(n, λ/μ):
 * P(W > 0) = E·A / (1 + (A − 1)·E), P(Ab | W > 0) = 1/(ρA) + 1 − 1/ρ, ρ = λ/(nμ).
 * Nothing here is shared with the birth–death computation under test.
 */
function erlangAClosedForm(n: number, lambda: number, mu: number, theta: number) {
  const x = (n * mu) / theta;
  const y = lambda / theta;
  let term = 1;
  let A = 0;
  for (let k = 0; k < 100_000 && term > 1e-18 * A; k++) {
    A += term;
    term *= y / (x + k + 1);
  }
  let sum = 0;
  let t = 1;
  for (let k = 0; k <= n; k++) {
    sum += t;
    if (k < n) t = (t * (lambda / mu)) / (k + 1);
  }
  const E = t / sum;
  const pWait = (E * A) / (1 + (A - 1) * E);
  const rho = lambda / (n * mu);
  return { pWait, pAbandon: pWait * (1 / (rho * A) + 1 - 1 / rho) };
}

// ---- Erlang B and C -------------------------------------------------------------------------

describe('Erlang B and C', () => {
  it.each([
    [1, 1, 0.5], // B(1, 1) = 1 / (1 + 1)
    [2, 1, 0.2], // B(2, 1) = (1/2) / (1 + 1 + 1/2)
    [3, 2, 4 / 19], // (8/6) / (1 + 2 + 2 + 8/6) = (4/3) / (19/3)
  ])('Erlang B(%i, %d) by hand', (n, a, expected) => {
    expect(erlangB(n, a)).toBeCloseTo(expected, 14);
  });

  it.each([
    [2, 1, 1 / 3], // C(2, 1) = (1/2 · 2) / (1 + 1 + 1) by hand
    [11, 10, erlangCBySum(11, 10)],
    [14, 10, erlangCBySum(14, 10)],
    [55, 48, erlangCBySum(55, 48)],
    [120, 100, erlangCBySum(120, 100)],
  ])('Erlang C(%i, %d) equals the term-by-term sum', (n, a, expected) => {
    expect(erlangC(n, a)).toBeCloseTo(expected, 12);
  });

  it('stays finite where factorials overflow (2,000 agents, 1,950 Erlangs)', () => {
    const c = erlangC(2000, 1950);
    expect(Number.isFinite(c)).toBe(true);
    expect(c).toBeGreaterThan(0);
    expect(c).toBeLessThan(1);
  });

  it('n ≤ A: every call waits, the queue grows', () => {
    expect(erlangC(10, 10)).toBe(1);
    expect(erlangCPerformance(9, 10, 180, 20)).toMatchObject({ serviceLevel: 0, pWait: 1, asaSeconds: Infinity });
  });
});

// ---- the published worked example -----------------------------------------------------------

// Call Centre Helper, "Erlang C Formula – Made Simple With an Easy Worked Example"
// (callcentrehelper.com): 100 calls in 30 minutes, AHT 180 s, 80 % in 20 s, shrinkage 30 %,
// maximum occupancy 85 %. Traffic 10 Erlangs; the article starts at N = A + 1 = 11 and adds agents
// until the target is met: 14 agents, occupancy 10 / 14 = 71.4 % (under 85 %), 14 / (1 − 0.3) = 20
// to schedule. The percentages below are the article's formulas worked by hand (4 digits):
// P(wait) = C(14, 10) = 0.1741; SL = 1 − 0.1741 · e^(−(14 − 10) · 20 / 180) = 1 − 0.1741 · 0.6412
// = 0.8884; ASA = 0.1741 · 180 / 4 = 7.8 s; 13 agents: 1 − 0.2853 · e^(−60/180) = 0.7956.
describe('Call Centre Helper worked example (100 calls / 30 min, AHT 180 s, 80/20)', () => {
  const example = {
    calls: 100,
    intervalSeconds: 1800,
    ahtSeconds: 180,
    targetServiceLevel: 0.8,
    targetSeconds: 20,
    shrinkage: 0.3,
    maxOccupancy: 0.85,
  };

  it('14 agents, 20 scheduled, SL 88.8 %, P(wait) 17.4 %, ASA 7.8 s, occupancy 71.4 %', () => {
    const r = staffing(example);
    expect(r).toMatchObject({ model: 'erlang_c', agents: 14, scheduled: 20, pAbandon: 0 });
    expect(r.trafficErlangs).toBe(10);
    expect(Math.round(r.serviceLevel * 1000) / 10).toBe(88.8);
    expect(Math.round(r.pWait * 1000) / 10).toBe(17.4);
    expect(Math.round(r.asaSeconds * 10) / 10).toBe(7.8);
    expect(Math.round(r.occupancy * 1000) / 10).toBe(71.4);
  });

  it('13 agents fall short of 80 %: SL = 1 − C·e^(−(N−A)·T/AHT) by the formula', () => {
    const p13 = erlangCPerformance(13, 10, 180, 20);
    expect(Math.round(p13.serviceLevel * 1000) / 10).toBe(79.6);
    expect(p13.serviceLevel).toBeCloseTo(1 - erlangCBySum(13, 10) * Math.exp((-3 * 20) / 180), 12);
  });

  it('a tight occupancy cap adds agents beyond the service level: 10 / 13 > 0.75 → 14; 0.7 → 15', () => {
    expect(staffing({ ...example, maxOccupancy: 0.75 }).agents).toBe(14);
    expect(staffing({ ...example, maxOccupancy: 0.7 }).agents).toBe(15); // 10 / 14 = 0.714 > 0.7
  });
});

describe('scheduling after shrinkage', () => {
  it.each([
    [14, 0.3, 20], // 14 / 0.7 is 20 exactly, though floating point says 20.000000000000004
    [14, 0, 14],
    [15, 0.3, 22], // 21.43 → 22
    [0, 0.3, 0],
  ])('%i agents with %d shrinkage → %i', (agents, shrinkage, scheduled) => {
    expect(scheduledAgents(agents, shrinkage)).toBe(scheduled);
  });
});

// ---- Erlang A ---------------------------------------------------------------------------------

describe('Erlang A (M/M/n+M) against the closed form of Mandelbaum & Zeltyn', () => {
  it.each([
    // [agents, calls per 30 min, AHT s, patience s]
    [14, 100, 180, 120],
    [10, 100, 180, 60],
    [8, 100, 180, 300], // fewer agents than Erlangs: only abandonment keeps it stable
    [50, 500, 240, 180],
    [1, 10, 120, 30],
  ])('n=%i, %i calls, AHT %i s, patience %i s: P(wait) and P(abandon) agree to 1e-9', (n, calls, aht, patience) => {
    const lambda = calls / 1800;
    const p = erlangAPerformance(n, lambda, 1 / aht, 1 / patience, 20);
    const ref = erlangAClosedForm(n, lambda, 1 / aht, 1 / patience);
    expect(p.pWait).toBeCloseTo(ref.pWait, 9);
    expect(p.pAbandon).toBeCloseTo(ref.pAbandon, 9);
  });

  it('Little’s law: P(abandon) = θ·E[queue] / λ', () => {
    const [n, lambda, mu, theta] = [12, 100 / 1800, 1 / 180, 1 / 90];
    const pi = erlangAStates(n, lambda, mu, theta);
    const queue = pi.reduce((s, p, k) => s + Math.max(0, k - n) * p, 0);
    expect(erlangAPerformance(n, lambda, mu, theta, 20).pAbandon).toBeCloseTo((theta * queue) / lambda, 12);
  });

  it('with patience far longer than any wait it is Erlang C (14 agents of the worked example)', () => {
    const a = erlangAPerformance(14, 100 / 1800, 1 / 180, 1 / 1e9, 20);
    const c = erlangCPerformance(14, 10, 180, 20);
    expect(a.pWait).toBeCloseTo(c.pWait, 6);
    expect(a.serviceLevel).toBeCloseTo(c.serviceLevel, 6);
    expect(a.asaSeconds).toBeCloseTo(c.asaSeconds, 3);
    expect(a.pAbandon).toBeLessThan(1e-6);
  });

  it('one agent, by hand: a caller who finds the agent busy and nobody queued is answered within t with probability μ/(μ+θ)·(1 − e^(−(μ+θ)t))', () => {
    // n = 1, λ tiny: the caller almost surely finds 0 or 1 in the system, so
    // SL ≈ P0 + P1 · μ/(μ+θ) · (1 − e^(−(μ+θ)·t)), with P1/P0 = λ/μ.
    const [lambda, mu, theta, t] = [1e-7, 1 / 100, 1 / 50, 20];
    const p1 = lambda / mu / (1 + lambda / mu);
    const expected = 1 - p1 + p1 * (mu / (mu + theta)) * (1 - Math.exp(-(mu + theta) * t));
    expect(erlangAPerformance(1, lambda, mu, theta, t).serviceLevel).toBeCloseTo(expected, 9); // P2 ≈ 3e-11
  });

  it('staffs the worked example with 2-minute patience: fewer or equal agents than Erlang C, abandons reported', () => {
    const r = staffing({
      calls: 100,
      intervalSeconds: 1800,
      ahtSeconds: 180,
      targetServiceLevel: 0.8,
      targetSeconds: 20,
      shrinkage: 0.3,
      maxOccupancy: 0.85,
      patienceSeconds: 120,
    });
    expect(r.model).toBe('erlang_a');
    expect(r.agents).toBeLessThanOrEqual(14);
    expect(r.serviceLevel).toBeGreaterThanOrEqual(0.8);
    expect(erlangAPerformance(r.agents - 1, 100 / 1800, 1 / 180, 1 / 120, 20).serviceLevel).toBeLessThan(0.8);
    expect(r.pAbandon).toBeGreaterThan(0);
    expect(r.scheduled).toBe(scheduledAgents(r.agents, 0.3));
  });
});

describe('staffing input', () => {
  const base = { calls: 100, intervalSeconds: 1800, ahtSeconds: 180, targetServiceLevel: 0.8, targetSeconds: 20 };
  it.each([
    ['intervalSeconds', { intervalSeconds: 0 }],
    ['ahtSeconds', { ahtSeconds: -1 }],
    ['targetServiceLevel', { targetServiceLevel: 1.5 }],
    ['shrinkage', { shrinkage: 1 }],
    ['maxOccupancy', { maxOccupancy: 0 }],
    ['patienceSeconds', { patienceSeconds: 0 }],
    ['calls', { calls: Number.NaN }],
  ])('a bad %s is refused', (field, change) => {
    expect(() => staffing({ ...base, ...change })).toThrow(StaffingInputError);
    try {
      staffing({ ...base, ...change });
    } catch (e) {
      expect((e as StaffingInputError).field).toBe(field);
    }
  });

  it('more traffic than any center (100,000 Erlangs) is refused at once, not searched', () => {
    expect(() => staffing({ ...base, calls: 1_000_000 })).toThrow(StaffingInputError);
  });

  it('a large center: 1,000 Erlangs need the same agents by Erlang C whichever way they are found', () => {
    const r = staffing({ ...base, calls: 10_000 });
    expect(erlangCPerformance(r.agents, 1000, 180, 20).serviceLevel).toBeGreaterThanOrEqual(0.8);
    expect(erlangCPerformance(r.agents - 1, 1000, 180, 20).serviceLevel).toBeLessThan(0.8);
  });

  it('no calls: no agents', () => {
    expect(staffing({ ...base, calls: 0 })).toMatchObject({ agents: 0, scheduled: 0, serviceLevel: 1 });
  });
});
