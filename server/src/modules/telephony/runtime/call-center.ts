// The routing runtime (SPEC T1, T2, A1): listens to the telephony port, queues inbound callers,
// rings agents chosen by the ACD rules, connects, holds, ends, and keeps each agent's state.
// One process runs it; everything it learns goes to the store as call events and agent states.

import { AppError } from '../../../http/errors.ts';
import type { Timers } from '../../../shared/clock.ts';
import { randomUUID } from 'node:crypto';
import { chooseAgents, expectedWaitSeconds, isOpen, queuePosition } from '../domain/acd.ts';
import type { CallEvent } from '../domain/call-events.ts';
import {
  afterCallbackAttempt,
  agentCallbacks,
  compareCallbacks,
  isDroppedCall,
  outcomeOfDial,
  queueCallbackDue,
  type CallbackReason,
  type PendingCallback,
} from '../domain/callbacks.ts';
import { startIvr, stepIvr, type IvrInput, type IvrStep } from '../domain/ivr.ts';
import type { AgentCandidate, AgentState, QueueRule, RoutingMemory } from '../domain/routing-types.ts';
import type { EndCause, LegId, TelephonyEvent, TelephonyPort } from '../port.ts';
import {
  viewOfAgent,
  viewOfCall,
  type AgentProfile,
  type AgentSeat,
  type AgentView,
  type CallCenterSetup,
  type CallCenterStore,
  type CallView,
  type DialView,
  type LiveCall,
} from './call-center-state.ts';

export type CallCenterLog = (level: 'info' | 'warn' | 'error', message: string, data?: object) => void;

const KEY_ACCOUNT_PRIORITY = 10;
/** The handling time the expected wait is computed with until the KPI module measures it per queue. */
const AHT_ESTIMATE_SECONDS = 240;
/** How long the closed message plays before the caller is released. */
const CLOSED_MESSAGE_MS = 8_000;
/** How long a customer's phone rings for an agent's outbound call before it counts as no answer. */
const DIAL_RING_SECONDS = 30;
/** Wrap-up after an answered outbound call (it has no queue): the outcome is recorded meanwhile. */
const OUTBOUND_WRAP_UP_SECONDS = 60;
/** A caller who asked for a call-back is not dialled before he has hung up. */
const CALLBACK_SETTLE_MS = 20_000;

export class CallCenter {
  private readonly queues = new Map<string, QueueRule>();
  private readonly seats = new Map<string, AgentSeat>();
  private readonly calls = new Map<LegId, LiveCall>();
  /** Agent legs → their agent. Customer legs are the keys of `calls`. */
  private readonly agentLegs = new Map<LegId, string>();
  private readonly memory: RoutingMemory = new Map();
  private readonly writes = new Map<string, Promise<void>>();
  /** Work started by an event that waits on the switch or the database (answer, caller lookup). */
  private readonly tasks = new Set<Promise<void>>();
  private unsubscribe: (() => void) | null = null;
  private random: () => number;
  /** Call-backs waiting or being dialled (A5 dropped calls, T2 call-backs that keep the place). */
  private readonly callbacks = new Map<string, PendingCallback>();
  /** Each agent's last outbound call, as his screen follows it. */
  private readonly dials = new Map<string, DialView>();
  private readonly callbackTimers = new Set<() => void>();

  constructor(
    private readonly port: TelephonyPort,
    private readonly timers: Timers,
    private readonly store: CallCenterStore,
    private setup: CallCenterSetup,
    private readonly log: CallCenterLog = () => {},
    random: () => number = Math.random,
  ) {
    this.random = random;
    this.configure(setup);
  }

  start(): void {
    this.unsubscribe ??= this.port.onEvent((event) => this.onEvent(event));
  }

  async stop(): Promise<void> {
    this.unsubscribe?.();
    this.unsubscribe = null;
    for (const call of this.calls.values()) for (const cancel of call.cancelTimers) cancel();
    for (const seat of this.seats.values()) seat.cancelWrapUp?.();
    for (const cancel of this.callbackTimers) cancel();
    this.callbackTimers.clear();
    await this.flush();
  }

  /** Queues, routes and agents changed (edited by a manager): take the new ones, keep live state. */
  configure(setup: CallCenterSetup): void {
    this.setup = setup;
    this.queues.clear();
    for (const q of setup.queues) this.queues.set(q.code, q);
    for (const profile of setup.agents) this.upsertAgent(profile);
  }

  upsertAgent(profile: AgentProfile): void {
    const seat = this.seats.get(profile.agent);
    if (seat) {
      seat.skills = { ...profile.skills };
      seat.queues = [...profile.queues];
      seat.simulated = profile.simulated;
      return;
    }
    this.seats.set(profile.agent, {
      agent: profile.agent,
      state: 'offline',
      reason: null,
      since: this.timers.now(),
      skills: { ...profile.skills },
      queues: [...profile.queues],
      simulated: profile.simulated,
      lastCallEndedAt: null,
      callsToday: 0,
      legId: null,
      callId: null,
      after: null,
      cancelWrapUp: null,
    });
  }

  /** Every write the runtime started has reached the store, and every caller lookup is done. */
  async flush(): Promise<void> {
    while (this.writes.size > 0 || this.tasks.size > 0) await Promise.all([...this.writes.values(), ...this.tasks]);
  }

  agents(): AgentView[] {
    return [...this.seats.values()].map(viewOfAgent).sort((a, b) => (a.agent < b.agent ? -1 : 1));
  }

  agent(agent: string): AgentView | null {
    const seat = this.seats.get(agent);
    return seat ? viewOfAgent(seat) : null;
  }

  liveCalls(): CallView[] {
    return [...this.calls.values()].map(viewOfCall);
  }

  call(id: LegId): CallView | null {
    const call = this.calls.get(id);
    return call ? viewOfCall(call) : null;
  }

