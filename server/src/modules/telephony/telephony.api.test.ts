import { beforeAll, expect, it } from 'vitest';
import { addUser, describeEachDatabase, loginCookie } from '../../testing/db-harness.ts';
import { loadImport } from '../../testing/import-fixture.ts';
import { demoDnis } from './adapters/simulator/world.ts';
import type { TelephonyRuntime } from './telephony.runtime.ts';
import { telephonyOf } from './telephony.instance.ts';

// An agent's day on the telephone through the HTTP app, on the simulator driven in virtual time:
// available → a key customer calls → ringing with the screen pop → answer → hold → hang up →
// wrap-up → available; the supervisor watches and forces states; the record has every step.

const header =
  'customer_no,name,type,category,country,city,mobile,landline,work_phone,home_phone,email,fax,key_account,sms_opt_out';
const caller = '+966551230001';

describeEachDatabase('telephony API — the seat and the live view', (get) => {
  let runtime: TelephonyRuntime;
  let agent = '';
  let supervisor = '';
  const send = async (method: 'GET' | 'POST', url: string, cookie: string, body?: unknown) => {
    const r = await get().app.inject({
      method,
      url,
      headers: { cookie },
      // A POST is always JSON (the CSRF rule); the body-less ones send {}.
      ...(method === 'POST' ? { payload: (body ?? {}) as object } : {}),
    });
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a test reads the JSON as it comes
    return { status: r.statusCode, body: (r.body ? r.json() : null) as Record<string, any> };
  };
  /** Let virtual time pass, with the runtime's database writes landing in between. */
  const pass = async (ms: number) => {
    for (let left = ms; left > 0; left -= 100) {
      await runtime.simulator!.runForAsync(Math.min(100, left), { turns: 5 });
      await runtime.center.flush();
    }
  };

  beforeAll(async () => {
    const { app, database, ctx } = get();
    await addUser(database, 't.agent', 'agent', { skills: ['service'] });
    await addUser(database, 't.sup', 'supervisor');
    await loadImport(database, 'customers', [
      header,
      `T900,مؤسسة النخبة,current,A,SA,الرياض,0551230001,,,,,,true,false`,
    ]);
    runtime = await telephonyOf(ctx, { simulatorSpeed: 'max' });
    await runtime.reload();
    agent = await loginCookie(app, 't.agent');
    supervisor = await loginCookie(app, 't.sup');
  });

  it('the agent starts offline, in the queues of his skills, with the break reasons', async () => {
    const { status, body } = await send('GET', '/api/v1/telephony/seat', agent);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      agent: 't.agent',
      state: 'offline',
      queues: ['service'],
      call: null,
      adapter: 'simulator',
    });
    // Not his customer yet: no work item, ticket or call ties him to T900.
    expect((await send('GET', '/api/v1/customers/T900', agent)).status).toBe(403);
    expect(body.break_reasons.map((r: { code: string }) => r.code)).toEqual(
      expect.arrayContaining(['prayer', 'lunch', 'training', 'meeting']),
    );
  });

  it('refuses what the state does not allow, with codes', async () => {
    expect((await send('POST', '/api/v1/telephony/seat/answer', agent)).body.code).toBe('no_call');
    expect((await send('POST', '/api/v1/telephony/seat/hold', agent, { on: true })).body.code).toBe('no_call');
    expect((await send('POST', '/api/v1/telephony/seat/wrap-up-done', agent)).body.code).toBe('agent_state');
    const unknownBreak = await send('POST', '/api/v1/telephony/seat/state', agent, { state: 'break', reason: 'nap' });
    expect(unknownBreak.status).toBe(404);
    expect((await send('POST', '/api/v1/telephony/seat/state', agent, { state: 'lunch' })).status).toBe(422);
    expect((await send('GET', '/api/v1/telephony/live', agent)).status).toBe(403);
    expect((await send('POST', '/api/v1/telephony/calls/nope/move', supervisor, { queue: 'service' })).status).toBe(
      404,
    );
  });

  it('a call rings the available agent with the screen pop, and goes through answer, hold, hang-up and wrap-up', async () => {
    // No call on the seat: no context.
    expect((await send('GET', '/api/v1/telephony/seat/caller', agent)).body.code).toBe('no_call');
    expect(
      (await send('POST', '/api/v1/customers/T900/notes', supervisor, { text: 'طلب كشف حساب بالبريد' })).status,
    ).toBe(201);
    expect((await send('POST', '/api/v1/telephony/seat/state', agent, { state: 'available' })).body.state).toBe(
      'available',
    );
    runtime.simulator!.arrive(demoDnis.general, { ani: caller });
    await pass(2_000);

    const ringing = await send('GET', '/api/v1/telephony/seat', agent);
    expect(ringing.body.state).toBe('ringing');
    expect(ringing.body.call).toMatchObject({
      status: 'ringing',
      queue: 'service',
      customer: { customer_no: 'T900', name: 'مؤسسة النخبة', key_account: true },
    });
    // Agents see the caller's number masked (A6).
    expect(ringing.body.call.number).toBe('05•••••001');
    // The screen pop's context from the first ring: why the call is here, the caller's last interactions.
    const context = await send('GET', '/api/v1/telephony/seat/caller', agent);
    expect(context.status).toBe(200);
    expect(context.body).toMatchObject({
      direction: 'inbound',
      reason: { kind: 'queue', queue: 'service', purpose: null, dnis: demoDnis.general },
      customer_no: 'T900',
      open_tickets: [],
      work_items: [],
      promises: [],
    });
    expect(context.body.last_interactions[0]).toMatchObject({ kind: 'note', summary: 'طلب كشف حساب بالبريد' });

    const live = await send('GET', '/api/v1/telephony/live', supervisor);
    expect(live.status).toBe(200);
    expect(live.body.agents.find((a: { agent: string }) => a.agent === 't.agent')).toMatchObject({ state: 'ringing' });
    expect(live.body.calls[0]).toMatchObject({ status: 'ringing', number: caller, key_account: true });

    expect((await send('POST', '/api/v1/telephony/seat/answer', agent)).status).toBe(204);
    await pass(1_000);
    expect((await send('GET', '/api/v1/telephony/seat', agent)).body).toMatchObject({
      state: 'on_call',
      call: { status: 'connected' },
    });
    // The screen pop's link opens the caller's page for the agent who took the call.
    expect((await send('GET', '/api/v1/customers/T900', agent)).status).toBe(200);

    expect((await send('POST', '/api/v1/telephony/seat/hold', agent, { on: true })).status).toBe(204);
    await pass(30_000);
    expect((await send('GET', '/api/v1/telephony/seat', agent)).body).toMatchObject({
      state: 'hold',
      call: { held: true },
    });
    expect((await send('POST', '/api/v1/telephony/seat/hold', agent, { on: false })).status).toBe(204);
    await pass(60_000);

    expect((await send('POST', '/api/v1/telephony/seat/hangup', agent)).status).toBe(204);
    await pass(1_000);
    expect((await send('GET', '/api/v1/telephony/seat', agent)).body.state).toBe('wrap_up');
    expect((await send('POST', '/api/v1/telephony/seat/wrap-up-done', agent)).status).toBe(204);
    await pass(100);
    expect((await send('GET', '/api/v1/telephony/seat', agent)).body).toMatchObject({
      state: 'available',
      calls_today: 1,
    });

    // The record, built from the port's events only.
    const calls = await send('GET', '/api/v1/calls', supervisor);
    const record = calls.body.items.find((c: { ani: string }) => c.ani === caller);
    expect(record).toMatchObject({ queue: 'service', agent: 't.agent', cause: 'normal', direction: 'inbound' });
    const detail = await send('GET', `/api/v1/calls/${record.id}`, supervisor);
    expect(detail.body.events.map((e: { type: string }) => e.type)).toEqual([
      'offered',
      'customer',
      'queued',
      'agent_ringing',
      'answered',
      'held',
      'unheld',
      'ended',
      'wrap_up_ended',
    ]);

    // The live view counts it in the queue's day.
    const after = await send('GET', '/api/v1/telephony/live', supervisor);
    expect(after.body.queues.find((q: { code: string }) => q.code === 'service')).toMatchObject({
      offered_today: 1,
      answered_today: 1,
      waiting: 0,
    });
  });

  it('a break asked for during a call starts after wrap-up; a supervisor forces the agent back, audited', async () => {
    runtime.simulator!.arrive(demoDnis.general, { ani: '+966551239999' });
    await pass(2_000);
    expect((await send('POST', '/api/v1/telephony/seat/answer', agent)).status).toBe(204);
    await pass(1_000);
    const asked = await send('POST', '/api/v1/telephony/seat/state', agent, { state: 'break', reason: 'prayer' });
    expect(asked.body.state).toBe('on_call');
    // While on a call a supervisor cannot force a state.
    const forcedMidCall = await send('POST', '/api/v1/telephony/agents/t.agent/state', supervisor, {
      state: 'offline',
    });
    expect(forcedMidCall.body.code).toBe('agent_state');
    expect((await send('POST', '/api/v1/telephony/seat/hangup', agent)).status).toBe(204);
    await pass(1_000);
    expect((await send('POST', '/api/v1/telephony/seat/wrap-up-done', agent)).status).toBe(204);
    expect((await send('GET', '/api/v1/telephony/seat', agent)).body).toMatchObject({
      state: 'break',
      reason: 'prayer',
    });

    const forced = await send('POST', '/api/v1/telephony/agents/t.agent/state', supervisor, { state: 'available' });
    expect(forced.status).toBe(204);
    expect((await send('GET', '/api/v1/telephony/seat', agent)).body.state).toBe('available');
    const audited = await get().database.executeSql(
      `select actor, entity_id from audit_log where action = 'telephony.agent.force_state'`,
    );
    expect(audited.rows).toEqual([{ actor: 't.sup', entity_id: 't.agent' }]);
    // The agent's state history is stored (the timeline reads it).
    await runtime.center.flush();
    const states = await get().database.executeSql(
      `select state from agent_state_changes where agent = 't.agent' and source = 'live' order by id`,
    );
    expect(states.rows.map((r) => r.state)).toEqual([
      'available',
      'ringing',
      'on_call',
      'hold',
      'on_call',
      'wrap_up',
      'available',
      'ringing',
      'on_call',
      'wrap_up',
      'break',
      'available',
    ]);
  });

  it('transfers a connected caller to another queue: the agent wraps up, the caller waits there on music', async () => {
    runtime.simulator!.arrive(demoDnis.general, { ani: '+966551238888' });
    await pass(2_000);
    expect((await send('POST', '/api/v1/telephony/seat/answer', agent)).status).toBe(204);
    await pass(1_000);
    expect((await send('POST', '/api/v1/telephony/seat/transfer', agent, { queue: 'collections' })).status).toBe(204);
    await pass(5_000);
    expect((await send('GET', '/api/v1/telephony/seat', agent)).body.state).toBe('wrap_up');
    const live = await send('GET', '/api/v1/telephony/live', supervisor);
    expect(live.body.calls).toContainEqual(
      expect.objectContaining({ status: 'queued', queue: 'collections', number: '+966551238888' }),
    );
    expect((await send('POST', '/api/v1/telephony/seat/transfer', agent, { queue: 'nowhere' })).body.code).toBe(
      'no_call',
    );
  });
});
