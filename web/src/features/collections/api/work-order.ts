import type { MyItem } from './collections';

// The agent's working order (SPEC L3): a dropped call at the top, then what is due now, then
// what waits (by its return time; items waiting for IT last), then what is closed.

export const closedItemStatuses: ReadonlySet<string> = new Set(['done', 'unreachable', 'moved']);

export type ItemGroup = 'top' | 'due' | 'waiting' | 'closed';

export function groupOf(item: Pick<MyItem, 'top' | 'due_now' | 'status'>): ItemGroup {
  if (closedItemStatuses.has(item.status)) return 'closed';
  if (item.top && item.due_now) return 'top';
  if (item.due_now) return 'due';
  return 'waiting';
}

const rank: Record<ItemGroup, number> = { top: 0, due: 1, waiting: 2, closed: 3 };

/** A stable sort: within a group the server's order (tier, then amount) is kept. */
export function workingOrder<T extends Pick<MyItem, 'top' | 'due_now' | 'status' | 'next_attempt_at'>>(
  items: readonly T[],
): T[] {
  return items
    .map((item, index) => ({ item, index, group: groupOf(item) }))
    .sort((a, b) => {
      const byGroup = rank[a.group] - rank[b.group];
      if (byGroup !== 0) return byGroup;
      if (a.group === 'waiting') {
        const at = (x: T) => (x.next_attempt_at ? Date.parse(x.next_attempt_at) : Number.POSITIVE_INFINITY);
        const byTime = at(a.item) - at(b.item);
        if (byTime !== 0 && !Number.isNaN(byTime)) return byTime;
      }
      return a.index - b.index;
    })
    .map((x) => x.item);
}
