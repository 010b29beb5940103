import type { Database } from '../../db/client.ts';
import { subscribe } from '../events/index.ts';
import {
  dayAfter,
  dayStart,
  defaultQueueRules,
  LiveDayFigures,
  localParts,
  type AbandonedConvention,
  type QueueRules,
} from '../kpi/index.ts';
import { forEachQueuedCallEndedBetween, kpiCallById, queueMeasureRules } from '../telephony/index.ts';

// The wallboard's running day in this process (SPEC K2): today's calls are read once, then each
// `call.updated` event of any process reads that one call again and replaces its contribution
// (LiveDayFigures) — no rescan per event. An import (an event without an id), a lost listener
// (resync) or a new day reads the day again. Every process keeps its own, from the same events,
// so several app processes show the same figures.

const conventions: readonly AbandonedConvention[] = ['negative', 'ignored', 'positive'];

export class WallboardFeed {
  private day: LiveDayFigures | undefined;
  private dayKey = '';
  private timeZone = '';
  /** Loads and updates run one after the other, in the order the events came. */
  private chain: Promise<unknown> = Promise.resolve();
  private stale = true;
  private unlisten: (() => Promise<void>) | undefined;

  constructor(private readonly database: Database) {}

  async start(): Promise<void> {
    this.unlisten = await subscribe(
      this.database,
      (event) => {
        if (event.type !== 'call.updated') return;
        if (event.id === undefined) this.stale = true;
        else {
          const id = event.id;
          this.enqueue(() => this.refresh(id));
        }
      },
      () => (this.stale = true),
    );
  }

  async close(): Promise<void> {
    await this.unlisten?.();
  }

  /** Today's figures as of `now` in `timeZone`, with every event received so far applied. */
  async today(now: Date, timeZone: string): Promise<LiveDayFigures> {
    const p = localParts(now, timeZone);
    const key = `${p.year}-${p.month}-${p.day}`;
    if (this.stale || key !== this.dayKey || timeZone !== this.timeZone) {
      this.stale = false;
      this.enqueue(() => this.load(key, timeZone));
    }
    await this.chain;
    return this.day!;
  }

  private enqueue(work: () => Promise<void>) {
    // A failed step (a dropped connection) marks the day stale; the next read loads it again.
    this.chain = this.chain.then(work).catch(() => (this.stale = true));
  }

  private async load(key: string, timeZone: string): Promise<void> {
    const rules = new Map<string, QueueRules>(
      (await queueMeasureRules(this.database)).map((r) => [
        r.code,
        {
          slSeconds: r.slSeconds,
          shortAbandonSeconds: r.shortAbandonSeconds,
          slAbandoned: conventions.includes(r.slAbandoned as AbandonedConvention)
            ? (r.slAbandoned as AbandonedConvention)
            : defaultQueueRules.slAbandoned,
        },
      ]),
    );
    const from = dayStart(key, timeZone);
    const to = dayStart(dayAfter(key), timeZone);
    const day = new LiveDayFigures(from, to, (queue) => rules.get(queue) ?? defaultQueueRules);
    await forEachQueuedCallEndedBetween(this.database, { from, to }, (call, id) => day.put(id, call));
    this.day = day;
    this.dayKey = key;
    this.timeZone = timeZone;
  }

  private async refresh(id: string): Promise<void> {
    if (!this.day) return;
    const call = await kpiCallById(this.database, id);
    if (call) this.day.put(id, call);
  }
}

const feeds = new WeakMap<Database, Promise<WallboardFeed>>();

/** The feed of `database` in this process, listening from its first use. */
export function wallboardFeedOf(database: Database): Promise<WallboardFeed> {
  let feed = feeds.get(database);
  if (!feed) {
    const created = new WallboardFeed(database);
    feed = created.start().then(() => created);
    feeds.set(database, feed);
    feed.catch(() => feeds.delete(database));
  }
  return feed;
}

export async function closeWallboardFeed(database: Database): Promise<void> {
  const feed = feeds.get(database);
  feeds.delete(database);
  await (await feed?.catch(() => undefined))?.close();
}
