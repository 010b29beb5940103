import { randomUUID } from 'node:crypto';
import type { SmsMessage, SmsProvider } from '../sms-provider.ts';

export type LogLine = (entry: Record<string, unknown>, message: string) => void;

/** Development default: writes each message to the log, sends nothing, answers a unique id. */
export class LogSmsProvider implements SmsProvider {
  readonly name = 'log' as const;
  readonly window = 100;
  constructor(private readonly log: LogLine = () => undefined) {}

  async send(message: SmsMessage): Promise<{ providerMessageId: string }> {
    const providerMessageId = `log-${randomUUID()}`;
    this.log(
      { to: message.to, sender: message.sender, body: message.body, providerMessageId },
      'sms (log adapter, not sent)',
    );
    return { providerMessageId };
  }

  async close(): Promise<void> {}
}