  queueRules(): QueueRule[] {
    return [...this.queues.values()];
  }

  // ── Agents' commands ─────────────────────────────────────────────────────────────────

  /** متاح / استراحة / خروج. During a call a break or sign-out waits for the call and wrap-up to end. */
  setState(agent: string, target: 'available' | 'break' | 'offline', reason: string | null = null): AgentView {
    const seat = this.seatOf(agent);
    if (target === 'available') {
      if (seat.state === 'available') return viewOfAgent(seat);
      if (seat.state === 'wrap_up') return this.finishWrapUp(agent);
      if (seat.state !== 'break' && seat.state !== 'offline') throw new AppError('agent_state');
      if (!seat.queues.some((q) => this.queues.has(q))) throw new AppError('not_in_queue');
      this.changeState(seat, 'available', null);
      this.dispatch();
      return viewOfAgent(seat);
    }
    if (seat.state === 'on_call' || seat.state === 'hold') {
      seat.after = { state: target, reason };
      return viewOfAgent(seat);
    }
    if (seat.state === 'ringing') this.withdrawRing(seat);
    seat.cancelWrapUp?.();
    seat.cancelWrapUp = null;
    if (seat.state === 'wrap_up' && seat.callId)
      this.recordCall(seat.callId, [{ type: 'wrap_up_ended', at: this.now() }]);
    seat.callId = null;
    this.changeState(seat, target, target === 'break' ? reason : null);
    return viewOfAgent(seat);
  }

  /** The browser's Answer button (a seat that the switch cannot answer by itself). */
  async answer(agent: string): Promise<void> {
    const seat = this.seatOf(agent);
    if (seat.state !== 'ringing' || !seat.legId) throw new AppError('no_call');
    await this.command(() => this.port.answer(seat.legId!));
  }

  async hold(agent: string, on: boolean): Promise<void> {
    const call = this.connectedCallOf(agent);
    if (call.held === on) throw new AppError('call_state');
    await this.command(() => (on ? this.port.hold(call.id) : this.port.unhold(call.id)));
  }

  async hangup(agent: string): Promise<void> {
    const seat = this.seatOf(agent);
    const dialing = seat.callId ? this.calls.get(seat.callId) : undefined;
    if (dialing?.dial && dialing.status !== 'connected' && dialing.status !== 'ended') {
      // The agent gives up his own call before the customer answered.
      dialing.released = true;
      await this.command(() => this.port.hangup(dialing.id, 'normal'));
      return;
    }
    if (seat.state === 'ringing') {
      this.withdrawRing(seat);
      this.changeState(seat, 'available', null);
      this.dispatch();
      return;
    }
    const call = this.connectedCallOf(agent);
    await this.command(() => this.port.hangup(call.id, 'normal'));
  }

  /** Wrap-up done before its timer: the agent is available again (or takes the break asked for). */
  finishWrapUp(agent: string): AgentView {
    const seat = this.seatOf(agent);
    if (seat.state !== 'wrap_up') throw new AppError('agent_state');
    seat.cancelWrapUp?.();
    seat.cancelWrapUp = null;
    this.endWrapUp(seat);
    return viewOfAgent(seat);
  }

  /** A connected call goes to another queue (blind transfer); the agent goes to wrap-up. */
  async transferToQueue(agent: string, queue: string): Promise<void> {
    const call = this.connectedCallOf(agent);
    this.queueOf(queue);
    const seat = this.seatOf(agent);
    const agentLeg = call.agentLegId;
    // The caller leaves the agent's bridge first, so that releasing the agent does not end the call.
    call.status = 'routing';
    await this.command(() => this.port.detach(call.id)).catch((error: unknown) => {
      call.status = 'connected';
      throw error;
    });
    const at = this.now();
    this.recordCall(call.id, [{ type: 'transferred', at, to: queue, mode: 'blind' }]);
    this.releaseAgent(seat, call, at);
    call.agent = null;
    call.agentLegId = null;
    call.answeredAt = null;
    call.held = false;
    call.status = 'routing';
    if (agentLeg) {
      this.agentLegs.delete(agentLeg);
      await this.command(() => this.port.hangup(agentLeg, 'normal')).catch(() => undefined);
    }
    this.enqueue(call, queue, at);
  }

  /** A supervisor forces an agent's state (not during a call). */
  forceState(agent: string, target: 'available' | 'break' | 'offline', by: string): AgentView {
    const seat = this.seatOf(agent);
    if (seat.state === 'on_call' || seat.state === 'hold') throw new AppError('agent_state');
    return this.setState(agent, target, target === 'break' ? `forced_by:${by}` : null);
  }

  /** A supervisor moves a waiting call to another queue; it keeps its place in line. */
  moveCall(callId: LegId, queue: string): CallView {
    const call = this.calls.get(callId);
    if (!call) throw new AppError('not_found');
    if (call.status !== 'queued') throw new AppError('call_state');
    const target = this.queueOf(queue);
    this.moveToQueue(call, target.code);
    return viewOfCall(call);
  }

  async snoop(supervisor: string, agent: string, mode: 'listen' | 'whisper' | 'barge'): Promise<LegId> {
    if (!this.port.supports.snoop) throw new AppError('call_state');
    const call = this.connectedCallOf(agent);
    return this.command(() => this.port.snoop(call.agentLegId ?? call.id, supervisor, mode));
  }

  // ── Port events ─────────────────────────────────────────────────────────────────────

  private onEvent(event: TelephonyEvent): void {
    try {
      const agent = this.agentLegs.get(event.legId);
      if (agent !== undefined) this.onAgentLeg(agent, event);
      else if (event.type === 'offered') this.offered(event);
      else if (event.type === 'ringing' && event.destination.kind === 'agent') this.adoptAgentLeg(event);
      else {
        const call = this.calls.get(event.legId);
        if (call) this.onCustomerLeg(call, event);
      }
    } catch (error) {
      this.log('error', 'telephony event failed', { type: event.type, error: String(error) });
    }
  }

