import { beforeAll, expect, it } from 'vitest';
import { addUser, describeEachDatabase, loginCookie } from '../../testing/db-harness.ts';
import { loadImport } from '../../testing/import-fixture.ts';
import type { TelephonyRuntime } from '../telephony/index.ts';
import { telephonyOf } from '../telephony/index.ts';

// The call-protocol assistant through the HTTP app, on the simulator in virtual time (seed 003):
// a key customer calls, the agent greets, asks before each hold, comes back late from the first
// (apology), asks again for a second, suggests a call-back, ticks the closing checklist in the
// wrap-up and records the outcome; the customer is invited to rate by SMS, once per cool-down.

const header =
  'customer_no,name,type,category,country,city,mobile,landline,work_phone,home_phone,email,fax,key_account,sms_opt_out';
const caller = '+966551230002';
/** The demo's general service number (the simulator's world routes it to the service queue). */
const serviceDnis = '8001240000';

describeEachDatabase('protocol API — the phrase library and the call protocol on the seat', (get) => {
  let runtime: TelephonyRuntime;
  let agent = '';
  let manager = '';
  let supervisor = '';
  const send = async (method: 'GET' | 'POST' | 'PATCH', url: string, cookie: string, body?: unknown) => {
    const r = await get().app.inject({
      method,
      url,
      headers: { cookie },
      ...(method !== 'GET' ? { payload: (body ?? {}) as object } : {}),
    });
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a test reads the JSON as it comes
    return { status: r.statusCode, body: (r.body ? r.json() : null) as Record<string, any> };
  };
  const pass = async (ms: number) => {
    for (let left = ms; left > 0; left -= 100) {
      await runtime.simulator!.runForAsync(Math.min(100, left), { turns: 5 });
      await runtime.center.flush();
    }
  };
  const step = (name: string) => send('POST', '/api/v1/protocol/call/steps', agent, { step: name });
  const takeCall = async (ani: string) => {
    runtime.simulator!.arrive(serviceDnis, { ani });
    await pass(2_000);
    expect((await send('POST', '/api/v1/telephony/seat/answer', agent)).status).toBe(204);
    await pass(1_000);
  };

  beforeAll(async () => {
    const { app, database, ctx } = get();
    await addUser(database, 'p.agent', 'agent', { skills: ['service'] });
    await addUser(database, 'p.mgr', 'manager');
    await addUser(database, 'p.sup', 'supervisor');
    await loadImport(database, 'customers', [
      header,
      `P900,مؤسسة الريم,current,A,SA,الرياض,0551230002,,,,,,true,false`,
      `P901,فهد الدوسري,current,A,SA,الرياض,0551230003,,,,,,false,false`,
    ]);
    runtime = await telephonyOf(ctx, { simulatorSpeed: 'max' });
    await runtime.reload();
    agent = await loginCookie(app, 'p.agent');
    manager = await loginCookie(app, 'p.mgr');
    supervisor = await loginCookie(app, 'p.sup');
  });

  it('the library holds seed 003’s phrases word for word and a script for every purpose', async () => {
    const { status, body } = await send('GET', '/api/v1/protocol/phrases', agent);
    expect(status).toBe(200);
    const texts = body.items.map((p: { text_ar: string }) => p.text_ar);
    expect(texts).toContain('اقدر اخدمك بأى شئ اخر ؟');
    expect(texts).toContain('شكرا لانتظارك واعتذر عن اي تأخير');
    expect(texts).toContain('عشان ما نطول عليك بيتم التحقق من الاشكالية و بتواصل معك مرة ثانية');
    expect(texts).toContain('اتفهم استيائك استاذي،وانا هنا لخدمتك، ما تشيل هم، ما لك الا اللي يرضيك،');
    expect(body.items.find((p: { kind: string }) => p.kind === 'hold')).toMatchObject({
      text_ar: 'تسمحلي اضع المكالمة على الانتظار لمدة {seconds} ثانية لمراجعة بعض البيانات و برجعلك مرة اخرى ؟',
      origin: 'seed_003',
    });
    const purposes = body.items
      .filter((p: { kind: string }) => p.kind === 'script')
      .map((p: { purpose: string }) => p.purpose);
    expect(new Set(purposes)).toEqual(
      new Set(['reminder', 'follow_up', 'thanks', 'marketing', 'survey', 'inquiry', 'complaint']),
    );
    for (const kind of [
      'greeting',
      'empathy',
      'positive',
      'second_hold',
      'hold_return',
      'late_apology',
      'closing',
      'escalation',
    ])
      expect(body.items.some((p: { kind: string }) => p.kind === kind)).toBe(true);
  });

  it('managers add, edit and retire phrases (audited); agents only read the active ones', async () => {
    const phrase = {
      kind: 'empathy',
      text_ar: 'معك حق، وهذا ما يرضينا',
      text_en: 'You are right; we are not happy with it either',
    };
    expect((await send('POST', '/api/v1/protocol/phrases', agent, phrase)).status).toBe(403);
    const created = await send('POST', '/api/v1/protocol/phrases', manager, phrase);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ kind: 'empathy', origin: 'custom', active: true, updated_by: 'p.mgr' });
    const noPurpose = await send('POST', '/api/v1/protocol/phrases', manager, { ...phrase, kind: 'script' });
    expect(noPurpose.status).toBe(422);
    expect(noPurpose.body.errors[0]).toMatchObject({ field: 'purpose', code: 'purpose_required' });
    const retired = await send('PATCH', `/api/v1/protocol/phrases/${created.body.id}`, manager, { active: false });
    expect(retired.body.active).toBe(false);
    const seen = await send('GET', '/api/v1/protocol/phrases', agent);
    expect(seen.body.items.some((p: { id: string }) => p.id === created.body.id)).toBe(false);
    const managerSees = await send('GET', '/api/v1/protocol/phrases', manager);
    expect(managerSees.body.items.some((p: { id: string }) => p.id === created.body.id)).toBe(true);
    const audited = await get().database.executeSql(
      `select action from audit_log where entity_id = '${created.body.id}' order by id`,
    );
    expect(audited.rows.map((r) => r.action)).toEqual(['protocol.phrase.create', 'protocol.phrase.update']);
    expect(
      (await send('PATCH', '/api/v1/protocol/phrases/00000000-0000-4000-8000-000000000000', manager, { sort: 2 }))
        .status,
    ).toBe(404);
  });

  it('without a call the protocol is refused with no_call', async () => {
    expect((await send('GET', '/api/v1/protocol/call', agent)).body.code).toBe('no_call');
    expect((await step('greeted')).body.code).toBe('no_call');
    expect((await send('GET', '/api/v1/protocol/call', manager)).status).toBe(403);
  });

  it('an inbound call followed through the protocol, timestamped on the call record', async () => {
    expect((await send('POST', '/api/v1/telephony/seat/state', agent, { state: 'available' })).status).toBe(200);
    await takeCall(caller);

    const start = await send('GET', '/api/v1/protocol/call', agent);
    expect(start.status).toBe(200);
    expect(start.body).toMatchObject({
      phase: 'connected',
      direction: 'inbound',
      queue: 'service',
      purpose: 'inquiry',
      hold_seconds: 40,
      greeting_target_seconds: 3,
      greeting_values: { agent: 'مستخدم p.agent', company: 'تواصل' },
      steps: [],
      missing_closing: ['resolved_confirmed', 'more_help_offered', 'rating_invited'],
    });
    expect(start.body.greeting_values.department).toBeTruthy();

    const greeted = await step('greeted');
    expect(greeted.status).toBe(200);
    expect(greeted.body.greeting).toMatchObject({ on_time: true });
    expect((await step('greeted')).body.code).toBe('protocol_step_repeated');

    // Hold: consent first.
    expect((await step('hold_started')).body.code).toBe('hold_consent_missing');
    expect((await step('hold_returned')).body.code).toBe('not_on_hold');
    expect((await step('second_hold')).body.code).toBe('no_hold_before');
    expect((await step('hold_consent_asked')).status).toBe(200);
    expect((await send('POST', '/api/v1/telephony/seat/hold', agent, { on: true })).status).toBe(204);
    const held = await step('hold_started');
    expect(held.body.hold).toMatchObject({ holds: 1, consent: false });
    expect(held.body.hold.held_since).not.toBeNull();
    expect((await step('hold_consent_asked')).body.code).toBe('already_on_hold');
    await pass(45_000);
    expect((await send('POST', '/api/v1/telephony/seat/hold', agent, { on: false })).status).toBe(204);
    const late = await step('hold_returned');
    expect(late.body.steps.at(-1)).toMatchObject({ step: 'hold_returned', hold: 1, late: true });

    // A second hold is asked with the second-hold phrase, and comes back in time.
    expect((await step('hold_started')).body.code).toBe('hold_consent_missing');
    expect((await step('second_hold')).status).toBe(200);
    expect((await step('hold_started')).body.steps.at(-1)).toMatchObject({ step: 'hold_started', hold: 2 });
    await pass(10_000);
    expect((await step('hold_returned')).body.steps.at(-1)).toMatchObject({ hold: 2, late: false });
    expect((await step('callback_suggested')).status).toBe(200);

    // The outcome waits for the closing checklist.
    const early = await send('POST', '/api/v1/protocol/call/outcome', agent, { outcome: 'resolved' });
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('protocol_checklist_incomplete');
    expect((await step('resolved_confirmed')).status).toBe(200);

    expect((await send('POST', '/api/v1/telephony/seat/hangup', agent)).status).toBe(204);
    await pass(1_000);
    // In the wrap-up the conversation's steps are over; the checklist can still be ticked.
    expect((await step('greeted')).body.code).toBe('call_state');
    expect((await step('second_hold')).body.code).toBe('call_state');
    expect((await step('more_help_offered')).status).toBe(200);
    const ticked = await step('rating_invited');
    expect(ticked.body).toMatchObject({ phase: 'wrap_up', missing_closing: [] });
    expect((await step('rating_invited')).body.code).toBe('protocol_step_repeated');
    expect((await send('POST', '/api/v1/protocol/call/outcome', agent, { outcome: 'fixed' })).status).toBe(422);

    const done = await send('POST', '/api/v1/protocol/call/outcome', agent, {
      outcome: 'resolved',
      note: 'تم تحديث عنوان التوصيل',
    });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({
      outcome: { code: 'resolved', note: 'تم تحديث عنوان التوصيل' },
      rating: { sent: true, reason: null },
    });
    const callId = done.body.call_id as string;

    // The rating invitation is an outbox row (an SMS to the customer's mobile).
    const sms = await get().database.executeSql(
      `select purpose, recipient from outbound_messages where business_ref = 'call:${callId}'`,
    );
    expect(sms.rows).toEqual([{ purpose: 'survey_invitation', recipient: caller }]);

    // QA reads the steps on the call's timeline, in order, with the outcome and its note.
    const detail = await send('GET', `/api/v1/calls/${callId}`, supervisor);
    expect(detail.body.call).toMatchObject({ outcome: 'resolved', agent: 'p.agent' });
    const protocol = detail.body.events.filter((e: { type: string }) => e.type === 'protocol');
    expect(protocol.map((e: { data: { step: string } }) => e.data.step)).toEqual([
      'greeted',
      'hold_consent_asked',
      'hold_started',
      'hold_returned',
      'second_hold',
      'hold_started',
      'hold_returned',
      'callback_suggested',
      'resolved_confirmed',
      'more_help_offered',
      'rating_invited',
    ]);
    expect(protocol.every((e: { agent: string }) => e.agent === 'p.agent')).toBe(true);
    expect(detail.body.events.find((e: { type: string }) => e.type === 'outcome').data).toMatchObject({
      outcome: 'resolved',
      note: 'تم تحديث عنوان التوصيل',
    });
    expect((await send('POST', '/api/v1/telephony/seat/wrap-up-done', agent)).status).toBe(204);
  });

  it('the same customer calling again within the cool-down is not invited again', async () => {
    await takeCall(caller);
    for (const name of ['greeted', 'resolved_confirmed', 'more_help_offered', 'rating_invited'])
      expect((await step(name)).status).toBe(200);
    expect((await send('POST', '/api/v1/telephony/seat/hangup', agent)).status).toBe(204);
    await pass(1_000);
    const done = await send('POST', '/api/v1/protocol/call/outcome', agent, { outcome: 'information_given' });
    expect(done.body.rating).toEqual({ sent: false, reason: 'cooling_down' });
    const invitations = await get().database.executeSql(`select count(*)::int as n from rating_invitations`);
    expect(invitations.rows).toEqual([{ n: 1 }]);
  });

  it('with a survey set to follow answered calls, the invitation is its single-use link (agent named)', async () => {
    const rating = { ar: 'ما مدى رضاك عن المكالمة؟', en: 'How satisfied are you with the call?' };
    const created = await send('POST', '/api/v1/surveys', manager, {
      name: 'رضا المتصلين',
      status: 'active',
      after_call: true,
      definition: {
        title: { ar: 'تقييم المكالمة', en: 'Rate the call' },
        intro: { ar: 'نشكرك على اتصالك', en: '' },
        thanks: { ar: 'شكرًا لك', en: '' },
        sections: [{ title: { ar: 'المكالمة', en: '' }, questions: [{ key: 'sat', type: 'rating', text: rating }] }],
      },
    });
    expect(created.status).toBe(201);

    // The last call's wrap-up ends; the next customer calls.
    expect((await send('POST', '/api/v1/telephony/seat/wrap-up-done', agent)).status).toBe(204);
    await takeCall('+966551230003');
    for (const name of ['greeted', 'resolved_confirmed', 'more_help_offered', 'rating_invited'])
      expect((await step(name)).status).toBe(200);
    expect((await send('POST', '/api/v1/telephony/seat/hangup', agent)).status).toBe(204);
    await pass(1_000);
    const done = await send('POST', '/api/v1/protocol/call/outcome', agent, { outcome: 'resolved' });
    expect(done.body.rating).toEqual({ sent: true, reason: null });
    const callId = done.body.call_id as string;

    // The survey's link, not the plain rating SMS: one invitation of the call, by the agent.
    const invitations = await get().database.executeSql(
      `select i.source, i.channel, u.username from survey_invitations i left join users u on u.id = i.agent_id
        where i.source_ref = $1`,
      [callId],
    );
    expect(invitations.rows).toEqual([{ source: 'call', channel: 'sms', username: 'p.agent' }]);
    const plain = await get().database.executeSql(
      `select count(*)::int as n from outbound_messages where business_ref = 'call:${callId}'`,
    );
    expect(plain.rows).toEqual([{ n: 0 }]);
    expect((await send('POST', '/api/v1/telephony/seat/wrap-up-done', agent)).status).toBe(204);
  });
});
