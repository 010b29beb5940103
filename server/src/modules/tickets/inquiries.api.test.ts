import { beforeAll, expect, it } from 'vitest';
import { addUser, describeEachDatabase, loginCookie } from '../../testing/db-harness.ts';
import { multipartFile } from '../../testing/multipart.ts';
import { loadImport } from '../../testing/import-fixture.ts';
import { ingestRawEmail } from '../messaging/index.ts';
import { processInboundEmails } from './intake.service.ts';
import { ticketsDepsOf } from './tickets.routes.ts';

// الاستفسارات (S1) through the API as a phone agent uses them: a caller who is not a customer
// yet becomes a prospect (found again on the next call), a customer is found by number, the
// answer and first-contact resolution are kept, and bad input is refused without a trace.

describeEachDatabase('inquiries API — phone contacts from customers and prospects', (get) => {
  const cookies: Record<string, string> = {};
  const call = (who: string, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
    get().app.inject({
      method,
      url,
      headers: { cookie: cookies[who]! },
      ...(payload ? { payload } : method === 'GET' ? {} : { payload: {} }),
    });
  const sql = async <T>(text: string, values: unknown[] = []) =>
    (await get().database.executeSql(text, values)).rows as T[];
  const count = async (table: string) => (await sql<{ n: number }>(`select count(*)::int as n from ${table}`))[0]!.n;
  let prospectNo = '';
  let inquiryId = '';

  beforeAll(async () => {
    const { app, database } = get();
    for (const [username, role, skills] of [
      ['phone.agent', 'agent', ['service']],
      ['other.agent', 'agent', ['service']],
      ['collector', 'agent', ['collections']],
      ['inq.supervisor', 'supervisor', []],
    ] as const) {
      await addUser(database, username, role, { skills: [...skills] });
      cookies[username] = await loginCookie(app, username);
    }
    await loadImport(database, 'customers', ['customer_no,name,country,mobile', 'Q100,فهد الدوسري,SA,0554441111']);
  });

  it('a phone inquiry from a new prospect creates the prospect, answered at first contact', async () => {
    const response = await call('phone.agent', 'POST', '/api/v1/inquiries', {
      channel: 'phone',
      prospect: { name: 'ريم العنزي', phone: '٠٥٠١٢٣٤٥٦٧', country: 'SA' },
      category: 'products',
      subject: 'الاستفسار عن التقسيط <b>بدون</b> دفعة أولى',
      question: 'هل يمكن التقسيط على 12 شهرًا؟',
      answer: 'نعم، حتى 24 شهرًا حسب الفئة.',
      first_contact_resolved: true,
    });
    expect(response.statusCode, response.body).toBe(201);
    const body = response.json();
    expect(body).toMatchObject({
      channel: 'phone',
      category: 'products',
      status: 'answered',
      first_contact_resolved: true,
      customer_name: 'ريم العنزي',
      subject: 'الاستفسار عن التقسيط <b>بدون</b> دفعة أولى',
      created_by: 'مستخدم phone.agent',
    });
    expect(body.number).toMatch(/^Q-\d{6}$/);
    expect(body.customer_no).toMatch(/^P\d{8}[0-9A-F]{6}$/);
    expect(body.answered_at).not.toBeNull();
    prospectNo = body.customer_no;
    inquiryId = body.id;

    // The prospect is a customer record of type prospect, found by any form of the number.
    const found = await call('phone.agent', 'GET', '/api/v1/customers/lookup?q=%2B966501234567');
    expect(found.statusCode, found.body).toBe(200);
    expect(found.json().items.map((c: { customer_no: string; type: string }) => [c.customer_no, c.type])).toEqual([
      [prospectNo, 'prospect'],
    ]);
    const [point] = await sql<{ kind: string; e164: string; valid: boolean }>(
      'select cp.kind, cp.e164, cp.valid from contact_points cp join customers c on c.id = cp.customer_id where c.customer_no = $1',
      [prospectNo],
    );
    expect(point).toEqual({ kind: 'mobile', e164: '+966501234567', valid: true });
    const audits = await sql<{ action: string }>(
      "select action from audit_log where action in ('customer.create_prospect', 'inquiry.create') order by at",
    );
    expect(audits.map((a) => a.action)).toEqual(['customer.create_prospect', 'inquiry.create']);
    const timeline = await sql<{ kind: string; summary: string }>(
      'select t.kind, t.summary from customer_timeline t join customers c on c.id = t.customer_id where c.customer_no = $1',
      [prospectNo],
    );
    expect(timeline).toEqual([{ kind: 'inquiry', summary: `${body.number} — ${body.subject}` }]);
  });

  it('the same caller calling again is found by the number, not created twice', async () => {
    const customersBefore = await count('customers');
    const again = await call('phone.agent', 'POST', '/api/v1/inquiries', {
      channel: 'phone',
      prospect: { name: 'ريم', phone: '0501234567', country: 'SA' },
      subject: 'متابعة طلب التقسيط',
    });
    expect(again.statusCode, again.body).toBe(201);
    expect(again.json()).toMatchObject({ customer_no: prospectNo, status: 'open', first_contact_resolved: false });
    expect(await count('customers')).toBe(customersBefore);
  });

  it('a current customer is logged by customer number and the inquiry lists under them', async () => {
    const logged = await call('phone.agent', 'POST', '/api/v1/inquiries', {
      channel: 'phone',
      customer_no: 'Q100',
      category: 'installments',
      subject: 'موعد القسط القادم',
      answer: 'القسط القادم في الأول من الشهر.',
      first_contact_resolved: true,
    });
    expect(logged.statusCode, logged.body).toBe(201);
    expect(logged.json()).toMatchObject({ customer_no: 'Q100', customer_name: 'فهد الدوسري', status: 'answered' });
    const list = await call('phone.agent', 'GET', '/api/v1/inquiries?customer_no=Q100');
    expect(list.json().items.map((i: { subject: string }) => i.subject)).toEqual(['موعد القسط القادم']);
  });

  it('an agent sees the phone inquiries he logged; a supervisor sees them all; a collector may not log', async () => {
    const own = await call('phone.agent', 'GET', '/api/v1/inquiries?channel=phone');
    expect(own.json().items).toHaveLength(3);
    const other = await call('other.agent', 'GET', '/api/v1/inquiries?channel=phone');
    expect(other.statusCode).toBe(200);
    expect(other.json().items).toHaveLength(0);
    expect((await call('other.agent', 'GET', `/api/v1/inquiries/${inquiryId}`)).statusCode).toBe(403);
    const all = await call('inq.supervisor', 'GET', '/api/v1/inquiries?channel=phone');
    expect(all.json().items).toHaveLength(3);
    const collector = await call('collector', 'POST', '/api/v1/inquiries', {
      channel: 'phone',
      customer_no: 'Q100',
      subject: 'x',
    });
    expect(collector.statusCode).toBe(403);
  });

  it('answering later keeps the version: a stale second answer gets 409 and changes nothing', async () => {
    const open = (await call('phone.agent', 'GET', '/api/v1/inquiries?status=open')).json().items[0];
    const first = await call('phone.agent', 'PATCH', `/api/v1/inquiries/${open.id}`, {
      answer: 'تمت الموافقة المبدئية.',
      first_contact_resolved: false,
      version: open.version,
    });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ status: 'answered', answer: 'تمت الموافقة المبدئية.' });
    const stale = await call('phone.agent', 'PATCH', `/api/v1/inquiries/${open.id}`, {
      answer: 'إجابة قديمة',
      version: open.version,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'ticket_version_conflict' });
    const now = (await call('phone.agent', 'GET', `/api/v1/inquiries/${open.id}`)).json();
    expect(now.answer).toBe('تمت الموافقة المبدئية.');
  });

  it('a fax from the gateway becomes an inquiry with its document, which opens as it came', async () => {
    const { database, ctx } = get();
    const pdf = Buffer.from('%PDF-1.4\n% fax page 1\n%%EOF\n');
    const raw = Buffer.from(
      [
        'From: Fax Gateway <fax@gateway.example>',
        'To: care@tawasul.example',
        'Subject: Fax from +966114445555',
        `Message-ID: <fax-inq-${get().kind}@gateway.example>`,
        'MIME-Version: 1.0',
        'Content-Type: multipart/mixed; boundary="b1"',
        '',
        '--b1',
        'Content-Type: text/plain; charset=utf-8',
        '',
        'fax received',
        '--b1',
        'Content-Type: application/pdf; name="fax-0001.pdf"',
        'Content-Disposition: attachment; filename="fax-0001.pdf"',
        'Content-Transfer-Encoding: base64',
        '',
        pdf.toString('base64'),
        '--b1--',
        '',
      ].join('\r\n'),
    );
    await ingestRawEmail(database, raw, {
      mailbox: 'INBOX',
      faxGatewayFrom: 'fax@gateway.example',
      maxAttachmentBytes: 1_000_000,
    });
    expect(await processInboundEmails(ticketsDepsOf(ctx))).toMatchObject({ inquiries: 1, failed: 0 });
    const faxes = (await call('other.agent', 'GET', '/api/v1/inquiries?channel=fax')).json().items;
    expect(faxes).toHaveLength(1);
    expect(faxes[0]).toMatchObject({ channel: 'fax', status: 'open', requester_email: null });
    const detail = (await call('other.agent', 'GET', `/api/v1/inquiries/${faxes[0].id}`)).json();
    expect(detail.attachments).toEqual([
      expect.objectContaining({ filename: 'fax-0001.pdf', content_type: 'application/pdf', size: pdf.length }),
    ]);
    const file = await call(
      'other.agent',
      'GET',
      `/api/v1/inquiries/${faxes[0].id}/attachments/${detail.attachments[0].id}`,
    );
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.rawPayload.equals(pdf)).toBe(true);
    // Opening a customer's document is audited.
    const [read] = await sql<{ actor: string; entity_id: string }>(
      "select actor, entity_id from audit_log where action = 'inquiry.attachment_read'",
    );
    expect(read).toEqual({ actor: 'other.agent', entity_id: faxes[0].id });
    // Another inquiry's id with this document's id is not a way in.
    const wrong = await call(
      'phone.agent',
      'GET',
      `/api/v1/inquiries/${inquiryId}/attachments/${detail.attachments[0].id}`,
    );
    expect(wrong.statusCode).toBe(404);
    // A fax has no address to answer by email: a clear refusal, nothing queued.
    const reply = await call('other.agent', 'POST', `/api/v1/inquiries/${faxes[0].id}/replies`, { body: 'تم' });
    expect(reply.statusCode).toBe(422);
    expect(reply.json().code).toBe('no_customer_email');
  });

  it('an emailed question is answered by email in Arabic, right-to-left, and marked answered', async () => {
    const { database, ctx } = get();
    const raw = Buffer.from(
      [
        'From: Omar <omar@example.net>',
        'To: care@tawasul.example',
        'Subject: =?UTF-8?B?' + Buffer.from('سؤال عن فروعكم').toString('base64') + '?=',
        `Message-ID: <question-${get().kind}@example.net>`,
        'MIME-Version: 1.0',
        'Content-Type: text/plain; charset=utf-8',
        '',
        'Where are your branches?',
      ].join('\r\n'),
    );
    await ingestRawEmail(database, raw, { mailbox: 'INBOX', maxAttachmentBytes: 1_000_000 });
    await processInboundEmails(ticketsDepsOf(ctx));
    const [question] = (await call('phone.agent', 'GET', '/api/v1/inquiries?channel=email')).json().items;
    expect(question).toMatchObject({ subject: 'سؤال عن فروعكم', requester_email: 'omar@example.net' });
    const replied = await call('phone.agent', 'POST', `/api/v1/inquiries/${question.id}/replies`, {
      body: 'فروعنا في الرياض وجدة والدمام <script>x</script>',
    });
    expect(replied.statusCode, replied.body).toBe(200);
    expect(replied.json()).toMatchObject({ status: 'answered' });
    expect(replied.json().messages.map((m: { kind: string }) => m.kind)).toContain('reply');
    const [mail] = await sql<{ recipient: string; subject: string; html: string }>(
      "select recipient, subject, html from outbound_messages where business_ref like $1 and channel = 'email'",
      [`inquiry-reply:${question.id}:%`],
    );
    expect(mail!.recipient).toBe('omar@example.net');
    expect(mail!.subject).toBe(`سؤال عن فروعكم [${question.number}]`);
    expect(mail!.html).toContain('<html lang="ar" dir="rtl">');
    expect(mail!.html).toContain('&lt;script&gt;');
    expect(mail!.html).not.toContain('<script>');
    // The answer sits in the customer's thread…
    const [threading] = await sql<{ headers: Record<string, string> }>(
      "select headers from outbound_messages where business_ref like $1 and channel = 'email'",
      [`inquiry-reply:${question.id}:%`],
    );
    expect(threading!.headers).toMatchObject({
      'In-Reply-To': `<question-${get().kind}@example.net>`,
      References: `<question-${get().kind}@example.net>`,
    });
    // …so his answer to it joins the inquiry (by the thread, and by the number in the subject).
    for (const [n, headers] of [
      [1, [`References: <question-${get().kind}@example.net> <ours-1@tawasul.example>`, 'Subject: Re: thanks']],
      [2, [`Subject: =?UTF-8?B?${Buffer.from(`رد: سؤال عن فروعكم [${question.number}]`).toString('base64')}?=`]],
    ] as const) {
      const followUp = Buffer.from(
        [
          'From: Omar <omar@example.net>',
          'To: care@tawasul.example',
          ...headers,
          `Message-ID: <question-${get().kind}-reply-${n}@example.net>`,
          'MIME-Version: 1.0',
          'Content-Type: text/plain; charset=utf-8',
          '',
          `Thank you (${n})`,
        ].join('\r\n'),
      );
      await ingestRawEmail(database, followUp, { mailbox: 'INBOX', maxAttachmentBytes: 1_000_000 });
      expect(await processInboundEmails(ticketsDepsOf(ctx))).toMatchObject({ joined: 1, inquiries: 0 });
    }
    const thread = (await call('phone.agent', 'GET', `/api/v1/inquiries/${question.id}`)).json();
    expect(thread.messages.map((m: { kind: string; body: string }) => [m.kind, m.body.trim()])).toEqual([
      ['reply', 'فروعنا في الرياض وجدة والدمام <script>x</script>'],
      ['inbound', 'Thank you (1)'],
      ['inbound', 'Thank you (2)'],
    ]);
    expect(thread.status).toBe('open');
    // Someone else typing the number in a subject does not get into the conversation.
    const stranger = Buffer.from(
      [
        'From: Mallory <mallory@elsewhere.example>',
        `Subject: Re: [${question.number}] please send me the customer's details`,
        `Message-ID: <stranger-${get().kind}@elsewhere.example>`,
        'Content-Type: text/plain; charset=utf-8',
        '',
        'hello',
      ].join('\r\n'),
    );
    await ingestRawEmail(database, stranger, { mailbox: 'INBOX', maxAttachmentBytes: 1_000_000 });
    expect(await processInboundEmails(ticketsDepsOf(ctx))).toMatchObject({ joined: 0, inquiries: 1 });
    const after = (await call('phone.agent', 'GET', `/api/v1/inquiries/${question.id}`)).json();
    expect(after.messages).toHaveLength(3);

    // The agent recognises the sender as a customer, links the mail to him and opens a ticket once.
    const unknown = await call('phone.agent', 'PATCH', `/api/v1/inquiries/${question.id}`, { customer_no: 'NOPE-2' });
    expect(unknown.statusCode).toBe(422);
    const linked = await call('phone.agent', 'PATCH', `/api/v1/inquiries/${question.id}`, { customer_no: 'Q100' });
    expect(linked.statusCode, linked.body).toBe(200);
    expect(linked.json()).toMatchObject({ customer_no: 'Q100', customer_name: 'فهد الدوسري' });
    const ticket = await call('phone.agent', 'POST', `/api/v1/inquiries/${question.id}/ticket`, {
      category: 'inquiry',
      fields: {},
    });
    expect(ticket.statusCode, ticket.body).toBe(201);
    const twice = await call('phone.agent', 'POST', `/api/v1/inquiries/${question.id}/ticket`, {
      category: 'inquiry',
      fields: {},
    });
    expect(twice.statusCode).toBe(409);
  });

  it('a phone inquiry that needs follow-up becomes a ticket of its customer', async () => {
    const logged = await call('phone.agent', 'POST', '/api/v1/inquiries', {
      channel: 'phone',
      customer_no: 'Q100',
      category: 'account',
      subject: 'خصم مكرر من الحساب',
    });
    const converted = await call('phone.agent', 'POST', `/api/v1/inquiries/${logged.json().id}/ticket`, {
      category: 'complaint',
      description: 'خصم القسط مرتين هذا الشهر',
      fields: {},
    });
    expect(converted.statusCode, converted.body).toBe(201);
    expect(converted.json()).toMatchObject({ group: 'customer_care', status: 'new' });
    const detail = (await call('phone.agent', 'GET', `/api/v1/inquiries/${logged.json().id}`)).json();
    expect(detail.ticket_id).toBe(converted.json().id);
  });

  it.each([
    [
      'an unknown customer',
      { channel: 'phone', customer_no: 'NOPE-1', subject: 's' },
      422,
      'validation_failed',
      'customer_no',
    ],
    [
      'a customer and a prospect at once',
      { channel: 'phone', customer_no: 'Q100', prospect: { name: 'س' }, subject: 's' },
      422,
      'validation_failed',
      'prospect',
    ],
    [
      "a prospect's number that is not a phone number",
      { channel: 'phone', prospect: { name: 'سامي', phone: '12345', country: 'SA' }, subject: 's' },
      422,
      'validation_failed',
      'prospect.phone',
    ],
    ['an unknown channel', { channel: 'pigeon', subject: 's' }, 422, 'validation_failed', 'channel'],
    ['an empty subject', { channel: 'phone', subject: '   ' }, 422, 'validation_failed', 'subject'],
    ['an unknown field', { channel: 'phone', subject: 's', priority: 'high' }, 422, 'validation_failed', undefined],
  ])('refuses %s and writes nothing', async (_name, payload, status, code, field) => {
    const [customersBefore, inquiriesBefore] = [await count('customers'), await count('inquiries')];
    const response = await call('phone.agent', 'POST', '/api/v1/inquiries', payload);
    expect(response.statusCode, response.body).toBe(status);
    const error = response.json();
    expect(error.code).toBe(code);
    expect(error.message_ar).toMatch(/[\u0600-\u06FF]/);
    if (field) expect(error.errors.map((e: { field: string }) => e.field)).toContain(field);
    expect(response.body).not.toMatch(/at .*\.ts:\d+/);
    expect([await count('customers'), await count('inquiries')]).toEqual([customersBefore, inquiriesBefore]);
  });

  it('a fax received on paper is added to its inquiry by hand: PDF or TIFF by its first bytes, size-limited, audited', async () => {
    const { app } = get();
    const csrf = (await call('phone.agent', 'GET', '/api/v1/auth/me')).json().csrf_token as string;
    const upload = (name: string, content: Buffer, who = 'phone.agent') => {
      const body = multipartFile('file', name, content);
      return app.inject({
        method: 'POST',
        url: `/api/v1/inquiries/${inquiryId}/attachments`,
        headers: { cookie: cookies[who]!, 'content-type': body.contentType, 'x-csrf-token': csrf },
        payload: body.payload,
      });
    };
    const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(2000, 0x20), Buffer.from('\n%%EOF\n')]);
    const added = await upload('فاكس العميل.pdf', pdf);
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json()).toMatchObject({
      filename: 'فاكس العميل.pdf',
      content_type: 'application/pdf',
      size: pdf.length,
    });
    // A TIFF without its extension is still a TIFF; it is named as one.
    const tiff = Buffer.concat([Buffer.from([0x49, 0x49, 0x2a, 0x00]), Buffer.alloc(500)]);
    const scanned = await upload('scan', tiff);
    expect(scanned.statusCode, scanned.body).toBe(201);
    expect(scanned.json()).toMatchObject({ filename: 'scan.tif', content_type: 'image/tiff' });

    // A file that only claims to be a PDF is refused, and nothing is kept.
    const fake = await upload('invoice.pdf', Buffer.from('MZ\x90\x00 this is a program'));
    expect(fake.statusCode).toBe(415);
    expect(fake.json().code).toBe('fax_type');
    expect(fake.json().message_ar).toMatch(/[\u0600-\u06FF]/);
    const big = await upload('big.pdf', Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(11 * 1024 * 1024)]));
    expect(big.statusCode).toBe(413);
    // An agent who may not see the inquiry may not add to it either.
    expect((await upload('x.pdf', pdf, 'collector')).statusCode).toBe(403);

    const page = (await call('phone.agent', 'GET', `/api/v1/inquiries/${inquiryId}`)).json();
    expect(page.attachments.map((a: { filename: string }) => a.filename).sort()).toEqual([
      'scan.tif',
      'فاكس العميل.pdf',
    ]);
    const audits = (await call('inq.supervisor', 'GET', `/api/v1/inquiries/${inquiryId}`)).statusCode;
    expect(audits).toBe(200);
    const rows = (
      await get().database.executeSql(
        "select action, after->>'filename' as filename from audit_log where entity = 'inquiry' and entity_id = $1 and action = 'inquiry.attachment_add'",
        [inquiryId],
      )
    ).rows as Array<{ filename: string }>;
    expect(rows.map((r) => r.filename).sort()).toEqual(['scan.tif', 'فاكس العميل.pdf']);
  });
});