  private offered(event: Extract<TelephonyEvent, { type: 'offered' }>): void {
    const call: LiveCall = {
      id: event.legId,
      direction: 'inbound',
      ani: event.ani || null,
      dnis: event.dnis || null,
      customerId: null,
      keyAccount: false,
      status: 'routing',
      queue: null,
      enteredAt: null,
      queuedAt: null,
      priority: 0,
      ringing: new Map(),
      agent: null,
      agentLegId: null,
      held: false,
      answeredAt: null,
      cancelTimers: [],
      ivr: null,
      cancelIvrTimer: null,
      released: false,
    };
    this.calls.set(call.id, call);
    this.recordCall(call.id, [{ type: 'offered', at: event.at, direction: 'inbound', ani: call.ani, dnis: call.dnis }]);
    let route = call.dnis ? this.setup.routes.get(call.dnis) : undefined;
    const known = route && (route.kind === 'ivr' ? this.setup.menus.has(route.target) : this.queues.has(route.target));
    if (!route || !known) {
      this.log('warn', 'unknown DNIS: the call goes to the default queue', { dnis: call.dnis });
      route = { kind: 'queue', target: this.setup.defaultQueue };
    }
    const target = route;
    this.track(async () => {
      await this.port.answer(call.id).catch((error) => this.log('warn', 'answer failed', { error: String(error) }));
      const customer = call.ani ? await this.store.findCustomerByPhone(call.ani).catch(() => null) : null;
      if (call.status === 'ended') return;
      if (customer) {
        call.customerId = customer.id;
        call.keyAccount = customer.keyAccount;
        this.recordCall(call.id, [{ type: 'customer', at: this.now(), customerId: customer.id }]);
      }
      if (target.kind === 'ivr') this.walkIvr(call, startIvr(target.target, this.setup.menus));
      else this.enqueue(call, target.target, this.now());
    });
  }

  // ── IVR ─────────────────────────────────────────────────────────────────────────────

  /** Do what the IVR walker asks; the caller's keys, timeouts and prompt ends come back through stepIvr. */
  private walkIvr(call: LiveCall, step: IvrStep): void {
    if (call.status === 'ended') return;
    const before = call.ivr?.keys.length ?? 0;
    call.status = 'ivr';
    call.ivr = step.state;
    for (const digit of step.state.keys.slice(before))
      this.recordCall(call.id, [{ type: 'ivr', at: this.now(), digit }]);
    call.cancelIvrTimer?.();
    call.cancelIvrTimer = null;
    const action = step.action;
    switch (action.type) {
      case 'play':
        void this.port
          .play(call.id, { text: action.prompt.ar, ...(action.prompt.media ? { media: action.prompt.media } : {}) })
          .catch((error) => this.log('warn', 'IVR prompt failed', { error: String(error) }));
        return;
      case 'collect':
        call.cancelIvrTimer = this.timers.after(action.timeoutSeconds * 1000, () => {
          call.cancelIvrTimer = null;
          this.ivrInput(call, { kind: 'timeout' });
        });
        return;
      case 'queue':
        call.ivr = null;
        this.enqueue(call, this.queues.has(action.queue) ? action.queue : this.setup.defaultQueue, this.now());
        return;
      case 'callback':
        call.ivr = null;
        this.recordCall(call.id, [{ type: 'callback_requested', at: this.now() }]);
        this.requestCallback(call, this.queues.has(action.queue) ? action.queue : this.setup.defaultQueue, 'requested');
        call.released = true;
        void this.port.hangup(call.id, 'normal').catch(() => undefined);
        return;
      case 'lookup':
        this.track(async () => {
          const customer = await this.store.findCustomerByNo(action.number).catch(() => null);
          if (customer && call.status === 'ivr') {
            call.customerId = customer.id;
            call.keyAccount = customer.keyAccount;
            this.recordCall(call.id, [{ type: 'customer', at: this.now(), customerId: customer.id }]);
          }
          this.ivrInput(call, { kind: 'played' });
        });
        return;
      case 'hangup':
        call.ivr = null;
        call.released = action.reason === 'finished';
        void this.port.hangup(call.id, 'normal').catch(() => undefined);
        return;
      default:
        return;
    }
  }

  private ivrInput(call: LiveCall, input: IvrInput): void {
    if (call.status !== 'ivr' || !call.ivr) return;
    this.walkIvr(call, stepIvr(call.ivr, input, this.setup.menus));
  }

  private track(run: () => Promise<void>): void {
    const task = run()
      .catch((error) => this.log('error', 'telephony task failed', { error: String(error) }))
      .finally(() => this.tasks.delete(task));
    this.tasks.add(task);
  }

  private onCustomerLeg(call: LiveCall, event: TelephonyEvent): void {
    switch (event.type) {
      case 'held':
      case 'unheld':
        // The queue's music on hold, and taking the caller out of it, are not holds of the call.
        if (call.status !== 'connected' || call.held === (event.type === 'held')) return;
        call.held = event.type === 'held';
        this.recordCall(call.id, [{ type: event.type, at: event.at }]);
        if (call.agent) this.changeState(this.seatOf(call.agent), call.held ? 'hold' : 'on_call', null, event.at);
        return;
      case 'played':
        this.ivrInput(call, { kind: 'played' });
        return;
      case 'dtmf':
        this.ivrInput(call, { kind: 'digit', digit: event.digit });
        return;
      case 'ringing':
        if (call.dial) this.updateDial(call.dial.agent, call.id, { status: 'ringing' });
        return;
      case 'answered':
        if (call.dial) this.dialAnswered(call, event.machine === true);
        return;
      case 'recording':
        if (event.state === 'started')
          this.recordCall(call.id, [{ type: 'recording', at: event.at, name: event.name }]);
        return;
      case 'ended':
        this.callEnded(call, event.cause, event.at);
        return;
      default:
        return;
    }
  }

