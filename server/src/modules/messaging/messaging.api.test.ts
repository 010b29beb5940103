import { afterAll, beforeAll, expect, it } from 'vitest';
import { addUser, describeEachDatabase, loginCookie } from '../../testing/db-harness.ts';
import { ingestRawEmail } from './inbound-email.service.ts';
import { LoopbackSmppServer } from './testing/smpp-loopback-server.ts';

// The messaging API on both databases, with the smpp adapter pointing at a loopback SMSC.
const smsc = await LoopbackSmppServer.start({ systemId: 'api', password: 's3cret-pass' });
afterAll(() => smsc.close());
const dlrSecret = 'dlr-secret-0123456789';

describeEachDatabase(
  'messaging API',
  (get) => {
    const cookies: Record<string, string> = {};
    beforeAll(async () => {
      const { app, database } = get();
      for (const [name, role] of [
        ['msg.manager', 'manager'],
        ['msg.supervisor', 'supervisor'],
        ['msg.it', 'it'],
        ['msg.agent', 'agent'],
      ] as const) {
        await addUser(database, name, role);
        cookies[role] = await loginCookie(app, name);
      }
    });
    const call = (method: 'GET' | 'POST' | 'PATCH', url: string, role: string, payload?: Record<string, unknown>) =>
      get().app.inject({
        method,
        url,
        headers: { cookie: cookies[role]! },
        ...(payload !== undefined ? { payload } : {}),
      });

    it('sends a 70-character Arabic test SMS as one UCS-2 segment with the sender ID, and refuses 71', async () => {
      const before = smsc.submits.length;
      const ok = await call('POST', '/api/v1/messaging/sms/test', 'it', { to: '0551234567', body: 'ع'.repeat(70) });
      expect(ok.statusCode, ok.body).toBe(201);
      expect(ok.json()).toMatchObject({
        status: 'sent',
        encoding: 'ucs2',
        segments: 1,
        sender: 'AlAmal',
        recipient: '+966551234567',
      });
      expect(smsc.submits.length).toBe(before + 1);
      expect(smsc.submits.at(-1)).toMatchObject({ dataCoding: 8, source: 'AlAmal', text: 'ع'.repeat(70) });

      const refused = await call('POST', '/api/v1/messaging/sms/test', 'it', {
        to: '0551234567',
        body: 'ع'.repeat(71),
      });
      expect(refused.statusCode).toBe(422);
      expect(refused.json()).toMatchObject({ code: 'sms_too_long' });
      expect(refused.json().message_ar).toContain('70');
      expect(smsc.submits.length).toBe(before + 1);
    });

    it.each([
      ['a landline', { to: '0112345678', body: 'x' }, 'bad_recipient'],
      ['garbage', { to: '<script>', body: 'x' }, 'bad_recipient'],
      ['an empty body', { to: '0551234567', body: '' }, 'empty_body'],
      ['an unknown field', { to: '0551234567', body: 'x', sender: 'Other' }, 'validation_failed'],
    ])('refuses a test SMS to %s', async (_name, payload, code) => {
      const response = await call('POST', '/api/v1/messaging/sms/test', 'manager', payload);
      expect(response.statusCode).toBe(422);
      expect(response.json().code).toBe(code);
    });

    it('shows the provider settings with the password masked', async () => {
      const response = await call('GET', '/api/v1/messaging/provider', 'it');
      expect(response.statusCode).toBe(200);
      const body = response.json();
      expect(body.sms).toMatchObject({ adapter: 'smpp', sender: 'AlAmal', delivery_report_webhook: { enabled: true } });
      expect(body.sms.smpp.url).toBe(`smpp://api:****@127.0.0.1:${smsc.port}`);
      expect(response.body).not.toContain('s3cret-pass');
    });

    it('lists the outbox (recipients masked), shows one message with its history (audited), filters', async () => {
      const list = await call('GET', '/api/v1/messaging/outbox?status=sent&purpose=test', 'supervisor');
      expect(list.statusCode).toBe(200);
      const item = list.json().items[0];
      expect(item.recipient).toBe('05•••••567');
      const detail = await call('GET', `/api/v1/messaging/outbox/${item.id}`, 'supervisor');
      expect(detail.json()).toMatchObject({ recipient: '+966551234567', status: 'sent' });
      expect(detail.json().events.map((e: { type: string }) => e.type)).toEqual(['queued', 'submitted', 'sent']);
      const auditLog = await call('GET', `/api/v1/audit?entity=outbound_message&entity_id=${item.id}`, 'manager');
      expect(auditLog.json().items.map((a: { action: string }) => a.action)).toEqual(['message.read', 'sms.test']);
      expect((await call('GET', '/api/v1/messaging/outbox?status=failed', 'supervisor')).json().total).toBe(0);
      expect((await call('GET', '/api/v1/messaging/outbox?from=2026-13-01', 'supervisor')).statusCode).toBe(422);
      const stats = await call('GET', '/api/v1/messaging/outbox/stats', 'manager');
      expect(stats.json().by_status.sent).toBeGreaterThanOrEqual(1);
    });

    it('retries a failed message, and only a failed one', async () => {
      const { database } = get();
      const [row] = (await database.executeSql(`select id from outbound_messages where status = 'sent' limit 1`)).rows;
      const id = String(row!.id);
      const notFailed = await call('POST', `/api/v1/messaging/outbox/${id}/retry`, 'supervisor', {});
      expect(notFailed.statusCode).toBe(409);
      await database.executeSql(`update outbound_messages set status = 'failed', last_error = 'x' where id = '${id}'`);
      const retried = await call('POST', `/api/v1/messaging/outbox/${id}/retry`, 'supervisor', {});
      expect(retried.statusCode).toBe(200);
      expect(retried.json().status).toBe('queued');
      expect((await call('POST', `/api/v1/messaging/outbox/${id}/retry`, 'agent', {})).statusCode).toBe(403);
    });

    it('takes delivery reports on the webhook with the shared secret only; duplicates are harmless', async () => {
      const { app, database } = get();
      await database.executeSql(`update outbound_messages set status = 'sent' where status = 'queued'`);
      const [row] = (
        await database.executeSql(
          `select provider_message_id from outbound_messages where provider_message_id is not null limit 1`,
        )
      ).rows;
      const pid = String(row!.provider_message_id);
      const wrong = await app.inject({
        method: 'POST',
        url: `/api/v1/messaging/webhooks/sms/not-the-secret`,
        payload: { id: pid, status: 'delivered' },
      });
      expect(wrong.statusCode).toBe(401);
      const viaPath = await app.inject({
        method: 'POST',
        url: `/api/v1/messaging/webhooks/sms/${dlrSecret}`,
        payload: { id: pid, status: 'delivered' },
      });
      expect(viaPath.json()).toMatchObject({ outcome: 'applied', status: 'delivered' });
      const again = await app.inject({
        method: 'GET',
        url: `/api/v1/messaging/webhooks/sms/${dlrSecret}?id=${pid}&status=delivered`,
      });
      expect(again.json()).toMatchObject({ outcome: 'duplicate' });
      const viaHeader = await app.inject({
        method: 'POST',
        url: '/api/v1/messaging/webhooks/sms',
        headers: { 'x-tawasul-webhook-secret': dlrSecret },
        payload: { id: 'unknown-id', status: 'failed' },
      });
      expect(viaHeader.json()).toMatchObject({ outcome: 'pending' });
      const garbage = await app.inject({
        method: 'POST',
        url: `/api/v1/messaging/webhooks/sms/${dlrSecret}`,
        payload: { hello: 'x' },
      });
      expect(garbage.statusCode).toBe(422);
    });

    it('templates: a supervisor drafts, a manager approves; an edit of an approved one is a new draft version', async () => {
      const created = await call('POST', '/api/v1/messaging/templates', 'supervisor', {
        name: 'تذكير مخصص',
        purpose: 'reminder',
        channel: 'sms',
        language: 'ar',
        body: 'عميلنا {name}، قسطكم {amount} يستحق في {due_date}. {company}',
        max_segments: 1,
      });
      expect(created.statusCode, created.body).toBe(201);
      const t = created.json();
      expect(t).toMatchObject({ status: 'draft', version: 1 });
      expect((await call('POST', `/api/v1/messaging/templates/${t.id}/approve`, 'supervisor', {})).statusCode).toBe(
        403,
      );
      const approved = await call('POST', `/api/v1/messaging/templates/${t.id}/approve`, 'manager', {});
      expect(approved.json()).toMatchObject({ status: 'approved' });
      const edited = await call('PATCH', `/api/v1/messaging/templates/${t.id}`, 'supervisor', {
        body: 'عميلنا {name}، شكرًا. {company}',
      });
      expect(edited.json()).toMatchObject({ status: 'draft', version: 2, group_id: t.group_id });
      expect((await call('GET', `/api/v1/messaging/templates/${t.id}`, 'supervisor')).json().status).toBe('approved');
      await call('POST', `/api/v1/messaging/templates/${edited.json().id}/approve`, 'manager', {});
      expect((await call('GET', `/api/v1/messaging/templates/${t.id}`, 'supervisor')).json().status).toBe('archived');
      const list = await call('GET', '/api/v1/messaging/templates?purpose=reminder&status=approved', 'manager');
      expect(list.json().items.map((i: { version: number; name: string }) => i.name)).toContain('تذكير مخصص');
      const auditLog = await call('GET', `/api/v1/audit?entity=message_template`, 'manager');
      expect(auditLog.json().items.map((a: { action: string }) => a.action)).toEqual(
        expect.arrayContaining(['template.create', 'template.approve', 'template.update']),
      );
    });

    it('a reminder or thanks template is one segment: more is refused on save and never used (P1-1)', async () => {
      for (const purpose of ['reminder', 'thanks']) {
        const split = await call('POST', '/api/v1/messaging/templates', 'supervisor', {
          name: 'مقسّم',
          purpose,
          channel: 'sms',
          body: 'قسطكم {amount}. {company}',
          max_segments: 10,
        });
        expect(split.statusCode).toBe(422);
        expect(split.json().errors[0]).toMatchObject({ field: 'max_segments', code: 'one_segment_only' });
      }
      const marketing = await call('POST', '/api/v1/messaging/templates', 'supervisor', {
        name: 'عرض',
        purpose: 'marketing',
        channel: 'sms',
        body: 'عرض خاص من {company}',
        max_segments: 3,
      });
      expect(marketing.statusCode).toBe(201);
      // The counter of a reminder counts one segment whatever it is told.
      const preview = await call('POST', '/api/v1/messaging/templates/preview', 'supervisor', {
        body: `${'ع'.repeat(65)} {company}`,
        purpose: 'reminder',
        max_segments: 10,
      });
      expect(preview.json()).toMatchObject({ max_segments: 1, fits: false });
    });

    it('refuses a template with an unknown variable, and approval of one that does not fit', async () => {
      const unknown = await call('POST', '/api/v1/messaging/templates', 'supervisor', {
        name: 'x',
        purpose: 'thanks',
        channel: 'sms',
        body: 'شكرًا {iban}',
      });
      expect(unknown.statusCode).toBe(422);
      expect(unknown.json().errors[0]).toMatchObject({ field: 'body', code: 'unknown_variable' });
      const long = await call('POST', '/api/v1/messaging/templates', 'supervisor', {
        name: 'طويل',
        purpose: 'thanks',
        channel: 'sms',
        body: `${'ع'.repeat(60)} {company}`,
      });
      const approve = await call('POST', `/api/v1/messaging/templates/${long.json().id}/approve`, 'manager', {});
      expect(approve.statusCode).toBe(422);
      expect(approve.json().code).toBe('sms_too_long');
    });

    it('previews with sample values, the company name, and the worst case per variable', async () => {
      const response = await call('POST', '/api/v1/messaging/templates/preview', 'supervisor', {
        body: 'عزيزي {name}، قسطكم {amount} يستحق {due_date}. {company}',
        max_segments: 1,
      });
      expect(response.statusCode).toBe(200);
      const p = response.json();
      expect(p.rendered).toContain('شركة الأمل');
      expect(p).toMatchObject({
        encoding: 'ucs2',
        segments: 1,
        units_per_segment: 70,
        allowance: 70,
        fits: true,
        worst_case: { encoding: 'ucs2', fits: false },
      });
      expect(p.variables.map((v: { name: string; max_length: number }) => [v.name, v.max_length])).toEqual([
        ['name', 30],
        ['amount', 10],
        ['due_date', 10],
        ['company', 20],
      ]);
      const gsm = await call('POST', '/api/v1/messaging/templates/preview', 'supervisor', {
        body: 'Don’t forget',
        max_segments: 1,
      });
      expect(gsm.json()).toMatchObject({ encoding: 'ucs2', non_gsm_characters: ['’'] });
      // The segment sizes come from the server: the web no longer mirrors 160/153/70/67.
      const long = await call('POST', '/api/v1/messaging/templates/preview', 'supervisor', {
        body: 'a'.repeat(200),
        max_segments: 3,
      });
      expect(long.json()).toMatchObject({ encoding: 'gsm7', segments: 2, units_per_segment: 153, allowance: 459 });
    });

    it('stores inbound mail and serves it, faxes marked, attachments over the cap kept as metadata', async () => {
      const { database } = get();
      const raw = Buffer.from(
        [
          'From: Fax Gateway <fax@gateway.example>',
          'To: service@amal.example',
          'Subject: =?UTF-8?B?2YHYp9mD2LMg2YjYp9ix2K8=?=',
          'Message-ID: <fax-1@gateway.example>',
          'MIME-Version: 1.0',
          'Content-Type: multipart/mixed; boundary="b"',
          '',
          '--b',
          'Content-Type: text/plain; charset=utf-8',
          '',
          'fax attached',
          '--b',
          'Content-Type: application/pdf; name="fax.pdf"',
          'Content-Disposition: attachment; filename="fax.pdf"',
          'Content-Transfer-Encoding: base64',
          '',
          Buffer.from('%PDF-1.4 fake').toString('base64'),
          '--b--',
          '',
        ].join('\r\n'),
      );
      const stored = await ingestRawEmail(database, raw, {
        mailbox: 'INBOX',
        faxGatewayFrom: 'fax@gateway.example',
        maxAttachmentBytes: 1024,
      });
      expect(stored.stored).toBe(true);
      const list = await call('GET', '/api/v1/messaging/inbound-emails?fax=true', 'supervisor');
      expect(list.json().items[0]).toMatchObject({ subject: 'فاكس وارد', is_fax: true, attachments: 1 });
      const detail = await call('GET', `/api/v1/messaging/inbound-emails/${stored.id}`, 'supervisor');
      const attachment = detail.json().attachments[0];
      expect(attachment).toMatchObject({ filename: 'fax.pdf', content_type: 'application/pdf', stored: true });
      const download = await call(
        'GET',
        `/api/v1/messaging/inbound-emails/${stored.id}/attachments/${attachment.id}`,
        'supervisor',
      );
      expect(download.statusCode).toBe(200);
      expect(download.body).toBe('%PDF-1.4 fake');
      expect(download.headers['content-disposition']).toContain('fax.pdf');
      expect((await call('GET', `/api/v1/messaging/inbound-emails/${stored.id}`, 'agent')).statusCode).toBe(403);
    });
  },
  {
    env: {
      TAWASUL_SMS_ADAPTER: 'smpp',
      TAWASUL_SMPP_URL: smsc.url,
      TAWASUL_SMS_DLR_SECRET: dlrSecret,
      TAWASUL_SMS_SENDER: 'AlAmal',
      TAWASUL_COMPANY_NAME: 'شركة الأمل',
    },
  },
);
