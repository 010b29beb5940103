import { describe, expect, it } from 'vitest';
import type { Database, Unlisten } from '../../db/client.ts';
import { SessionCache } from './session-cache.ts';

type Row = Parameters<SessionCache['set']>[1];

function row(userId: string, expiresAt = new Date('2026-12-02T20:00:00Z')): Row {
  return { session: { expiresAt, lastSeenAt: new Date('2026-12-02T10:00:00Z') }, user: { id: userId } } as Row;
}

/** A database whose notifications the test sends by hand. */
function fakeDatabase() {
  const handlers = new Map<string, (payload: string) => void>();
  const resyncs: (() => void)[] = [];
  const database = {
    schemaName: 'public',
    listen(channel: string, handler: (payload: string) => void, onReconnect?: () => void): Promise<Unlisten> {
      handlers.set(channel, handler);
      if (onReconnect) resyncs.push(onReconnect);
      return Promise.resolve(async () => void handlers.delete(channel));
    },
  } as unknown as Database;
  return { database, handlers, resyncs };
}

const t0 = new Date('2026-12-02T12:00:00Z');
const at = (ms: number) => new Date(t0.getTime() + ms);

describe('session cache', () => {
  it('serves a session for its time to live, then reads it again', async () => {
    const cache = new SessionCache(10_000);
    await cache.start(fakeDatabase().database);
    cache.set('h1', row('u1'), t0.getTime(), cache.mark());
    expect(cache.get('h1', at(9_999))).toBeDefined();
    expect(cache.get('h1', at(10_001))).toBeUndefined();
  });

  it('never serves a session past its expiry', async () => {
    const cache = new SessionCache(10_000);
    await cache.start(fakeDatabase().database);
    cache.set('h1', row('u1', at(1_000)), t0.getTime(), cache.mark());
    expect(cache.get('h1', at(999))).toBeDefined();
    expect(cache.get('h1', at(1_000))).toBeUndefined();
  });

  it.each([
    ['a sign-out of that session', 'tawasul_sessions_public', 'session:h1', ['h2', 'h3']],
    ['a change to its user (role, deactivation, password)', 'tawasul_users_public', 'u1', ['h3']],
    ['a change to another user', 'tawasul_users_public', 'u9', ['h1', 'h2', 'h3']],
  ])('drops what %s invalidates, from any process', async (_name, channel, payload, kept) => {
    const { database, handlers } = fakeDatabase();
    const cache = new SessionCache(10_000);
    await cache.start(database);
    cache.set('h1', row('u1'), t0.getTime(), cache.mark());
    cache.set('h2', row('u1'), t0.getTime(), cache.mark());
    cache.set('h3', row('u2'), t0.getTime(), cache.mark());
    handlers.get(channel)!(payload);
    expect(['h1', 'h2', 'h3'].filter((h) => cache.get(h, at(1)))).toEqual(kept);
  });

  it('does not keep a read that overlapped an invalidation (it may have read the old row)', async () => {
    const { database, handlers } = fakeDatabase();
    const cache = new SessionCache(10_000);
    await cache.start(database);
    const generation = cache.mark();
    handlers.get('tawasul_users_public')!('u1');
    cache.set('h1', row('u1'), t0.getTime(), generation);
    expect(cache.get('h1', at(1))).toBeUndefined();
  });

  it('drops everything when the listening connection comes back (notifications were lost)', async () => {
    const { database, resyncs } = fakeDatabase();
    const cache = new SessionCache(10_000);
    await cache.start(database);
    cache.set('h1', row('u1'), t0.getTime(), cache.mark());
    resyncs[0]!();
    expect(cache.get('h1', at(1))).toBeUndefined();
  });

  it('caches nothing with a time to live of 0, or before it listens, or after it stops', async () => {
    const off = new SessionCache(0);
    await off.start(fakeDatabase().database);
    off.set('h1', row('u1'), t0.getTime(), off.mark());
    expect(off.size).toBe(0);
    const notStarted = new SessionCache(10_000);
    notStarted.set('h1', row('u1'), t0.getTime(), notStarted.mark());
    expect(notStarted.size).toBe(0);
    const stopped = new SessionCache(10_000);
    await stopped.start(fakeDatabase().database);
    await stopped.stop();
    stopped.set('h1', row('u1'), t0.getTime(), stopped.mark());
    expect(stopped.size).toBe(0);
  });

  it('holds at most maxEntries sessions, making room from expired ones first', async () => {
    const cache = new SessionCache(1_000, 2);
    await cache.start(fakeDatabase().database);
    cache.set('h1', row('u1'), t0.getTime(), cache.mark());
    cache.set('h2', row('u2'), t0.getTime() + 500, cache.mark());
    cache.set('h3', row('u3'), t0.getTime() + 1_200, cache.mark());
    expect(cache.size).toBe(2);
    expect(cache.get('h3', at(1_300))).toBeDefined();
    cache.set('h4', row('u4'), t0.getTime() + 1_300, cache.mark());
    expect(cache.get('h4', at(1_300))).toBeUndefined();
  });
});
