import ExcelJS from 'exceljs';
import { beforeAll, expect, it } from 'vitest';
import { addUser, describeEachDatabase, loginCookie } from '../../testing/db-harness.ts';
import { loadImport } from '../../testing/import-fixture.ts';
import { consumeTicketClosings, inviteAfterCall } from './invitations.service.ts';
import { surveysDepsOf } from './surveys.routes.ts';

const w = (ar: string, en = '') => ({ ar, en });
/** The three-question Arabic survey of the issue: a rating, the reason after 1–3, an NPS. */
export const threeQuestions = {
  title: w('استطلاع رضا العملاء', 'Customer satisfaction'),
  intro: w('نشكرك على تواصلك معنا'),
  thanks: w('شكرًا لك على وقتك'),
  sections: [
    {
      title: w('الخدمة'),
      questions: [
        { key: 'sat', type: 'rating', text: w('ما مدى رضاك عن الخدمة؟', 'How satisfied are you?'), required: true },
        {
          key: 'why',
          type: 'text',
          text: w('ما سبب عدم رضاك؟', 'Why?'),
          required: true,
          show_if: { question: 'sat', values: [1, 2, 3] },
        },
        { key: 'rec', type: 'nps', text: w('ما احتمال أن ترشحنا لغيرك؟'), required: true },
      ],
    },
  ],
};

