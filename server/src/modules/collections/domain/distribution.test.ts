import { describe, expect, it } from 'vitest';
import { callOrder, distributeEqually, distributeFairly, type TieredItem } from './distribution.ts';

function random(seed: number) {
  let a = seed;
  return () => {
    a = (a * 1103515245 + 12345) % 2147483648;
    return a / 2147483648;
  };
}

const spread = (values: number[]) => Math.max(...values) - Math.min(...values);

describe('distributeEqually', () => {
  it.each([
    [0, 3],
    [1, 3],
    [7, 3],
    [9, 3],
    [100, 7],
    [5, 1],
  ])('%i items over %i agents differ by at most one', (n, k) => {
    const agents = Array.from({ length: k }, (_, i) => `a${i}`);
    const shares = distributeEqually(
      Array.from({ length: n }, (_, i) => i),
      agents,
    );
    const counts = [...shares.values()].map((s) => s.length);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(n);
    expect(spread(counts)).toBeLessThanOrEqual(1);
  });
  it('with no agents nothing is distributed', () => expect(distributeEqually([1, 2], []).size).toBe(0));
});

describe('distributeFairly', () => {
  const next = random(42);
  const cases = Array.from({ length: 40 }, (_, c) => {
    const n = Math.floor(next() * 200);
    const k = 1 + Math.floor(next() * 8);
    const items: TieredItem[] = Array.from({ length: n }, () => {
      const amount = Math.round(next() * 6000);
      return { amount, tier: amount > 3000 ? 1 : amount >= 1000 ? 2 : 3 };
    });
    return [`case ${c}: ${n} items, ${k} agents`, items, k] as const;
  });

  it.each(cases)('%s: within every tier counts differ by at most one; totals too; nothing lost', (_n, items, k) => {
    const agents = Array.from({ length: k }, (_, i) => `a${i}`);
    const shares = distributeFairly(items, agents);
    const all = [...shares.values()].flat();
    expect(all).toHaveLength(items.length);
    expect(new Set(all).size).toBe(items.length);
    for (const tier of [1, 2, 3]) {
      expect(spread([...shares.values()].map((s) => s.filter((i) => i.tier === tier).length))).toBeLessThanOrEqual(1);
    }
    expect(spread([...shares.values()].map((s) => s.length))).toBeLessThanOrEqual(1);
  });

  it('balances amounts: no agent holds more than one biggest item above another', () => {
    const items: TieredItem[] = [5000, 4800, 4700, 4600, 4500, 4400, 3100, 3050].map((amount) => ({ amount, tier: 1 }));
    const shares = distributeFairly(items, ['a', 'b']);
    const totals = [...shares.values()].map((s) => s.reduce((sum, i) => sum + i.amount, 0));
    expect(spread(totals)).toBeLessThanOrEqual(
      Math.max(...items.map((i) => i.amount)) - Math.min(...items.map((i) => i.amount)),
    );
    expect(spread(totals)).toBeLessThan(600);
  });
});

describe('callOrder', () => {
  it('tier first, then amount descending', () => {
    const ordered = callOrder([
      { tier: 2, amount: 1500 },
      { tier: 1, amount: 3500 },
      { tier: 2, amount: 2500 },
      { tier: 1, amount: 9000 },
      { tier: 3, amount: 100 },
    ]);
    expect(ordered.map((i) => `${i.tier}:${i.amount}`)).toEqual(['1:9000', '1:3500', '2:2500', '2:1500', '3:100']);
  });
});
