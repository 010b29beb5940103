import { beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../http/errors.ts';
import { ManualClock } from '../../../shared/clock.ts';
import type { CallEvent } from '../domain/call-events.ts';
import type { PendingCallback } from '../domain/callbacks.ts';
import type { AgentState, QueueRule } from '../domain/routing-types.ts';
import { ScriptedPort } from '../testing/scripted-port.ts';
import type { CallCenterSetup, CallCenterStore } from './call-center-state.ts';
import { CallCenter } from './call-center.ts';

// Issue #13 on the routing runtime, with a scripted switch: an agent's click-to-call (the number
// dialled for him, his own phone rung and taken once the customer answers), a dropped call coming
// back as a call-back on top of the same agent's list, and a caller's call-back request (#12 gap)
// dialled when an agent of the queue is free.

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

function setup(): CallCenterSetup {
  return {
    queues: [queue('service'), queue('night', { hours: '20:00-22:00', closedAction: 'callback' })],
    routes: new Map([
      ['8001240000', { kind: 'queue', target: 'service' }],
      ['8001240002', { kind: 'ivr', target: 'main' }],
      ['8001240009', { kind: 'queue', target: 'night' }],
    ]),
    menus: new Map([
      [
        'main',
        {
          kind: 'menu',
          prompt: { ar: 'للاستفسارات اضغط ١، لطلب معاودة الاتصال اضغط ٩' },
          timeoutSeconds: 5,
          maxRetries: 1,
          options: { '1': { kind: 'queue', queue: 'service' }, '9': { kind: 'callback', queue: 'service' } },
          fallback: { kind: 'queue', queue: 'service' },
        },
      ],
    ]),
    defaultQueue: 'service',
    agents: [{ agent: 'agent1', skills: { service: 1, night: 1 }, queues: ['service', 'night'], simulated: false }],
    calendar: { timeZone: 'Asia/Riyadh', weekend: [], holidays: [] },
    ringSeconds: 15,
  };
}

class MemoryStore implements CallCenterStore {
  calls = new Map<string, CallEvent[]>();
  states: string[] = [];
  saved: { callback: PendingCallback; fromCall: string | null }[] = [];
  updated: PendingCallback[] = [];
  links: [string, string][] = [];
  async recordCallEvents(externalId: string, events: CallEvent[]) {
    this.calls.set(externalId, [...(this.calls.get(externalId) ?? []), ...events]);
  }
  async recordAgentState(_agent: string, state: AgentState, reason: string | null) {
    this.states.push(reason ? `${state}:${reason}` : state);
  }
  async findCustomerByPhone() {
    return null;
  }
  async findCustomerByNo() {
    return null;
  }
  async saveCallback(callback: PendingCallback, fromCall: string | null) {
    this.saved.push({ callback, fromCall });
  }
  async updateCallback(callback: PendingCallback) {
    this.updated.push(callback);
  }
  async linkWorkItem(externalId: string, workItemId: string) {
    this.links.push([externalId, workItemId]);
  }
  typesOf(id: string) {
    return (this.calls.get(id) ?? []).map((e) => e.type);
  }
}

async function settle(cc: CallCenter) {
  for (let i = 0; i < 5; i += 1) await new Promise((resolve) => setImmediate(resolve));
  await cc.flush();
}

const customer = '+966551112222';
const item = '0b4f6a40-7a43-4c39-9d4d-1f5e7bba0001';

describe('outbound calls and call-backs in the runtime', () => {
  let clock: ManualClock;
  let port: ScriptedPort;
  let store: MemoryStore;
  let cc: CallCenter;

  // Sunday 10:00 in Riyadh: the service queue is open, the night queue closed.
  beforeEach(() => {
    clock = new ManualClock('2026-12-06T07:00:00Z');
    port = new ScriptedPort(clock);
    store = new MemoryStore();
    cc = new CallCenter(port, clock, store, setup());
    cc.start();
  });

  const customerLeg = () => port.originated.findLast((o) => o.destination.kind === 'number')!.legId;

  it('click-to-call: the number is dialled, the agent’s phone is taken on answer, the call ends into wrap-up', async () => {
    const dial = await cc.dial('agent1', { number: customer, customerId: null, workItemId: item });
    await settle(cc);
    expect(dial).toMatchObject({ status: 'dialing', number: customer, workItemId: item });
    expect(port.originated[0]).toMatchObject({ destination: { kind: 'number', number: customer }, timeoutSeconds: 30 });
    // Dialling counts as on a call: no inbound call rings the agent meanwhile.
    expect(cc.agent('agent1')?.state).toBe('on_call');
    const leg = customerLeg();
    port.emit({ type: 'ringing', legId: leg, destination: { kind: 'number', number: customer } });
    expect(cc.lastDial('agent1')?.status).toBe('ringing');

    clock.advance(8_000);
    port.emit({ type: 'answered', legId: leg });
    await settle(cc);
    expect(cc.lastDial('agent1')?.status).toBe('answered');
    // The browser's seat takes its own call at once (the click was the answer).
    const agentLeg = port.legOf('agent1')!;
    expect(port.commandsOf('answer').map((c) => c.legId)).toEqual([agentLeg]);
    port.agentAnswers('agent1');
    await settle(cc);
    expect(cc.lastDial('agent1')).toMatchObject({ status: 'connected' });
    expect(port.commandsOf('connect')[0]).toMatchObject({ legId: agentLeg, args: leg });

    clock.advance(90_000);
    await cc.hangup('agent1');
    await settle(cc);
    expect(cc.lastDial('agent1')).toMatchObject({ status: 'ended', cause: 'normal', outcome: 'reached' });
    expect(cc.agent('agent1')?.state).toBe('wrap_up');
    clock.advance(60_000);
    await settle(cc);
    // He dialled while signed out of the queues (working his list): signed out again after the wrap-up.
    expect(cc.agent('agent1')?.state).toBe('offline');
    expect(store.typesOf(leg)).toEqual(['offered', 'agent_ringing', 'answered', 'ended', 'wrap_up_ended']);
    expect(store.calls.get(leg)![0]).toMatchObject({ type: 'offered', direction: 'outbound', ani: customer });
    expect(store.links).toEqual([[leg, item]]);
    expect(store.saved).toEqual([]);
  });

  it('busy: the agent is back on his break at once, and the outcome form is told busy', async () => {
    cc.setState('agent1', 'break', 'lunch');
    await cc.dial('agent1', { number: customer, customerId: null });
    const leg = customerLeg();
    clock.advance(4_000);
    port.emit({ type: 'ended', legId: leg, cause: 'busy' });
    await settle(cc);
    expect(cc.lastDial('agent1')).toMatchObject({ status: 'ended', cause: 'busy', outcome: 'busy' });
    expect(cc.agent('agent1')).toMatchObject({ state: 'break', reason: 'lunch' });
    expect(store.states).toEqual(['break:lunch', 'on_call', 'break:lunch']);
    expect(store.saved).toEqual([]);
  });

  it('the agent gives up before the answer: the attempt suggests no outcome; a ringing seat cannot dial', async () => {
    cc.setState('agent1', 'available');
    await cc.dial('agent1', { number: customer, customerId: null });
    await expect(cc.dial('agent1', { number: customer, customerId: null })).rejects.toThrow(AppError);
    await cc.hangup('agent1');
    await settle(cc);
    expect(cc.lastDial('agent1')).toMatchObject({ status: 'ended', cause: 'normal', outcome: null });
    expect(cc.agent('agent1')?.state).toBe('available');
  });

  it('an inbound call that drops after the answer comes back on top of the same agent’s list, dialled with one key', async () => {
    cc.setState('agent1', 'available');
    const caller = port.call('+966553334444', '8001240000');
    await settle(cc);
    port.agentAnswers('agent1');
    await settle(cc);
    clock.advance(30_000);
    port.emit({ type: 'ended', legId: caller, cause: 'dropped' });
    await settle(cc);
    const [callback] = cc.callbacksOf('agent1');
    expect(callback).toMatchObject({
      agent: 'agent1',
      reason: 'dropped',
      number: '+966553334444',
      queue: 'service',
      status: 'waiting',
    });
    expect(store.saved).toEqual([{ callback: expect.objectContaining({ id: callback!.id }), fromCall: caller }]);
    // Nobody else's: the queue's free agents do not dial it.
    expect(cc.queueCallbacks()).toEqual([]);

    await cc.dialCallback('agent1', callback!.id);
    expect(port.originated.at(-1)).toMatchObject({ destination: { kind: 'number', number: '+966553334444' } });
    expect(cc.callbacksOf('agent1')[0]?.status).toBe('calling');
    await expect(cc.dialCallback('agent1', callback!.id)).rejects.toThrow(AppError);
    const leg = customerLeg();
    port.emit({ type: 'answered', legId: leg });
    await settle(cc);
    port.agentAnswers('agent1');
    await settle(cc);
    await cc.hangup('agent1');
    await settle(cc);
    expect(cc.callbacksOf('agent1')).toEqual([]);
    expect(store.updated.at(-1)).toMatchObject({ id: callback!.id, status: 'done', attempts: 1, lastCause: 'normal' });
  });

  it('the agent’s side dropping counts too; a call-back that is not answered stays on his list', async () => {
    cc.setState('agent1', 'available');
    port.call('+966556667777', '8001240000');
    await settle(cc);
    const agentLeg = port.agentAnswers('agent1');
    await settle(cc);
    port.emit({ type: 'ended', legId: agentLeg, cause: 'failed' });
    await settle(cc);
    const [callback] = cc.callbacksOf('agent1');
    expect(callback).toMatchObject({ reason: 'dropped', number: '+966556667777' });
    cc.finishWrapUp('agent1');
    await cc.dialCallback('agent1', callback!.id);
    port.emit({ type: 'ended', legId: customerLeg(), cause: 'no_answer' });
    await settle(cc);
    expect(cc.callbacksOf('agent1')).toEqual([
      expect.objectContaining({
        id: callback!.id,
        status: 'waiting',
        attempts: 1,
        lastCause: 'no_answer',
        notBefore: null,
      }),
    ]);
    expect(cc.lastDial('agent1')?.outcome).toBe('no_answer');
  });

  it('a caller who asks for a call-back in the IVR is dialled back when an agent of the queue is free (#12)', async () => {
    const caller = port.call('+966558889999', '8001240002');
    await settle(cc);
    port.emit({ type: 'dtmf', legId: caller, digit: '9' });
    await settle(cc);
    expect(port.commandsOf('hangup').map((c) => c.legId)).toContain(caller);
    expect(cc.queueCallbacks()).toEqual([
      expect.objectContaining({ agent: null, queue: 'service', reason: 'requested', number: '+966558889999' }),
    ]);
    expect(store.saved[0]?.fromCall).toBe(caller);
    cc.setState('agent1', 'available');
    await settle(cc);
    // Not while the caller may still be hanging up.
    expect(port.originated.filter((o) => o.destination.kind === 'number')).toEqual([]);
    clock.advance(20_000);
    await settle(cc);
    expect(port.originated.at(-1)).toMatchObject({ destination: { kind: 'number', number: '+966558889999' } });
    expect(cc.agent('agent1')?.state).toBe('on_call');
    expect(cc.lastDial('agent1')?.callbackId).toBe(cc.queueCallbacks()[0]?.id);
    // Unanswered: it waits for the retry delay, then is dialled again.
    port.emit({ type: 'ended', legId: customerLeg(), cause: 'no_answer' });
    await settle(cc);
    expect(cc.agent('agent1')?.state).toBe('available');
    const originated = port.originated.length;
    clock.advance(9 * 60_000);
    await settle(cc);
    expect(port.originated.length).toBe(originated);
    clock.advance(60_000);
    await settle(cc);
    expect(port.originated.length).toBe(originated + 1);
  });

  it('a closed queue that takes call-backs keeps the caller’s number for when it opens', async () => {
    cc.setState('agent1', 'available');
    port.call('+966551010101', '8001240009');
    await settle(cc);
    expect(cc.queueCallbacks()).toEqual([expect.objectContaining({ queue: 'night', reason: 'closed' })]);
    clock.advance(60_000);
    await settle(cc);
    // Closed until 20:00: not dialled yet, though the agent is free.
    expect(port.originated.filter((o) => o.destination.kind === 'number')).toEqual([]);
  });
});
