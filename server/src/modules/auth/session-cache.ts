import type { Database, DbOrTx, Unlisten } from '../../db/client.ts';
import { onLocalUserChange, userChangesChannelOf } from '../users/index.ts';
import { notifySessionsChanged, type findLiveSession } from './auth.repository.ts';

type LiveSession = NonNullable<Awaited<ReturnType<typeof findLiveSession>>>;

/** The channel of the schema the application lives in (test files share a database, not a schema). */
export function sessionsChannelOf(schemaName: string): string {
  return `tawasul_sessions_${schemaName}`;
}

/** The caches of this process, which hear its own changes at once. */
const started = new Set<SessionCache>();

/**
 * A session ended (sign-out): this process's caches drop it at once, every other process when
 * the transaction commits (NOTIFY).
 */
export async function sessionEnded(db: DbOrTx, tokenHash: string) {
  for (const cache of started) cache.invalidate(`session:${tokenHash}`);
  await notifySessionsChanged(db, `session:${tokenHash}`);
}

type Entry = { row: LiveSession; cachedAt: number };

/**
 * Sessions read in the last few seconds, so that an agent's every request does not read its
 * session row again (decision 012). Each entry lives `ttlMs` at most; a logout, and any change
 * to a user (role, deactivation, password, profile), made by this process or another on the
 * same database, drops the entries at once through LISTEN/NOTIFY. While the listening
 * connection is down, nothing is cached; when it is back, everything is dropped (what was sent
 * in between is lost).
 */
export class SessionCache {
  private readonly entries = new Map<string, Entry>();
  private listening = false;
  /** Counts invalidations: a read that overlapped one is not cached. */
  private generation = 0;
  private unlisten: Unlisten | undefined;

  constructor(
    readonly ttlMs: number,
    readonly maxEntries = 20_000,
  ) {}

  async start(database: Database): Promise<void> {
    if (this.ttlMs <= 0) return;
    const sessionsGone = await database.listen(
      sessionsChannelOf(database.schemaName),
      (payload) => this.invalidate(payload),
      () => this.clear(),
    );
    const usersChanged = await database.listen(
      userChangesChannelOf(database.schemaName),
      (userId) => this.invalidate(`user:${userId}`),
      () => this.clear(),
    );
    const localUsers = onLocalUserChange((userId) => this.invalidate(`user:${userId}`));
    started.add(this);
    this.unlisten = async () => {
      started.delete(this);
      localUsers();
      await sessionsGone();
      await usersChanged();
    };
    this.listening = true;
  }

  async stop(): Promise<void> {
    this.listening = false;
    this.clear();
    await this.unlisten?.();
    this.unlisten = undefined;
  }

  /** A live session read less than ttlMs ago, still unexpired at `now`. */
  get(tokenHash: string, now: Date): LiveSession | undefined {
    const entry = this.entries.get(tokenHash);
    if (!entry) return undefined;
    if (now.getTime() - entry.cachedAt > this.ttlMs || entry.row.session.expiresAt <= now) {
      this.entries.delete(tokenHash);
      return undefined;
    }
    return entry.row;
  }

  /** The generation to pass to `set` for a read that starts now. */
  mark(): number {
    return this.generation;
  }

  set(tokenHash: string, row: LiveSession, readAt: number, generation: number): void {
    if (!this.listening || generation !== this.generation) return;
    if (this.entries.size >= this.maxEntries) this.sweep(readAt);
    if (this.entries.size >= this.maxEntries) return;
    this.entries.set(tokenHash, { row, cachedAt: readAt });
  }

  invalidate(payload: string): void {
    this.generation++;
    if (payload.startsWith('session:')) {
      this.entries.delete(payload.slice('session:'.length));
    } else if (payload.startsWith('user:')) {
      const userId = payload.slice('user:'.length);
      for (const [hash, entry] of this.entries) if (entry.row.user.id === userId) this.entries.delete(hash);
    } else this.clear();
  }

  clear(): void {
    this.generation++;
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }

  private sweep(now: number): void {
    for (const [hash, entry] of this.entries) if (now - entry.cachedAt > this.ttlMs) this.entries.delete(hash);
  }
}
