import { readFileSync } from 'node:fs';
import { beforeAll, expect, it } from 'vitest';
import { addUser, describeEachDatabase, loginCookie } from '../../testing/db-harness.ts';
import { ingestRawEmail } from './inbound-email.service.ts';
import { messagingRuntimeOf } from './messaging.runtime.ts';

// Issue 16 through the API on both databases: the marketing SMS rules as settings, the held
// reason in the outbox, marketing opt-outs, the one-click unsubscribe and bounces.

const bounce = readFileSync(new URL('./testing/fixtures/postfix-bounce.eml', import.meta.url));
const todayInRiyadh = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Riyadh' }).format(new Date());
const saRule = {
  country: 'SA',
  timezone: 'Asia/Riyadh',
  window: { start: '07:00', end: '22:00' },
  weekend: [],
  holidays: [{ date: todayInRiyadh, name: 'اليوم الوطني' }],
  sender_prefix: '',
  sender_suffix: '-AD',
  sender: '',
};

describeEachDatabase(
  'marketing channels API',
  (get) => {
    const cookies: Record<string, string> = {};
    beforeAll(async () => {
      const { app, database } = get();
      for (const [name, role] of [
        ['mk.manager', 'manager'],
        ['mk.supervisor', 'supervisor'],
        ['mk.agent', 'agent'],
      ] as const) {
        await addUser(database, name, role);
        cookies[role] = await loginCookie(app, name);
      }
    });
    const call = (method: 'GET' | 'POST' | 'PATCH', url: string, role: string, payload?: unknown) =>
      get().app.inject({
        method,
        url,
        headers: { cookie: cookies[role]! },
        ...(payload !== undefined ? { payload: payload as Record<string, unknown> } : {}),
      });
    const count = async (sql: string, ...params: unknown[]) =>
      Number((await get().database.executeSql(sql, params)).rows[0]!.n);

    it('the country rules are settings: the manager edits them (audited), bad rules are 422, others 403', async () => {
      const saved = await call('PATCH', '/api/v1/settings', 'manager', {
        marketing_sms_rules: [saRule],
        send_rate_limits: { sms_per_second: 20, sms_per_minute: 600, email_per_minute: 100 },
      });
      expect(saved.statusCode, saved.body).toBe(200);
      expect(
        await count(
          `select count(*)::int as n from audit_log where action = 'settings.update' and entity_id = 'marketing_sms_rules'`,
        ),
      ).toBe(1);
      expect((await call('PATCH', '/api/v1/settings', 'supervisor', { marketing_sms_rules: [] })).statusCode).toBe(403);
      for (const bad of [
        [{ ...saRule, country: 'Saudi' }],
        [saRule, saRule],
        [{ ...saRule, window: { start: '22:00', end: '07:00' } }],
        [{ ...saRule, timezone: 'Mars/Olympus' }],
        [{ ...saRule, sender_suffix: '-إعلان' }],
      ]) {
        const refused = await call('PATCH', '/api/v1/settings', 'manager', { marketing_sms_rules: bad });
        expect(refused.statusCode, JSON.stringify(bad)).toBe(422);
        expect(refused.json().code).toBe('validation_failed');
      }
    });

    it('a marketing SMS on a holiday of its country is held with the reason, the sender marked -AD', async () => {
      const { ctx } = get();
      const result = await messagingRuntimeOf(ctx).outbox.enqueueSms([
        { purpose: 'marketing', businessRef: 'campaign-1', to: '0551234567', body: 'عرض خاص' },
      ]);
      expect(result.queued).toHaveLength(1);
      await messagingRuntimeOf(ctx).outbox.dispatch();
      const list = await call('GET', '/api/v1/messaging/outbox?purpose=marketing', 'supervisor');
      expect(list.statusCode).toBe(200);
      expect(list.json().items[0]).toMatchObject({
        status: 'queued',
        hold_reason: 'holiday',
        country: 'SA',
        sender: 'AlAmal-AD',
      });
      expect(Date.parse(list.json().items[0].not_before)).toBeGreaterThan(Date.now());
    });

    it('an agent records a marketing opt-out once; the number gets no marketing SMS but still its reminders', async () => {
      const first = await call('POST', '/api/v1/messaging/opt-outs', 'agent', {
        channel: 'sms',
        address: '٠٥٥١٢٣٤٥٦٨',
        note: 'طلب العميل في المكالمة',
      });
      expect(first.statusCode, first.body).toBe(200);
      expect(first.json()).toEqual({ channel: 'sms', address: '+966551234568', recorded: true });
      const again = await call('POST', '/api/v1/messaging/opt-outs', 'agent', {
        channel: 'sms',
        address: '0551234568',
      });
      expect(again.json().recorded).toBe(false);
      expect(
        await count(
          `select count(*)::int as n from audit_log where action = 'marketing.opt_out' and entity_id = $1`,
          '+966551234568',
        ),
      ).toBe(1);
      for (const [body, field] of [
        [{ channel: 'sms', address: '0112345678' }, 'address'],
        [{ channel: 'email', address: 'not-an-address' }, 'address'],
        [{ channel: 'fax', address: 'x@example.com' }, 'channel'],
      ] as const) {
        const bad = await call('POST', '/api/v1/messaging/opt-outs', 'agent', body);
        expect(bad.statusCode).toBe(422);
        expect(bad.json().errors[0].field).toBe(field);
      }
      const outbox = messagingRuntimeOf(get().ctx).outbox;
      const sent = await outbox.enqueueSms([
        { purpose: 'marketing', businessRef: 'campaign-2', to: '0551234568', body: 'عرض' },
        { purpose: 'reminder', businessRef: 'inst-2', to: '0551234568', body: 'تذكير' },
      ]);
      expect(sent.refused.map((r) => r.code)).toEqual(['marketing_opted_out']);
      expect(sent.queued).toHaveLength(1);

      expect((await call('GET', '/api/v1/messaging/opt-outs', 'agent')).statusCode).toBe(403);
      const list = await call('GET', '/api/v1/messaging/opt-outs?address=0551234568', 'supervisor');
      expect(list.json().items).toEqual([
        expect.objectContaining({ channel: 'sms', source: 'manual', note: 'طلب العميل في المكالمة' }),
      ]);
      expect(list.json().items[0].recipient).not.toContain('1234568');
    });

    it('the unsubscribe link: GET shows a button and changes nothing; the one-click POST works once and never errors', async () => {
      const { app, database } = get();
      await database.executeSql(
        `insert into outbound_messages (channel, purpose, recipient, body, idempotency_key, unsubscribe_token, status)
         values ('email', 'marketing', 'noura@example.com', 'x', 'marketing:u1:noura@example.com', 'tok-123', 'sent')`,
      );
      const page = await app.inject({ method: 'GET', url: '/api/v1/messaging/unsubscribe/tok-123' });
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('dir="rtl"');
      expect(page.body).toContain('<form method="post" action="/api/v1/messaging/unsubscribe/tok-123">');
      expect(page.body).toContain('no•••@example.com');
      expect(await count(`select count(*)::int as n from email_unsubscribes`)).toBe(0);

      // A mail provider's one-click POST: another site, a form body, no cookie (RFC 8058).
      const oneClick = () =>
        app.inject({
          method: 'POST',
          url: '/api/v1/messaging/unsubscribe/tok-123',
          headers: {
            'content-type': 'application/x-www-form-urlencoded',
            origin: 'https://mail.example.net',
            'sec-fetch-site': 'cross-site',
          },
          payload: 'List-Unsubscribe=One-Click',
        });
      for (let i = 0; i < 3; i++) {
        const done = await oneClick();
        expect(done.statusCode).toBe(200);
        expect(done.body).toContain('You have been unsubscribed');
      }
      expect((await database.executeSql(`select address, source from email_unsubscribes`)).rows).toEqual([
        { address: 'noura@example.com', source: 'one_click' },
      ]);
      expect(
        await count(
          `select count(*)::int as n from audit_log where action = 'email.unsubscribe' and entity_id = 'noura@example.com'`,
        ),
      ).toBe(1);
      for (const [url, headers, payload] of [
        [
          '/api/v1/messaging/unsubscribe/nope',
          { 'content-type': 'application/x-www-form-urlencoded' },
          'List-Unsubscribe=One-Click',
        ],
        [
          '/api/v1/messaging/unsubscribe/nope',
          { 'content-type': 'multipart/form-data; boundary=b' },
          '--b\r\nContent-Disposition: form-data; name="List-Unsubscribe"\r\n\r\nOne-Click\r\n--b--\r\n',
        ],
        ['/api/v1/messaging/unsubscribe/tok-123', {}, undefined],
      ] as const) {
        const answer = await app.inject({ method: 'POST', url, headers, ...(payload ? { payload } : {}) });
        expect(answer.statusCode, `${url} ${answer.body}`).toBe(200);
      }
      expect((await app.inject({ method: 'GET', url: '/api/v1/messaging/unsubscribe/nope' })).statusCode).toBe(404);
      const long = await app.inject({ method: 'POST', url: `/api/v1/messaging/unsubscribe/${'x'.repeat(101)}` });
      expect(long.statusCode).toBeLessThan(500);
    });

    it('a DSN from the mailbox marks the address bounced; marketing email to it is refused', async () => {
      const { database, ctx } = get();
      const stored = await ingestRawEmail(database, bounce, { mailbox: 'INBOX', maxAttachmentBytes: 1_000_000 });
      expect(stored.bounced).toEqual(['no.such.user@customer-mail.example']);
      const again = await ingestRawEmail(database, bounce, { mailbox: 'INBOX', maxAttachmentBytes: 1_000_000 });
      expect(again.stored).toBe(false);
      const list = await call('GET', '/api/v1/messaging/opt-outs', 'manager');
      expect(list.json().items).toContainEqual(expect.objectContaining({ channel: 'bounce', source: '5.1.1' }));
      const result = await messagingRuntimeOf(ctx).outbox.enqueueEmail([
        {
          purpose: 'marketing',
          businessRef: 'offer-9',
          to: 'No.Such.User@customer-mail.example',
          language: 'ar',
          subject: 'عرض',
          text: 'عرض',
        },
      ]);
      expect(result.refused.map((r) => r.code)).toEqual(['email_bounced']);
    });
  },
  { env: { TAWASUL_SMS_SENDER: 'AlAmal', TAWASUL_COMPANY_NAME: 'شركة الأمل' } },
);
