import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.ts';
import { databaseKinds, hasPostgres, openTestDatabase } from '../../testing/db-harness.ts';
import { parseSettingOverrides, SettingsService, type Settings } from '../settings/index.ts';
import { LogEmailSender } from './adapters/log/log-email.adapter.ts';
import type { EmailMessage } from './adapters/email-sender.ts';
import type { SmsMessage, SmsProvider } from './adapters/sms-provider.ts';
import { findMessageEvents } from './messaging.repository.ts';
import { Outbox } from './outbox.service.ts';

// Issue 16: what the outbox does to messages whose purpose is `marketing` — the country's sender
// mark and hours (held, never sent, until the window opens), the marketing opt-out that service
// messages ignore, bounced and unsubscribed addresses, and the send rate limits.

const always = parseSettingOverrides({ TAWASUL_CALLING_WINDOW: '00:00-24:00', TAWASUL_WEEKEND: 'none' }).overrides;

class RecordingProvider implements SmsProvider {
  readonly name = 'log' as const;
  readonly window = 10;
  readonly sent: SmsMessage[] = [];
  async send(message: SmsMessage) {
    this.sent.push(message);
    return { providerMessageId: `m-${this.sent.length}-${message.idempotencyKey}` };
  }
  async close() {}
}

class RecordingEmail extends LogEmailSender {
  readonly mails: EmailMessage[] = [];
  override async send(message: EmailMessage) {
    this.mails.push(message);
    return super.send(message);
  }
}

const SA = '+966551234567';
const AE = '+971501234567';
const JO = '+962791234567';