  private adoptAgentLeg(event: Extract<TelephonyEvent, { type: 'ringing' }>): void {
    if (event.destination.kind !== 'agent' || !event.tag) return;
    const call = this.calls.get(event.tag);
    const seat = this.seats.get(event.destination.agent);
    if (!call || !seat || call.ringing.get(seat.agent) !== '') return;
    this.bindAgentLeg(seat, call, event.legId);
    this.recordCall(call.id, [{ type: 'agent_ringing', at: event.at, agent: seat.agent }]);
    this.answerOwnDial(seat, call, event.legId);
  }

  private onAgentLeg(agent: string, event: TelephonyEvent): void {
    const seat = this.seatOf(agent);
    if (seat.legId !== event.legId) {
      if (event.type === 'ended') this.agentLegs.delete(event.legId);
      return;
    }
    const call = seat.callId ? this.calls.get(seat.callId) : undefined;
    if (event.type === 'ringing') {
      if (call?.ringing.get(agent) === event.legId) {
        this.recordCall(call.id, [{ type: 'agent_ringing', at: event.at, agent }]);
        this.answerOwnDial(seat, call, event.legId);
      }
    } else if (event.type === 'answered') {
      if (!call || call.status === 'ended' || call.status === 'connected') {
        void this.port.hangup(event.legId).catch(() => undefined);
        return;
      }
      this.connect(seat, call, event.at);
    } else if (event.type === 'ended') {
      this.agentLegs.delete(event.legId);
      seat.legId = null;
      if (!call) return;
      if (call.status === 'connected' && call.agent === agent) {
        // The agent's side fell (a lost line, a closed softphone): the call dropped (A5).
        const dropped = event.cause === 'dropped' || event.cause === 'failed';
        void this.port.hangup(call.id, dropped ? 'dropped' : 'normal').catch(() => undefined);
      } else if (call.dial && call.ringing.has(agent)) {
        // The agent's own phone did not take his outbound call: the customer is let go.
        call.ringing.delete(agent);
        void this.port.hangup(call.id, 'failed').catch(() => undefined);
      } else if (call.ringing.has(agent)) {
        call.ringing.delete(agent);
        if (call.ringing.size === 0 && call.status === 'ringing') call.status = 'queued';
        seat.callId = null;
        this.recordCall(call.id, [{ type: 'agent_missed', at: event.at, agent }]);
        // A person who lets a call ring out is not at the desk: paused, as Asterisk's autopause does.
        if (seat.simulated) this.changeState(seat, 'available', null, event.at);
        else this.changeState(seat, 'break', 'missed_call', event.at);
        this.dispatch();
      }
    }
  }

  // ── Routing ─────────────────────────────────────────────────────────────────────────

  private enqueue(call: LiveCall, queue: string, at: Date): void {
    const rule = this.queueOf(queue);
    if (!isOpen(rule, this.setup.calendar, at)) {
      this.closed(call, rule, at);
      return;
    }
    call.status = 'queued';
    call.queue = rule.code;
    call.enteredAt ??= at;
    call.queuedAt = at;
    call.priority = call.keyAccount ? KEY_ACCOUNT_PRIORITY : 0;
    this.recordCall(call.id, [{ type: 'queued', at, queue: rule.code, priority: call.priority }]);
    void this.port.hold(call.id).catch(() => undefined);
    this.armOverflow(call, rule);
    this.dispatch();
    if (call.status === 'queued') this.announcePlace(call, rule);
  }

  /** ترتيبك في الانتظار: the caller's place and the expected wait, when nobody took the call at once. */
  private announcePlace(call: LiveCall, rule: QueueRule): void {
    const waiting = [...this.calls.values()]
      .filter((c) => c.status === 'queued' && c.queue === rule.code)
      .map((c) => ({ callId: c.id, queue: rule.code, enteredAt: c.enteredAt ?? this.now(), priority: c.priority }));
    const me = waiting.find((w) => w.callId === call.id);
    if (!me) return;
    const position = queuePosition(me, waiting, this.queues);
    const serving = [...this.seats.values()].filter(
      (s) => s.queues.includes(rule.code) && s.state !== 'offline' && s.state !== 'break',
    ).length;
    const wait = expectedWaitSeconds(position, serving, AHT_ESTIMATE_SECONDS);
    const minutes = Number.isFinite(wait) ? Math.max(1, Math.ceil(wait / 60)) : null;
    const text =
      minutes === null
        ? `ترتيبك في الانتظار ${position}. شكرًا لانتظارك.`
        : `ترتيبك في الانتظار ${position}، ومدة الانتظار المتوقعة ${minutes} دقيقة تقريبًا. شكرًا لانتظارك.`;
    void this.port.play(call.id, { text }, { bargeIn: false }).catch(() => undefined);
  }

  /** Outside the queue's hours (its hours, the weekend, a holiday): a message, or a call-back taken. */
  private closed(call: LiveCall, rule: QueueRule, at: Date): void {
    call.status = 'routing';
    call.queue = rule.code;
    call.released = true;
    if (rule.closedAction === 'callback') {
      this.recordCall(call.id, [{ type: 'callback_requested', at }]);
      this.requestCallback(call, rule.code, 'closed');
    }
    const text =
      rule.closedAction === 'callback'
        ? 'مركز الاتصال مغلق الآن. سجّلنا رقمك وسنعاود الاتصال بك في أقرب وقت عمل.'
        : 'مركز الاتصال مغلق الآن. يسعدنا اتصالك في أوقات العمل.';
    this.log('info', 'a call reached a closed queue', { queue: rule.code });
    void (async () => {
      await this.port.play(call.id, { text }, { bargeIn: false }).catch(() => undefined);
      // The message is short; the caller is released after it (the played event ends the IVR-less call).
      call.cancelTimers.push(
        this.timers.after(CLOSED_MESSAGE_MS, () => void this.port.hangup(call.id).catch(() => undefined)),
      );
    })();
  }

