import type { JobQueue } from '../../jobs/boss.ts';
import type { MessagingDeployment } from './messaging.config.ts';
import type { Database } from '../../db/client.ts';
import type { SettingsService } from '../settings/index.ts';
import { fetchUnseenMail } from './adapters/email/imap-inbox.adapter.ts';
import { pollScheduleOf } from './domain/poll-schedule.ts';
import { ingestRawEmail } from './inbound-email.service.ts';
import { messagingRuntimeOf } from './messaging.runtime.ts';

export const OUTBOX_DISPATCH = 'messaging.outbox-dispatch';
export const IMAP_POLL = 'messaging.imap-poll';

type Log = { info: (o: object, m: string) => void; warn: (o: object, m: string) => void };

/**
 * Thin job wrappers around idempotent use cases: the outbox is drained every minute (and on
 * demand with `kickOutbox`), the mailbox polled when IMAP is configured.
 */
export async function registerMessagingJobs(
  boss: JobQueue,
  ctx: { database: Database; config: MessagingDeployment; settings: Pick<SettingsService, 'get' | 'all'> },
  log?: Log,
) {
  const runtime = messagingRuntimeOf(ctx);
  await boss.createQueue(OUTBOX_DISPATCH, { name: OUTBOX_DISPATCH, policy: 'stately' });
  await boss.schedule(OUTBOX_DISPATCH, '* * * * *');
  await boss.work(OUTBOX_DISPATCH, { pollingIntervalSeconds: 2 }, async () => {
    const report = await runtime.outbox.dispatch({ deadline: Date.now() + 50_000 });
    if (report.recoveredInFlight > 0) {
      log?.warn({ ...report }, `outbox: ${report.recoveredInFlight} message(s) in flight at a crash were queued again`);
    }
    if (report.sent + report.failed + report.retryScheduled > 0) log?.info({ ...report }, 'outbox dispatched');
    return report;
  });

  const mail = ctx.config.messaging.mail;
  if (mail.imapUrl) {
    const poll = pollScheduleOf(mail.imapPollSeconds);
    const fetchOnce = () =>
      fetchUnseenMail({ url: mail.imapUrl!, mailbox: mail.imapMailbox, maxMessages: 200 }, async (raw, uid) => {
        await ingestRawEmail(ctx.database, raw, {
          mailbox: mail.imapMailbox,
          uid,
          faxGatewayFrom: mail.faxGatewayFrom,
          maxAttachmentBytes: mail.maxAttachmentBytes,
        });
      });
    await boss.createQueue(IMAP_POLL, { name: IMAP_POLL, policy: 'stately' });
    await boss.schedule(IMAP_POLL, poll.cron);
    await boss.work(IMAP_POLL, async () => {
      for (let i = 0; i < poll.pollsPerTick; i++) {
        if (i > 0) await new Promise((resolve) => setTimeout(resolve, poll.intervalMs));
        await fetchOnce();
      }
    });
  }
}

/** Asks for a dispatch now (after a bulk enqueue) instead of waiting for the minute. */
export async function kickOutbox(boss: JobQueue) {
  await boss.send(OUTBOX_DISPATCH, {});
}