for (const kind of databaseKinds) {
  describe.skipIf(kind === 'postgres' && !hasPostgres)(`marketing in the outbox [${kind}]`, () => {
    let database: Database;
    let now: Date;
    beforeAll(async () => {
      database = await openTestDatabase(kind);
    });
    afterAll(async () => {
      await database.close();
    });
    const reset = () =>
      database.executeSql(
        'delete from outbound_messages; delete from sms_opt_outs; delete from email_unsubscribes; delete from email_bounces',
      );
    const outboxWith = (extra: Partial<Settings> = {}) => {
      const sms = new RecordingProvider();
      const email = new RecordingEmail();
      const settings = new SettingsService(database, { ...always, sms_sender: 'AlAmal', ...extra });
      const outbox = new Outbox({
        database,
        settings,
        sms,
        email,
        leaseSeconds: 60,
        maxAttempts: 3,
        publicUrl: 'https://tawasul.example',
        clock: () => now,
      });
      return { outbox, sms, email };
    };
    const rows = async () =>
      (
        await database.executeSql(
          `select recipient, status, sender, country, hold_reason, not_before, error_class from outbound_messages order by recipient collate "C"`,
        )
      ).rows;

    it('holds a marketing SMS outside its country’s hours, with the reason and the time it may go, and never sends it early', async () => {
      await reset();
      const { outbox, sms } = outboxWith();
      now = new Date('2026-12-01T19:30:00Z'); // Tuesday: 22:30 Riyadh, 23:30 Dubai, 22:30 Amman
      const result = await outbox.enqueueSms([
        { purpose: 'marketing', businessRef: 'c1', to: SA, body: 'Offer' },
        { purpose: 'marketing', businessRef: 'c1', to: AE, body: 'Offer' },
        { purpose: 'reminder', businessRef: 'i1', to: JO, body: 'Reminder' },
      ]);
      expect(result.refused).toEqual([]);
      expect(await rows()).toMatchObject([
        { recipient: JO, status: 'queued', sender: 'AlAmal', country: null, hold_reason: null },
        { recipient: SA, status: 'queued', sender: 'AlAmal-AD', country: 'SA', hold_reason: 'hours' },
        { recipient: AE, status: 'queued', sender: 'AD-AlAmal', country: 'AE', hold_reason: 'hours' },
      ]);
      const held = await rows();
      expect(new Date(held[2]!.not_before as string).toISOString()).toBe('2026-12-02T03:00:00.000Z'); // 07:00 Dubai
      expect(new Date(held[1]!.not_before as string).toISOString()).toBe('2026-12-02T04:00:00.000Z'); // 07:00 Riyadh

      await outbox.dispatch();
      expect(sms.sent.map((m) => m.to)).toEqual([JO]); // the service message goes; marketing waits

      now = new Date('2026-12-02T03:59:00Z'); // 06:59 Riyadh, 07:59 Dubai
      await outbox.dispatch();
      expect(sms.sent.map((m) => [m.to, m.sender])).toEqual([
        [JO, 'AlAmal'],
        [AE, 'AD-AlAmal'],
      ]);
      now = new Date('2026-12-02T04:00:00Z');
      await outbox.dispatch();
      expect(sms.sent.map((m) => m.to)).toEqual([JO, AE, SA]);
      expect((await rows()).map((r) => r.hold_reason)).toEqual([null, null, null]);
    });

    it('re-checks at sending: a message due on a Friday in Amman is held again, unsent, until Sunday 08:00', async () => {
      await reset();
      const { outbox, sms } = outboxWith();
      now = new Date('2026-12-03T10:00:00Z'); // Thursday 13:00 Amman: open
      await outbox.enqueueSms([{ purpose: 'marketing', businessRef: 'c2', to: JO, body: 'Offer' }]);
      expect((await rows())[0]).toMatchObject({ sender: 'advAlAmal', hold_reason: null });
      now = new Date('2026-12-04T09:00:00Z'); // the dispatcher runs only on Friday noon
      const report = await outbox.dispatch();
      expect(report).toMatchObject({ sent: 0, held: 1 });
      expect(sms.sent).toEqual([]);
      const [row] = await rows();
      expect(row).toMatchObject({ status: 'queued', hold_reason: 'weekend' });
      expect(new Date(row!.not_before as string).toISOString()).toBe('2026-12-06T05:00:00.000Z');
      const id = (await database.executeSql('select id, attempts from outbound_messages')).rows[0]!;
      expect(id.attempts).toBe(0);
      const events = await findMessageEvents(database.db, id.id as string);
      expect(events.map((e) => e.type)).toEqual(['queued', 'submitted', 'held']);
    });

    it('holds on a holiday of the country’s list', async () => {
      await reset();
      const { outbox } = outboxWith({
        marketing_sms_rules: [
          {
            country: 'JO',
            timezone: 'Asia/Amman',
            window: { start: '08:00', end: '21:00' },
            weekend: ['fri', 'sat'],
            holidays: [{ date: '2026-12-07', name: 'عطلة' }],
            sender_prefix: 'adv',
            sender_suffix: '',
            sender: '',
          },
        ],
      });
      now = new Date('2026-12-07T09:00:00Z'); // Monday, a holiday
      await outbox.enqueueSms([{ purpose: 'marketing', businessRef: 'c3', to: JO, body: 'Offer' }]);
      const [row] = await rows();
      expect(row).toMatchObject({ hold_reason: 'holiday' });
      expect(new Date(row!.not_before as string).toISOString()).toBe('2026-12-08T05:00:00.000Z');
    });

    it('refuses a marketing SMS whose sender cannot be made compliant, and service messages are untouched', async () => {
      await reset();
      const { outbox } = outboxWith({ sms_sender: 'AlAmalFinco' }); // 11 characters: no room for -AD
      now = new Date('2026-12-02T09:00:00Z');
      const result = await outbox.enqueueSms([
        { purpose: 'marketing', businessRef: 'c4', to: SA, body: 'Offer' },
        { purpose: 'marketing', businessRef: 'c4', to: AE, body: 'Offer' },
        { purpose: 'reminder', businessRef: 'i4', to: SA, body: 'Reminder' },
      ]);
      expect(result.refused.map((r) => [r.to, r.code])).toEqual([
        [SA, 'sender_not_compliant'],
        [AE, 'sender_not_compliant'],
      ]);
      expect(result.refused[0]!.message_ar).toContain('AlAmalFinco-AD');
      expect(result.queued.map((q) => q.to)).toEqual([SA]);
    });

    it('a number that opted out of marketing is refused (at enqueue and at sending); its reminders still go', async () => {
      await reset();
      const { outbox, sms } = outboxWith();
      now = new Date('2026-12-02T09:00:00Z');
      await database.executeSql(`insert into sms_opt_outs (number, source) values ('${SA}', 'manual')`);
      const result = await outbox.enqueueSms([
        { purpose: 'marketing', businessRef: 'c5', to: '0551234567', body: 'Offer' },
        { purpose: 'reminder', businessRef: 'i5', to: '0551234567', body: 'Reminder' },
        { purpose: 'marketing', businessRef: 'c5', to: AE, body: 'Offer' },
      ]);
      expect(result.refused.map((r) => [r.to, r.code])).toEqual([[SA, 'marketing_opted_out']]);
      // AE opts out after its message was queued: refused at sending, never handed to the provider.
      await database.executeSql(`insert into sms_opt_outs (number, source) values ('${AE}', 'stop_reply')`);
      const report = await outbox.dispatch();
      expect(report).toMatchObject({ sent: 1, refused: 1 });
      expect(sms.sent.map((m) => m.body)).toEqual(['Reminder']);
      expect((await rows()).find((r) => r.recipient === AE)).toMatchObject({
        status: 'failed',
        error_class: 'marketing_opted_out',
      });
    });

    it('marketing email: RFC 8058 headers; bounced and unsubscribed addresses refused before sending', async () => {
      await reset();
      const { outbox, email } = outboxWith();
      now = new Date('2026-12-02T09:00:00Z');
      await database.executeSql(`insert into email_bounces (address, status) values ('gone@example.com', '5.1.1')`);
      const mail = (to: string, ref: string) => ({
        purpose: 'marketing',
        businessRef: ref,
        to,
        language: 'ar' as const,
        subject: 'عرض',
        text: 'عرض خاص',
      });
      const result = await outbox.enqueueEmail([
        mail('Gone@Example.com', 'e1'),
        mail('sara@example.com', 'e1'),
        mail('omar@example.com', 'e1'),
        { ...mail('gone@example.com', 'ticket-1'), purpose: 'ticket_reply' },
      ]);
      expect(result.refused.map((r) => [r.to, r.code])).toEqual([['gone@example.com', 'email_bounced']]);
      await database.executeSql(
        `insert into email_unsubscribes (address, source) values ('omar@example.com', 'one_click')`,
      );
      const report = await outbox.dispatch();
      expect(report).toMatchObject({ sent: 2, refused: 1 });
      expect(email.mails.map((m) => m.to).sort()).toEqual(['gone@example.com', 'sara@example.com']);
      const sent = email.mails.find((m) => m.to === 'sara@example.com')!;
      expect(sent.headers).toMatchObject({
        'List-Unsubscribe': expect.stringMatching(
          /^<https:\/\/tawasul\.example\/api\/v1\/messaging\/unsubscribe\/[\w-]+>$/,
        ),
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      });
      expect(email.mails.find((m) => m.to === 'gone@example.com')!.headers?.['List-Unsubscribe']).toBeUndefined();
      expect((await rows()).find((r) => r.recipient === 'omar@example.com')).toMatchObject({
        status: 'failed',
        error_class: 'unsubscribed',
      });
    });

    it('keeps to the send rate limit per channel: the rest waits for the next round', async () => {
      await reset();
      const { outbox, sms, email } = outboxWith({
        send_rate_limits: { sms_per_second: 0, sms_per_minute: 3, email_per_minute: 1 },
      });
      now = new Date('2026-12-02T09:00:00Z');
      await outbox.enqueueSms(
        [1, 2, 3, 4, 5].map((n) => ({ purpose: 'reminder', businessRef: `r${n}`, to: SA, body: `R${n}` })),
      );
      await outbox.enqueueEmail(
        [1, 2].map((n) => ({
          purpose: 'report',
          businessRef: `m${n}`,
          to: 'ops@example.com',
          language: 'en' as const,
          subject: 's',
          text: 't',
        })),
      );
      const report = await outbox.dispatch();
      expect(sms.sent).toHaveLength(3);
      expect(email.mails).toHaveLength(1);
      expect(report.rateLimited).toEqual(['sms', 'email']);
      expect(await outbox.dispatch()).toMatchObject({ sent: 0, rateLimited: ['sms', 'email'] });
    });

    it('keeps to a per-second SMS limit by waiting out the second', async () => {
      await reset();
      const { outbox, sms } = outboxWith({
        send_rate_limits: { sms_per_second: 2, sms_per_minute: 0, email_per_minute: 0 },
      });
      now = new Date('2026-12-02T09:00:00Z');
      await outbox.enqueueSms(
        [1, 2, 3].map((n) => ({ purpose: 'reminder', businessRef: `s${n}`, to: SA, body: `S${n}` })),
      );
      const started = Date.now();
      await outbox.dispatch();
      expect(sms.sent).toHaveLength(3);
      expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    });
  });
}
