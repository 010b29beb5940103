import type { Database } from '../../db/client.ts';
import type { SettingsService } from '../settings/index.ts';
import type { Config } from '../../config.ts';
import { collectionsKpis } from '../collections/index.ts';
import { dayAfter, dayStart, type CallFigures } from '../kpi/index.ts';
import { countTicketsOfDay } from '../tickets/index.ts';
import { liveCenter } from '../telephony/index.ts';
import { agentsByState, longestWaitSeconds } from './domain/agents-by-state.ts';
import { wallboardFeedOf } from './wallboard-feed.ts';

// لوحة العرض المباشر — the live wallboard (SPEC K2): per queue the calls waiting and the longest
// wait, agents by state, and today's K1 figures (service level, ASA, abandonment, AHT); the day's
// tickets and collections beside them.

/** Who sees the wallboard. */
export const wallboardRoles = ['admin', 'manager', 'supervisor'] as const;

type Ctx = { database: Database; config: Config; settings: SettingsService };

const figuresOf = (f: CallFigures) => ({
  offered: f.offered,
  answered: f.answered,
  abandoned: f.abandoned,
  short_abandoned: f.short_abandoned,
  service_level: f.service_level,
  asa_seconds: f.asa_seconds,
  aht_seconds: f.aht_seconds,
  avg_talk_seconds: f.avg_talk_seconds,
  avg_time_in_queue_seconds: f.avg_time_in_queue_seconds,
  abandon_rate: f.abandon_rate,
});

export async function wallboard(ctx: Ctx) {
  const [center, timeZone, maxWait, maxAbandon, feed] = await Promise.all([
    liveCenter(ctx),
    ctx.settings.get('timezone'),
    ctx.settings.get('wallboard_max_wait_seconds'),
    ctx.settings.get('wallboard_max_abandon_percent'),
    wallboardFeedOf(ctx.database),
  ]);
  const day = await feed.today(center.now, timeZone);
  const now = center.now;
  const queues = center.queues.map((q) => {
    const waiting = center.waiting.get(q.code) ?? { count: 0, oldest: null };
    return {
      code: q.code,
      name_ar: q.nameAr,
      name_en: q.nameEn,
      sl_seconds: q.slSeconds,
      sl_target_percent: q.slTargetPercent,
      waiting: waiting.count,
      longest_wait_seconds: longestWaitSeconds(waiting.oldest, now),
      longest_waiting_since: waiting.oldest?.toISOString() ?? null,
      agents: agentsByState(center.agents.filter((a) => a.queues.includes(q.code))),
      ...figuresOf(day.figures(q.code)),
    };
  });
  const oldest = [...center.waiting.values()].reduce<Date | null>(
    (min, w) => (w.oldest && (!min || w.oldest < min) ? w.oldest : min),
    null,
  );
  return {
    now: now.toISOString(),
    day: dayKeyOf(day.from, timeZone),
    time_zone: timeZone,
    thresholds: { max_wait_seconds: maxWait, max_abandon_percent: maxAbandon },
    queues,
    totals: {
      // The center is held to the strictest of its queues' targets.
      sl_target_percent: Math.max(0, ...center.queues.map((q) => q.slTargetPercent)),
      waiting: queues.reduce((n, q) => n + q.waiting, 0),
      longest_wait_seconds: longestWaitSeconds(oldest, now),
      longest_waiting_since: oldest?.toISOString() ?? null,
      agents: agentsByState(center.agents),
      ...figuresOf(day.total()),
    },
  };
}

/** The day's tickets and collections beside the calls (they change on their own events). */
export async function wallboardDay(ctx: Ctx, now: Date = new Date()) {
  const timeZone = await ctx.settings.get('timezone');
  const { key, from, to } = todayOf(now, timeZone);
  const [tickets, collections] = await Promise.all([
    countTicketsOfDay(ctx.database.db, { from, to, now }),
    collectionsKpis(ctx.database, key, timeZone),
  ]);
  return {
    day: key,
    tickets,
    collections: {
      installments_due_today: collections.installments_due_today,
      installments_paid_today_by_due_date: collections.installments_paid_today_by_due_date,
      collection_rate_30d: collections.collection_rate_30d,
      promises_made_today: collections.promises_made_today,
      promise_kept_rate: collections.promise_kept_rate,
    },
  };
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** YYYY-MM-DD of an instant on the clocks of `timeZone`. */
export function dayKeyOf(at: Date, timeZone: string): string {
  let f = dateFormats.get(timeZone);
  if (!f)
    dateFormats.set(
      timeZone,
      (f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })),
    );
  return f.format(at);
}

/** Today as a date and as [from, to) instants. */
export function todayOf(now: Date, timeZone: string) {
  const key = dayKeyOf(now, timeZone);
  return { key, from: dayStart(key, timeZone), to: dayStart(dayAfter(key), timeZone) };
}
