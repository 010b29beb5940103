import { describe, expect, it } from 'vitest';
import { exactOverflow, normalOverflow, overflowOf, poissonBinomial } from './overflow.ts';
import { endsWithin, expectedPositivePart, lognormalCdf, lognormalOf, normalCdf } from './probability.ts';

describe('normal and log-normal', () => {
  it.each([
    [0, 0.5],
    [1.959964, 0.975],
    [-1.959964, 0.025],
    [1, 0.841345],
  ])('Φ(%f) = %f', (x, p) => {
    expect(normalCdf(x)).toBeCloseTo(p, 5);
  });

  it('a log-normal is at half its mass at its median exp(μ)', () => {
    const ln = lognormalOf({ mean: 10, sd: 5 });
    expect(lognormalCdf(Math.exp(ln.mu), ln)).toBeCloseTo(0.5, 6);
    expect(lognormalCdf(0, ln)).toBe(0);
  });

  it('endsWithin: conditional on having lasted; overdue means due now', () => {
    const ln = lognormalOf({ mean: 20, sd: 10 });
    expect(endsWithin(0, 1e6, ln)).toBeCloseTo(1, 6);
    expect(endsWithin(5, 0, ln)).toBe(0);
    expect(endsWithin(1e5, 1, ln)).toBe(1);
    expect(endsWithin(30, 10, ln)).toBeGreaterThan(endsWithin(0, 10, ln));
  });

  it.each([
    ['mean 0, variance 1: φ(0) = 0.398942', 0, 1, 0.398942],
    ['no variance, positive: the mean', 2, 0, 2],
    ['no variance, negative: 0', -2, 0, 0],
    ['far below zero: ≈ 0', -10, 1, 0],
  ])('E[D⁺], %s', (_name, mean, variance, expected) => {
    expect(expectedPositivePart(mean, variance)).toBeCloseTo(expected, 5);
  });
});

describe('overflow of a window', () => {
  it('Poisson-binomial of two fair coins is ¼ ½ ¼', () => {
    expect([...poissonBinomial([0.5, 0.5], 0, 3)]).toEqual([0.25, 0.5, 0.25]);
    expect([...poissonBinomial([0.5], 2, 4)]).toEqual([0, 0, 0.5, 0.5]);
  });

  it('two calls at ½ against one ready agent: only both answering overflows, E = ¼', () => {
    const o = overflowOf({
      certainAnswers: 0,
      answerChances: [0.5, 0.5],
      certainAgents: 1,
      agentChances: [],
      perNewCall: 0.5,
    });
    expect(o.at(0)).toBeCloseTo(0.25, 12);
    // A third call at ½: P(2)·1 + P(3)·2 = 3/8 + 2/8 = 5/8.
    expect(o.at(1)).toBeCloseTo(0.625, 12);
  });

  it('an agent who may be free in time: one certain answer, agent free with ¾ ⇒ E = ¼', () => {
    const o = overflowOf({
      certainAnswers: 1,
      answerChances: [],
      certainAgents: 0,
      agentChances: [0.75],
      perNewCall: 0.25,
    });
    expect(o.at(0)).toBeCloseTo(0.25, 12);
  });

  it('on a large window the normal law agrees with the exact sum within 5 %; on a small tail it underestimates', () => {
    const answerChances = Array.from({ length: 200 }, (_, i) => 0.05 + (i % 5) * 0.02);
    const agentChances = Array.from({ length: 40 }, (_, i) => 0.1 + (i % 3) * 0.2);
    const large = { certainAnswers: 0, answerChances, certainAgents: 8, agentChances, perNewCall: 0.2 };
    expect(overflowOf(large).at(3)).toBeCloseTo(normalOverflow(large).at(3), 10);
    const exact = exactOverflow(large).at(3);
    expect(Math.abs(normalOverflow(large).at(3) - exact) / exact).toBeLessThan(0.05);
    // Poisson-like 0.3 answers against one agent: exact 0.3 − 1 + e^−0.3 ≈ 0.0408; normal ≈ 0.026.
    const small = {
      certainAnswers: 0,
      answerChances: Array.from({ length: 30 }, () => 0.01),
      certainAgents: 1,
      agentChances: [],
      perNewCall: 0,
    };
    expect(exactOverflow(small).at(0)).toBeCloseTo(0.0398, 3);
    expect(normalOverflow(small).at(0)).toBeLessThan(0.03);
  });
});