  private armOverflow(call: LiveCall, rule: QueueRule): void {
    if (rule.overflowSeconds === null || !rule.overflowQueue || !this.queues.has(rule.overflowQueue)) return;
    const target = rule.overflowQueue;
    call.cancelTimers.push(
      this.timers.after(rule.overflowSeconds * 1000, () => {
        if (call.status === 'queued' && call.queue === rule.code && call.ringing.size === 0)
          this.moveToQueue(call, target);
      }),
    );
  }

  private moveToQueue(call: LiveCall, queue: string): void {
    const from = call.queue ?? '';
    const at = this.now();
    call.queue = queue;
    call.queuedAt = at;
    this.recordCall(call.id, [{ type: 'overflowed', at, from, to: queue }]);
    this.armOverflow(call, this.queueOf(queue));
    this.dispatch();
  }

  /** Ring agents for every waiting call the ACD can serve now, best call first. */
  private dispatch(): void {
    const waiting = [...this.calls.values()]
      .filter((c) => c.status === 'queued' && c.ringing.size === 0)
      .sort((a, b) => this.compareWaiting(a, b));
    const callbacks = this.dueQueueCallbacks();
    if (waiting.length === 0 && callbacks.length === 0) return;
    const candidates = this.candidates();
    if (candidates.length === 0) return;
    // A call-back keeps the caller's place: it is served in line with the callers who wait (T2).
    const line = [
      ...waiting.map((call) => ({ call, callback: null, queue: call.queue, place: call.enteredAt })),
      ...callbacks.map((callback) => ({ call: null, callback, queue: callback.queue, place: callback.placeAt })),
    ].sort((a, b) => {
      const qa = this.queues.get(a.queue ?? '')?.priority ?? 0;
      const qb = this.queues.get(b.queue ?? '')?.priority ?? 0;
      if (qa !== qb) return qb - qa;
      const pa = a.call?.priority ?? 0;
      const pb = b.call?.priority ?? 0;
      if (pa !== pb) return pb - pa;
      return (a.place?.getTime() ?? 0) - (b.place?.getTime() ?? 0);
    });
    for (const entry of line) {
      const rule = this.queues.get(entry.queue ?? '');
      if (!rule) continue;
      const chosen = chooseAgents(rule, candidates, this.memory, this.random);
      if (chosen.length === 0) continue;
      if (entry.callback) {
        const agent = chosen[0]!;
        const candidate = candidates.find((c) => c.agent === agent);
        if (candidate) candidate.state = 'on_call';
        this.dialQueueCallback(entry.callback, agent);
        continue;
      }
      for (const agent of chosen) {
        const candidate = candidates.find((c) => c.agent === agent);
        if (candidate) candidate.state = 'ringing';
        this.ring(entry.call, this.seatOf(agent));
      }
    }
  }

  private compareWaiting(a: LiveCall, b: LiveCall): number {
    const qa = this.queues.get(a.queue ?? '')?.priority ?? 0;
    const qb = this.queues.get(b.queue ?? '')?.priority ?? 0;
    if (qa !== qb) return qb - qa;
    if (a.priority !== b.priority) return b.priority - a.priority;
    return (a.enteredAt?.getTime() ?? 0) - (b.enteredAt?.getTime() ?? 0);
  }

  private candidates(): AgentCandidate[] {
    const list: AgentCandidate[] = [];
    for (const seat of this.seats.values()) {
      if (seat.state !== 'available') continue;
      list.push({
        agent: seat.agent,
        state: seat.state,
        skills: seat.skills,
        queues: seat.queues,
        availableSince: seat.since,
        lastCallEndedAt: seat.lastCallEndedAt,
        callsToday: seat.callsToday,
      });
    }
    return list;
  }

  private ring(call: LiveCall, seat: AgentSeat): void {
    call.status = 'ringing';
    // '' until the switch names the leg (the ringing event or originate's answer, whichever first).
    call.ringing.set(seat.agent, '');
    seat.callId = call.id;
    this.changeState(seat, 'ringing', null);
    this.port
      .originate({
        destination: { kind: 'agent', agent: seat.agent },
        timeoutSeconds: this.setup.ringSeconds,
        tag: call.id,
      })
      .then((legId) => {
        if (call.ringing.get(seat.agent) === '') this.bindAgentLeg(seat, call, legId);
      })
      .catch((error) => {
        this.log('warn', 'ringing an agent failed', { agent: seat.agent, error: String(error) });
        if (call.ringing.get(seat.agent) !== '') return;
        call.ringing.delete(seat.agent);
        if (call.ringing.size === 0 && call.status === 'ringing') call.status = 'queued';
        seat.callId = null;
        this.changeState(seat, 'break', 'seat_unreachable');
        this.dispatch();
      });
  }

  private bindAgentLeg(seat: AgentSeat, call: LiveCall, legId: LegId): void {
    call.ringing.set(seat.agent, legId);
    seat.legId = legId;
    this.agentLegs.set(legId, seat.agent);
  }

  private withdrawRing(seat: AgentSeat): void {
    const call = seat.callId ? this.calls.get(seat.callId) : undefined;
    const leg = seat.legId;
    if (call) {
      call.ringing.delete(seat.agent);
      if (call.ringing.size === 0 && call.status === 'ringing') call.status = 'queued';
    }
    if (leg) {
      this.agentLegs.delete(leg);
      void this.port.hangup(leg).catch(() => undefined);
    }
    seat.legId = null;
    seat.callId = null;
  }

