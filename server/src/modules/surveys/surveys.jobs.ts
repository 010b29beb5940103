import type { AppContext } from '../../http/context.ts';
import type { JobQueue } from '../../jobs/boss.ts';
import { consumeTicketClosings } from './invitations.service.ts';
import { surveysDepsOf } from './surveys.routes.ts';

export const SURVEYS_MINUTE = 'surveys.minute';

type Log = { error(obj: unknown, msg: string): void };

/** Every minute: closed tickets become survey invitations (sampled, cooled down, with consent). */
export async function registerSurveysJobs(boss: JobQueue, ctx: AppContext, log?: Log) {
  const deps = surveysDepsOf(ctx);
  await boss.createQueue(SURVEYS_MINUTE, { name: SURVEYS_MINUTE, policy: 'singleton' });
  await boss.schedule(SURVEYS_MINUTE, '* * * * *', {}, { tz: await ctx.settings.get('timezone') });
  await boss.work(SURVEYS_MINUTE, async () => {
    try {
      await consumeTicketClosings(deps);
    } catch (error) {
      log?.error({ err: error }, `${SURVEYS_MINUTE} failed`);
      throw error;
    }
  });
}
