import type { MessagingConfig, MessagingDeployment } from './messaging.config.ts';
import type { Database } from '../../db/client.ts';
import type { SettingsService } from '../settings/index.ts';
import type { EmailSender } from './adapters/email-sender.ts';
import { SmtpEmailSender } from './adapters/email/smtp-email.adapter.ts';
import { HttpSmsProvider } from './adapters/http/http-sms.adapter.ts';
import { LogEmailSender } from './adapters/log/log-email.adapter.ts';
import { LogSmsProvider, type LogLine } from './adapters/log/log-sms.adapter.ts';
import type { SmsProvider } from './adapters/sms-provider.ts';
import { SmppSmsProvider } from './adapters/smpp/smpp-sms.adapter.ts';
import { Outbox } from './outbox.service.ts';

/** The adapters chosen by configuration and the outbox that uses them: one set per process. */
export type MessagingRuntime = {
  sms: SmsProvider;
  email: EmailSender;
  outbox: Outbox;
  config: MessagingConfig;
  close(): Promise<void>;
};

export function createSmsProvider(config: MessagingConfig, log?: LogLine): SmsProvider {
  switch (config.sms.adapter) {
    case 'smpp': {
      const s = config.sms.smpp!;
      return new SmppSmsProvider({
        host: s.host,
        port: s.port,
        systemId: s.systemId,
        password: s.password,
        window: s.window,
        throttlePerSecond: s.throttlePerSecond,
        ...(log ? { log } : {}),
      });
    }
    case 'http':
      return new HttpSmsProvider(config.sms.http!);
    default:
      return new LogSmsProvider(log);
  }
}

export function createEmailSender(config: MessagingConfig, log?: LogLine): EmailSender {
  return config.mail.smtpUrl ? new SmtpEmailSender(config.mail.smtpUrl, config.mail.from) : new LogEmailSender(log);
}

export function createMessagingRuntime(
  deps: { database: Database; config: MessagingDeployment; settings: Pick<SettingsService, 'get' | 'all'> },
  log?: LogLine,
): MessagingRuntime {
  const messaging = deps.config.messaging;
  const sms = createSmsProvider(messaging, log);
  const email = createEmailSender(messaging, log);
  const outbox = new Outbox({
    database: deps.database,
    settings: deps.settings,
    sms,
    email,
    leaseSeconds: messaging.outbox.leaseSeconds,
    maxAttempts: messaging.outbox.maxAttempts,
    publicUrl: deps.config.publicUrl ?? `http://localhost:${deps.config.port}`,
    ...(log ? { log } : {}),
  });
  let closed: Promise<void> | undefined;
  return {
    sms,
    email,
    outbox,
    config: messaging,
    close() {
      closed ??= (async () => {
        await outbox.flushReports();
        await Promise.allSettled([sms.close(), email.close()]);
      })();
      return closed;
    },
  };
}

const runtimes = new WeakMap<object, MessagingRuntime>();

/** The runtime of an app context (routes and jobs of one process share one SMPP bind). */
export function messagingRuntimeOf(
  ctx: { database: Database; config: MessagingDeployment; settings: Pick<SettingsService, 'get' | 'all'> },
  log?: LogLine,
): MessagingRuntime {
  let runtime = runtimes.get(ctx);
  if (!runtime) {
    runtime = createMessagingRuntime(ctx, log);
    runtimes.set(ctx, runtime);
  }
  return runtime;
}