  private connect(seat: AgentSeat, call: LiveCall, at: Date): void {
    for (const other of [...call.ringing.keys()]) {
      if (other === seat.agent) continue;
      const otherSeat = this.seatOf(other);
      this.withdrawRing(otherSeat);
      this.changeState(otherSeat, 'available', null, at);
    }
    call.ringing.clear();
    for (const cancel of call.cancelTimers) cancel();
    call.cancelTimers = [];
    call.status = 'connected';
    call.agent = seat.agent;
    call.agentLegId = seat.legId;
    call.answeredAt = at;
    seat.callsToday += 1;
    this.changeState(seat, 'on_call', null, at);
    this.recordCall(call.id, [{ type: 'answered', at, agent: seat.agent }]);
    if (call.dial) this.updateDial(seat.agent, call.id, { status: 'connected', connectedAt: at });
    const agentLeg = seat.legId!;
    void (async () => {
      await this.port.unhold(call.id).catch(() => undefined);
      await this.port.connect(agentLeg, call.id);
    })().catch((error) => this.log('warn', 'connecting the call failed', { error: String(error) }));
    this.dispatch();
  }

  private callEnded(call: LiveCall, cause: EndCause, at: Date): void {
    if (call.status === 'ended') return;
    if (call.dial) {
      this.dialEnded(call, cause, at);
      return;
    }
    const wasConnected = call.status === 'connected';
    call.cancelIvrTimer?.();
    call.cancelIvrTimer = null;
    for (const cancel of call.cancelTimers) cancel();
    call.cancelTimers = [];
    for (const agent of [...call.ringing.keys()]) {
      const seat = this.seatOf(agent);
      this.withdrawRing(seat);
      this.changeState(seat, 'available', null, at);
    }
    call.ringing.clear();
    call.status = 'ended';
    const recorded: EndCause = !wasConnected && cause === 'normal' && !call.released ? 'abandoned' : cause;
    this.recordCall(call.id, [{ type: 'ended', at, cause: recorded }]);
    if (wasConnected && call.agent) {
      const seat = this.seatOf(call.agent);
      if (call.agentLegId) {
        this.agentLegs.delete(call.agentLegId);
        const leg = call.agentLegId;
        void this.port.hangup(leg).catch(() => undefined);
      }
      seat.legId = null;
      this.releaseAgent(seat, call, at);
      if (isDroppedCall({ answered: true, cause })) this.callbackOnDrop(call, call.agent, at);
    }
    this.calls.delete(call.id);
    this.dispatch();
  }

  /** After a call: wrap-up for the queue's time, then available (or the break asked for). */
  private releaseAgent(seat: AgentSeat, call: LiveCall, at: Date): void {
    seat.lastCallEndedAt = at;
    seat.callId = call.id;
    const wrapUp = this.queues.get(call.queue ?? '')?.wrapUpSeconds ?? (call.dial ? OUTBOUND_WRAP_UP_SECONDS : 0);
    this.changeState(seat, 'wrap_up', null, at);
    seat.cancelWrapUp?.();
    seat.cancelWrapUp = this.timers.after(wrapUp * 1000, () => {
      seat.cancelWrapUp = null;
      if (seat.state === 'wrap_up' && seat.callId === call.id) this.endWrapUp(seat);
    });
  }

  private endWrapUp(seat: AgentSeat): void {
    const at = this.now();
    if (seat.callId) this.recordCall(seat.callId, [{ type: 'wrap_up_ended', at }]);
    seat.callId = null;
    const after = seat.after;
    seat.after = null;
    if (after) this.changeState(seat, after.state, after.reason, at);
    else this.changeState(seat, 'available', null, at);
    this.dispatch();
  }

  // ── Outbound calls and call-backs (issue #13: A5, A6) ─────────────────────────────

  /** An agent's call-backs to dial, top first (his dropped calls). */
  callbacksOf(agent: string): PendingCallback[] {
    return agentCallbacks([...this.callbacks.values()], agent).map((c) => ({ ...c }));
  }

  /** Call-backs that wait for whoever of their queue is free. */
  queueCallbacks(): PendingCallback[] {
    return [...this.callbacks.values()]
      .filter((c) => c.agent === null && (c.status === 'waiting' || c.status === 'calling'))
      .sort(compareCallbacks)
      .map((c) => ({ ...c }));
  }

  /** Call-backs read from the store at start (a restart keeps them). */
  loadCallbacks(list: readonly PendingCallback[]): void {
    for (const callback of list) this.callbacks.set(callback.id, { ...callback, status: 'waiting' });
    this.dispatch();
  }

  /** The agent's last outbound call, as his screen follows it; null when he placed none. */
  lastDial(agent: string): DialView | null {
    const dial = this.dials.get(agent);
    return dial ? { ...dial } : null;
  }

