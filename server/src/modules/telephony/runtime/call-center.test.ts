import { beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../http/errors.ts';
import { ManualClock } from '../../../shared/clock.ts';
import type { CallEvent } from '../domain/call-events.ts';
import type { IvrNode } from '../domain/ivr.ts';
import type { AgentState, QueueRule } from '../domain/routing-types.ts';
import { ScriptedPort } from '../testing/scripted-port.ts';
import type { CallCenterSetup, CallCenterStore } from './call-center-state.ts';
import { CallCenter } from './call-center.ts';

const queue = (code: string, extra: Partial<QueueRule> = {}): QueueRule => ({
  code,
  skill: code,
  strategy: 'longest_idle',
  priority: 0,
  wrapUpSeconds: 30,
  slSeconds: 20,
  overflowSeconds: null,
  overflowQueue: null,
  callbackAfterSeconds: null,
  hours: '00:00-24:00',
  closedAction: 'message',
  ...extra,
});

// ١ للاستفسارات، ٢ للتحصيل بعد رقم العميل، ٩ لطلب معاودة الاتصال.
const mainMenu: IvrNode = {
  kind: 'menu',
  prompt: { ar: 'للاستفسارات اضغط ١، للتحصيل اضغط ٢، لطلب معاودة الاتصال اضغط ٩' },
  timeoutSeconds: 5,
  maxRetries: 1,
  options: {
    '1': { kind: 'queue', queue: 'service' },
    '2': {
      kind: 'lookup',
      prompt: { ar: 'أدخل رقم العميل ثم اضغط #' },
      timeoutSeconds: 5,
      maxRetries: 0,
      maxDigits: 8,
      next: { kind: 'queue', queue: 'collections' },
    },
    '9': { kind: 'callback', queue: 'service' },
  },
  fallback: { kind: 'queue', queue: 'service' },
};

function setupWith(service: Partial<QueueRule>): CallCenterSetup {
  return {
    queues: [queue('service', service), queue('collections', { overflowSeconds: 60, overflowQueue: 'service' })],
    routes: new Map([
      ['8001240000', { kind: 'queue', target: 'service' }],
      ['8001240001', { kind: 'queue', target: 'collections' }],
      ['8001240002', { kind: 'ivr', target: 'main' }],
    ]),
    menus: new Map([['main', mainMenu]]),
    defaultQueue: 'service',
    agents: [
      {
        agent: 'agent1',
        skills: { service: 3, collections: 1 },
        queues: ['service', 'collections'],
        simulated: false,
      },
      { agent: 'agent2', skills: { service: 1 }, queues: ['service'], simulated: false },
    ],
    calendar: { timeZone: 'Asia/Riyadh', weekend: ['fri', 'sat'], holidays: [] },
    ringSeconds: 15,
  };
}

class MemoryStore implements CallCenterStore {
  calls = new Map<string, CallEvent[]>();
  states: { agent: string; state: AgentState; reason: string | null; at: string }[] = [];
  customers = new Map<string, { id: string; keyAccount: boolean }>();
  async recordCallEvents(externalId: string, events: CallEvent[]) {
    this.calls.set(externalId, [...(this.calls.get(externalId) ?? []), ...events]);
  }
  async recordAgentState(agent: string, state: AgentState, reason: string | null, at: Date) {
    this.states.push({ agent, state, reason, at: at.toISOString() });
  }
  async findCustomerByPhone(phone: string) {
    return this.customers.get(phone) ?? null;
  }
  async findCustomerByNo(customerNo: string) {
    return this.customers.get(customerNo) ?? null;
  }
  typesOf(id: string) {
    return (this.calls.get(id) ?? []).map((e) => e.type);
  }
  statesOf(agent: string) {
    return this.states.filter((s) => s.agent === agent).map((s) => (s.reason ? `${s.state}:${s.reason}` : s.state));
  }
}

/** Lets the runtime's promise chains (answer, customer lookup, store writes) run. */
async function settle(cc: CallCenter) {
  for (let i = 0; i < 5; i += 1) await new Promise((resolve) => setImmediate(resolve));
  await cc.flush();
}

describe('the call center routes inbound calls', () => {
  let clock: ManualClock;
  let port: ScriptedPort;
  let store: MemoryStore;
  let cc: CallCenter;
  const warnings: string[] = [];

  beforeEach(() => {
    clock = new ManualClock('2026-12-06T07:00:00Z');
    port = new ScriptedPort(clock);
    store = new MemoryStore();
    warnings.length = 0;
    cc = new CallCenter(port, clock, store, setupWith({}), (level, message) => {
      if (level === 'warn') warnings.push(message);
    });
    cc.start();
  });

  it('offered → queued → rings the best agent → answered → connected → ended → wrap-up → available', async () => {
    cc.setState('agent1', 'available');
    cc.setState('agent2', 'available');
    const caller = port.call('+966551234567', '8001240000');
    await settle(cc);
    expect(port.commandsOf('answer')[0]?.legId).toBe(caller);
    expect(port.commandsOf('hold')[0]?.legId).toBe(caller);
    // agent1 has the higher service level: rung first.
    expect(port.legOf('agent1')).toBeDefined();
    expect(port.legOf('agent2')).toBeUndefined();
    expect(cc.agent('agent1')?.state).toBe('ringing');

    clock.advance(4000);
    const agentLeg = port.agentAnswers('agent1');
    await settle(cc);
    expect(cc.agent('agent1')?.state).toBe('on_call');
    expect(port.commandsOf('connect')[0]).toMatchObject({ legId: agentLeg, args: caller });

    clock.advance(60_000);
    port.emit({ type: 'held', legId: caller });
    expect(cc.agent('agent1')?.state).toBe('hold');
    clock.advance(30_000);
    port.emit({ type: 'unheld', legId: caller });
    clock.advance(30_000);
    port.emit({ type: 'ended', legId: caller, cause: 'normal' });
    await settle(cc);
    expect(cc.agent('agent1')?.state).toBe('wrap_up');
    expect(port.commandsOf('hangup').map((c) => c.legId)).toContain(agentLeg);

    clock.advance(30_000);
    await settle(cc);
    expect(cc.agent('agent1')?.state).toBe('available');
    expect(store.typesOf(caller)).toEqual([
      'offered',
      'queued',
      'agent_ringing',
      'answered',
      'held',
      'unheld',
      'ended',
      'wrap_up_ended',
    ]);
    const ended = store.calls.get(caller)!.find((e) => e.type === 'ended');
    expect(ended).toMatchObject({ cause: 'normal', at: new Date('2026-12-06T07:02:04Z') });
    expect(store.statesOf('agent1')).toEqual([
      'available',
      'ringing',
      'on_call',
      'hold',
      'on_call',
      'wrap_up',
      'available',
    ]);
  });

  it('a caller who hangs up while waiting is abandoned, and nobody is rung', async () => {
    const caller = port.call('+966551234567', '8001240000');
    await settle(cc);
    clock.advance(12_000);
    port.emit({ type: 'ended', legId: caller, cause: 'normal' });
    await settle(cc);
    expect(store.calls.get(caller)!.at(-1)).toMatchObject({ type: 'ended', cause: 'abandoned' });
    expect(port.originated).toHaveLength(0);
    expect(cc.liveCalls()).toHaveLength(0);
  });

  it('a waiting call is rung as soon as an agent becomes available', async () => {
    const caller = port.call('+966551234567', '8001240000');
    await settle(cc);
    expect(port.originated).toHaveLength(0);
    cc.setState('agent2', 'available');
    expect(port.legOf('agent2')).toBeDefined();
    expect(cc.call(caller)?.status).toBe('ringing');
  });

  it('a person who lets the call ring out is paused (missed call) and the next agent is rung', async () => {
    cc.setState('agent1', 'available');
    cc.setState('agent2', 'available');
    const caller = port.call('+966551234567', '8001240000');
    await settle(cc);
    const first = port.legOf('agent1')!;
    clock.advance(15_000);
    port.emit({ type: 'ended', legId: first, cause: 'no_answer' });
    await settle(cc);
    expect(cc.agent('agent1')).toMatchObject({ state: 'break', reason: 'missed_call' });
    expect(port.legOf('agent2')).toBeDefined();
    expect(store.typesOf(caller)).toContain('agent_missed');
  });

  it('a key-account caller goes before an earlier ordinary caller', async () => {
    store.customers.set('+966500000001', { id: 'cust-key', keyAccount: true });
    const ordinary = port.call('+966551234567', '8001240000');
    await settle(cc);
    clock.advance(5_000);
    const key = port.call('+966500000001', '8001240000');
    await settle(cc);
    cc.setState('agent2', 'available');
    expect(port.originated.at(-1)?.tag).toBe(key);
    expect(cc.call(ordinary)?.status).toBe('queued');
    expect(store.calls.get(key)!.find((e) => e.type === 'customer')).toMatchObject({ customerId: 'cust-key' });
  });

  it('overflows after the queue timeout, keeping the place in line', async () => {
    const caller = port.call('+966551234567', '8001240001');
    await settle(cc);
    expect(cc.call(caller)?.queue).toBe('collections');
    clock.advance(60_000);
    await settle(cc);
    expect(cc.call(caller)).toMatchObject({ queue: 'service', enteredAt: new Date('2026-12-06T07:00:00Z') });
    expect(store.calls.get(caller)!.find((e) => e.type === 'overflowed')).toMatchObject({
      from: 'collections',
      to: 'service',
    });
  });

  it('an unknown DNIS goes to the default queue with a warning', async () => {
    const caller = port.call('+966551234567', '999');
    await settle(cc);
    expect(cc.call(caller)?.queue).toBe('service');
    expect(warnings).toContain('unknown DNIS: the call goes to the default queue');
  });

  it('a break asked for during a call starts after wrap-up', async () => {
    cc.setState('agent2', 'available');
    const caller = port.call('+966551234567', '8001240000');
    await settle(cc);
    port.agentAnswers('agent2');
    cc.setState('agent2', 'break', 'prayer');
    expect(cc.agent('agent2')?.state).toBe('on_call');
    port.emit({ type: 'ended', legId: caller, cause: 'normal' });
    cc.finishWrapUp('agent2');
    expect(cc.agent('agent2')).toMatchObject({ state: 'break', reason: 'prayer' });
  });

  it('the agent hangs up: the caller is released and the record ends normally', async () => {
    cc.setState('agent2', 'available');
    const caller = port.call('+966551234567', '8001240000');
    await settle(cc);
    port.agentAnswers('agent2');
    await cc.hangup('agent2');
    await settle(cc);
    expect(store.calls.get(caller)!.find((e) => e.type === 'ended')).toMatchObject({ cause: 'normal' });
    expect(cc.agent('agent2')?.state).toBe('wrap_up');
  });

  it('transfers a connected call to another queue: the agent wraps up, the caller waits there', async () => {
    cc.setState('agent1', 'available');
    const caller = port.call('+966551234567', '8001240000');
    await settle(cc);
    port.agentAnswers('agent1');
    await cc.transferToQueue('agent1', 'collections');
    await settle(cc);
    expect(cc.agent('agent1')?.state).toBe('wrap_up');
    expect(cc.call(caller)).toMatchObject({ status: 'queued', queue: 'collections' });
    expect(store.typesOf(caller)).toContain('transferred');
  });

  it.each<[string, (c: CallCenter) => Promise<unknown>, string]>([
    ['answer without a ringing call', (c: CallCenter) => c.answer('agent1'), 'no_call'],
    ['hold without a call', (c: CallCenter) => c.hold('agent1', true), 'no_call'],
    ['hang up without a call', (c: CallCenter) => c.hangup('agent1'), 'no_call'],
    ['finish a wrap-up that is not running', async (c: CallCenter) => c.finishWrapUp('agent1'), 'agent_state'],
    ['an unknown agent', async (c: CallCenter) => c.setState('ghost', 'available'), 'not_found'],
    ['move a call that does not exist', async (c: CallCenter) => c.moveCall('nope', 'service'), 'not_found'],
  ])('refuses %s with a code', async (_name, run, code) => {
    await expect(Promise.resolve().then(async () => run(cc))).rejects.toSatisfy(
      (error: unknown) => error instanceof AppError && error.code === code,
    );
  });

  it('refuses available for an agent signed in to no queue', () => {
    cc.upsertAgent({ agent: 'lonely', skills: {}, queues: [], simulated: false });
    expect(() => cc.setState('lonely', 'available')).toThrow(AppError);
  });

  it('walks the IVR: key 2, a customer number and # → the customer is known and the call waits in collections', async () => {
    store.customers.set('C123', { id: 'cust-123', keyAccount: false });
    const caller = port.call('+966551234567', '8001240002');
    await settle(cc);
    expect(cc.call(caller)?.status).toBe('ivr');
    expect(port.commandsOf('play')).toHaveLength(1);
    port.emit({ type: 'dtmf', legId: caller, digit: '2' });
    port.emit({ type: 'played', legId: caller, interrupted: true });
    expect(port.commandsOf('play')).toHaveLength(2);
    port.emit({ type: 'played', legId: caller, interrupted: false });
    for (const digit of ['C', '1', '2', '3']) port.emit({ type: 'dtmf', legId: caller, digit });
    // A letter is not a key: the lookup asks again (maxRetries 0 → goes on without a number).
    await settle(cc);
    expect(cc.call(caller)?.queue).toBe('collections');
    expect(store.calls.get(caller)!.filter((e) => e.type === 'ivr')).toEqual([expect.objectContaining({ digit: '2' })]);
  });

  it('a customer number keyed in the IVR finds the customer', async () => {
    store.customers.set('123', { id: 'cust-123', keyAccount: true });
    const caller = port.call('+966551234567', '8001240002');
    await settle(cc);
    port.emit({ type: 'dtmf', legId: caller, digit: '2' });
    port.emit({ type: 'played', legId: caller, interrupted: true });
    port.emit({ type: 'played', legId: caller, interrupted: false });
    for (const digit of ['1', '2', '3', '#']) port.emit({ type: 'dtmf', legId: caller, digit });
    await settle(cc);
    expect(cc.call(caller)).toMatchObject({ queue: 'collections', customerId: 'cust-123', keyAccount: true });
  });

  it('a caller who never chooses hears the menu again, then goes to the fallback queue', async () => {
    const caller = port.call('+966551234567', '8001240002');
    await settle(cc);
    port.emit({ type: 'played', legId: caller, interrupted: false });
    clock.advance(5_000);
    expect(port.commandsOf('play')).toHaveLength(2);
    port.emit({ type: 'played', legId: caller, interrupted: false });
    clock.advance(5_000);
    await settle(cc);
    expect(cc.call(caller)).toMatchObject({ status: 'queued', queue: 'service' });
  });

  it('key 9 asks for a call-back: recorded, and the caller is released', async () => {
    const caller = port.call('+966551234567', '8001240002');
    await settle(cc);
    port.emit({ type: 'dtmf', legId: caller, digit: '9' });
    await settle(cc);
    expect(store.typesOf(caller)).toEqual(['offered', 'ivr', 'callback_requested', 'ended']);
    expect(store.calls.get(caller)!.at(-1)).toMatchObject({ cause: 'normal' });
  });

  it('tells a waiting caller his place in line and the expected wait', async () => {
    cc.setState('agent2', 'available');
    port.call('+966551234567', '8001240000'); // rings agent2 at once: no announcement
    await settle(cc);
    const second = port.call('+966551234568', '8001240000');
    await settle(cc);
    const third = port.call('+966551234569', '8001240000');
    await settle(cc);
    const said = (leg: string) =>
      port
        .commandsOf('play')
        .filter((c) => c.legId === leg)
        .map((c) => (c.args as { text: string }).text);
    // agent1 (offline) does not serve; agent2 does: 240 s per place ÷ 1 agent.
    expect(said(second)).toEqual(['ترتيبك في الانتظار 1، ومدة الانتظار المتوقعة 4 دقيقة تقريبًا. شكرًا لانتظارك.']);
    expect(said(third)).toEqual(['ترتيبك في الانتظار 2، ومدة الانتظار المتوقعة 8 دقيقة تقريبًا. شكرًا لانتظارك.']);
  });

  it('a queue outside its hours plays the closed message and lets the caller go (not an abandon)', async () => {
    cc.configure({
      ...setupWith({ hours: '08:00-16:00' }),
    });
    clock.advance(11 * 3600_000); // 18:00 in Riyadh
    cc.setState('agent2', 'available');
    const caller = port.call('+966551234567', '8001240000');
    await settle(cc);
    expect(port.originated).toHaveLength(0);
    expect(port.commandsOf('play').map((c) => (c.args as { text: string }).text)).toEqual([
      'مركز الاتصال مغلق الآن. يسعدنا اتصالك في أوقات العمل.',
    ]);
    clock.advance(8_000);
    await settle(cc);
    expect(store.calls.get(caller)!.at(-1)).toMatchObject({ type: 'ended', cause: 'normal' });
  });
});
