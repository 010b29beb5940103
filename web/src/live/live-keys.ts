import type { QueryKey } from '@tanstack/react-query';

// Which cached queries an event makes stale. Each feature names its own keys next to its
// queries (`invalidateOnLive` in its api file); the socket knows none of them.
const keysByType = new Map<string, QueryKey[]>();

export function invalidateOnLive(types: readonly string[], key: QueryKey) {
  for (const type of types) keysByType.set(type, [...(keysByType.get(type) ?? []), key]);
}

export function keysFor(type: string): QueryKey[] {
  return keysByType.get(type) ?? [];
}
