import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { Command } from 'commander';
import { SettingsService } from '../../modules/settings/index.ts';
import { importQueueLog } from '../../modules/telephony/index.ts';
import { openFromCli } from '../open.ts';
import { exitCodes } from '../output.ts';
import { ProgressBar } from '../progress.ts';
import { globalFlags, type Run } from '../run.ts';

/** `tawasul calls …` — call records (SPEC T4). */
export function callsCommand(run: Run): Command {
  const calls = new Command('calls').description('call records (سجل المكالمات)');
  calls.addCommand(
    globalFlags(
      new Command('import-queue-log')
        .description(
          'read an Asterisk queue_log (time|callid|queue|agent|event|data…) into call records and agent state history; importing a file again changes nothing',
        )
        .argument('<file>', 'the queue_log file (usually /var/log/asterisk/queue_log)'),
    ).action((file: string, opts) =>
      run(opts, async (out) => {
        let size: number;
        try {
          size = (await stat(file)).size;
        } catch {
          const message = `No such file: ${file} — الملف غير موجود`;
          out.error(message);
          out.summary({ ok: false, error: { code: 'no_such_file', message } });
          return exitCodes.usage;
        }
        const { config, database } = await openFromCli(opts);
        try {
          const settings = new SettingsService(database, config.settingOverrides);
          const timeZone = await settings.get('timezone');
          const stream = createReadStream(file, { encoding: 'utf8' });
          const bar = new ProgressBar('queue_log');
          let bytes = 0;
          stream.on('data', (chunk) => {
            bytes += Buffer.byteLength(chunk as string);
            bar.update(bytes, size * 2, 'reading');
          });
          const summary = await importQueueLog(database, createInterface({ input: stream, crlfDelay: Infinity }), {
            timeZone,
            onProgress: (p) => {
              // Reading is the first half of the bar, storing the second.
              if (p.phase === 'store' && p.total > 0)
                bar.update(size + (size * p.done) / p.total, size * 2, `${p.done}/${p.total}`);
            },
          });
          bar.finish();
          const unknown = Object.entries(summary.unknown_events)
            .map(([event, n]) => `${event} ×${n}`)
            .join(', ');
          out.summary(
            { ...summary },
            `${summary.calls} calls (${summary.answered} answered, ${summary.abandoned} abandoned; ${summary.changed_calls} new or changed), ${summary.agent_states} agent state changes, ${summary.skipped_lines} lines skipped${unknown ? `, unknown events: ${unknown}` : ''}`,
          );
          return exitCodes.ok;
        } finally {
          await database.close();
        }
      }),
    ),
  );
  return calls;
}
