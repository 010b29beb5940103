import { randomUUID } from 'node:crypto';
import type { EmailMessage, EmailSender } from '../email-sender.ts';
import type { LogLine } from './log-sms.adapter.ts';

/** Development default when no SMTP server is configured: logs each mail, sends nothing. */
export class LogEmailSender implements EmailSender {
  readonly name = 'log' as const;

  constructor(private readonly log: LogLine = () => undefined) {}

  async send(message: EmailMessage): Promise<{ providerMessageId: string }> {
    const providerMessageId = `log-${randomUUID()}`;
    const attachments = message.attachments?.map((a) => `${a.filename} (${a.content.byteLength} B)`);
    this.log(
      { to: message.to, subject: message.subject, providerMessageId, ...(attachments ? { attachments } : {}) },
      'email (log adapter, not sent)',
    );
    return { providerMessageId };
  }

  async close(): Promise<void> {}
}
