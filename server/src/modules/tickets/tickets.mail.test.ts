import ExcelJS from 'exceljs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { addUser, describeEachDatabase, loginCookie } from '../../testing/db-harness.ts';
import { loadImport } from '../../testing/import-fixture.ts';
import { systemActor } from '../audit/index.ts';
import { ingestRawEmail, messagingRuntimeOf, type Outbox } from '../messaging/index.ts';
import { startSmtpLoopback } from '../../testing/smtp-loopback-server.ts';
import { setUserGroups } from './groups.service.ts';
import { processInboundEmails } from './intake.service.ts';
import { emailReport, keyAccountsReport } from './reports.service.ts';
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
  },
  { env: { TAWASUL_SMTP_URL: smtp.url, TAWASUL_MAIL_FROM: 'خدمة العملاء <care@tawasul.example>' } },
);
