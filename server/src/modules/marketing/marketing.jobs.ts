import type { AppContext } from '../../http/context.ts';
import type { JobQueue } from '../../jobs/boss.ts';
import { marketingDepsOf } from './campaigns.service.ts';
import { sendRunningCampaigns } from './sending.service.ts';

export const MARKETING_MINUTE = 'marketing.minute';

type Log = { error(obj: unknown, msg: string): void };

/** Every minute: the next batch of each running campaign, at most its rate per channel. */
export async function registerMarketingJobs(boss: JobQueue, ctx: AppContext, log?: Log) {
  const deps = marketingDepsOf(ctx);
  await boss.createQueue(MARKETING_MINUTE, { name: MARKETING_MINUTE, policy: 'singleton' });
  await boss.schedule(MARKETING_MINUTE, '* * * * *', {}, { tz: await ctx.settings.get('timezone') });
  await boss.work(MARKETING_MINUTE, async () => {
    try {
      await sendRunningCampaigns(deps);
    } catch (error) {
      log?.error({ err: error }, `${MARKETING_MINUTE} failed`);
      throw error;
    }
  });
}