describeEachDatabase('surveys API — builder, link, manual entry, analysis', (get) => {
  const cookies: Record<string, string> = {};
  const call = (who: string | null, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) =>
    get().app.inject({
      method,
      url,
      headers: who ? { cookie: cookies[who]! } : {},
      ...(payload !== undefined ? { payload: payload as object } : method === 'GET' ? {} : { payload: {} }),
    });
  const sql = async <T>(text: string, values: unknown[] = []) =>
    (await get().database.executeSql(text, values)).rows as T[];
  let surveyId = '';
  const answer = (token: string, payload: unknown) =>
    call(null, 'POST', `/api/v1/public/surveys/${token}/answers`, payload);
  const link = async (customer = 'C1') => {
    const r = await call('s.sup', 'POST', `/api/v1/surveys/${surveyId}/invitations`, {
      customer_no: customer,
      channel: 'link',
    });
    expect(r.statusCode, r.body).toBe(201);
    const url = r.json().url as string;
    return url.slice(url.lastIndexOf('/') + 1);
  };

  beforeAll(async () => {
    const { app, database } = get();
    for (const [name, role] of [
      ['s.sup', 'supervisor'],
      ['s.agent', 'agent'],
      ['s.mgr', 'manager'],
    ] as const) {
      await addUser(database, name, role, { skills: role === 'agent' ? ['service'] : [] });
      cookies[name] = await loginCookie(app, name);
    }
    await loadImport(database, 'customers', [
      'customer_no,name,country,mobile,email',
      'C1,سارة القحطاني,SA,0553334444,sara@example.com',
      'C2,خالد العتيبي,SA,0553334445,',
      'C3,نورة الشمري,SA,0553334446,noura@example.com',
    ]);
  });

  it('a supervisor builds the survey; a bad questionnaire is refused with codes', async () => {
    const bad = await call('s.sup', 'POST', '/api/v1/surveys', {
      name: 'رضا',
      definition: {
        ...threeQuestions,
        sections: [
          { questions: [{ key: 'why', type: 'text', text: w('لماذا؟'), show_if: { question: 'sat', values: [1] } }] },
        ],
      },
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().code).toBe('survey_invalid');
    expect(bad.json().errors[0]).toMatchObject({
      field: 'definition.sections.0.questions.0.show_if.question',
      code: 'survey_condition_unknown',
    });

    const created = await call('s.sup', 'POST', '/api/v1/surveys', {
      name: 'رضا العملاء بعد التذكرة',
      status: 'active',
      after_ticket: true,
      briefing: 'الهدف: معرفة رضا العميل. لا تقترح الإجابة.',
      definition: threeQuestions,
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ version: 1, status: 'active', cooldown_days: 30, link_days: 28 });
    surveyId = created.json().id;

    const preview = await call('s.sup', 'POST', '/api/v1/surveys/preview', { definition: threeQuestions });
    expect(preview.json().html).toContain('dir="rtl"');
    expect(preview.json().html).toContain('ما مدى رضاك عن الخدمة؟');
  });

  it('a customer answers the link as he goes; one response per link; the reason after a low rating', async () => {
    const token = await link();
    expect(token).toMatch(/^[A-Za-z0-9_-]{16}$/);
    const page = await call(null, 'GET', `/s/${token}`);
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('<html lang="ar" dir="rtl">');
    expect(page.body).toContain('ما سبب عدم رضاك؟');

    expect((await answer(token, { answers: { sat: 2 } })).statusCode).toBe(200);
    // Out of range, and a question of no version of this survey: refused with a stable code.
    const six = await answer(token, { answers: { sat: 6 } });
    expect([six.statusCode, six.json().code, six.json().errors[0].field]).toEqual([
      422,
      'survey_answer_out_of_range',
      'sat',
    ]);
    const other = await answer(token, { answers: { q_other: 1 } });
    expect([other.statusCode, other.json().code]).toEqual([422, 'survey_answer_unknown_question']);
    // The page reloaded shows what was saved.
    expect((await call(null, 'GET', `/s/${token}`)).body).toMatch(/value="2" checked/);
    const missing = await answer(token, { answers: { rec: 3 }, complete: true });
    expect([missing.statusCode, missing.json().code, missing.json().errors[0].field]).toEqual([
      422,
      'survey_answer_required',
      'why',
    ]);
    const done = await answer(token, { answers: { why: 'التأخير في التوصيل', rec: 3 }, complete: true });
    expect(done.statusCode, done.body).toBe(200);
    const again = await answer(token, { answers: { sat: 5 }, complete: true });
    expect([again.statusCode, again.json().code]).toEqual([409, 'survey_link_used']);
    const thanks = await call(null, 'GET', `/s/${token}`);
    expect(thanks.body).toContain('شكرًا لك على وقتك');
    expect(thanks.body).not.toContain('التأخير');
    const [row] = await sql<{ answers: unknown; channel: string }>('select answers, channel from survey_responses');
    expect(row).toEqual({ answers: { sat: 2, why: 'التأخير في التوصيل', rec: 3 }, channel: 'link' });
  });

  it('forged, expired and hostile: a clear Arabic page or a 4xx with a code, never a 500', async () => {
    const forged = await call(null, 'GET', '/s/AAAAAAAAAAAAAAAA');
    expect(forged.statusCode).toBe(404);
    expect(forged.body).toContain('رابط الاستطلاع غير صالح');
    expect(forged.body).not.toContain('رضا');
    expect(forged.body).not.toContain('<script');
    expect((await answer('AAAAAAAAAAAAAAAA', { answers: {} })).json().code).toBe('survey_link_invalid');

    const token = await link('C3');
    await sql(
      `update survey_invitations set expires_at = now() - interval '1 minute' where opened_at is null and customer_id = (select id from customers where customer_no = 'C3')`,
    );
    const expired = await call(null, 'GET', `/s/${token}`);
    expect(expired.statusCode).toBe(410);
    expect(expired.body).toContain('انتهت صلاحية رابط الاستطلاع');
    expect((await answer(token, { answers: { sat: 5 } })).json().code).toBe('survey_link_expired');

    const fresh = await link('C3');
    for (const hostile of ['a\u0000b', 'x\ud800y']) {
      const r = await answer(fresh, { answers: { sat: 1, why: hostile } });
      expect([r.statusCode, r.json().code]).toEqual([400, 'invalid_text']);
    }
    const huge = await answer(fresh, { answers: { sat: 1, why: 'ب'.repeat(1_048_576) } });
    expect(huge.statusCode).toBeGreaterThanOrEqual(400);
    expect(huge.statusCode).toBeLessThan(500);
    expect(huge.json().code).toBeTruthy();
    const long = await answer(fresh, { answers: { sat: 1, why: 'ب'.repeat(2001) } });
    expect([long.statusCode, long.json().code]).toEqual([422, 'validation_failed']);
  });

  it('the page loads one small script (≤ 50 kB), none of the staff app', async () => {
    const token = await link('C3');
    const page = await call(null, 'GET', `/s/${token}`);
    const scripts = [...page.body.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]);
    expect(scripts).toEqual(['/api/v1/public/survey-page.js']);
    const script = await call(null, 'GET', scripts[0]!);
    expect(script.headers['content-type']).toContain('javascript');
    expect(Buffer.byteLength(script.body)).toBeLessThanOrEqual(50 * 1024);
  });

  it('editing an answered questionnaire makes version 2; the answer keeps version 1', async () => {
    const changed = {
      ...threeQuestions,
      sections: [
        {
          ...threeQuestions.sections[0]!,
          questions: [
            ...threeQuestions.sections[0]!.questions,
            { key: 'solved', type: 'yes_no', text: w('هل حُلّت مشكلتك؟') },
          ],
        },
      ],
    };
    const r = await call('s.sup', 'PUT', `/api/v1/surveys/${surveyId}`, { definition: changed });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json().version).toBe(2);
    expect(r.json().versions).toHaveLength(2);
    const rows = await sql<{ number: number }>(
      'select v.number from survey_responses r join survey_versions v on v.id = r.version_id',
    );
    expect(rows).toEqual([{ number: 1 }]);
    // Settings alone change no version.
    expect((await call('s.sup', 'PUT', `/api/v1/surveys/${surveyId}`, { sampling_percent: 100 })).json().version).toBe(
      2,
    );
  });

  it('paper and phone answers by staff are marked; an agent acknowledges the briefing first', async () => {
    const body = { channel: 'phone', answers: { sat: 5, rec: 10, solved: true } };
    const before = await call('s.agent', 'POST', `/api/v1/surveys/${surveyId}/responses`, body);
    expect([before.statusCode, before.json().code]).toEqual([409, 'survey_briefing_required']);
    const ack = await call('s.agent', 'POST', `/api/v1/surveys/${surveyId}/briefing/acknowledge`);
    expect(ack.json().acknowledged_by_me).toBe(true);
    const seen = await call('s.sup', 'GET', `/api/v1/surveys/${surveyId}`);
    expect(seen.json().acknowledgements.map((a: { name: string }) => a.name)).toEqual(['مستخدم s.agent']);
    expect((await call('s.agent', 'POST', `/api/v1/surveys/${surveyId}/responses`, body)).statusCode).toBe(201);
    const paper = await call('s.sup', 'POST', `/api/v1/surveys/${surveyId}/responses`, {
      channel: 'paper',
      customer_no: 'C2',
      answers: { sat: 3, why: 'الموظف تأخر في الرد', rec: 6 },
    });
    expect(paper.statusCode, paper.body).toBe(201);
    const rows = await sql<{ channel: string; entered: boolean }>(
      `select channel, entered_by is not null as entered from survey_responses where channel in ('phone','paper') order by channel`,
    );
    expect(rows).toEqual([
      { channel: 'paper', entered: true },
      { channel: 'phone', entered: true },
    ]);
  });

  it('the analysis: CSAT, NPS, distributions, Arabic-normalised search, XLSX', async () => {
    // Responses: link (sat 2, rec 3), phone (sat 5, rec 10), paper (sat 3, rec 6).
    // CSAT: 1 of 3 ratings is 4–5 → 33.3 %. NPS: 1 promoter, 2 detractors of 3 → −33.3.
    const r = await call('s.sup', 'GET', `/api/v1/surveys/${surveyId}/analysis`);
    expect(r.statusCode, r.body).toBe(200);
    const a = r.json();
    expect(a.completed).toBe(3);
    expect(a.csat).toEqual({ count: 3, positive: 1, percent: 33.3 });
    expect(a.nps).toMatchObject({ promoters: 1, detractors: 2, score: -33.3 });
    expect(
      a.questions.find((q: { key: string }) => q.key === 'sat').distribution.map((d: { count: number }) => d.count),
    ).toEqual([0, 1, 1, 0, 1]);
    expect(a.by_channel.map((c: { channel: string }) => c.channel).sort()).toEqual(['link', 'paper', 'phone']);
    // "تاخر" without hamza finds "تأخر"; "التأخير" stays apart.
    const search = (
      await call('s.sup', 'GET', `/api/v1/surveys/${surveyId}/analysis?q=${encodeURIComponent('تاخر')}`)
    ).json();
    expect(search.texts.map((t: { text: string }) => t.text)).toEqual(['الموظف تأخر في الرد']);

    const file = await call('s.sup', 'GET', `/api/v1/surveys/${surveyId}/export.xlsx`);
    expect(file.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('الإجابات')!;
    expect(sheet.views[0]?.rightToLeft).toBe(true);
    expect(sheet.rowCount).toBe(4);
    expect(typeof sheet.getRow(2).getCell(5).value).toBe('number');
    const summary = book.getWorksheet('الملخص')!;
    expect(summary.getRow(5).getCell(2).value).toBe(33.3);
  });

  it('a closed ticket invites once within the cool-down; never a do-not-contact customer', async () => {
    const deps = surveysDepsOf(get().ctx);
    const closeTicketFor = async (customer: string) => {
      const opened = await call('s.sup', 'POST', '/api/v1/tickets', {
        customer_no: customer,
        category: 'complaint',
        subject: 'تأخر الشحنة',
        description: 'لم تصل الشحنة',
      });
      expect(opened.statusCode, opened.body).toBe(201);
      const closed = await call('s.sup', 'POST', `/api/v1/tickets/${opened.json().id}/close`, {
        resolution: 'تم التوصيل',
      });
      expect(closed.statusCode, closed.body).toBe(200);
    };
    await sql(`update customers set do_not_call = true where customer_no = 'C2'`);
    await closeTicketFor('C2');
    // C1 answered a link earlier today (the cool-down counts any invitation): a fresh customer instead.
    await loadImport(get().database, 'customers', [
      'customer_no,name,country,mobile,email',
      'C4,ريم الدوسري,SA,0553334447,',
    ]);
    await closeTicketFor('C4');
    await closeTicketFor('C4');
    await closeTicketFor('C1');
    const outcome = await consumeTicketClosings(deps);
    expect(outcome).toEqual({ do_not_contact: 1, invited: 1, cooldown: 2 });
    expect(await consumeTicketClosings(deps)).toEqual({});
    const sms = await sql<{ recipient: string; body: string; purpose: string }>(
      `select recipient, body, purpose from outbound_messages where purpose = 'survey_invitation'`,
    );
    expect(sms).toHaveLength(1);
    expect(sms[0]!.recipient).toBe('+966553334447');
    expect(sms[0]!.body).toMatch(/\/s\/[A-Za-z0-9_-]{16}$/);
    expect(sms[0]!.body.length).toBeLessThanOrEqual(70);
    const [inv] = await sql<{ source: string; ticket_category: string; channel: string }>(
      `select source, ticket_category, channel from survey_invitations where source = 'ticket'`,
    );
    expect(inv).toEqual({ source: 'ticket', ticket_category: 'complaint', channel: 'sms' });
  });
  it('invitations by email (RTL, unsubscribe link) and SMS (one segment) go through the outbox', async () => {
    const email = await call('s.sup', 'POST', `/api/v1/surveys/${surveyId}/invitations`, {
      customer_no: 'C3',
      channel: 'email',
    });
    expect(email.statusCode, email.body).toBe(201);
    expect(email.json().url).toBeNull();
    const [mail] = await sql<{ html: string; recipient: string; headers: Record<string, string> }>(
      `select html, recipient, headers from outbound_messages where purpose = 'survey_invitation' and channel = 'email'`,
    );
    expect(mail!.recipient).toBe('noura@example.com');
    expect(mail!.html).toContain('<html lang="ar" dir="rtl">');
    expect(mail!.html).toMatch(/href="[^"]*\/s\/[A-Za-z0-9_-]{16}"/);
    expect(mail!.html).toContain('/api/v1/messaging/unsubscribe/');
    expect(mail!.headers['List-Unsubscribe']).toBeTruthy();
    // C2 has no email; an SMS to a customer who opted out is refused with a code.
    const none = await call('s.sup', 'POST', `/api/v1/surveys/${surveyId}/invitations`, {
      customer_no: 'C2',
      channel: 'email',
    });
    expect([none.statusCode, none.json().code]).toEqual([409, 'survey_no_address']);
    await sql(`update customers set sms_opt_out = true where customer_no = 'C2'`);
    const optedOut = await call('s.sup', 'POST', `/api/v1/surveys/${surveyId}/invitations`, {
      customer_no: 'C2',
      channel: 'sms',
    });
    expect([optedOut.statusCode, optedOut.json().code]).toEqual([409, 'survey_no_address']);
    await sql(`update customers set sms_opt_out = false where customer_no = 'C2'`);
  });

  it('after an answered call: the survey marked after_call, under the cool-down', async () => {
    const deps = surveysDepsOf(get().ctx);
    const [c] = await sql<{ id: string }>(`select id from customers where customer_no = 'C2'`);
    expect(await inviteAfterCall(deps, { callId: 'call-1', customerId: c!.id, agentId: null })).toBe('no_survey');
    await call('s.sup', 'PUT', `/api/v1/surveys/${surveyId}`, { after_call: true });
    await sql(`update customers set do_not_call = false where customer_no = 'C2'`);
    expect(await inviteAfterCall(deps, { callId: 'call-2', customerId: c!.id, agentId: null })).toBe('invited');
    expect(await inviteAfterCall(deps, { callId: 'call-3', customerId: c!.id, agentId: null })).toBe('cooldown');
  });
});
