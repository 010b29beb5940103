import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.ts';
import { databaseKinds, hasPostgres, openTestDatabase } from '../../testing/db-harness.ts';
import { parseSettingOverrides, SettingsService } from '../settings/index.ts';
import { LogEmailSender } from './adapters/log/log-email.adapter.ts';
import { SmsProviderError, type SmsMessage, type SmsProvider } from './adapters/sms-provider.ts';
import { parseSmppUrl, SmppSmsProvider } from './adapters/smpp/smpp-sms.adapter.ts';
import { claimDueMessages, findMessageEvents } from './messaging.repository.ts';
import { Outbox } from './outbox.service.ts';
import { LoopbackSmppServer } from './testing/smpp-loopback-server.ts';

const always = parseSettingOverrides({ TAWASUL_CALLING_WINDOW: '00:00-24:00', TAWASUL_WEEKEND: 'none' }).overrides;

/** A provider whose answers the test scripts: errors to throw per body first, then ids. */
class ScriptedProvider implements SmsProvider {
  readonly name = 'log' as const;
  readonly window = 10;
  readonly sent: SmsMessage[] = [];
  constructor(readonly script: Record<string, SmsProviderError[]> = {}) {}
  async send(message: SmsMessage) {
    const next = this.script[message.body]?.shift();
    if (next) throw next;
    this.sent.push(message);
    return { providerMessageId: `s-${this.sent.length}-${message.idempotencyKey}` };
  }
  async close() {}
}

async function statuses(database: Database) {
  const result = await database.executeSql('select status, count(*)::int as n from outbound_messages group by status');
  return Object.fromEntries(result.rows.map((r) => [r.status, r.n]));
}

