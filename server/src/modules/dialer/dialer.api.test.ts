import { beforeAll, expect, it } from 'vitest';
import { ManualClock } from '../../shared/clock.ts';
import { addUser, describeEachDatabase, loginCookie } from '../../testing/db-harness.ts';
import { loadImport } from '../../testing/import-fixture.ts';
import { addDays } from '../collections/index.ts';
import { todayIn } from '../customers/index.ts';
import { ScriptedPort, telephonyOf, type TelephonyRuntime } from '../telephony/index.ts';
import type { CampaignDialer } from './runtime/campaign-dialer.ts';
import { dialerOf } from './runtime/dialer.instance.ts';

// Issue #13 parts 5 and 7 through the HTTP app, on a scripted switch: the supervisor starts a
// collections follow-up list progressively; one call is placed per free agent, never to a
// customer who asked not to be called nor to a number flagged wrong; no answer and busy become
// the items' attempts; the supervisor watches the figures live; stop stops the dialing.

describeEachDatabase('dialer API — a phone work list dialed live', (get) => {
  const today = todayIn('Asia/Riyadh');
  const cookies: Record<string, string> = {};
  let runtime: TelephonyRuntime;
  let port: ScriptedPort;
  let dialer: CampaignDialer;
  let listId = '';
  const send = async (who: string, method: 'GET' | 'POST' | 'PATCH', url: string, body?: unknown) => {
    const r = await get().app.inject({
      method,
      url,
      headers: { cookie: cookies[who]! },
      ...(method !== 'GET' ? { payload: (body ?? {}) as object } : {}),
    });
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a test reads the JSON as it comes
    return { status: r.statusCode, body: (r.body ? r.json() : null) as Record<string, any> };
  };
  const settle = async () => {
    for (let i = 0; i < 5; i += 1) await new Promise((resolve) => setImmediate(resolve));
    await runtime.center.flush();
  };
  const customerCalls = () => port.originated.filter((o) => o.destination.kind === 'number');
  const numberOf = (o: { destination: { kind: string; number?: string } }) => o.destination.number!;
  const round = async () => {
    await settle();
    await dialer.tick(listId);
    await settle();
  };
  const attempts = async () =>
    (
      await get().database.executeSql(
        `select u.username, a.phone, a.outcome from work_attempts a join users u on u.id = a.agent_id order by a.at, a.phone`,
      )
    ).rows;

  beforeAll(async () => {
    const { app, database, ctx } = get();
    await addUser(database, 'p.manager', 'manager');
    await addUser(database, 'p.sup', 'supervisor');
    await addUser(database, 'p.a1', 'agent', { skills: ['collections'] });
    await addUser(database, 'p.a2', 'agent', { skills: ['collections'] });
    for (const u of ['p.manager', 'p.sup', 'p.a1', 'p.a2']) cookies[u] = await loginCookie(app, u);
    // Every hour of every day may be called in this test (the window's rules: domain/calling-window.test.ts).
    const patched = await send('p.manager', 'PATCH', '/api/v1/settings', {
      calling_window: { start: '00:00', end: '24:00' },
      weekend: [],
      holidays: [],
    });
    expect(patched.status).toBe(200);
    await loadImport(database, 'customers', [
      'customer_no,name,category,mobile,landline,work_phone',
      'P1,عميل أول,A,0551000001,0111000001,',
      'P2,عميل ثان,A,0551000002,0111000002,',
      'P3,عميل لا يتصل به,A,0551000003,0111000003,',
      'P4,عميل رقمه خطأ,A,0551000004,0111000004,',
    ]);
    await loadImport(database, 'installments', [
      'customer_no,contract_no,credit_type,installment_no,amount,currency,due_date',
      ...['P1', 'P2', 'P3', 'P4'].map((c) => `${c},K${c},شخصي,1,2000,SAR,${addDays(today, -1)}`),
    ]);
    const clock = new ManualClock(new Date());
    port = new ScriptedPort(clock);
    runtime = await telephonyOf(ctx, { port: { port, timers: clock } });
    await runtime.reload();
    dialer = dialerOf(ctx, { intervalMs: 0 });
    expect((await send('p.manager', 'POST', '/api/v1/collections/runs', { date: today, send: false })).status).toBe(
      200,
    );
    // After the day's lists were made: P3 asks not to be called, P4's landline is reported wrong.
    await database.executeSql(`update customers set do_not_call = true where customer_no = 'P3'`);
    await database.executeSql(`update contact_points set wrong = true where e164 = '+966111000004'`);
    const lists = await database.executeSql(
      `select distinct w.list_id from work_items w join work_lists l on l.id = w.list_id where l.channel = 'phone'`,
    );
    expect(lists.rows).toHaveLength(1);
    listId = (lists.rows[0] as { list_id: string }).list_id;
    // The day's distribution is the collections engine's; the test fixes who holds what, in which order:
    // p.a1 holds P1 then P3, p.a2 holds P4 then P2.
    for (const [customer, agent, priority] of [
      ['P1', 'p.a1', 0],
      ['P3', 'p.a1', 1],
      ['P4', 'p.a2', 0],
      ['P2', 'p.a2', 1],
    ] as const)
      await database.executeSql(
        `update work_items w set assigned_to = u.id, priority = ${priority} from customers c, users u
          where c.id = w.customer_id and c.customer_no = '${customer}' and u.username = '${agent}'`,
      );
  });

  it('only supervisors and managers start a list; an unknown list is 404', async () => {
    expect((await send('p.a1', 'POST', `/api/v1/dialer/lists/${listId}/start`, { mode: 'progressive' })).status).toBe(
      403,
    );
    const unknown = await send('p.sup', 'POST', '/api/v1/dialer/lists/00000000-0000-4000-8000-000000000000/start', {
      mode: 'progressive',
    });
    expect(unknown.status).toBe(404);
    expect((await send('p.sup', 'POST', `/api/v1/dialer/lists/${listId}/start`, { mode: 'fast' })).status).toBe(422);
    expect(customerCalls()).toEqual([]);
  });

  it('progressive: nothing while the agents are signed out, then one call per free agent', async () => {
    const started = await send('p.sup', 'POST', `/api/v1/dialer/lists/${listId}/start`, { mode: 'progressive' });
    expect(started.status).toBe(200);
    expect(started.body).toMatchObject({ mode: 'progressive', placed: 0, blocked: null });
    expect(customerCalls()).toEqual([]);

    runtime.center.setState('p.a1', 'available');
    runtime.center.setState('p.a2', 'available');
    await round();
    // P1's landline first (a follow-up list calls the landline first); P4's landline is wrong: P2's.
    expect(customerCalls().map(numberOf).sort()).toEqual(['+966111000001', '+966111000002']);
    // A round more places nothing: both agents have their call.
    await round();
    expect(customerCalls()).toHaveLength(2);
    expect(runtime.center.lastDial('p.a1')?.status).toBe('dialing');
    expect(runtime.center.lastDial('p.a2')?.status).toBe('dialing');
  });

  it('no answer and busy become attempts; the next number in the list’s order is dialed', async () => {
    const a1Call = runtime.center.lastDial('p.a1')!;
    port.emit({ type: 'ended', legId: a1Call.callId, cause: 'no_answer' });
    await round();
    expect(await attempts()).toEqual([{ username: 'p.a1', phone: a1Call.number, outcome: 'no_answer' }]);
    // The agent is free again: his next call is placed at once.
    expect(customerCalls()).toHaveLength(3);
    const next = runtime.center.lastDial('p.a1')!;
    expect(next.callId).not.toBe(a1Call.callId);
    port.emit({ type: 'ended', legId: next.callId, cause: 'busy' });
    await round();
    expect((await attempts()).at(-1)).toEqual({ username: 'p.a1', phone: next.number, outcome: 'busy' });
  });

  it('the supervisor watches the campaign: an answered call is connected to its agent', async () => {
    const a2Call = runtime.center.lastDial('p.a2')!;
    port.emit({ type: 'answered', legId: a2Call.callId });
    await settle();
    port.agentAnswers('p.a2');
    await round();
    const live = await send('p.sup', 'GET', '/api/v1/dialer/campaigns');
    expect(live.status).toBe(200);
    const campaign = live.body.campaigns[0];
    expect(campaign).toMatchObject({
      list_id: listId,
      mode: 'progressive',
      answered: 1,
      unanswered: 2,
      abandoned: 0,
      abandon_rate: 0,
      answer_rate: 0.333,
    });
    expect(campaign.placed).toBe(customerCalls().length);
    expect(campaign.agents).toContainEqual(expect.objectContaining({ agent: 'p.a2', state: 'on_call' }));
    expect(campaign.calls).toContainEqual(expect.objectContaining({ agent: 'p.a2', status: 'connected' }));
    expect((await send('p.a1', 'GET', '/api/v1/dialer/campaigns')).status).toBe(403);
  });

  it('never dials a customer who asked not to be called, nor a number flagged wrong', async () => {
    // Everything left dialable is dialed: let each of a1's calls go unanswered until nothing is left.
    for (let i = 0; i < 12; i += 1) {
      const dial = runtime.center.lastDial('p.a1')!;
      if (dial.status === 'ended') break;
      port.emit({ type: 'ended', legId: dial.callId, cause: 'no_answer' });
      await round();
    }
    const dialed = customerCalls().map(numberOf);
    expect(dialed.filter((n) => n.endsWith('000003'))).toEqual([]);
    expect(dialed).not.toContain('+966111000004');
    // Each unanswered call is one attempt on the item it was placed for.
    const unanswered = await attempts();
    expect(unanswered.every((a) => a.outcome === 'no_answer' || a.outcome === 'busy')).toBe(true);
    expect(unanswered).toHaveLength(customerCalls().length - 1);
  });

  it('predictive places no more calls than free agents here, and abandons nothing; stop stops', async () => {
    const changed = await send('p.manager', 'POST', `/api/v1/dialer/lists/${listId}/start`, { mode: 'predictive' });
    expect(changed.body).toMatchObject({ mode: 'predictive', abandoned: 0, abandon_rate: 0 });
    expect(changed.body.calls.length).toBeLessThanOrEqual(2);
    expect((await send('p.sup', 'POST', `/api/v1/dialer/lists/${listId}/stop`)).body).toEqual({ stopped: true });
    const before = customerCalls().length;
    await runtime.center.hangup('p.a2');
    runtime.center.finishWrapUp('p.a2');
    await round();
    expect(customerCalls()).toHaveLength(before);
    expect((await send('p.sup', 'GET', '/api/v1/dialer/campaigns')).body).toEqual({ campaigns: [] });
    const audited = await get().database.executeSql(
      `select action, actor from audit_log where action like 'dialer.%' order by at, action`,
    );
    expect(audited.rows).toEqual([
      { action: 'dialer.start', actor: 'p.sup' },
      { action: 'dialer.start', actor: 'p.manager' },
      { action: 'dialer.stop', actor: 'p.sup' },
    ]);
  });
});
