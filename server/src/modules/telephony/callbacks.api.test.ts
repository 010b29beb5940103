import { beforeAll, expect, it } from 'vitest';
import { ManualClock } from '../../shared/clock.ts';
import { addUser, describeEachDatabase, loginCookie } from '../../testing/db-harness.ts';
import { loadImport } from '../../testing/import-fixture.ts';
import { addDays } from '../collections/index.ts';
import { todayIn } from '../customers/index.ts';
import { ScriptedPort } from './testing/scripted-port.ts';
import type { TelephonyRuntime } from './telephony.runtime.ts';
import { telephonyOf } from './telephony.instance.ts';

// Issue #13 through the HTTP app, on a scripted switch: the agent calls his follow-up item without
// seeing its number, the call drops after the answer and comes back on top of his call-backs,
// he dials it with one key, and escalates the call to the supervisors with the promised time.

describeEachDatabase('telephony API — click-to-call, call-backs and escalation from a call', (get) => {
  const today = todayIn('Asia/Riyadh');
  const cookies: Record<string, string> = {};
  let runtime: TelephonyRuntime;
  let port: ScriptedPort;
  const send = async (who: string, method: 'GET' | 'POST', url: string, body?: unknown) => {
    const r = await get().app.inject({
      method,
      url,
      headers: { cookie: cookies[who]! },
      ...(method === 'POST' ? { payload: (body ?? {}) as object } : {}),
    });
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a test reads the JSON as it comes
    return { status: r.statusCode, body: (r.body ? r.json() : null) as Record<string, any> };
  };
  const settle = async () => {
    for (let i = 0; i < 5; i += 1) await new Promise((resolve) => setImmediate(resolve));
    await runtime.center.flush();
  };
  const customerLeg = () => port.originated.findLast((o) => o.destination.kind === 'number')!.legId;
  let itemId = '';

  beforeAll(async () => {
    const { app, database, ctx } = get();
    await addUser(database, 'd.manager', 'manager');
    await addUser(database, 'd.sup', 'supervisor');
    await addUser(database, 'd.agent', 'agent', { skills: ['collections'] });
    await addUser(database, 'd.other', 'agent', { skills: ['service'] });
    for (const u of ['d.manager', 'd.sup', 'd.agent', 'd.other']) cookies[u] = await loginCookie(app, u);
    await loadImport(database, 'customers', [
      'customer_no,name,category,mobile,landline,work_phone',
      'D1,عميل المتابعة,A,0551111111,0112222222,',
    ]);
    await loadImport(database, 'installments', [
      'customer_no,contract_no,credit_type,installment_no,amount,currency,due_date',
      `D1,DK1,شخصي,1,2000,SAR,${addDays(today, -1)}`,
    ]);
    const clock = new ManualClock(new Date());
    port = new ScriptedPort(clock);
    runtime = await telephonyOf(ctx, { port: { port, timers: clock } });
    await runtime.reload();
    expect((await send('d.manager', 'POST', '/api/v1/collections/runs', { date: today, send: false })).status).toBe(
      200,
    );
    itemId = (await send('d.agent', 'GET', `/api/v1/my/items?date=${today}`)).body.items[0].id;
  });

  it('refuses raw numbers, other agents’ items and unknown ones', async () => {
    expect((await send('d.agent', 'POST', '/api/v1/telephony/seat/dial', { number: '+966112222222' })).status).toBe(
      422,
    );
    expect((await send('d.other', 'POST', '/api/v1/telephony/seat/dial', { work_item_id: itemId })).status).toBe(403);
    expect((await send('d.sup', 'POST', '/api/v1/telephony/seat/dial', { work_item_id: itemId })).status).toBe(403);
    const unknown = await send('d.agent', 'POST', '/api/v1/telephony/seat/dial', {
      work_item_id: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknown.status).toBe(404);
    expect((await send('d.agent', 'GET', '/api/v1/telephony/seat/dial')).body).toEqual({ dial: null });
    expect(port.originated).toEqual([]);
  });

  it('the agent calls his item: the landline is dialled, he sees it masked; the call is audited and tied to the item', async () => {
    const dial = await send('d.agent', 'POST', '/api/v1/telephony/seat/dial', { work_item_id: itemId });
    expect(dial.status).toBe(200);
    expect(dial.body).toMatchObject({
      status: 'dialing',
      number: '01•••••222',
      customer: { customer_no: 'D1', name: 'عميل المتابعة' },
      work_item_id: itemId,
      outcome: null,
    });
    // Landline first for a follow-up (P2-1); the full number only goes to the switch.
    expect(port.originated[0]).toMatchObject({ destination: { kind: 'number', number: '+966112222222' } });
    expect(JSON.stringify(dial.body)).not.toContain('2222222');
    const audited = await get().database.executeSql(
      `select actor, entity, entity_id from audit_log where action = 'telephony.dial'`,
    );
    expect(audited.rows).toEqual([{ actor: 'd.agent', entity: 'work_item', entity_id: itemId }]);

    port.emit({ type: 'answered', legId: customerLeg() });
    await settle();
    port.agentAnswers('d.agent');
    await settle();
    expect((await send('d.agent', 'GET', '/api/v1/telephony/seat/dial')).body.dial).toMatchObject({
      status: 'connected',
      outcome: null,
    });
    const seat = await send('d.agent', 'GET', '/api/v1/telephony/seat');
    expect(seat.body).toMatchObject({ state: 'on_call', call: { direction: 'outbound', number: '01•••••222' } });
    const stored = await get().database.executeSql(
      `select direction, work_item_id, agent from calls where external_id = '${customerLeg()}'`,
    );
    expect(stored.rows).toEqual([{ direction: 'outbound', work_item_id: itemId, agent: 'd.agent' }]);
    // The screen pop and the greeting know why he calls: the item's follow-up list.
    const caller = await send('d.agent', 'GET', '/api/v1/telephony/seat/caller');
    expect(caller.body).toMatchObject({
      direction: 'outbound',
      reason: { kind: 'work_item', purpose: 'followup' },
      customer_no: 'D1',
      work_items: [expect.objectContaining({ id: itemId, purpose: 'followup' })],
    });
    const protocol = await send('d.agent', 'GET', '/api/v1/protocol/call');
    expect(protocol.body).toMatchObject({
      purpose: 'follow_up',
      greeting_values: { reason: 'القسط المستحق الذي لم يُسدَّد بعد' },
    });
  });

  it('the call drops: it comes back on top of his call-backs, and one key dials it again', async () => {
    const first = customerLeg();
    port.emit({ type: 'ended', legId: first, cause: 'dropped' });
    await settle();
    expect((await send('d.agent', 'GET', '/api/v1/telephony/seat/dial')).body.dial).toMatchObject({
      status: 'ended',
      cause: 'dropped',
      outcome: 'call_dropped',
    });
    const list = await send('d.agent', 'GET', '/api/v1/telephony/seat/callbacks');
    expect(list.body.items).toEqual([
      expect.objectContaining({
        reason: 'dropped',
        mine: true,
        number: '01•••••222',
        customer: { customer_no: 'D1', name: 'عميل المتابعة' },
        status: 'waiting',
      }),
    ]);
    const callbackId = list.body.items[0].id;
    const row = await get().database.executeSql(
      `select agent, reason, work_item_id, status, call_id is not null as has_call from call_callbacks where id = '${callbackId}'`,
    );
    expect(row.rows).toEqual([
      { agent: 'd.agent', reason: 'dropped', work_item_id: itemId, status: 'waiting', has_call: true },
    ]);
    // The supervisor sees it owed; another agent cannot dial it.
    expect((await send('d.sup', 'GET', '/api/v1/telephony/callbacks')).body.items).toHaveLength(1);
    expect((await send('d.other', 'POST', `/api/v1/telephony/seat/callbacks/${callbackId}/dial`)).status).toBe(404);

    await send('d.agent', 'POST', '/api/v1/telephony/seat/wrap-up-done');
    const again = await send('d.agent', 'POST', `/api/v1/telephony/seat/callbacks/${callbackId}/dial`);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ status: 'dialing', callback_id: callbackId, work_item_id: itemId });
    expect(customerLeg()).not.toBe(first);
    port.emit({ type: 'answered', legId: customerLeg() });
    await settle();
    port.agentAnswers('d.agent');
    await settle();
  });

  it('he escalates the call with the time he promised: due in the supervisors’ list and on the customer’s timeline', async () => {
    const due = new Date(Date.now() + 2 * 3600_000).toISOString();
    const refused = await send('d.other', 'POST', '/api/v1/escalations', {
      call_id: customerLeg(),
      due_at: due,
      note: 'x',
    });
    expect(refused.status).toBe(404);
    const created = await send('d.agent', 'POST', '/api/v1/escalations', {
      call_id: customerLeg(),
      due_at: due,
      note: 'يطلب العميل جدولة القسط؛ وعدته بالرد خلال ساعتين',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      customer: { customer_no: 'D1' },
      agent: 'd.agent',
      status: 'open',
      state: 'open',
      has_call: true,
      due_at: due,
    });
    const all = await send('d.sup', 'GET', '/api/v1/escalations?scope=all');
    expect(all.body.items.map((e: { id: string }) => e.id)).toEqual([created.body.id]);
    const customer = await send('d.sup', 'GET', '/api/v1/customers/D1');
    expect(customer.body.timeline).toContainEqual(
      expect.objectContaining({ kind: 'escalation', ref_id: created.body.id, actor: 'd.agent' }),
    );
    await runtime.center.hangup('d.agent');
    await settle();
  });
});
