// The A/B split (M1, A/B): a seeded shuffle of the list, so the same seed gives the same split
// on any machine and any run, and the share of B is exact to one customer.

/** mulberry32: a small, well-mixed 32-bit generator; enough for assigning variants. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export type Variant = 'A' | 'B';

/**
 * Assigns each id a variant: the ids are sorted (the split does not depend on the order they
 * came in), shuffled with the seed, and the first round(n × percentB / 100) get B.
 */
export function splitAB(ids: readonly string[], seed: number, percentB: number): Map<string, Variant> {
  const sorted = [...new Set(ids)].sort();
  const random = seededRandom(seed);
  for (let i = sorted.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [sorted[i], sorted[j]] = [sorted[j]!, sorted[i]!];
  }
  const share = Math.min(100, Math.max(0, percentB));
  const countB = Math.round((sorted.length * share) / 100);
  return new Map(sorted.map((id, index) => [id, index < countB ? 'B' : 'A']));
}
