import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { addUser, describeEachDatabase, loginCookie } from '../../testing/db-harness.ts';
import { loadImport } from '../../testing/import-fixture.ts';
import { systemActor } from '../audit/index.ts';
import { ingestRawEmail, messagingRuntimeOf, type Outbox } from '../messaging/index.ts';
import { startSmtpLoopback } from '../../testing/smtp-loopback-server.ts';
import { setUserGroups } from './groups.service.ts';
import { processInboundEmails } from './intake.service.ts';
import { emailReport, keyAccountsReport, weeklyReport } from './reports.service.ts';
import { ticketsDepsOf } from './tickets.routes.ts';
import { createTicket } from './tickets.service.ts';

// What the customer and the recipients of the reports receive, read back from a real SMTP
// server on loopback the way a mail client reads it: the acknowledgement of an emailed
// complaint, the resolution notice, the scheduled report with its XLSX; and the guarantees
// behind them (written with the ticket's own change; one survey per closing).

const smtp = await startSmtpLoopback();
afterAll(() => smtp.close());

const arabicRtlMail = (html: string | false | undefined) => {
  expect(html).toContain('<html lang="ar" dir="rtl">');
  expect(html).toMatch(/<body dir="rtl"/);
};

describeEachDatabase(
  'tickets mail — acknowledgements, notices and reports over SMTP',
  (get) => {
    const cookies: Record<string, string> = {};
    const call = (who: string, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
      get().app.inject({ method, url, headers: { cookie: cookies[who]! }, payload: payload ?? {} });
    const sql = async <T>(text: string, values: unknown[] = []) =>
      (await get().database.executeSql(text, values)).rows as T[];
    const outbox = (): Outbox => messagingRuntimeOf(get().ctx).outbox;
    const mailsTo = (address: string) => smtp.received.filter((m) => m.to && 'text' in m.to && m.to.text === address);
    const autoSubmitted = (m: { headers: Map<string, unknown> }) => m.headers.get('auto-submitted');
    const ingest = (lines: string[]) =>
      ingestRawEmail(get().database, Buffer.from(lines.join('\r\n')), {
        mailbox: 'INBOX',
        maxAttachmentBytes: 1_000_000,
      });
    const b64 = (text: string) => Buffer.from(text).toString('base64');
    let complaintId = '';

    beforeAll(async () => {
      const { app, database } = get();
      for (const [username, role, groups] of [
        ['care.agent', 'agent', ['customer_care']],
        ['mail.manager', 'manager', []],
      ] as const) {
        const user = await addUser(database, username, role, { skills: ['service'] });
        if (groups.length) await setUserGroups(database, systemActor('test'), user.id, [...groups]);
        cookies[username] = await loginCookie(app, username);
      }
      const suffix = get().kind;
      await loadImport(database, 'customers', [
        'customer_no,name,country,mobile,email,key_account',
        `M1,منى الشهري,SA,0557778888,mona.${suffix}@example.com,false`,
        `MK1,شركة الخليج للتوريدات,SA,0558889999,gulf.${suffix}@example.com,true`,
      ]);
    });

    it('an emailed complaint becomes a ticket; the customer receives an Arabic right-to-left acknowledgement', async () => {
      const { database, ctx } = get();
      const from = `mona.${get().kind}@example.com`;
      const raw = Buffer.from(
        [
          `From: Mona <${from}>`,
          'To: care@tawasul.example',
          'Subject: =?UTF-8?B?' + Buffer.from('شكوى: الطرد وصل تالفًا').toString('base64') + '?=',
          `Message-ID: <mail-complaint-${get().kind}@example.com>`,
          'Date: Sun, 22 Nov 2026 09:00:00 +0300',
          'MIME-Version: 1.0',
          'Content-Type: text/plain; charset=utf-8',
          'Content-Transfer-Encoding: base64',
          '',
          Buffer.from('وصل الطرد رقم 55 تالفًا وأطلب التعويض').toString('base64'),
        ].join('\r\n'),
      );
      await ingestRawEmail(database, raw, { mailbox: 'INBOX', maxAttachmentBytes: 1_000_000 });
      expect(await processInboundEmails(ticketsDepsOf(ctx))).toMatchObject({ tickets: 1, failed: 0 });
      const [ticket] = await sql<{ id: string; number: number }>(
        'select id, number from tickets where email_thread_id = $1',
        [`<mail-complaint-${get().kind}@example.com>`],
      );
      complaintId = ticket!.id;
      const number = `T-${String(ticket!.number).padStart(6, '0')}`;

      await outbox().dispatch();
      const [mail] = mailsTo(from);
      expect(mail, 'the acknowledgement reached the SMTP server').toBeDefined();
      expect(mail!.subject).toBe(`تم استلام شكواك [${number}]`);
      arabicRtlMail(mail!.html);
      expect(mail!.text).toContain('عميلنا العزيز منى الشهري');
      expect(mail!.text).toContain(`وتسجيلها برقم ${number}`);
      expect(mail!.text).toContain('«شكوى: الطرد وصل تالفًا»');
      // It answers the customer's mail in its thread, and says it is automatic (RFC 3834).
      expect(mail!.inReplyTo).toBe(`<mail-complaint-${get().kind}@example.com>`);
      expect(mail!.references).toBe(`<mail-complaint-${get().kind}@example.com>`);
      expect(autoSubmitted(mail!)).toBe('auto-replied');
    });

    it("the customer's answer to an acknowledgement joins its ticket, whatever its subject", async () => {
      const { ctx } = get();
      const from = `mona.${get().kind}@example.com`;
      // A complaint taken on the phone: its acknowledgement starts the mail thread.
      const opened = await call('care.agent', 'POST', '/api/v1/tickets', {
        customer_no: 'M1',
        category: 'complaint',
        subject: 'المندوب لم يحضر',
        description: 'اتصلت العميلة',
        fields: {},
      });
      expect(opened.statusCode, opened.body).toBe(201);
      await outbox().dispatch();
      const ack = mailsTo(from).find((m) => m.subject?.includes(opened.json().number));
      expect(ack?.messageId).toBeTruthy();
      expect(autoSubmitted(ack!)).toBe('auto-replied');
      const tickets = async () => (await sql<{ n: number }>('select count(*)::int as n from tickets'))[0]!.n;
      const before = await tickets();
      await ingest([
        `From: Mona <${from}>`,
        'To: care@tawasul.example',
        // The customer's client dropped the number from the subject; the thread still names our mail.
        'Subject: =?UTF-8?B?' + b64('رد: شكوى المندوب') + '?=',
        `Message-ID: <answer-to-ack-${get().kind}@example.com>`,
        `In-Reply-To: ${ack!.messageId}`,
        `References: ${ack!.messageId}`,
        'MIME-Version: 1.0',
        'Content-Type: text/plain; charset=utf-8',
        'Content-Transfer-Encoding: base64',
        '',
        b64('ما زالت شكواي قائمة، لم يحضر أحد'),
      ]);
      expect(await processInboundEmails(ticketsDepsOf(ctx))).toMatchObject({ joined: 1, tickets: 0, failed: 0 });
      expect(await tickets()).toBe(before);
      const detail = (await call('care.agent', 'GET', `/api/v1/tickets/${opened.json().id}`)).json();
      expect(detail.messages.map((m: { body: string }) => m.body)).toContain('ما زالت شكواي قائمة، لم يحضر أحد');
    });

    it('an automatic mail (Auto-Submitted) opens its complaint but gets no automatic answer: no mail loop', async () => {
      const { ctx } = get();
      const from = `mona.${get().kind}@example.com`;
      await ingest([
        `From: Mona <${from}>`,
        'To: care@tawasul.example',
        'Subject: =?UTF-8?B?' + b64('شكوى: رد آلي — خارج المكتب') + '?=',
        `Message-ID: <auto-reply-${get().kind}@example.com>`,
        'Auto-Submitted: auto-replied',
        'MIME-Version: 1.0',
        'Content-Type: text/plain; charset=utf-8',
        'Content-Transfer-Encoding: base64',
        '',
        b64('أنا خارج المكتب، بخصوص الشكوى سأرد لاحقًا'),
      ]);
      expect(await processInboundEmails(ticketsDepsOf(ctx))).toMatchObject({ tickets: 1, failed: 0 });
      const [ticket] = await sql<{ id: string }>('select id from tickets where email_thread_id = $1', [
        `<auto-reply-${get().kind}@example.com>`,
      ]);
      const acks = await sql<{ n: number }>(
        "select count(*)::int as n from outbound_messages where purpose = 'complaint_ack' and business_ref = $1",
        [`ticket:${ticket!.id}`],
      );
      expect(acks[0]!.n).toBe(0);
    });

    it("a reply from the ticket lands in the customer's mail thread", async () => {
      const from = `mona.${get().kind}@example.com`;
      const replied = await call('care.agent', 'POST', `/api/v1/tickets/${complaintId}/replies`, {
        body: 'نأسف لذلك، سيُستبدل الطرد خلال يومين.',
      });
      expect(replied.statusCode, replied.body).toBe(200);
      await outbox().dispatch();
      const reply = mailsTo(from).find((m) => m.text?.includes('سيُستبدل الطرد'));
      expect(reply).toBeDefined();
      expect(reply!.inReplyTo).toBe(`<mail-complaint-${get().kind}@example.com>`);
      expect(reply!.subject).toMatch(/\[T-\d{6}\]$/);
      arabicRtlMail(reply!.html);
      expect(reply!.text!.startsWith('عميلنا العزيز منى الشهري،')).toBe(true);

      // The agent greets the customer himself: the mail greets once.
      const greeted = await call('care.agent', 'POST', `/api/v1/tickets/${complaintId}/replies`, {
        body: 'عميلنا العزيز، تم شحن الطرد البديل اليوم.',
      });
      expect(greeted.statusCode, greeted.body).toBe(200);
      await outbox().dispatch();
      const second = mailsTo(from).find((m) => m.text?.includes('تم شحن الطرد البديل'));
      expect(second!.text!.startsWith('عميلنا العزيز، تم شحن الطرد البديل اليوم.')).toBe(true);
      expect(second!.text!.match(/عميلنا العزيز/g)).toHaveLength(1);
      expect(second!.text).not.toContain('منى الشهري،');
    });

    it('resolving the complaint sends the resolution notice, written with the resolution', async () => {
      const from = `mona.${get().kind}@example.com`;
      const resolved = await call('care.agent', 'POST', `/api/v1/tickets/${complaintId}/status`, {
        action: 'resolve',
        resolution: 'أُرسل طرد بديل وصُرف تعويض.',
      });
      expect(resolved.statusCode, resolved.body).toBe(200);
      const [row] = await sql<{ n: number }>(
        "select count(*)::int as n from outbound_messages where purpose = 'resolution_notice' and business_ref = $1",
        [`ticket:${complaintId}`],
      );
      expect(row!.n).toBe(2); // email and SMS
      await outbox().dispatch();
      const notice = mailsTo(from).find((m) => m.subject?.startsWith('تم حل شكواك'));
      expect(notice).toBeDefined();
      arabicRtlMail(notice!.html);
      expect(autoSubmitted(notice!)).toBe('auto-generated');
      expect(notice!.inReplyTo).toBe(`<mail-complaint-${get().kind}@example.com>`);
      expect(notice!.text).toContain('أُرسل طرد بديل وصُرف تعويض.');
    });

    it('a ticket closed, reopened and closed again asks for a survey each time it is closed', async () => {
      const first = await call('care.agent', 'POST', `/api/v1/tickets/${complaintId}/close`, { resolution: 'تم' });
      expect(first.statusCode, first.body).toBe(200);
      const reopened = await call('care.agent', 'POST', `/api/v1/tickets/${complaintId}/status`, {
        action: 'reopen',
      });
      expect(reopened.statusCode, reopened.body).toBe(200);
      const again = await call('care.agent', 'POST', `/api/v1/tickets/${complaintId}/close`, {
        resolution: 'تم بعد المتابعة',
      });
      expect(again.statusCode, again.body).toBe(200);
      const surveys = await sql<{ closed_at: string }>(
        'select closed_at from ticket_survey_requests where ticket_id = $1 order by closed_at',
        [complaintId],
      );
      expect(surveys).toHaveLength(2);
    });

    it('the acknowledgement is written in the ticket’s transaction: if it cannot be queued, no ticket either', async () => {
      const { ctx } = get();
      const failing = Object.create(outbox()) as Outbox;
      failing.enqueueEmail = () => Promise.reject(new Error('outbox unavailable'));
      const deps = { ...ticketsDepsOf(ctx), outbox: failing };
      const count = async () => (await sql<{ n: number }>('select count(*)::int as n from tickets'))[0]!.n;
      const before = await count();
      await expect(
        createTicket(deps, systemActor('test'), null, {
          customer_no: 'M1',
          category: 'complaint',
          subject: 'شكوى لن تُحفظ',
          description: '',
          fields: {},
        }),
      ).rejects.toThrow('outbox unavailable');
      expect(await count()).toBe(before);
      const [timeline] = await sql<{ n: number }>(
        "select count(*)::int as n from customer_timeline where summary like '%شكوى لن تُحفظ%'",
      );
      expect(timeline!.n).toBe(0);
    });

    it('the monthly key-accounts report reaches its recipients with the XLSX attached (right-to-left)', async () => {
      const { database, ctx } = get();
      const recipient = `reports.${get().kind}@example.com`;
      const saved = await call('mail.manager', 'PATCH', '/api/v1/ticket-settings', {
        report_recipients: { monthly: [recipient], weekly: [] },
      });
      expect(saved.statusCode, saved.body).toBe(200);
      const opened = await call('mail.manager', 'POST', '/api/v1/tickets', {
        customer_no: 'MK1',
        category: 'complaint',
        subject: 'تأخر استلام الشحنات',
        description: 'تكرر التأخير هذا الشهر',
        fields: {},
      });
      expect(opened.statusCode, opened.body).toBe(201);
      const month = opened.json().created_at.slice(0, 7) as string;
      const report = await keyAccountsReport(database, ctx.settings, month);
      expect(await emailReport(database, outbox(), 'monthly', report, month)).toEqual({ queued: 1 });
      // The schedule may fire twice for one period: the second queues nothing.
      expect(await emailReport(database, outbox(), 'monthly', report, month)).toEqual({ queued: 0 });
      await outbox().dispatch();

      const [mail] = mailsTo(recipient);
      expect(mail).toBeDefined();
      expect(mail!.subject).toBe(report.title);
      arabicRtlMail(mail!.html);
      expect(mail!.html).toContain('شركة الخليج للتوريدات');
      expect(mail!.attachments).toHaveLength(1);
      const [file] = mail!.attachments;
      expect(file!.filename).toBe(`key-accounts-${month}.xlsx`);
      expect(file!.contentType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(file!.content as unknown as ArrayBuffer);
      expect(workbook.worksheets.length).toBeGreaterThan(0);
      for (const sheet of workbook.worksheets) expect(sheet.views[0]?.rightToLeft).toBe(true);
      const cells = workbook.worksheets.flatMap((s) =>
        s.getSheetValues().flatMap((r) => (Array.isArray(r) ? r.map((v) => String(v ?? '')) : [])),
      );
      expect(cells).toContain('شركة الخليج للتوريدات');
    });

    it('the weekly report names each group by its name, shows its title once, and says it is automatic', async () => {
      const { database, ctx } = get();
      const recipient = `weekly.${get().kind}@example.com`;
      const saved = await call('mail.manager', 'PATCH', '/api/v1/ticket-settings', {
        report_recipients: { monthly: [], weekly: [recipient] },
      });
      expect(saved.statusCode, saved.body).toBe(200);
      const [first] = await sql<{ created_at: string }>('select min(created_at)::text as created_at from tickets');
      const day = new Date(first!.created_at);
      const weekStart = new Date(day.getTime() - day.getUTCDay() * 86_400_000).toISOString().slice(0, 10);
      const report = await weeklyReport(database, ctx.settings, weekStart);
      expect(report.groups.map((g) => g.group)).toContain('customer_care');
      expect(await emailReport(database, outbox(), 'weekly', report, weekStart)).toEqual({ queued: 1 });
      await outbox().dispatch();
      const [mail] = mailsTo(recipient);
      expect(mail).toBeDefined();
      expect(autoSubmitted(mail!)).toBe('auto-generated');
      const [care] = await sql<{ name_ar: string }>("select name_ar from ticket_groups where code = 'customer_care'");
      expect(mail!.html).toContain(care!.name_ar);
      expect(mail!.html).not.toContain('customer_care');
      expect(mail!.text).not.toContain('customer_care');
      expect(String(mail!.html).split(report.title).length - 1).toBe(2); // the <title> and one heading
    });
  },
  { env: { TAWASUL_SMTP_URL: smtp.url, TAWASUL_MAIL_FROM: 'خدمة العملاء <care@tawasul.example>' } },
);