for (const kind of databaseKinds) {
  describe.skipIf(kind === 'postgres' && !hasPostgres)(`outbox [${kind}]`, () => {
    let database: Database;
    let settings: SettingsService;
    beforeAll(async () => {
      database = await openTestDatabase(kind);
      settings = new SettingsService(database, { ...always, company_name: 'شركة الأمل', sms_sender: 'AlAmal' });
    });
    afterAll(async () => {
      await database.close();
    });
    const reset = () => database.executeSql('delete from outbound_messages; delete from delivery_reports');
    const outboxWith = (sms: SmsProvider, extra: Partial<ConstructorParameters<typeof Outbox>[0]> = {}) =>
      new Outbox({
        database,
        settings,
        sms,
        email: new LogEmailSender(),
        leaseSeconds: 60,
        maxAttempts: 3,
        publicUrl: 'https://tawasul.example',
        retryPolicy: { baseDelayMs: 1000, maxDelayMs: 10_000 },
        ...extra,
      });

    it('refuses what must not be sent, reports why, and queues the rest once', async () => {
      await reset();
      const outbox = outboxWith(new ScriptedProvider());
      const result = await outbox.enqueueSms([
        { purpose: 'reminder', businessRef: 'inst:1', to: '0551234567', template: { values: {} } },
        { purpose: 'reminder', businessRef: 'inst:1', to: '+966 55 123 4567', template: { values: {} } }, // same key
        { purpose: 'reminder', businessRef: 'inst:2', to: '0112345678', template: { values: {} } }, // landline
        { purpose: 'reminder', businessRef: 'inst:3', to: 'n/a', template: { values: {} } },
        { purpose: 'reminder', businessRef: 'inst:4', to: '0551234568', template: { values: {} }, optedOut: true },
        { purpose: 'general', businessRef: 'x:5', to: '0551234569', body: 'ع'.repeat(71) },
        { purpose: 'general', businessRef: 'x:6', to: '0551234569', body: '  ' },
        { purpose: 'general', businessRef: 'x:7', to: '0551234569', body: 'ع'.repeat(71), maxSegments: 2 },
        {
          purpose: 'reminder',
          businessRef: 'inst:8',
          to: '0551234560',
          template: { values: { company: 'ش'.repeat(21) } },
        },
        { purpose: 'survey_invitation', businessRef: 's:9', to: '0551234560', template: { values: {} } },
      ]);
      expect(result.queued.map((q) => q.key)).toEqual(['reminder:inst:1:+966551234567', 'general:x:7:+966551234569']);
      expect(result.duplicates.map((d) => d.key)).toEqual(['reminder:inst:1:+966551234567']);
      expect(result.refused.map((r) => r.code)).toEqual([
        'bad_recipient',
        'bad_recipient',
        'opted_out',
        'sms_too_long',
        'empty_body',
        'sms_too_long',
        'template_not_found',
      ]);
      expect(result.refused[3]!.message_ar).toContain('70');
      const rows = await database.executeSql(
        `select body, encoding, segments, sender, template_id from outbound_messages order by idempotency_key desc`,
      );
      expect(rows.rows[0]).toMatchObject({
        body: 'عميلنا العزيز، نذكركم بقرب موعد استحقاق قسطكم. شركة الأمل',
        encoding: 'ucs2',
        segments: 1,
        sender: 'AlAmal',
        template_id: '7a3d0c4e-0001-4000-8000-000000000001',
      });
      expect(rows.rows[1]).toMatchObject({ segments: 2 });
    });

    it('a reminder template raised to 10 segments still goes as one segment or not at all (P1-1)', async () => {
      await reset();
      const id = '7a3d0c4e-0001-4000-8000-000000000001';
      const [before] = (await database.executeSql(`select body from message_templates where id = $1`, [id])).rows;
      await database.executeSql(
        `update message_templates set max_segments = 10, body = body || ' {name}' where id = $1`,
        [id],
      );
      try {
        const result = await outboxWith(new ScriptedProvider()).enqueueSms([
          {
            purpose: 'reminder',
            businessRef: 'inst:20',
            to: '0551234567',
            template: { values: { name: 'عبدالرحمن بن عبدالعزيز السبيعي' } },
          },
        ]);
        expect(result.queued).toEqual([]);
        expect(result.refused.map((r) => r.code)).toEqual(['sms_too_long']);
      } finally {
        await database.executeSql(`update message_templates set max_segments = 1, body = $2 where id = $1`, [
          id,
          before!.body,
        ]);
      }
    });

    it('the seeded reminder and thanks templates fit one UCS-2 segment with {company} at its maximum', async () => {
      const rows = await database.executeSql(
        `select purpose, body, max_segments from message_templates where status = 'approved' and channel = 'sms' and language = 'ar' order by purpose`,
      );
      expect(rows.rows.map((r) => r.purpose)).toEqual(['reminder', 'thanks']);
      for (const row of rows.rows) {
        const body = String(row.body).replace('{company}', 'ش'.repeat(20));
        expect([...body].length).toBeLessThanOrEqual(70);
        expect(row.max_segments).toBe(1);
      }
    });

    it('delivers through a loopback SMSC, receipts (twice each) update the status once', async () => {
      await reset();
      const smsc = await LoopbackSmppServer.start({ systemId: 'tw', password: 'pw', receipts: 'delivered-twice' });
      const sms = new SmppSmsProvider({ ...parseSmppUrl(smsc.url), window: 4 });
      const outbox = outboxWith(sms);
      try {
        const requests = Array.from({ length: 10 }, (_, i) => ({
          purpose: 'thanks',
          businessRef: `pay:${i}`,
          to: `05512345${String(i).padStart(2, '0')}`,
          template: { values: {} },
        }));
        expect((await outbox.enqueueSms(requests)).queued).toHaveLength(10);
        const report = await outbox.dispatch();
        expect(report).toMatchObject({ sent: 10, failed: 0, retryScheduled: 0, recoveredInFlight: 0, chunks: 3 });
        await expect
          .poll(async () => (await outbox.flushReports(), (await statuses(database)).delivered), { timeout: 5000 })
          .toBe(10);
        expect(smsc.submits).toHaveLength(10);
        expect(new Set(smsc.submits.map((s) => s.destination)).size).toBe(10);
        expect(smsc.submits.every((s) => s.dataCoding === 8 && s.source === 'AlAmal')).toBe(true);
        const [one] = (await database.executeSql(`select id from outbound_messages limit 1`)).rows;
        const events = await findMessageEvents(database.db, String(one!.id));
        expect(events.map((e) => e.type)).toEqual(['queued', 'submitted', 'sent', 'receipt']);
        const reports = await database.executeSql(
          `select count(*)::int as n, count(applied_at)::int as applied from delivery_reports`,
        );
        expect(reports.rows[0]).toEqual({ n: 20, applied: 20 });
        // A second dispatch sends nothing: every key went once.
        expect((await outbox.dispatch()).sent).toBe(0);
        expect(smsc.submits).toHaveLength(10);
      } finally {
        await sms.close();
        await smsc.close();
      }
    });

    it('retries retryable failures with back-off, fails the others, and stops at the maximum', async () => {
      await reset();
      let now = new Date('2026-11-29T10:00:00Z');
      const temporary = () => new SmsProviderError('temporary', 'SMSC busy');
      const provider = new ScriptedProvider({
        A: [temporary()],
        B: [new SmsProviderError('bad_recipient', 'no such number')],
      });
      const outbox = outboxWith(provider, { clock: () => now });
      await outbox.enqueueSms([
        { purpose: 'general', businessRef: 'A', to: '0551111111', body: 'A' },
        { purpose: 'general', businessRef: 'B', to: '0552222222', body: 'B' },
      ]);
      expect(await outbox.dispatch()).toMatchObject({ sent: 0, failed: 1, retryScheduled: 1 });
      const a = (
        await database.executeSql(
          `select status, attempts, not_before, error_class from outbound_messages where business_ref = 'A'`,
        )
      ).rows[0]!;
      expect(a).toMatchObject({ status: 'queued', attempts: 1, error_class: 'temporary' });
      expect(new Date(a.not_before as string).toISOString()).toBe('2026-11-29T10:00:01.000Z');
      expect(
        (await database.executeSql(`select status, error_class from outbound_messages where business_ref = 'B'`))
          .rows[0],
      ).toEqual({
        status: 'failed',
        error_class: 'bad_recipient',
      });
      // Not due yet: nothing happens.
      expect((await outbox.dispatch()).sent).toBe(0);
      now = new Date('2026-11-29T10:00:02Z');
      provider.script.A!.push(temporary(), temporary());
      expect(await outbox.dispatch()).toMatchObject({ retryScheduled: 1 }); // attempt 2
      now = new Date('2026-11-29T10:01:00Z');
      expect(await outbox.dispatch()).toMatchObject({ failed: 1 }); // attempt 3 = the maximum
      expect(
        (await database.executeSql(`select status, attempts from outbound_messages where business_ref = 'A'`)).rows[0],
      ).toEqual({
        status: 'failed',
        attempts: 3,
      });
    });

    it('bulk messages wait outside the calling window; an operator test does not', async () => {
      await reset();
      const closedSettings = new SettingsService(database, {}); // default 09:00–21:00, weekend fri,sat
      const provider = new ScriptedProvider();
      const friday = new Date('2026-11-27T10:00:00Z');
      const outbox = outboxWith(provider, { settings: closedSettings, clock: () => friday });
      await outbox.enqueueSms([
        { purpose: 'reminder', businessRef: 'w1', to: '0551111111', body: 'bulk' },
        { purpose: 'test', businessRef: 'w2', to: '0552222222', body: 'test', honourWindow: false },
      ]);
      const report = await outbox.dispatch();
      expect(report).toMatchObject({ sent: 1, windowClosedUntil: '2026-11-29T06:00:00.000Z' });
      expect(provider.sent.map((m) => m.body)).toEqual(['test']);
      const sunday = outboxWith(provider, { settings: closedSettings, clock: () => new Date('2026-11-29T06:00:00Z') });
      expect((await sunday.dispatch()).sent).toBe(1);
    });

    it('after a crash, only the messages in flight go again, and they are counted', async () => {
      await reset();
      let now = new Date('2026-11-29T10:00:00Z');
      const provider = new ScriptedProvider();
      const outbox = outboxWith(provider, { clock: () => now });
      await outbox.enqueueSms(
        Array.from({ length: 6 }, (_, i) => ({
          purpose: 'general',
          businessRef: `c${i}`,
          to: `055333333${i}`,
          body: `c${i}`,
        })),
      );
      // A worker claims (marks submitted) 4 messages and dies before any answer is written.
      const claimed = await claimDueMessages(database.db, {
        channel: 'sms',
        limit: 4,
        now,
        leaseUntil: new Date(now.getTime() + 60_000),
        workerId: 'dead-worker',
        windowOpen: true,
      });
      expect(claimed).toHaveLength(4);
      // While its lease runs, nobody else touches them.
      expect(await outbox.dispatch()).toMatchObject({ sent: 2, recoveredInFlight: 0 });
      now = new Date('2026-11-29T10:01:01Z');
      expect(await outbox.dispatch()).toMatchObject({ sent: 4, recoveredInFlight: 4 });
      expect(await statuses(database)).toEqual({ sent: 6 });
      const recovered = await database.executeSql(
        `select count(*)::int as n from message_events where type = 'recovered'`,
      );
      expect(recovered.rows[0]!.n).toBe(4);
    });

    it('a receipt that arrives before the acknowledgement is kept and applied afterwards', async () => {
      await reset();
      const provider = new ScriptedProvider();
      const outbox = outboxWith(provider);
      await outbox.enqueueSms([{ purpose: 'general', businessRef: 'early', to: '0554444444', body: 'x' }]);
      const pid = `s-1-general:early:+966554444444`;
      expect(await outbox.recordDeliveryReport('log', { providerMessageId: pid, status: 'delivered' })).toBe('pending');
      await outbox.dispatch();
      expect(await statuses(database)).toEqual({ delivered: 1 });
      expect(await outbox.recordDeliveryReport('log', { providerMessageId: pid, status: 'delivered' })).toBe(
        'duplicate',
      );
      expect(await outbox.recordDeliveryReport('log', { providerMessageId: pid, status: 'failed' })).toBe('duplicate');
      expect(await statuses(database)).toEqual({ delivered: 1 });
    });

    it('marketing email carries List-Unsubscribe and skips unsubscribed addresses', async () => {
      await reset();
      const outbox = outboxWith(new ScriptedProvider());
      const first = await outbox.enqueueEmail([
        {
          purpose: 'marketing',
          businessRef: 'o1',
          to: 'Sara@Example.com',
          language: 'ar',
          subject: 'عرض',
          text: 'عرض خاص',
          marketing: true,
        },
      ]);
      const [row] = (await database.executeSql(`select headers, html, unsubscribe_token, id from outbound_messages`))
        .rows;
      expect(String((row!.headers as Record<string, string>)['List-Unsubscribe'])).toContain(
        `https://tawasul.example/api/v1/messaging/unsubscribe/${row!.unsubscribe_token}`,
      );
      expect(String(row!.html)).toContain('dir="rtl"');
      expect(first.queued).toHaveLength(1);
      await database.db.execute(sql`insert into email_unsubscribes (address) values ('sara@example.com')`);
      const second = await outbox.enqueueEmail([
        {
          purpose: 'marketing',
          businessRef: 'o2',
          to: 'sara@example.com',
          language: 'ar',
          subject: 'عرض',
          text: 'x',
          marketing: true,
        },
      ]);
      expect(second.refused.map((r) => r.code)).toEqual(['unsubscribed']);
    });
  });
}
