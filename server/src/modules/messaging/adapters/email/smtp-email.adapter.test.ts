import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../../testing/db-harness.ts';
import { SettingsService } from '../../../settings/index.ts';
import { renderEmail } from '../../domain/email-html.ts';
import { Outbox } from '../../outbox.service.ts';
import { startSmtpLoopback, type SmtpLoopback } from '../../../../testing/smtp-loopback-server.ts';
import { LogSmsProvider } from '../log/log-sms.adapter.ts';
import { SmtpEmailSender } from './smtp-email.adapter.ts';

// A real SMTP peer on loopback (smtp-server) that requires a login and keeps what it received.
let smtp: SmtpLoopback;
let port = 0;
let received: SmtpLoopback['received'] = [];
beforeAll(async () => {
  smtp = await startSmtpLoopback();
  port = smtp.port;
  received = smtp.received;
});
afterAll(async () => {
  await smtp.close();
});

describe('SMTP adapter against a loopback SMTP server', () => {
  it('delivers right-to-left HTML with a plain-text part and the List-Unsubscribe header', async () => {
    const sender = new SmtpEmailSender(`smtp://mailer:pw-123@127.0.0.1:${port}`, 'شركة الأمل <no-reply@amal.example>');
    const { html, text } = renderEmail({
      language: 'ar',
      subject: 'عرض خاص',
      text: 'عميلنا العزيز\n\nلدينا عرض خاص لكم.',
      unsubscribeUrl: 'https://tawasul.example/api/v1/messaging/unsubscribe/tok',
    });
    const { providerMessageId } = await sender.send({
      to: 'customer@example.com',
      subject: 'عرض خاص',
      html,
      text,
      headers: { 'List-Unsubscribe': '<https://tawasul.example/api/v1/messaging/unsubscribe/tok>' },
      idempotencyKey: 'marketing:offer-1:customer@example.com',
    });
    await sender.close();
    const mail = received.at(-1)!;
    expect(mail.subject).toBe('عرض خاص');
    expect(mail.messageId).toBe(providerMessageId);
    expect(mail.html).toMatch(/<body dir="rtl"/);
    expect(mail.html).toMatch(/<html lang="ar" dir="rtl">/);
    expect(mail.text).toContain('لدينا عرض خاص لكم.');
    expect(mail.text).toContain('unsubscribe/tok');
    expect(mail.headerLines.find((h) => h.key === 'list-unsubscribe')?.line.replace(/\r\n\s+/g, ' ')).toBe(
      'List-Unsubscribe: <https://tawasul.example/api/v1/messaging/unsubscribe/tok>',
    );
    expect(mail.from?.value[0]).toMatchObject({ address: 'no-reply@amal.example', name: 'شركة الأمل' });
  });

  it('a marketing email from the outbox arrives with List-Unsubscribe and List-Unsubscribe-Post (RFC 8058)', async () => {
    const database = await openTestDatabase('pglite');
    const email = new SmtpEmailSender(`smtp://mailer:pw-123@127.0.0.1:${port}`, 'no-reply@amal.example');
    try {
      const outbox = new Outbox({
        database,
        settings: new SettingsService(database, {}),
        sms: new LogSmsProvider(),
        email,
        leaseSeconds: 60,
        maxAttempts: 1,
        publicUrl: 'https://tawasul.example/',
        clock: () => new Date('2026-12-02T09:00:00Z'), // 12:00 Riyadh, inside the calling window
      });
      const queued = await outbox.enqueueEmail([
        {
          purpose: 'marketing',
          businessRef: 'offer-7',
          to: 'noura@example.com',
          language: 'ar',
          subject: 'عرض',
          text: 'عرض خاص',
        },
      ]);
      expect(queued.queued).toHaveLength(1);
      expect(await outbox.dispatch()).toMatchObject({ sent: 1 });
      const mail = received.at(-1)!;
      const header = (key: string) => mail.headerLines.find((h) => h.key === key)?.line.replace(/\r\n\s+/g, ' ');
      expect(header('list-unsubscribe')).toMatch(
        /^List-Unsubscribe: <https:\/\/tawasul\.example\/api\/v1\/messaging\/unsubscribe\/[\w-]{24}>$/,
      );
      expect(header('list-unsubscribe-post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
      expect(mail.html).toMatch(/<body dir="rtl"/);
    } finally {
      await email.close();
      await database.close();
    }
  });

  it('the same idempotency key gives the same Message-ID (a resend is recognisable)', async () => {
    const sender = new SmtpEmailSender(`smtp://mailer:pw-123@127.0.0.1:${port}`, 'no-reply@amal.example');
    const a = await sender.send({
      to: 'a@example.com',
      subject: 's',
      html: '<p>x</p>',
      text: 'x',
      idempotencyKey: 'k1',
    });
    const b = await sender.send({
      to: 'a@example.com',
      subject: 's',
      html: '<p>x</p>',
      text: 'x',
      idempotencyKey: 'k1',
    });
    await sender.close();
    expect(a.providerMessageId).toBe(b.providerMessageId);
  });

  it('carries attachments with their name, type and exact bytes, and the threading headers', async () => {
    const sender = new SmtpEmailSender(smtp.url, 'no-reply@amal.example');
    const content = new Uint8Array([0x50, 0x4b, 3, 4, 0, 255, 1, 2]);
    await sender.send({
      to: 'manager@example.com',
      subject: 'التقرير الشهري',
      html: '<p>مرفق</p>',
      text: 'مرفق',
      idempotencyKey: 'report:1',
      attachments: [{ filename: 'تقرير-2026-10.xlsx', contentType: 'application/vnd.ms-excel', content }],
      headers: { 'In-Reply-To': '<question-1@example.net>', References: '<question-1@example.net>' },
    });
    await sender.close();
    const [file] = received.at(-1)!.attachments;
    expect(file).toMatchObject({ filename: 'تقرير-2026-10.xlsx', contentType: 'application/vnd.ms-excel' });
    expect([...file!.content]).toEqual([...content]);
    // The threading headers arrive as given (a mail client files the answer under the question).
    expect(received.at(-1)!.inReplyTo).toBe('<question-1@example.net>');
    expect(received.at(-1)!.references).toBe('<question-1@example.net>');
  });

  it.each([
    ['a wrong password', 'mailer:wrong', 'a@example.com', 'auth', false],
    ['an unknown recipient (550)', 'mailer:pw-123', 'ghost@nowhere.invalid', 'bad_recipient', false],
  ])('classifies %s', async (_name, credentials, to, errorClass, retryable) => {
    const sender = new SmtpEmailSender(`smtp://${credentials}@127.0.0.1:${port}`, 'no-reply@amal.example');
    const error = await sender
      .send({ to, subject: 's', html: 'x', text: 'x', idempotencyKey: 'k2' })
      .catch((e: unknown) => e);
    await sender.close();
    expect(error).toMatchObject({ errorClass, retryable });
  });

  it('an unreachable server is temporary', async () => {
    const sender = new SmtpEmailSender('smtp://u:p@127.0.0.1:1', 'no-reply@amal.example', { timeoutMs: 2000 });
    const error = await sender
      .send({ to: 'a@example.com', subject: 's', html: 'x', text: 'x', idempotencyKey: 'k3' })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ errorClass: 'temporary', retryable: true });
  });
});
