import { createHash } from 'node:crypto';
import nodemailer, { type Transporter } from 'nodemailer';
import { ChannelError } from '../sms-provider.ts';
import type { EmailMessage, EmailSender } from '../email-sender.ts';

const threadingHeaders = ['in-reply-to', 'references'];

function headerOf(headers: Record<string, string> | undefined, name: string): string | undefined {
  return Object.entries(headers ?? {}).find(([k]) => k.toLowerCase() === name)?.[1];
}

/** SMTP out with nodemailer (`TAWASUL_SMTP_URL=smtp://user:pass@host:587`, `smtps://` for TLS). */
export class SmtpEmailSender implements EmailSender {
  readonly name = 'smtp' as const;
  private readonly transport: Transporter;
  private readonly domain: string;

  constructor(
    url: string,
    private readonly from: string,
    options: { timeoutMs?: number } = {},
  ) {
    const timeout = options.timeoutMs ?? 30_000;
    this.transport = nodemailer.createTransport(
      `${url}${url.includes('?') ? '&' : '?'}connectionTimeout=${timeout}&greetingTimeout=${timeout}&socketTimeout=${timeout}`,
    );
    this.domain = /@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? 'tawasul.local';
  }

  async send(message: EmailMessage): Promise<{ providerMessageId: string }> {
    const messageId = `<${createHash('sha256').update(message.idempotencyKey).digest('hex').slice(0, 32)}@${this.domain}>`;
    try {
      await this.transport.sendMail({
        from: this.from,
        to: message.to,
        subject: message.subject,
        html: message.html,
        text: message.text,
        // Threading headers go through nodemailer's own options (it would otherwise set its own).
        headers: Object.fromEntries(
          Object.entries(message.headers ?? {}).filter(([k]) => !threadingHeaders.includes(k.toLowerCase())),
        ),
        inReplyTo: headerOf(message.headers, 'in-reply-to'),
        references: headerOf(message.headers, 'references'),
        messageId,
        attachments: message.attachments?.map((a) => ({
          filename: a.filename,
          contentType: a.contentType,
          content: Buffer.from(a.content),
        })),
      });
    } catch (error) {
      throw classifySmtpError(error);
    }
    return { providerMessageId: messageId };
  }

  async close(): Promise<void> {
    this.transport.close();
  }
}

export function classifySmtpError(error: unknown): ChannelError {
  const e = error as { code?: string; responseCode?: number; message?: string };
  const message = `SMTP: ${e.message ?? String(error)}`;
  const code = e.responseCode ?? 0;
  if (e.code === 'EAUTH' || code === 535 || code === 530 || code === 534) return new ChannelError('auth', message);
  if (code === 550 || code === 551 || code === 553 || code === 501 || e.code === 'EENVELOPE') {
    return new ChannelError('bad_recipient', message, { retryable: false });
  }
  if (code === 421 || code === 450 || code === 451 || code === 452) return new ChannelError('temporary', message);
  if (['ECONNECTION', 'ETIMEDOUT', 'ESOCKET', 'EDNS', 'ECONNREFUSED', 'ECONNRESET'].includes(e.code ?? '')) {
    return new ChannelError('temporary', message);
  }
  return new ChannelError('unknown', message, { retryable: false });
}
