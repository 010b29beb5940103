import { Command, InvalidArgumentError } from 'commander';
import { systemActor } from '../../modules/audit/index.ts';
import {
  completeSettledSmsLists,
  countUnsettledMessages,
  listsOfDate,
  moveUnsentToPhone,
  runDailyCollections,
} from '../../modules/collections/index.ts';
import { createMessagingRuntime } from '../../modules/messaging/index.ts';
import { SettingsService } from '../../modules/settings/index.ts';
import { openFromCli } from '../open.ts';
import { ProgressBar } from '../progress.ts';
import { globalFlags, type Run } from '../run.ts';

function isoDate(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw new InvalidArgumentError('a date in the form YYYY-MM-DD');
  }
  return value;
}

export function dailyCommand(run: Run): Command {
  return globalFlags(
    new Command('daily')
      .description('run the collections day: reminder, follow-up and thanks lists, distributed (idempotent)')
      .requiredOption('--date <YYYY-MM-DD>', 'the business date', isoDate)
      .option('--send', 'send the SMS lists and wait until every message is accepted or failed')
      .option('--agents <usernames>', 'distribute phone lists among these collection agents only (default: all)'),
  ).action((opts) =>
    run(opts, async (out) => {
      const { config, database } = await openFromCli(opts);
      const settings = new SettingsService(database, config.settingOverrides);
      const messaging = opts.send ? createMessagingRuntime({ database, config, settings }) : null;
      try {
        const actor = systemActor('daily');
        const summary = await runDailyCollections(database, settings, messaging?.outbox ?? null, actor, opts.date, {
          send: Boolean(opts.send),
          agents: opts.agents
            ? String(opts.agents)
                .split(',')
                .map((s: string) => s.trim())
            : undefined,
        });
        let waiting: string | null = null;
        if (messaging) {
          // This process works the outbox itself, so the command does not depend on a running server.
          const bar = new ProgressBar('sending');
          for (;;) {
            const report = await messaging.outbox.dispatch({ deadline: Date.now() + 5_000 });
            const { total, unsettled } = await countUnsettledMessages(database, opts.date);
            bar.update(total - unsettled, total, `${total - unsettled}/${total} messages`);
            if (unsettled === 0) break;
            if (report.windowClosedUntil) {
              waiting = report.windowClosedUntil;
              break;
            }
            if (report.sent === 0 && report.failed === 0 && report.retryScheduled === 0)
              await new Promise((r) => setTimeout(r, 500));
          }
          bar.finish();
          summary.sms!.moved_to_phone += await moveUnsentToPhone(database, actor, opts.date);
          await completeSettledSmsLists(database, opts.date);
        }
        for (const l of summary.lists)
          out.line(`${l.purpose.padEnd(9)} ${l.channel.padEnd(6)} ${String(l.items).padStart(6)} items  ${l.amount}`);
        for (const note of summary.notes) out.line(`note: ${note}`);
        if (waiting)
          out.line(
            `The calling window is closed: the messages wait until ${waiting} (the server's outbox worker sends them).`,
          );
        out.summary({ ok: true, ...summary, waiting_for_window: waiting }, `collections day ${opts.date} done`);
      } finally {
        await messaging?.close();
        await database.close();
      }
    }),
  );
}

export function listsCommand(run: Run): Command {
  return globalFlags(
    new Command('lists')
      .description('print the work lists of a business date')
      .requiredOption('--date <YYYY-MM-DD>', 'the business date', isoDate),
  ).action((opts) =>
    run(opts, async (out) => {
      const { database } = await openFromCli(opts);
      try {
        const doc = await listsOfDate(database, opts.date);
        for (const l of doc.lists)
          out.line(`${l.purpose.padEnd(9)} ${l.channel.padEnd(6)} ${l.status.padEnd(12)} ${l.items.length} items`);
        if (opts.json) process.stdout.write(`${JSON.stringify(doc)}\n`);
        else out.line(`${doc.lists.length} list(s) on ${opts.date}`);
      } finally {
        await database.close();
      }
    }),
  );
}
