// Distribution of phone work among agents (SPEC L2).

/** Equal: item counts differ by at most one between agents (P1-2 step 1). Keeps item order. */
export function distributeEqually<T>(items: readonly T[], agents: readonly string[]): Map<string, T[]> {
  const shares = new Map<string, T[]>(agents.map((a) => [a, []]));
  if (agents.length === 0) return shares;
  items.forEach((item, i) => shares.get(agents[i % agents.length]!)!.push(item));
  return shares;
}

export type TieredItem = { tier: 1 | 2 | 3; amount: number };

/**
 * Fair (P2-1 step 4): within each priority tier the counts differ by at most one, and the
 * amounts are balanced. Each tier is dealt in rounds, biggest amounts first; in every round
 * each agent gets one item, the agent with the least amount so far taking the biggest item.
 * A tier's last, partial round goes to the agents with the fewest items overall, so that the
 * totals stay even too.
 */
export function distributeFairly<T extends TieredItem>(
  items: readonly T[],
  agents: readonly string[],
): Map<string, T[]> {
  const shares = new Map<string, T[]>(agents.map((a) => [a, []]));
  if (agents.length === 0) return shares;
  const amount = new Map<string, number>(agents.map((a) => [a, 0]));
  for (const tier of [1, 2, 3] as const) {
    const tierItems = items.filter((i) => i.tier === tier).sort((a, b) => b.amount - a.amount);
    for (let start = 0; start < tierItems.length; start += agents.length) {
      const round = tierItems.slice(start, start + agents.length);
      const partial = round.length < agents.length;
      const order = [...agents].sort((a, b) =>
        partial
          ? shares.get(a)!.length - shares.get(b)!.length || amount.get(a)! - amount.get(b)!
          : amount.get(a)! - amount.get(b)! || shares.get(a)!.length - shares.get(b)!.length,
      );
      round.forEach((item, i) => {
        const agent = order[i]!;
        shares.get(agent)!.push(item);
        amount.set(agent, amount.get(agent)! + item.amount);
      });
    }
  }
  return shares;
}

/** Call order: tier, then amount descending. */
export function callOrder<T extends { tier: number | null; amount: number }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => (a.tier ?? 9) - (b.tier ?? 9) || b.amount - a.amount);
}