  /**
   * Click-to-call (A6): the customer's number is dialled through the port for the agent, who never
   * sees it. The seat counts as on a call from now; when the customer answers, the agent's own
   * phone is rung (and, for the browser's seat, taken at once: the click was the answer).
   */
  async dial(
    agent: string,
    target: { number: string; customerId: string | null; workItemId?: string | null; callbackId?: string | null },
  ): Promise<DialView> {
    const seat = this.seatOf(agent);
    if (seat.state !== 'available' && seat.state !== 'break' && seat.state !== 'offline' && seat.state !== 'wrap_up')
      throw new AppError('agent_state');
    const at = this.now();
    let before: { state: 'available' | 'break' | 'offline'; reason: string | null };
    if (seat.state === 'wrap_up') {
      seat.cancelWrapUp?.();
      seat.cancelWrapUp = null;
      if (seat.callId) this.recordCall(seat.callId, [{ type: 'wrap_up_ended', at }]);
      before = seat.after ?? { state: 'available', reason: null };
    } else before = { state: seat.state, reason: seat.reason };
    seat.callId = null;
    // After the call and its wrap-up the agent goes back to what he was doing (a break, signed out).
    seat.after = before.state === 'available' ? null : { state: before.state, reason: before.reason };
    this.changeState(seat, 'on_call', null, at);
    let legId: LegId;
    try {
      legId = await this.command(() =>
        this.port.originate({
          destination: { kind: 'number', number: target.number },
          timeoutSeconds: DIAL_RING_SECONDS,
          tag: `dial:${agent}`,
          detectMachine: this.port.supports.machineDetection,
        }),
      );
    } catch (error) {
      seat.after = null;
      this.changeState(seat, before.state, before.reason);
      this.dispatch();
      throw error;
    }
    const call: LiveCall = {
      id: legId,
      direction: 'outbound',
      ani: target.number,
      dnis: null,
      customerId: target.customerId,
      keyAccount: false,
      status: 'ringing',
      queue: null,
      enteredAt: null,
      queuedAt: null,
      priority: 0,
      ringing: new Map(),
      agent: null,
      agentLegId: null,
      held: false,
      answeredAt: null,
      cancelTimers: [],
      ivr: null,
      cancelIvrTimer: null,
      released: false,
      dial: { agent, workItemId: target.workItemId ?? null, callbackId: target.callbackId ?? null, before },
    };
    this.calls.set(legId, call);
    seat.callId = legId;
    this.recordCall(legId, [
      { type: 'offered', at, direction: 'outbound', ani: target.number, dnis: null },
      ...(target.customerId ? [{ type: 'customer' as const, at, customerId: target.customerId }] : []),
    ]);
    const workItemId = target.workItemId;
    if (workItemId) this.write(`call:${legId}`, async () => this.store.linkWorkItem?.(legId, workItemId));
    const view: DialView = {
      callId: legId,
      agent,
      status: 'dialing',
      number: target.number,
      customerId: target.customerId,
      workItemId: target.workItemId ?? null,
      callbackId: target.callbackId ?? null,
      startedAt: at,
      connectedAt: null,
      endedAt: null,
      cause: null,
      outcome: null,
    };
    this.dials.set(agent, view);
    return { ...view };
  }

  /** One key (A5): the agent dials one of his call-backs, or a waiting call-back of his queues. */
  async dialCallback(agent: string, id: string): Promise<DialView> {
    const seat = this.seatOf(agent);
    const callback = this.callbacks.get(id);
    const mine =
      callback && (callback.agent === agent || (callback.agent === null && seat.queues.includes(callback.queue)));
    if (!callback || !mine) throw new AppError('not_found');
    if (callback.status !== 'waiting') throw new AppError('call_state');
    callback.status = 'calling';
    try {
      return await this.dial(agent, {
        number: callback.number,
        customerId: callback.customerId,
        workItemId: callback.workItemId,
        callbackId: callback.id,
      });
    } catch (error) {
      callback.status = 'waiting';
      throw error;
    }
  }

  private dueQueueCallbacks(): PendingCallback[] {
    if (this.callbacks.size === 0) return [];
    const now = this.now();
    return [...this.callbacks.values()]
      .filter((c) => {
        if (!queueCallbackDue(c, now)) return false;
        const rule = this.queues.get(c.queue);
        return rule !== undefined && isOpen(rule, this.setup.calendar, now);
      })
      .sort(compareCallbacks);
  }

  private dialQueueCallback(callback: PendingCallback, agent: string): void {
    callback.status = 'calling';
    void this.dial(agent, {
      number: callback.number,
      customerId: callback.customerId,
      workItemId: callback.workItemId,
      callbackId: callback.id,
    }).catch((error: unknown) => {
      this.log('warn', 'dialling a call-back failed', { error: String(error) });
      callback.status = 'waiting';
    });
  }

  /** A caller asked to be called back (the IVR, a closed queue): the call-back keeps his place. */
  private requestCallback(call: LiveCall, queue: string, reason: CallbackReason): void {
    if (!call.ani) return;
    const at = this.now();
    this.addCallback(
      {
        id: randomUUID(),
        queue,
        number: call.ani,
        customerId: call.customerId,
        agent: null,
        reason,
        placeAt: call.enteredAt ?? at,
        requestedAt: at,
        status: 'waiting',
        attempts: 0,
        lastCause: null,
        notBefore: new Date(at.getTime() + CALLBACK_SETTLE_MS),
        workItemId: null,
      },
      call.id,
    );
  }

  /** A dropped call (A5): an immediate call-back at the top of the same agent's list. */
  private callbackOnDrop(call: LiveCall, agent: string, at: Date): void {
    if (!call.ani) return;
    this.addCallback(
      {
        id: randomUUID(),
        queue: call.queue ?? 'outbound',
        number: call.ani,
        customerId: call.customerId,
        agent,
        reason: 'dropped',
        placeAt: at,
        requestedAt: at,
        status: 'waiting',
        attempts: 0,
        lastCause: null,
        notBefore: null,
        workItemId: call.dial?.workItemId ?? null,
      },
      call.id,
    );
  }

  private addCallback(callback: PendingCallback, fromCall: LegId): void {
    this.callbacks.set(callback.id, callback);
    const copy = { ...callback };
    // After the call's own writes (the call-back names the stored call), before its own updates.
    const callWritten = this.writes.get(`call:${fromCall}`);
    this.write(`callback:${callback.id}`, async () => {
      await callWritten;
      await this.store.saveCallback?.(copy, fromCall);
    });
    if (callback.notBefore) this.dispatchAt(callback.notBefore);
  }

