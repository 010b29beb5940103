import type { AppContext } from '../../http/context.ts';
import type { JobQueue } from '../../jobs/boss.ts';
import { messagingRuntimeOf } from '../messaging/index.ts';
import { localDateOf, nextDate } from './domain/business-hours.ts';
import { processInboundEmails, syncDataCorrectionTickets } from './intake.service.ts';
import { emailReport, keyAccountsReport, lastFullWeekStart, weeklyReport } from './reports.service.ts';
import { sweepSla } from './sla-sweep.service.ts';
import { ticketsDepsOf } from './tickets.routes.ts';

export const TICKETS_MINUTE = 'tickets.minute';
export const TICKETS_WEEKLY_REPORT = 'tickets.weekly-report';
export const TICKETS_MONTHLY_REPORT = 'tickets.monthly-report';

type Log = { error(obj: unknown, msg: string): void };

/**
 * Every minute: SLA warnings and escalations, inbound mail into inquiries and tickets, and IT's
 * data-correction tasks as tickets. Sunday 07:00 the weekly report, the 1st at 07:00 the monthly
 * key-accounts report, emailed to the configured recipients (idempotent per period).
 */
export async function registerTicketsJobs(boss: JobQueue, ctx: AppContext, log?: Log) {
  const tz = await ctx.settings.get('timezone');
  const deps = ticketsDepsOf(ctx);
  const guard = (name: string, work: () => Promise<unknown>) => async () => {
    try {
      await work();
    } catch (error) {
      log?.error({ err: error }, `${name} failed`);
      throw error;
    }
  };
  for (const name of [TICKETS_MINUTE, TICKETS_WEEKLY_REPORT, TICKETS_MONTHLY_REPORT]) {
    await boss.createQueue(name, { name, policy: 'singleton' });
  }
  await boss.schedule(TICKETS_MINUTE, '* * * * *', {}, { tz });
  await boss.schedule(TICKETS_WEEKLY_REPORT, '0 7 * * 0', {}, { tz });
  await boss.schedule(TICKETS_MONTHLY_REPORT, '0 7 1 * *', {}, { tz });
  await boss.work(
    TICKETS_MINUTE,
    guard(TICKETS_MINUTE, async () => {
      await sweepSla(deps);
      await processInboundEmails(deps);
      await syncDataCorrectionTickets(deps);
      await messagingRuntimeOf(ctx).outbox.dispatch({ deadline: Date.now() + 30_000 });
    }),
  );
  await boss.work(
    TICKETS_WEEKLY_REPORT,
    guard(TICKETS_WEEKLY_REPORT, async () => {
      const week = lastFullWeekStart(localDateOf(new Date(), await ctx.settings.get('timezone')));
      const report = await weeklyReport(ctx.database, ctx.settings, week);
      await emailReport(ctx.database, messagingRuntimeOf(ctx).outbox, 'weekly', report, week);
    }),
  );
  await boss.work(
    TICKETS_MONTHLY_REPORT,
    guard(TICKETS_MONTHLY_REPORT, async () => {
      const today = localDateOf(new Date(), await ctx.settings.get('timezone'));
      const month = nextDate(`${today.slice(0, 7)}-01`, -1).slice(0, 7);
      const report = await keyAccountsReport(ctx.database, ctx.settings, month);
      await emailReport(ctx.database, messagingRuntimeOf(ctx).outbox, 'monthly', report, month);
    }),
  );
}
