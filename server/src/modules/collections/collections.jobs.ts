import type { JobQueue } from '../../jobs/boss.ts';
import type { AppContext } from '../../http/context.ts';
import { systemActor } from '../audit/index.ts';
import { todayIn } from '../customers/index.ts';
import { messagingRuntimeOf } from '../messaging/index.ts';
import { isBusinessDay } from './domain/daily-rules.ts';
import { completeSettledSmsLists, moveUnsentToPhone, runDailyCollections } from './daily-run.service.ts';

export const DAILY_RUN = 'collections.daily-run';

/** The collections day runs by itself at 09:00 local time on business days (weekend and holidays from settings). */
export async function registerCollectionsJobs(
  boss: JobQueue,
  ctx: AppContext,
  log?: { error(obj: unknown, msg: string): void },
) {
  const tz = await ctx.settings.get('timezone');
  await boss.createQueue(DAILY_RUN, { name: DAILY_RUN, policy: 'singleton' });
  await boss.schedule(DAILY_RUN, '0 9 * * *', {}, { tz });
  await boss.work(DAILY_RUN, async () => {
    const s = await ctx.settings.all();
    const date = todayIn(s.timezone);
    if (
      !isBusinessDay(
        date,
        s.weekend,
        s.holidays.map((h) => h.date),
      )
    )
      return;
    const runtime = messagingRuntimeOf(ctx);
    try {
      await runDailyCollections(ctx.database, ctx.settings, runtime.outbox, systemActor('schedule'), date, {
        send: true,
        today: date,
      });
      await runtime.outbox.dispatch({ deadline: Date.now() + 50_000 });
    } catch (error) {
      log?.error({ err: error }, 'the scheduled collections day failed');
      throw error;
    }
  });
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
