import { Command, InvalidArgumentError } from 'commander';
import { isAppError } from '../../http/errors.ts';
import { systemActor } from '../../modules/audit/index.ts';
import { createMessagingRuntime, sendTestEmail, sendTestSms } from '../../modules/messaging/index.ts';
import { SettingsService } from '../../modules/settings/index.ts';
import { openFromCli } from '../open.ts';
import { exitCodes, type Output } from '../output.ts';
import { globalFlags, type Run } from '../run.ts';

/** `tawasul sms test` and `tawasul email test`: one message through the configured adapter, now. */
export function messagingCommands(run: Run): Command[] {
  const sms = new Command('sms').description('SMS channel');
  globalFlags(
    sms
      .command('test')
      .description(
        'send one SMS now through the configured adapter (TAWASUL_SMS_ADAPTER); exit 0 sent, 1 refused or failed',
      )
      .requiredOption('--to <number>', 'mobile number, local or international (+9665…)')
      .requiredOption('--body <text>', 'the message')
      .option('--max-segments <n>', 'refuse the message if it needs more segments (default 1)', parseSegments),
  ).action((opts) =>
    run(opts, (out) =>
      withRuntime(opts, out, (runtime) =>
        sendTestSms(runtime, systemActor('cli'), { to: opts.to, body: opts.body, max_segments: opts.maxSegments ?? 1 }),
      ),
    ),
  );

  const email = new Command('email').description('email channel');
  globalFlags(
    email
      .command('test')
      .description(
        'send one test email now through TAWASUL_SMTP_URL (or the log adapter); exit 0 sent, 1 refused or failed',
      )
      .requiredOption('--to <address>', 'email address'),
  ).action((opts) =>
    run(opts, (out) =>
      withRuntime(opts, out, async (runtime, settings) =>
        sendTestEmail(runtime, systemActor('cli'), { to: opts.to }, await settings.get('company_name')),
      ),
    ),
  );
  return [sms, email];
}

type Sent = Awaited<ReturnType<typeof sendTestSms>>;

async function withRuntime(
  opts: { dataDir?: string },
  out: Output,
  send: (runtime: ReturnType<typeof createMessagingRuntime>, settings: SettingsService) => Promise<Sent>,
): Promise<number> {
  const { config, database } = await openFromCli(opts);
  const settings = new SettingsService(database, config.settingOverrides);
  const runtime = createMessagingRuntime({ database, config, settings });
  try {
    const message = await send(runtime, settings);
    const ok = message.status === 'sent' || message.status === 'delivered';
    const summary = {
      ok,
      id: message.id,
      adapter:
        message.channel === 'sms' ? config.messaging.sms.adapter : config.messaging.mail.smtpUrl ? 'smtp' : 'log',
      to: message.recipient,
      status: message.status,
      provider_message_id: message.provider_message_id,
      encoding: message.encoding,
      segments: message.segments,
      sender: message.sender,
      ...(ok ? {} : { error: { code: message.error_class ?? 'failed', message: message.last_error } }),
    };
    if (!ok) out.error(`not sent (${message.error_class}): ${message.last_error}`);
    out.summary(
      summary,
      ok
        ? `sent to ${message.recipient} (${message.encoding ?? 'email'}${message.segments ? `, ${message.segments} segment(s)` : ''}), provider id ${message.provider_message_id}`
        : undefined,
    );
    return ok ? exitCodes.ok : exitCodes.failed;
  } catch (error) {
    // A refusal (too long, not a mobile, empty) is an answer, not a usage error: exit 1.
    if (!isAppError(error) || error.status !== 422) throw error;
    out.error(`refused: ${error.message} — ${error.messageAr}`);
    out.summary({ ok: false, error: { code: error.code, message: error.message, message_ar: error.messageAr } });
    return exitCodes.failed;
  } finally {
    await runtime.close();
    await database.close();
  }
}

function parseSegments(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 10) throw new InvalidArgumentError('a number of segments from 1 to 10');
  return n;
}
