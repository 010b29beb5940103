import type { JobQueue } from '../../jobs/boss.ts';
import type { AppContext } from '../../http/context.ts';
import { systemActor } from '../audit/index.ts';
import { todayIn } from '../customers/index.ts';
import { messagingRuntimeOf } from '../messaging/index.ts';
import { isBusinessDay, isDailyRunDue, localDateTime } from './domain/daily-rules.ts';
import { findRun } from './daily-run.repository.ts';
import { completeSettledSmsLists, moveUnsentToPhone, runDailyCollections } from './daily-run.service.ts';

export const DAILY_RUN = 'collections.daily-run';

/**
 * The collections day runs by itself at the set local time (setting `daily_run_time`, default
 * 09:00) on business days (weekend and holidays from settings). The job looks every minute, so
 * a changed time applies at once; a date that has a run already is left alone.
 */
export async function registerCollectionsJobs(
  boss: JobQueue,
  ctx: AppContext,
  log?: { error(obj: unknown, msg: string): void },
) {
  await boss.createQueue(DAILY_RUN, { name: DAILY_RUN, policy: 'singleton' });
  await boss.schedule(DAILY_RUN, '* * * * *');
  await boss.work(DAILY_RUN, async () => {
    await runScheduledDay(ctx, log);
  });
}

/** One tick of the schedule: runs the day when it is due and not yet run. Returns the date run, if any. */
export async function runScheduledDay(
  ctx: Pick<AppContext, 'database' | 'settings' | 'config'>,
  log?: { error(obj: unknown, msg: string): void },
  now = new Date(),
): Promise<string | null> {
  const s = await ctx.settings.all();
  const { date, time } = localDateTime(now, s.timezone);
  if (!isDailyRunDue(time, s.daily_run_time)) return null;
  if (
    !isBusinessDay(
      date,
      s.weekend,
      s.holidays.map((h) => h.date),
    )
  )
    return null;
  if (await findRun(ctx.database.db, date)) return null;
  const runtime = messagingRuntimeOf(ctx);
  try {
    await runDailyCollections(ctx.database, ctx.settings, runtime.outbox, systemActor('schedule'), date, {
      send: true,
      today: date,
    });
    await runtime.outbox.dispatch({ deadline: Date.now() + 50_000 });
    return date;
  } catch (error) {
    log?.error({ err: error }, 'the scheduled collections day failed');
    throw error;
  }
}

export const RECONCILE = 'collections.reconcile';

/**
 * Every five minutes: today's SMS items whose message failed for good move to the phone list,
 * and SMS lists whose every message is settled are marked complete.
 */
export async function registerReconcileJob(boss: JobQueue, ctx: AppContext) {
  await boss.createQueue(RECONCILE, { name: RECONCILE, policy: 'singleton' });
  await boss.schedule(RECONCILE, '*/5 * * * *');
  await boss.work(RECONCILE, async () => {
    const date = todayIn(await ctx.settings.get('timezone'));
    await moveUnsentToPhone(ctx.database, systemActor('reconcile'), date);
    await completeSettledSmsLists(ctx.database, date);
  });
}
