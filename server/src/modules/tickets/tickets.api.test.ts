import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.ts';
import { multipartFile } from '../../testing/multipart.ts';
import { addUser, describeEachDatabase, loginCookie } from '../../testing/db-harness.ts';
import { loadImport } from '../../testing/import-fixture.ts';
import { systemActor } from '../audit/index.ts';
import { ingestRawEmail } from '../messaging/index.ts';
import { openDataCorrectionTask } from '../worklists/index.ts';
import { setUserGroups } from './groups.service.ts';
import { processInboundEmails, syncDataCorrectionTickets } from './intake.service.ts';
import { sweepSla } from './sla-sweep.service.ts';
import { ticketsDepsOf } from './tickets.routes.ts';
import { createTicket, resolveBySystem } from './tickets.service.ts';

const loadCustomers = (database: Database, lines: string[]) => loadImport(database, 'customers', lines);

const shipment = {
  waybill_no: 'WB-7788',
  shipper_name: 'مصنع الرياض',
  shipper_phone: '0551234567',
  consignee_name: 'خالد العتيبي',
  consignee_phone: '0112345678',
};
const egShipment = { ...shipment, shipper_phone: '01001234567', consignee_phone: '01001234568' };

describeEachDatabase('tickets API — key accounts, routing, SLA, hand-offs', (get) => {
  const cookies: Record<string, string> = {};
  const ids: Record<string, string> = {};
  const call = (who: string, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
    get().app.inject({
      method,
      url,
      headers: { cookie: cookies[who]! },
      ...(payload ? { payload } : method === 'GET' ? {} : { payload: {} }),
    });
  const sql = async <T>(text: string, values: unknown[] = []) =>
    (await get().database.executeSql(text, values)).rows as T[];

  beforeAll(async () => {
    const { app, database } = get();
    const people: Array<[string, 'agent' | 'supervisor' | 'manager' | 'claims' | 'it', string[], string[]]> = [
      ['ka.officer', 'agent', ['key_accounts'], ['key_accounts']],
      ['ops.agent', 'agent', ['service'], ['operations']],
      ['trk.agent', 'agent', ['service'], ['tracking']],
      ['care.agent', 'agent', ['service'], ['customer_care']],
      ['care.agent2', 'agent', ['service'], ['customer_care']],
      ['retail.agent', 'agent', ['service'], ['retail_sales']],
      ['t.sup', 'supervisor', [], []],
      ['t.mgr', 'manager', [], []],
      ['t.claims', 'claims', [], []],
    ];
    for (const [username, role, skills, groups] of people) {
      const user = await addUser(database, username, role, { skills });
      ids[username] = user.id;
      if (groups.length) await setUserGroups(database, systemActor('test'), user.id, groups);
      cookies[username] = await loginCookie(app, username);
    }
    await loadCustomers(database, [
      'customer_no,name,country,mobile,email,key_account',
      'KSA1,شركة النخبة للتجارة,SA,0551112222,vip@nukhba.example,true',
      'KEG1,شركة النيل,EG,01001112222,,true',
      'C1,سارة القحطاني,SA,0553334444,sara@example.com,false',
    ]);
  });

  it('a key-account officer opens a ticket for a Saudi key customer: Key Accounts, 72 hours', async () => {
    const response = await call('ka.officer', 'POST', '/api/v1/tickets', {
      customer_no: 'KSA1',
      category: 'service_failure',
      subject: 'تأخر تسليم الشحنة',
      description: 'الشحنة لم تصل منذ أسبوع',
      fields: shipment,
    });
    expect(response.statusCode, response.body).toBe(201);
    const body = response.json();
    expect(Object.keys(body).sort()).toEqual(['created_at', 'group', 'id', 'number', 'sla_due_at', 'status']);
    expect(body).toMatchObject({ group: 'key_accounts', status: 'new' });
    expect(body.number).toMatch(/^T-\d{6}$/);
    expect(Date.parse(body.sla_due_at) - Date.parse(body.created_at)).toBe(72 * 3600_000);
    ids.ksa = body.id;

    const queue = await call('ka.officer', 'GET', '/api/v1/tickets?queue=group');
    expect(queue.json().items.map((t: { id: string }) => t.id)).toContain(body.id);
    const detail = (await call('ka.officer', 'GET', `/api/v1/tickets/${body.id}`)).json();
    expect(detail.sla).toMatchObject({ clock: 'calendar', resolution_minutes: 4320, state: 'ok' });
    expect(detail.fields).toMatchObject({ waybill_no: 'WB-7788', shipper_phone_e164: '+966551234567' });
    expect(detail.history[0]).toMatchObject({ kind: 'created', actor: 'مستخدم ka.officer' });
    expect(detail.transfer_targets).not.toContain('key_accounts');
  });

  it("an Egyptian key customer's ticket lands in Tracking (no Key Accounts group in Egypt)", async () => {
    const response = await call('ka.officer', 'POST', '/api/v1/tickets', {
      customer_no: 'KEG1',
      category: 'address_change',
      subject: 'تغيير عنوان المرسل إليه',
      description: '',
      fields: egShipment,
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().group).toBe('tracking');
    const tracking = await call('trk.agent', 'GET', '/api/v1/tickets?queue=group');
    expect(tracking.json().items.map((t: { customer_no: string }) => t.customer_no)).toContain('KEG1');
  });

  it('missing or malformed mandatory fields, an unknown customer or category → 422 naming each field', async () => {
    const missing = await call('ka.officer', 'POST', '/api/v1/tickets', {
      customer_no: 'KSA1',
      category: 'claim',
      subject: 'مطالبة',
      description: '',
      fields: { ...shipment, waybill_no: '', consignee_phone: 'not a phone' },
    });
    expect(missing.statusCode).toBe(422);
    expect(missing.json().errors.map((e: { field: string }) => e.field)).toEqual([
      'fields.waybill_no',
      'fields.consignee_phone',
      'fields.claim_amount',
    ]);
    const unknown = await call('ka.officer', 'POST', '/api/v1/tickets', {
      customer_no: 'NOPE',
      category: 'complaint',
      subject: 'x',
      description: '',
      fields: {},
    });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().errors[0]).toMatchObject({ field: 'customer_no', code: 'unknown_customer' });
    const category = await call('ka.officer', 'POST', '/api/v1/tickets', {
      customer_no: 'KSA1',
      category: 'gossip',
      subject: 'x',
      fields: {},
    });
    expect(category.statusCode).toBe(422);
    expect(category.json().errors[0].field).toBe('category');
  });

  it('Operations receives a hand-off and closes it; nobody can bounce it back; non-members cannot close', async () => {
    const handOff = await call('ka.officer', 'POST', `/api/v1/tickets/${ids.ksa}/transfer`, { group: 'operations' });
    expect(handOff.statusCode, handOff.body).toBe(200);
    expect(handOff.json()).toMatchObject({ group: 'operations' });

    const opsQueue = await call('ops.agent', 'GET', '/api/v1/tickets?queue=group');
    expect(opsQueue.json().items.map((t: { id: string }) => t.id)).toContain(ids.ksa);

    const back = await call('ops.agent', 'POST', `/api/v1/tickets/${ids.ksa}/transfer`, { group: 'key_accounts' });
    expect(back.statusCode).toBe(409);
    expect(back.json().code).toBe('ticket_never_back_to_key_accounts');
    const bySupervisor = await call('t.sup', 'POST', `/api/v1/tickets/${ids.ksa}/transfer`, { group: 'key_accounts' });
    expect(bySupervisor.statusCode).toBe(409);
    const unknownGroup = await call('ops.agent', 'POST', `/api/v1/tickets/${ids.ksa}/transfer`, { group: 'legal' });
    expect(unknownGroup.statusCode).toBe(422);
    expect(unknownGroup.json().errors[0]).toMatchObject({ field: 'group', code: 'unknown_group' });

    // The officer who opened it still follows it, but it is no longer his group's to close.
    const byOfficer = await call('ka.officer', 'POST', `/api/v1/tickets/${ids.ksa}/close`, { resolution: 'تم' });
    expect(byOfficer.statusCode).toBe(403);
    expect(byOfficer.json().code).toBe('not_group_member');
    const byOutsider = await call('retail.agent', 'POST', `/api/v1/tickets/${ids.ksa}/close`, { resolution: 'تم' });
    expect(byOutsider.statusCode).toBe(403);
    expect((await call('retail.agent', 'GET', `/api/v1/tickets/${ids.ksa}`)).statusCode).toBe(403);

    const closed = await call('ops.agent', 'POST', `/api/v1/tickets/${ids.ksa}/close`, {
      resolution: 'أعيدت جدولة التسليم وسُلّمت الشحنة',
    });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json().status).toBe('closed');
    const detail = (await call('ka.officer', 'GET', `/api/v1/tickets/${ids.ksa}`)).json();
    expect(detail.history.map((h: { kind: string }) => h.kind)).toEqual(['created', 'transferred', 'closed']);
    expect(detail.sla.state).toBe('met');
    const surveys = await sql<{ n: number }>(
      'select count(*)::int as n from ticket_survey_requests where ticket_id = $1',
      [ids.ksa],
    );
    expect(surveys[0]!.n).toBe(1);
    const audits = await sql<{ action: string }>(
      "select action from audit_log where entity = 'ticket' and entity_id = $1 order by at",
      [ids.ksa],
    );
    expect(audits.map((a) => a.action)).toEqual(['ticket.create', 'ticket.transferred', 'ticket.closed']);
  });

  it('replying to a closed ticket is refused', async () => {
    const reply = await call('ops.agent', 'POST', `/api/v1/tickets/${ids.ksa}/replies`, { body: 'مرحبًا' });
    expect(reply.statusCode).toBe(409);
    expect(reply.json().code).toBe('ticket_closed');
  });

  it('concurrent edits of one ticket: the second writer with the same version gets 409, nothing is lost', async () => {
    const created = await call('t.sup', 'POST', '/api/v1/tickets', {
      customer_no: 'C1',
      category: 'inquiry',
      subject: 'سؤال عن الفاتورة',
      description: '',
      fields: {},
    });
    const id = created.json().id as string;
    const v = (await call('t.sup', 'GET', `/api/v1/tickets/${id}`)).json().version as number;
    const [a, b] = await Promise.all([
      call('t.sup', 'POST', `/api/v1/tickets/${id}/notes`, { body: 'ملاحظة أولى', version: v }),
      call('care.agent', 'POST', `/api/v1/tickets/${id}/notes`, { body: 'ملاحظة ثانية', version: v }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const loser = a.statusCode === 409 ? a : b;
    expect(loser.json().code).toBe('ticket_version_conflict');
    const detail = (await call('t.sup', 'GET', `/api/v1/tickets/${id}`)).json();
    expect(detail.messages).toHaveLength(1);
    expect(detail.version).toBe(v + 1);
    // Without a version the writes queue behind each other and both are kept.
    await Promise.all([
      call('t.sup', 'POST', `/api/v1/tickets/${id}/notes`, { body: 'ثالثة' }),
      call('care.agent', 'POST', `/api/v1/tickets/${id}/notes`, { body: 'رابعة' }),
    ]);
    expect((await call('t.sup', 'GET', `/api/v1/tickets/${id}`)).json().messages).toHaveLength(3);
    ids.c1 = id;
  });

  it('a member takes an unassigned ticket; only supervisors assign it to someone else; the history names both', async () => {
    const created = await call('t.sup', 'POST', '/api/v1/tickets', {
      customer_no: 'C1',
      category: 'inquiry',
      subject: 'من يتابع طلبي؟',
      fields: {},
    });
    const id = created.json().id as string;
    const page = (await call('care.agent', 'GET', `/api/v1/tickets/${id}`)).json();
    expect(page.permissions).toMatchObject({ can_take: true, can_assign: false, can_hand_back: false });
    expect(page.assignees).toEqual([]);
    const queue = (await call('care.agent', 'GET', '/api/v1/tickets?queue=group')).json();
    expect(queue.items.find((t: { id: string }) => t.id === id)).toMatchObject({ can_take: true, can_assign: false });

    // An agent cannot hand it to a colleague, nor an outsider take it.
    const toColleague = await call('care.agent', 'POST', `/api/v1/tickets/${id}/assign`, {
      assignee_id: ids['care.agent2'],
    });
    expect(toColleague.statusCode).toBe(403);
    expect(toColleague.json().code).toBe('assign_by_supervisor');
    expect(
      (await call('ops.agent', 'POST', `/api/v1/tickets/${id}/assign`, { assignee_id: ids['ops.agent'] })).statusCode,
    ).toBe(403);

    const taken = await call('care.agent', 'POST', `/api/v1/tickets/${id}/assign`, { assignee_id: ids['care.agent'] });
    expect(taken.statusCode, taken.body).toBe(200);
    expect(taken.json()).toMatchObject({ assignee_id: ids['care.agent'], status: 'open' });
    const mine = (await call('care.agent', 'GET', '/api/v1/tickets?queue=mine')).json();
    expect(mine.items.map((t: { id: string }) => t.id)).toContain(id);
    const second = await call('care.agent2', 'POST', `/api/v1/tickets/${id}/assign`, {
      assignee_id: ids['care.agent2'],
    });
    expect(second.statusCode).toBe(409);
    expect(second.json().code).toBe('ticket_already_assigned');

    // The supervisor sees the group's members and hands it over; not to someone outside the group.
    const supPage = (await call('t.sup', 'GET', `/api/v1/tickets/${id}`)).json();
    expect(supPage.permissions).toMatchObject({ can_take: false, can_assign: true });
    expect(supPage.assignees.map((p: { id: string }) => p.id).sort()).toEqual(
      [ids['care.agent'], ids['care.agent2']].sort(),
    );
    const outside = await call('t.sup', 'POST', `/api/v1/tickets/${id}/assign`, { assignee_id: ids['ops.agent'] });
    expect(outside.statusCode).toBe(422);
    expect(outside.json().errors[0]).toMatchObject({ field: 'assignee_id', code: 'not_in_group' });
    const moved = await call('t.sup', 'POST', `/api/v1/tickets/${id}/assign`, { assignee_id: ids['care.agent2'] });
    expect(moved.statusCode, moved.body).toBe(200);
    // Handing back is for the one who holds it.
    expect((await call('care.agent', 'POST', `/api/v1/tickets/${id}/assign`, { assignee_id: null })).json().code).toBe(
      'assign_by_supervisor',
    );
    const handedBack = await call('care.agent2', 'POST', `/api/v1/tickets/${id}/assign`, { assignee_id: null });
    expect(handedBack.statusCode, handedBack.body).toBe(200);

    const detail = (await call('t.sup', 'GET', `/api/v1/tickets/${id}`)).json();
    const assigned = detail.history.filter((h: { kind: string }) => h.kind === 'assigned');
    expect(assigned.map((h: { data: unknown }) => h.data)).toEqual([
      { from: null, from_name: null, to: ids['care.agent'], name: 'مستخدم care.agent', taken: true },
      {
        from: ids['care.agent'],
        from_name: 'مستخدم care.agent',
        to: ids['care.agent2'],
        name: 'مستخدم care.agent2',
        taken: false,
      },
      { from: ids['care.agent2'], from_name: 'مستخدم care.agent2', to: null, name: null, taken: false },
    ]);
    const audits = await sql<{ action: string }>(
      "select action from audit_log where entity = 'ticket' and entity_id = $1 and action = 'ticket.assigned'",
      [id],
    );
    expect(audits).toHaveLength(3);
  });

  it('HTML and script in text fields are stored and returned as data', async () => {
    const hostile = '<script>alert("x")</script><img src=x onerror=alert(1)> =cmd|"/c calc"!A1';
    const created = await call('care.agent', 'POST', '/api/v1/tickets', {
      customer_no: 'C1',
      category: 'complaint',
      subject: hostile,
      description: hostile,
      fields: { note: hostile },
    });
    expect(created.statusCode, created.body).toBe(201);
    const detail = (await call('care.agent', 'GET', `/api/v1/tickets/${created.json().id}`)).json();
    expect(detail.subject).toBe(hostile);
    expect(detail.fields.note).toBe(hostile);
    // The acknowledgement escapes it: the subject appears only as text in the RTL mail.
    const [mail] = await sql<{ html: string }>(
      "select html from outbound_messages where purpose = 'complaint_ack' and business_ref = $1 and channel = 'email'",
      [`ticket:${created.json().id}`],
    );
    expect(mail!.html).toContain('&lt;script&gt;');
    expect(mail!.html).not.toContain('<script>');
  });

  it('attachments: stored and downloaded; too large → 413; a forbidden type → 415', async () => {
    const csrf = (await call('care.agent', 'GET', '/api/v1/auth/me')).json().csrf_token as string;
    const upload = (name: string, content: Buffer) => {
      const body = multipartFile('file', name, content);
      return get().app.inject({
        method: 'POST',
        url: `/api/v1/tickets/${ids.c1}/attachments`,
        headers: { cookie: cookies['care.agent']!, 'content-type': body.contentType, 'x-csrf-token': csrf },
        payload: body.payload,
      });
    };
    const pdf = Buffer.from('%PDF-1.4\n% بوليصة\n');
    const ok = await upload('بوليصة.pdf', pdf);
    expect(ok.statusCode, ok.body).toBe(201);
    const download = await call('care.agent', 'GET', `/api/v1/tickets/${ids.c1}/attachments/${ok.json().id}`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.rawPayload.equals(pdf)).toBe(true);
    const [read] = await sql<{ actor: string; entity_id: string }>(
      "select actor, entity_id from audit_log where action = 'ticket.attachment_read'",
    );
    expect(read).toEqual({ actor: 'care.agent', entity_id: ids.c1 });
    expect((await upload('page.html', Buffer.from('<script>alert(1)</script>'))).statusCode).toBe(415);
    expect((await upload('fake.pdf', Buffer.from('MZ executable'))).statusCode).toBe(415);
    const big = await upload('big.pdf', Buffer.concat([Buffer.from('%PDF-'), Buffer.alloc(10 * 1024 * 1024)]));
    expect(big.statusCode).toBe(413);
    expect(big.json().code).toBe('attachment_too_large');
  });

  it('a claim above the approval amount waits for a manager, then goes to the claims queue', async () => {
    const created = await call('ka.officer', 'POST', '/api/v1/tickets', {
      customer_no: 'KSA1',
      category: 'claim',
      subject: 'مطالبة تعويض عن شحنة تالفة',
      description: '',
      fields: { ...shipment, claim_amount: 12_000 },
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    const early = await call('ka.officer', 'POST', `/api/v1/tickets/${id}/close`, { resolution: 'تم' });
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('claim_needs_approval');
    expect((await call('t.sup', 'POST', `/api/v1/tickets/${id}/claim-approval`, { approve: true })).statusCode).toBe(
      403,
    );
    const approved = await call('t.mgr', 'POST', `/api/v1/tickets/${id}/claim-approval`, { approve: true });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json().group).toBe('customer_care');
    const claimsQueue = await call('t.claims', 'GET', '/api/v1/tickets?queue=group&category=claim');
    expect(claimsQueue.json().items.map((t: { id: string }) => t.id)).toEqual([id]);
    const closed = await call('t.claims', 'POST', `/api/v1/tickets/${id}/close`, { resolution: 'صُرف التعويض' });
    expect(closed.statusCode, closed.body).toBe(200);
  });

  it('an emailed complaint becomes a ticket with an Arabic right-to-left acknowledgement; the reply joins it', async () => {
    const { database, ctx } = get();
    const deps = ticketsDepsOf(ctx);
    const raw = Buffer.from(
      [
        'From: Sara <sara@example.com>',
        'To: care@tawasul.example',
        'Subject: =?UTF-8?B?' + Buffer.from('شكوى: تأخر الشحنة').toString('base64') + '?=',
        'Message-ID: <complaint-1@example.com>',
        'Date: Sun, 22 Nov 2026 08:00:00 +0300',
        'MIME-Version: 1.0',
        'Content-Type: text/plain; charset=utf-8',
        'Content-Transfer-Encoding: base64',
        '',
        Buffer.from('أرجو حل مشكلة تأخر الشحنة WB-1 بأسرع وقت').toString('base64'),
      ].join('\r\n'),
    );
    await ingestRawEmail(database, raw, { mailbox: 'INBOX', maxAttachmentBytes: 1_000_000 });
    expect(await processInboundEmails(deps)).toMatchObject({ tickets: 1, inquiries: 0, failed: 0 });
    expect(await processInboundEmails(deps)).toMatchObject({ tickets: 0, joined: 0 });
    const [ticket] = await sql<{ id: string; number: number; category: string; group_code: string; source: string }>(
      "select id, number, category, group_code, source from tickets where email_thread_id = '<complaint-1@example.com>'",
    );
    expect(ticket).toMatchObject({ category: 'complaint', group_code: 'customer_care', source: 'email' });
    const mails = await sql<{ recipient: string; subject: string; html: string; channel: string }>(
      "select recipient, subject, html, channel from outbound_messages where purpose = 'complaint_ack' and business_ref = $1 order by channel",
      [`ticket:${ticket!.id}`],
    );
    expect(mails.map((m) => [m.channel, m.recipient])).toEqual([
      ['email', 'sara@example.com'],
      ['sms', '+966553334444'],
    ]);
    expect(mails[0]!.subject).toMatch(/^تم استلام شكواك \[T-\d{6}\]$/);
    expect(mails[0]!.html).toContain('<html lang="ar" dir="rtl">');
    expect(mails[0]!.html).toContain('تم استلام شكواك');

    const reply = Buffer.from(
      [
        'From: sara@example.com',
        'Subject: Re: something',
        'Message-ID: <complaint-2@example.com>',
        'In-Reply-To: <complaint-1@example.com>',
        'References: <complaint-1@example.com>',
        'Content-Type: text/plain; charset=utf-8',
        '',
        'any news?',
      ].join('\r\n'),
    );
    await ingestRawEmail(database, reply, { mailbox: 'INBOX', maxAttachmentBytes: 1_000_000 });
    expect(await processInboundEmails(deps)).toMatchObject({ joined: 1 });
    const detail = (await call('t.sup', 'GET', `/api/v1/tickets/${ticket!.id}`)).json();
    expect(detail.messages.map((m: { kind: string; body: string }) => [m.kind, m.body.trim()])).toEqual([
      ['inbound', 'أرجو حل مشكلة تأخر الشحنة WB-1 بأسرع وقت'],
      ['inbound', 'any news?'],
    ]);
    // The ticket's number typed by someone else opens nothing of the ticket to him: a new inquiry.
    const stranger = Buffer.from(
      [
        'From: mallory@elsewhere.example',
        `Subject: Re: [T-${String(ticket!.number).padStart(6, '0')}] update`,
        'Message-ID: <stranger-1@elsewhere.example>',
        'Content-Type: text/plain; charset=utf-8',
        '',
        'let me in',
      ].join('\r\n'),
    );
    await ingestRawEmail(database, stranger, { mailbox: 'INBOX', maxAttachmentBytes: 1_000_000 });
    expect(await processInboundEmails(deps)).toMatchObject({ joined: 0, inquiries: 1 });
    const unchanged = (await call('t.sup', 'GET', `/api/v1/tickets/${ticket!.id}`)).json();
    expect(unchanged.messages).toHaveLength(2);

    // A mail from someone unknown becomes an inquiry, not a ticket.
    const question = Buffer.from(
      [
        'From: someone@else.example',
        'Subject: hello',
        'Message-ID: <q-1@else.example>',
        '',
        'What are your prices?',
      ].join('\r\n'),
    );
    await ingestRawEmail(database, question, { mailbox: 'INBOX', maxAttachmentBytes: 1_000_000 });
    expect(await processInboundEmails(deps)).toMatchObject({ inquiries: 1 });
    const inquiries = await call('care.agent', 'GET', '/api/v1/inquiries?channel=email');
    expect(inquiries.json().items[0]).toMatchObject({
      subject: 'hello',
      status: 'open',
      requester_email: 'someone@else.example',
    });
  });

  it('replies to the customer go out by email through the outbox; notes do not', async () => {
    const reply = await call('care.agent', 'POST', `/api/v1/tickets/${ids.c1}/replies`, { body: 'نعمل على طلبك' });
    expect(reply.statusCode, reply.body).toBe(200);
    const [mail] = await sql<{ recipient: string; purpose: string }>(
      'select o.recipient, o.purpose from ticket_messages m join outbound_messages o on o.id = m.outbound_message_id where m.id = $1',
      [reply.json().id],
    );
    expect(mail).toEqual({ recipient: 'sara@example.com', purpose: 'general' });
  });

  it('IT data-correction tasks appear as data_correction tickets in the it group and resolve with the task', async () => {
    const { database, ctx } = get();
    const [customer] = await sql<{ id: string }>("select id from customers where customer_no = 'C1'");
    await openDataCorrectionTask(database.db, {
      customerId: customer!.id,
      contactPointId: null,
      itemId: null,
      reason: 'لا يوجد رقم صالح',
      createdBy: 'test',
    });
    const deps = ticketsDepsOf(ctx);
    expect(await syncDataCorrectionTickets(deps)).toEqual({ opened: 1, resolved: 0 });
    expect(await syncDataCorrectionTickets(deps)).toEqual({ opened: 0, resolved: 0 });
    const [ticket] = await sql<{ id: string; group_code: string; category: string }>(
      'select id, group_code, category from tickets where data_correction_task_id is not null',
    );
    expect(ticket).toMatchObject({ group_code: 'it', category: 'data_correction' });
    await database.executeSql("update data_correction_tasks set status = 'done', done_at = now()");
    expect(await syncDataCorrectionTickets(deps)).toEqual({ opened: 0, resolved: 1 });
  });

  describe('SLA escalation and the monthly key-accounts report', () => {
    it('a breached ticket is escalated; the report shows SLA compliance per customer and category', async () => {
      const { ctx } = get();
      const base = ticketsDepsOf(ctx);
      const now = Date.now();
      // Opened 73 hours ago with a 72-hour clock: breached an hour ago.
      const late = await createTicket(
        { ...base, outbox: null, now: () => new Date(now - 73 * 3600_000) },
        systemActor('test'),
        null,
        { customer_no: 'KSA1', category: 'complaint', subject: 'متأخرة', description: '', fields: {} },
      );
      expect(await sweepSla(base)).toMatchObject({ escalated: 1 });
      const detail = (await call('t.sup', 'GET', `/api/v1/tickets/${late.id}`)).json();
      expect(detail.status).toBe('escalated');
      expect(detail.sla.state).toBe('breached');
      expect(detail.history.map((h: { kind: string }) => h.kind)).toContain('escalated');
      const breached = await call('t.sup', 'GET', '/api/v1/tickets?queue=all&breached=true');
      expect(breached.json().items.map((t: { id: string }) => t.id)).toContain(late.id);
      await resolveBySystem(base, systemActor('test'), late.id, 'حُلّت متأخرة');

      const inTime = await call('ka.officer', 'POST', '/api/v1/tickets', {
        customer_no: 'KSA1',
        category: 'complaint',
        subject: 'في الوقت',
        description: '',
        fields: {},
      });
      const closed = await call('ka.officer', 'POST', `/api/v1/tickets/${inTime.json().id}/close`, {
        resolution: 'تم',
      });
      expect(closed.statusCode, closed.body).toBe(200);

      const month = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Riyadh', year: 'numeric', month: '2-digit' })
        .format(new Date())
        .slice(0, 7);
      const report = await call('t.mgr', 'GET', `/api/v1/ticket-reports/key-accounts?month=${month}`);
      expect(report.statusCode, report.body).toBe(200);
      const row = report
        .json()
        .rows.find(
          (r: { customer_no: string; category: string }) => r.customer_no === 'KSA1' && r.category === 'complaint',
        );
      expect(row).toMatchObject({ resolved: 2, resolved_within_sla: 1, sla_compliance: 0.5, backlog: 0 });
      expect(row.median_resolution_hours).toBeGreaterThan(30);
      expect(report.json().rows.some((r: { customer_no: string }) => r.customer_no === 'C1')).toBe(false);

      const xlsx = await call('t.mgr', 'GET', `/api/v1/ticket-reports/key-accounts?month=${month}&format=xlsx`);
      expect(xlsx.statusCode).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
      const sheet = workbook.worksheets[0]!;
      expect(sheet.views[0]?.rightToLeft).toBe(true);
      expect(sheet.getRow(2).values).toContain('نسبة الالتزام بمدة المعالجة');

      expect((await call('ka.officer', 'GET', `/api/v1/ticket-reports/key-accounts?month=${month}`)).statusCode).toBe(
        403,
      );
      const weekly = await call('t.sup', 'GET', '/api/v1/ticket-reports/weekly');
      expect(weekly.statusCode, weekly.body).toBe(200);
    });
  });

  it('agents see their own queues only; all is for supervisors', async () => {
    expect((await call('ops.agent', 'GET', '/api/v1/tickets?queue=all')).statusCode).toBe(403);
    const mine = await call('ops.agent', 'GET', '/api/v1/tickets?queue=mine&status=any');
    expect(mine.statusCode).toBe(200);
    const retail = await call('retail.agent', 'GET', '/api/v1/tickets?status=any');
    expect(retail.json().items).toEqual([]);
  });
});