  private dispatchAt(at: Date): void {
    const cancel = this.timers.after(Math.max(0, at.getTime() - this.now().getTime()), () => {
      this.callbackTimers.delete(cancel);
      this.dispatch();
    });
    this.callbackTimers.add(cancel);
  }

  /** The customer answered the agent's call (a machine is let go): the agent's phone is rung. */
  private dialAnswered(call: LiveCall, machine: boolean): void {
    const dial = call.dial!;
    if (call.status !== 'ringing') return;
    if (machine) {
      void this.port.hangup(call.id, 'machine').catch(() => undefined);
      return;
    }
    this.updateDial(dial.agent, call.id, { status: 'answered' });
    const seat = this.seatOf(dial.agent);
    call.ringing.set(seat.agent, '');
    this.port
      .originate({
        destination: { kind: 'agent', agent: seat.agent },
        timeoutSeconds: this.setup.ringSeconds,
        tag: call.id,
      })
      .then((legId) => {
        if (call.ringing.get(seat.agent) === '') this.bindAgentLeg(seat, call, legId);
      })
      .catch((error) => {
        this.log('warn', 'ringing the agent for his call failed', { agent: seat.agent, error: String(error) });
        call.ringing.delete(seat.agent);
        void this.port.hangup(call.id, 'failed').catch(() => undefined);
      });
  }

  /** The browser's seat takes its own outbound call at once (a simulated colleague answers himself). */
  private answerOwnDial(seat: AgentSeat, call: LiveCall, legId: LegId): void {
    if (!call.dial || seat.simulated) return;
    void this.port
      .answer(legId)
      .catch((error) => this.log('warn', 'answering the own call failed', { error: String(error) }));
  }

  private dialEnded(call: LiveCall, cause: EndCause, at: Date): void {
    const dial = call.dial!;
    const connected = call.status === 'connected';
    for (const cancel of call.cancelTimers) cancel();
    call.cancelTimers = [];
    call.status = 'ended';
    this.recordCall(call.id, [{ type: 'ended', at, cause }]);
    const seat = this.seatOf(dial.agent);
    const agentLeg = call.agentLegId ?? (call.ringing.get(seat.agent) || null);
    call.ringing.clear();
    if (agentLeg) {
      this.agentLegs.delete(agentLeg);
      void this.port.hangup(agentLeg).catch(() => undefined);
    }
    if (seat.legId === agentLeg) seat.legId = null;
    this.updateDial(dial.agent, call.id, {
      status: 'ended',
      endedAt: at,
      cause,
      outcome: outcomeOfDial({ answered: connected, cause }),
    });
    if (dial.callbackId) this.callbackAttempted(dial.callbackId, connected, cause, at);
    if (connected) {
      this.releaseAgent(seat, call, at);
      if (isDroppedCall({ answered: true, cause })) this.callbackOnDrop(call, dial.agent, at);
    } else if (seat.callId === call.id) {
      // Nobody answered: the agent is back to what he was doing, and records the attempt.
      seat.callId = null;
      seat.after = null;
      this.changeState(seat, dial.before.state, dial.before.reason, at);
    }
    this.calls.delete(call.id);
    this.dispatch();
  }

  private callbackAttempted(id: string, connected: boolean, cause: EndCause, at: Date): void {
    const callback = this.callbacks.get(id);
    if (!callback) return;
    Object.assign(callback, afterCallbackAttempt(callback, { connected, cause }, at));
    if (callback.status === 'done' || callback.status === 'failed') this.callbacks.delete(id);
    else if (callback.notBefore) this.dispatchAt(callback.notBefore);
    const copy = { ...callback };
    this.write(`callback:${id}`, async () => this.store.updateCallback?.(copy));
  }

  private updateDial(agent: string, callId: LegId, patch: Partial<DialView>): void {
    const dial = this.dials.get(agent);
    if (dial?.callId === callId) Object.assign(dial, patch);
  }

  // ── Helpers ─────────────────────────────────────────────────────────────────────────

  private changeState(seat: AgentSeat, state: AgentState, reason: string | null, at: Date = this.now()): void {
    if (seat.state === state && seat.reason === reason) return;
    seat.state = state;
    seat.reason = reason;
    seat.since = at;
    this.write(`agent:${seat.agent}`, () => this.store.recordAgentState(seat.agent, state, reason, at));
  }

  private recordCall(externalId: string, events: CallEvent[]): void {
    this.write(`call:${externalId}`, () => this.store.recordCallEvents(externalId, events));
  }

  /** Writes of one call (or one agent) reach the store in order; a failed write is logged, not fatal. */
  private write(key: string, run: () => Promise<void>): void {
    const previous = this.writes.get(key) ?? Promise.resolve();
    const next = previous
      .then(run)
      .catch((error) => this.log('error', 'telephony store write failed', { key, error: String(error) }))
      .finally(() => {
        if (this.writes.get(key) === next) this.writes.delete(key);
      });
    this.writes.set(key, next);
  }

  private async command<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      if (error instanceof AppError) throw error;
      const code = (error as { code?: string }).code;
      if (code === 'leg_not_found' || code === 'leg_state') throw new AppError('call_state');
      throw new AppError('telephony_unavailable');
    }
  }

  private connectedCallOf(agent: string): LiveCall {
    const seat = this.seatOf(agent);
    const call = seat.callId ? this.calls.get(seat.callId) : undefined;
    if (!call || call.status !== 'connected' || call.agent !== agent) throw new AppError('no_call');
    return call;
  }

  private seatOf(agent: string): AgentSeat {
    const seat = this.seats.get(agent);
    if (!seat) throw new AppError('not_found');
    return seat;
  }

  private queueOf(code: string): QueueRule {
    const rule = this.queues.get(code);
    if (!rule) throw new AppError('unknown_queue');
    return rule;
  }

  private now(): Date {
    return this.timers.now();
  }
}
