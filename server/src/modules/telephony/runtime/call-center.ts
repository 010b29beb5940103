// The routing runtime (SPEC T1, T2, A1): listens to the telephony port, queues inbound callers,
// rings agents chosen by the ACD rules, connects, holds, ends, and keeps each agent's state.
// One process runs it; everything it learns goes to the store as call events and agent states.

import { AppError } from '../../../http/errors.ts';
import type { Timers } from '../../../shared/clock.ts';
import { chooseAgents, expectedWaitSeconds, isOpen, queuePosition } from '../domain/acd.ts';
import type { CallEvent } from '../domain/call-events.ts';
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
  type LiveCall,
} from './call-center-state.ts';

export type CallCenterLog = (level: 'info' | 'warn' | 'error', message: string, data?: object) => void;

const KEY_ACCOUNT_PRIORITY = 10;
/** The handling time the expected wait is computed with until the KPI module measures it per queue. */
const AHT_ESTIMATE_SECONDS = 240;
/** How long the closed message plays before the caller is released. */
const CLOSED_MESSAGE_MS = 8_000;

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
  }

  private onAgentLeg(agent: string, event: TelephonyEvent): void {
    const seat = this.seatOf(agent);
    if (seat.legId !== event.legId) {
      if (event.type === 'ended') this.agentLegs.delete(event.legId);
      return;
    }
    const call = seat.callId ? this.calls.get(seat.callId) : undefined;
    if (event.type === 'ringing') {
      if (call?.ringing.get(agent) === event.legId)
        this.recordCall(call.id, [{ type: 'agent_ringing', at: event.at, agent }]);
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
        void this.port.hangup(call.id, event.cause === 'dropped' ? 'dropped' : 'normal').catch(() => undefined);
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
    if (waiting.length === 0) return;
    const candidates = this.candidates();
    if (candidates.length === 0) return;
    for (const call of waiting) {
      const rule = this.queues.get(call.queue ?? '');
      if (!rule) continue;
      const chosen = chooseAgents(rule, candidates, this.memory, this.random);
      if (chosen.length === 0) continue;
      for (const agent of chosen) {
        const candidate = candidates.find((c) => c.agent === agent);
        if (candidate) candidate.state = 'ringing';
        this.ring(call, this.seatOf(agent));
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
    const agentLeg = seat.legId!;
    void (async () => {
      await this.port.unhold(call.id).catch(() => undefined);
      await this.port.connect(agentLeg, call.id);
    })().catch((error) => this.log('warn', 'connecting the call failed', { error: String(error) }));
    this.dispatch();
  }

  private callEnded(call: LiveCall, cause: EndCause, at: Date): void {
    if (call.status === 'ended') return;
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
    }
    this.calls.delete(call.id);
    this.dispatch();
  }

  /** After a call: wrap-up for the queue's time, then available (or the break asked for). */
  private releaseAgent(seat: AgentSeat, call: LiveCall, at: Date): void {
    seat.lastCallEndedAt = at;
    seat.callId = call.id;
    const wrapUp = this.queues.get(call.queue ?? '')?.wrapUpSeconds ?? 0;
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
