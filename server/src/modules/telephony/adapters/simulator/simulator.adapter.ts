// The simulator adapter (SPEC T1, issue #12): a deterministic discrete-event call center behind
// the telephony port. Callers arrive on the world's DNIS streams, wait, press IVR keys and give
// up; customers answer (or not) outbound calls; simulated colleagues answer their seats, talk,
// hold and hang up; real agents' seats ring until the browser answers.
//
// Determinism: every leg draws from its own seeded stream (seed, arrival or originate number), and
// every state change happens at a virtual time on one heap; so the same seed and the same
// commands at the same virtual times give the same events. Commands change a leg at once; their
// events are delivered at the same virtual time, after the event being delivered (if any).

import type { Clock } from '../../../../shared/clock.ts';
import { systemClock } from '../../../../shared/clock.ts';
import {
  TelephonyCommandError,
  type Destination,
  type EndCause,
  type LegId,
  type OriginateRequest,
  type Prompt,
  type SnoopMode,
  type TelephonyEvent,
  type TelephonyPort,
} from '../../port.ts';
import { drawMs, Random } from './random.ts';
import { VirtualClock, type Speed, type TimerEntry, type TimerTarget } from './virtual-clock.ts';
import { demoWorld, parseWorld, type InboundStream, type IvrBehaviour, type World, type WorldInput } from './world.ts';

export type SimulatorOptions = {
  /** Same seed + same commands at the same virtual times ⇒ the same events. Default 1. */
  seed?: number;
  /** 1 = real time (demo), 10 = ten times faster, 'max' = only runUntil/runFor move time. Default 1. */
  speed?: Speed;
  /** Virtual time at start. Default: `clock.now()`. */
  start?: Date;
  /** Read once for the default start. Default: the system clock. */
  clock?: Clock;
  /** Default: demoWorld(). */
  world?: WorldInput;
  /** Besides setSimulatedAgents(): agents answered by simulated colleagues. */
  isSimulatedAgent?: (agent: string) => boolean;
  /** Leg ids are `<prefix><n>` (default `L`); give a per-boot prefix when ids must not repeat across restarts. */
  idPrefix?: string;
  /** A listener threw. Default: rethrow (stops runUntil; in real time, an uncaught exception). */
  onListenerError?: (error: unknown, event: TelephonyEvent) => void;
};

type Role = 'caller' | 'customer' | 'agent' | 'supervisor';
type LegState = 'dialing' | 'ringing' | 'up' | 'ended';
type Outcome = 'answer' | 'busy' | 'no_answer' | 'failed' | 'machine';

const outcomes: readonly Outcome[] = ['answer', 'busy', 'no_answer', 'failed', 'machine'];

const enum Kind {
  Arrival,
  Setup,
  RingEnd,
  RingTimeout,
  Patience,
  PromptEnd,
  Digit,
  AgentHold,
  AgentUnhold,
  AgentHangup,
  MachineEnd,
  Drop,
}

class Leg {
  state: LegState;
  held = false;
  peer: Leg | null = null;
  machine = false;
  simulatedAgent = false;
  tag: string | undefined = undefined;
  timeoutMs = 0;
  detectMachine = false;
  outcome: Outcome | null = null;
  // Pending timers (cancelled when the leg's situation changes).
  ring: TimerEntry | null = null;
  ringTimeout: TimerEntry | null = null;
  patience: TimerEntry | null = null;
  prompt: TimerEntry | null = null;
  promptBargeIn = true;
  digit: TimerEntry | null = null;
  /** A key decided for a prompt without barge-in: pressed `digitMs` after the prompt ends. */
  digitAfterPrompt: string | null = null;
  digitMs = 0;
  pendingDigit = '';
  work: TimerEntry | null = null;
  holdMs = 0;
  restMs = 0;
  drop: TimerEntry | null = null;
  machineEnd: TimerEntry | null = null;
  recording: string | null = null;
  recordings = 0;
  snoops: Leg[] | null = null;
  snooping: Leg | null = null;
  /** A blind transfer's new leg: connect to this leg once answered. */
  transferOf: Leg | null = null;
  transferLeg: Leg | null = null;
  endedAt = 0;

  constructor(
    readonly id: LegId,
    readonly role: Role,
    readonly random: Random,
    readonly destination: Destination | null,
    readonly stream: InboundStream | null,
    state: LegState,
  ) {
    this.state = state;
  }
}

class Arrivals {
  count = 0;
  /** The pending timer only crosses an hour boundary (the rate changes there): no caller. */
  boundary = false;
  /** The current local hour's rate and its end (UTC ms); the zone's offset is read once an hour. */
  rate = 0;
  hourEnd = -Infinity;
  constructor(
    readonly index: number,
    readonly stream: InboundStream,
    readonly random: Random,
  ) {}
}

const hourMs = 3_600_000;

export class SimulatorTelephony implements TelephonyPort, TimerTarget {
  readonly name = 'simulator' as const;
  readonly supports = { snoop: true, recording: true, machineDetection: true };
  /** The virtual clock: give it to the routing runtime so both live in the same time. */
  readonly timers: VirtualClock;
  readonly world: World;
  readonly seed: number;

  private readonly listeners: ((event: TelephonyEvent) => void)[] = [];
  private readonly ready: TelephonyEvent[] = [];
  private delivering = false;
  private readonly live = new Map<LegId, Leg>();
  private readonly ended = new Map<LegId, Leg>();
  private readonly endedOrder: Leg[] = [];
  private endedHead = 0;
  private legCount = 0;
  private originated = 0;
  private injected = 0;
  private closed = false;
  private readonly simulatedAgents = new Set<string>();
  private readonly wrapUpRandom = new Map<string, Random>();
  private knownNumbers: readonly string[];
  private readonly outcomeWeights: number[];
  private readonly idPrefix: string;
  private readonly isSimulatedAgentOption: ((agent: string) => boolean) | undefined;
  private readonly onListenerError: ((error: unknown, event: TelephonyEvent) => void) | undefined;
  private readonly hourFormat: Intl.DateTimeFormat;

  constructor(options: SimulatorOptions = {}) {
    this.seed = options.seed ?? 1;
    this.world = parseWorld(options.world ?? demoWorld());
    const start = options.start ?? (options.clock ?? systemClock).now();
    this.timers = new VirtualClock({ start, speed: options.speed ?? 1 });
    this.timers.onSettle = () => this.deliver();
    this.idPrefix = options.idPrefix ?? 'L';
    this.isSimulatedAgentOption = options.isSimulatedAgent;
    this.onListenerError = options.onListenerError;
    this.knownNumbers = this.world.knownNumbers;
    const r = this.world.outbound.results;
    this.outcomeWeights = outcomes.map((o) => r[o]);
    this.hourFormat = new Intl.DateTimeFormat('en-US', {
      timeZone: this.world.timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    this.world.inbound.forEach((stream, i) => this.nextArrival(new Arrivals(i, stream, new Random(this.seed, 0, i))));
  }

  // ---- Driving time (speed 'max') ----

  /** Process every event up to `until` as fast as the CPU allows. Returns the timers fired. */
  runUntil(until: Date | number): number {
    return this.timers.runUntil(until);
  }

  runFor(ms: number): number {
    return this.timers.runFor(ms);
  }

  /** As runUntil, letting async listeners' follow-up commands land at the triggering event's time. */
  runUntilAsync(until: Date | number, options?: { turns?: number }): Promise<number> {
    return this.timers.runUntilAsync(until, options);
  }

  runForAsync(ms: number, options?: { turns?: number }): Promise<number> {
    return this.timers.runForAsync(ms, options);
  }

  now(): Date {
    return this.timers.now();
  }

  // ---- The world, told at run time ----

  /** Replace the set of agents whose seats are answered by simulated colleagues. */
  setSimulatedAgents(agents: Iterable<string>): void {
    this.simulatedAgents.clear();
    for (const a of agents) this.simulatedAgents.add(a);
  }

  isSimulatedAgent(agent: string): boolean {
    return this.simulatedAgents.has(agent) || (this.isSimulatedAgentOption?.(agent) ?? false);
  }

  /**
   * How long a simulated colleague's after-call work lasts (ms), drawn from the world's
   * `agents.wrapUp` on the colleague's own stream: the runtime asks when the colleague's call ends.
   */
  drawWrapUpMs(agent: string): number {
    let random = this.wrapUpRandom.get(agent);
    if (!random) {
      random = new Random(this.seed, 5, hashString(agent));
      this.wrapUpRandom.set(agent, random);
    }
    return drawMs(random, this.world.agents.wrapUp);
  }

  /** Replace the customers' numbers callers may call from (e.g. loaded from the database after start). */
  setKnownNumbers(numbers: readonly string[]): void {
    this.knownNumbers = [...numbers];
  }

  /**
   * A caller dials `dnis` now (a demo's "call me" button, a runtime's test): the same caller as an
   * arrival of that stream (patience, IVR), from `ani` or a number drawn as arrivals draw theirs.
   */
  arrive(dnis: string, options: { ani?: string } = {}): LegId {
    this.open();
    const index = this.world.inbound.findIndex((s) => s.dnis === dnis);
    if (index < 0) throw new RangeError(`no inbound stream for DNIS ${dnis} in the simulated world`);
    this.injected++;
    return this.caller(this.world.inbound[index]!, new Random(this.seed, 4, this.injected), options.ani).id;
  }

  // ---- The port ----

  onEvent(listener: (event: TelephonyEvent) => void): () => void {
    this.listeners.push(listener);
    return () => {
      const i = this.listeners.indexOf(listener);
      if (i >= 0) this.listeners.splice(i, 1);
    };
  }

  async originate(request: OriginateRequest): Promise<LegId> {
    this.open();
    return this.place(request.destination, request, null).id;
  }

  async answer(legId: LegId): Promise<void> {
    const leg = this.get(legId);
    const answerable = leg.state === 'ringing' && (leg.role === 'caller' || leg.role === 'agent');
    if (!answerable) throw refused(leg, 'answer');
    this.pickUp(leg, false);
  }

  async hold(legId: LegId): Promise<void> {
    const leg = this.get(legId);
    if (leg.state !== 'up' || leg.held) throw refused(leg, 'hold');
    this.setHeld(leg, true);
  }

  async unhold(legId: LegId): Promise<void> {
    const leg = this.get(legId);
    if (leg.state !== 'up' || !leg.held) throw refused(leg, 'unhold');
    this.setHeld(leg, false);
  }

  async connect(legId: LegId, otherLegId: LegId): Promise<void> {
    const a = this.get(legId);
    const b = this.get(otherLegId);
    if (a.state !== 'up') throw refused(a, 'connect');
    if (b.state !== 'up') throw refused(b, 'connect');
    if (a === b || a.peer === b) throw refused(a, a === b ? 'connect to itself' : 'connect twice');
    if (a.snooping || b.snooping) throw refused(a.snooping ? a : b, 'connect a snoop');
    this.bridge(a, b);
  }

  async detach(legId: LegId): Promise<void> {
    const leg = this.get(legId);
    if (leg.state !== 'up' || !leg.peer) throw refused(leg, 'detach');
    this.unbridge(leg);
    if (!leg.held) this.setHeld(leg, true);
  }

  async transfer(legId: LegId, to: Destination, mode: 'blind' | 'attended', consultLegId?: LegId): Promise<void> {
    const leg = this.get(legId);
    if (leg.state !== 'up' || leg.snooping || leg.transferLeg) throw refused(leg, `${mode} transfer`);
    if (mode === 'blind') {
      this.blindTransfer(leg, to);
      return;
    }
    if (consultLegId === undefined) {
      throw new TelephonyCommandError('leg_state', 'an attended transfer needs the consultation leg');
    }
    const consult = this.get(consultLegId);
    if (consult === leg || consult.state !== 'up' || !consult.peer) throw refused(consult, 'consult (not connected)');
    this.attendedTransfer(leg, to, consult);
  }

  async hangup(legId: LegId, cause: EndCause = 'normal'): Promise<void> {
    const leg = this.get(legId);
    if (leg.state === 'ended') throw refused(leg, 'hangup');
    this.endPair(leg, cause, 'normal');
  }

  async play(legId: LegId, prompt: Prompt, options?: { bargeIn?: boolean }): Promise<void> {
    const leg = this.get(legId);
    if (leg.state !== 'up') throw refused(leg, 'play');
    this.startPrompt(leg, prompt, options?.bargeIn ?? true);
  }

  async startRecording(legId: LegId): Promise<string> {
    const leg = this.get(legId);
    if (leg.state !== 'up' || leg.recording) throw refused(leg, 'start recording');
    leg.recordings++;
    leg.recording = `sim-${leg.id}-${leg.recordings}`;
    this.emit({ type: 'recording', legId: leg.id, at: this.at(), name: leg.recording, state: 'started' });
    return leg.recording;
  }

  async stopRecording(legId: LegId): Promise<void> {
    const leg = this.get(legId);
    if (leg.state !== 'up' || !leg.recording) throw refused(leg, 'stop recording');
    this.emitRecordingStopped(leg);
  }

  async snoop(legId: LegId, supervisor: string, _mode: SnoopMode): Promise<LegId> {
    const target = this.get(legId);
    if (target.state !== 'up' || target.snooping) throw refused(target, 'snoop');
    const leg = this.newLeg('supervisor', new Random(this.seed, 3, this.legCount + 1), {
      destination: { kind: 'agent', agent: supervisor },
      state: 'up',
    });
    leg.snooping = target;
    (target.snoops ??= []).push(leg);
    this.emit({ type: 'answered', legId: leg.id, at: this.at() });
    return leg.id;
  }

  async liveLegs(): Promise<LegId[]> {
    return this.closed ? [] : [...this.live.keys()];
  }

  async close(): Promise<void> {
    this.closed = true;
    this.timers.stop();
    this.ready.length = 0;
    this.live.clear();
    this.ended.clear();
    this.endedOrder.length = 0;
    this.endedHead = 0;
  }

  // ---- Timers ----

  onTimer(entry: TimerEntry): void {
    if (entry.kind === Kind.Arrival) {
      const arrivals = entry.subject as Arrivals;
      if (!arrivals.boundary) this.arrivalOf(arrivals);
      this.nextArrival(arrivals);
      return;
    }
    const leg = entry.subject as Leg;
    if (leg.state === 'ended') return;
    switch (entry.kind) {
      case Kind.Setup:
        return this.ringing(leg);
      case Kind.RingEnd:
        leg.ring = null;
        return this.ringEnded(leg);
      case Kind.RingTimeout:
        leg.ringTimeout = null;
        return this.endPair(leg, 'no_answer', 'normal');
      case Kind.Patience:
        leg.patience = null;
        if (!leg.peer) this.endPair(leg, 'abandoned', 'normal');
        return;
      case Kind.PromptEnd:
        return this.promptEnded(leg);
      case Kind.Digit:
        leg.digit = null;
        return this.pressDigit(leg);
      case Kind.AgentHold:
        return this.agentHolds(leg);
      case Kind.AgentUnhold:
        return this.agentUnholds(leg);
      case Kind.AgentHangup:
        leg.work = null;
        return this.endPair(leg, 'normal', 'normal');
      case Kind.MachineEnd:
        leg.machineEnd = null;
        return this.endPair(leg, 'normal', 'normal');
      case Kind.Drop:
        if (leg.peer && leg.drop === entry) this.endPair(leg, 'dropped', 'dropped');
        return;
    }
  }

  // ---- Inbound ----

  private nextArrival(arrivals: Arrivals): void {
    const t = this.timers.nowMs();
    if (t >= arrivals.hourEnd) {
      const offset = this.zoneOffsetMs(t);
      const localHours = Math.floor((t + offset) / hourMs);
      arrivals.rate = arrivals.stream.callsPerHour[((localHours % 24) + 24) % 24]!;
      arrivals.hourEnd = (localHours + 1) * hourMs - offset;
    }
    const { rate, hourEnd: boundary } = arrivals;
    // Memoryless: a gap that crosses the hour is redrawn at the boundary with the next hour's rate.
    const gap = rate > 0 ? arrivals.random.exponential(hourMs / rate) : Infinity;
    arrivals.boundary = t + gap >= boundary;
    this.timers.schedule(arrivals.boundary ? boundary - t : gap, this, Kind.Arrival, arrivals);
  }

  private arrivalOf(arrivals: Arrivals): void {
    arrivals.count++;
    this.caller(arrivals.stream, new Random(this.seed, 1, arrivals.index, arrivals.count), undefined);
  }

  private caller(stream: InboundStream, random: Random, givenAni: string | undefined): Leg {
    const known = this.knownNumbers;
    const ani =
      givenAni ??
      (known.length > 0 && random.chance(stream.knownCallerShare)
        ? known[random.int(known.length)]!
        : `+9665${String(random.int(100_000_000)).padStart(8, '0')}`);
    const leg = this.newLeg('caller', random, { stream, state: 'ringing' });
    this.emit({ type: 'offered', legId: leg.id, at: this.at(), direction: 'inbound', ani, dnis: stream.dnis });
    leg.patience = this.timers.schedule(drawMs(random, stream.patience), this, Kind.Patience, leg);
    return leg;
  }

  // ---- Outbound and seats ----

  private place(destination: Destination, request: Omit<OriginateRequest, 'destination'>, transferOf: Leg | null) {
    this.originated++;
    const role: Role = destination.kind === 'agent' ? 'agent' : 'customer';
    const leg = this.newLeg(role, new Random(this.seed, 2, this.originated), { destination, state: 'dialing' });
    leg.tag = request.tag;
    leg.timeoutMs = request.timeoutSeconds !== undefined ? Math.max(0, request.timeoutSeconds * 1000) : 0;
    leg.detectMachine = request.detectMachine ?? false;
    leg.transferOf = transferOf;
    if (destination.kind === 'agent') leg.simulatedAgent = this.isSimulatedAgent(destination.agent);
    this.timers.schedule(this.world.setupMs, this, Kind.Setup, leg);
    return leg;
  }

  private ringing(leg: Leg): void {
    leg.state = 'ringing';
    const event: TelephonyEvent = { type: 'ringing', legId: leg.id, at: this.at(), destination: leg.destination! };
    if (leg.tag !== undefined) event.tag = leg.tag;
    this.emit(event);
    if (leg.timeoutMs > 0) leg.ringTimeout = this.timers.schedule(leg.timeoutMs, this, Kind.RingTimeout, leg);
    const random = leg.random;
    const destination = leg.destination!;
    if (destination.kind === 'agent') {
      if (leg.simulatedAgent && !random.chance(this.world.agents.missProbability)) {
        leg.ring = this.timers.schedule(drawMs(random, this.world.agents.ringDelay), this, Kind.RingEnd, leg);
      }
      return;
    }
    const o = this.world.outbound;
    const outcome: Outcome = /^\+[1-9]\d{6,14}$/.test(destination.number)
      ? outcomes[random.weighted(this.outcomeWeights)]!
      : 'failed';
    leg.outcome = outcome;
    const ring = {
      answer: o.answerRing,
      busy: o.busyAfter,
      no_answer: o.noAnswerRing,
      failed: o.failedAfter,
      machine: o.machineRing,
    };
    leg.ring = this.timers.schedule(drawMs(random, ring[outcome]), this, Kind.RingEnd, leg);
  }

  private ringEnded(leg: Leg): void {
    switch (leg.role === 'agent' ? 'answer' : leg.outcome) {
      case 'answer':
        return this.pickUp(leg, false);
      case 'machine':
        return this.pickUp(leg, true);
      case 'busy':
        return this.endPair(leg, 'busy', 'normal');
      case 'no_answer':
        return this.endPair(leg, 'no_answer', 'normal');
      default:
        return this.endPair(leg, 'failed', 'normal');
    }
  }

  /** The leg is answered: by a command (inbound, a real seat), a simulated colleague, a customer or a machine. */
  private pickUp(leg: Leg, machine: boolean): void {
    leg.state = 'up';
    leg.ring = cancel(this, leg.ring);
    leg.ringTimeout = cancel(this, leg.ringTimeout);
    const event: TelephonyEvent = { type: 'answered', legId: leg.id, at: this.at() };
    if (machine) {
      leg.machine = true;
      if (leg.detectMachine) event.machine = true;
      leg.machineEnd = this.timers.schedule(
        drawMs(leg.random, this.world.outbound.machineMessage),
        this,
        Kind.MachineEnd,
        leg,
      );
    }
    this.emit(event);
    const waiting = leg.transferOf;
    if (waiting) {
      leg.transferOf = null;
      waiting.transferLeg = null;
      if (waiting.state === 'up') this.bridge(waiting, leg);
      return;
    }
    if (leg.role === 'customer' && !machine) this.armPatience(leg);
  }

  // ---- Connected pairs ----

  private bridge(a: Leg, b: Leg): void {
    for (const [x, other] of [
      [a, b],
      [b, a],
    ] as const) {
      const previous = x.peer;
      if (previous && previous !== other) {
        this.unbridge(x);
        this.armPatience(previous);
      }
    }
    a.peer = b;
    b.peer = a;
    const at = this.at();
    for (const x of [a, b]) {
      x.patience = cancel(this, x.patience);
      if (x.held) {
        x.held = false;
        this.emit({ type: 'unheld', legId: x.id, at });
      }
    }
    this.emit({ type: 'connected', legId: a.id, at, otherLegId: b.id });
    this.emit({ type: 'connected', legId: b.id, at, otherLegId: a.id });
    const customer = a.role === 'agent' ? b : a;
    const { dropProbability, dropAfter } = this.world.connected;
    if (customer.random.chance(dropProbability)) {
      const entry = this.timers.schedule(drawMs(customer.random, dropAfter), this, Kind.Drop, a);
      a.drop = entry;
      b.drop = entry;
    }
    if (a.simulatedAgent) this.planTalk(a, b);
    if (b.simulatedAgent) this.planTalk(b, a);
  }

  /** Take a leg out of its pair, leaving both up. */
  private unbridge(x: Leg): void {
    const peer = x.peer;
    if (!peer) return;
    x.peer = null;
    peer.peer = null;
    for (const l of [x, peer]) {
      l.drop = cancel(this, l.drop);
      if (l.simulatedAgent) l.work = cancel(this, l.work);
    }
  }

  private planTalk(agent: Leg, other: Leg): void {
    const a = this.world.agents;
    const random = agent.random;
    const talk = drawMs(random, a.handleTime);
    agent.work = cancel(this, agent.work);
    if (other.role !== 'agent' && random.chance(a.holdProbability)) {
      const holdAt = Math.round(talk * (0.2 + 0.6 * random.next()));
      agent.holdMs = drawMs(random, a.holdDuration);
      agent.restMs = talk - holdAt;
      agent.work = this.timers.schedule(holdAt, this, Kind.AgentHold, agent);
    } else {
      agent.work = this.timers.schedule(talk, this, Kind.AgentHangup, agent);
    }
  }

  private agentHolds(agent: Leg): void {
    const customer = agent.peer;
    if (customer && !customer.held) this.setHeld(customer, true);
    agent.work = this.timers.schedule(agent.holdMs, this, Kind.AgentUnhold, agent);
  }

  private agentUnholds(agent: Leg): void {
    const customer = agent.peer;
    if (customer && customer.held) this.setHeld(customer, false);
    agent.work = this.timers.schedule(agent.restMs, this, Kind.AgentHangup, agent);
  }

  private setHeld(leg: Leg, held: boolean): void {
    leg.held = held;
    this.emit({ type: held ? 'held' : 'unheld', legId: leg.id, at: this.at() });
  }

  /** A waiting caller or an answered customer alone gives up after their patience. */
  private armPatience(leg: Leg): void {
    if (leg.state !== 'up' || leg.peer || leg.machine || leg.patience) return;
    const patience =
      leg.role === 'caller'
        ? leg.stream!.patience
        : leg.role === 'customer'
          ? this.world.outbound.answeredPatience
          : null;
    if (patience) leg.patience = this.timers.schedule(drawMs(leg.random, patience), this, Kind.Patience, leg);
  }

  // ---- Transfers ----

  private blindTransfer(leg: Leg, to: Destination): void {
    const released = leg.peer;
    this.unbridge(leg);
    this.emit({ type: 'transferred', legId: leg.id, at: this.at(), to, mode: 'blind' });
    if (released) this.endPair(released, 'normal', 'normal');
    leg.transferLeg = this.place(
      to,
      { tag: `transfer:${leg.id}`, timeoutSeconds: this.world.transferTimeoutSeconds },
      leg,
    );
    this.armPatience(leg);
  }

  private attendedTransfer(leg: Leg, to: Destination, consult: Leg): void {
    const released = [consult.peer, leg.peer].filter((l): l is Leg => l !== null && l !== leg && l !== consult);
    this.unbridge(leg);
    this.unbridge(consult);
    this.emit({ type: 'transferred', legId: leg.id, at: this.at(), to, mode: 'attended', consultLegId: consult.id });
    for (const l of released) if (l.state !== 'ended') this.endPair(l, 'normal', 'normal');
    this.bridge(leg, consult);
  }

  // ---- Prompts and keys ----

  private startPrompt(leg: Leg, prompt: Prompt, bargeIn: boolean): void {
    if (leg.prompt) this.stopPrompt(leg, true);
    leg.digit = cancel(this, leg.digit);
    leg.digitAfterPrompt = null;
    const p = this.world.prompts;
    const ms = prompt.text !== undefined ? prompt.text.length * p.msPerCharacter : p.mediaMs;
    leg.prompt = this.timers.schedule(ms, this, Kind.PromptEnd, leg);
    leg.promptBargeIn = bargeIn;
    if ((leg.role !== 'caller' && leg.role !== 'customer') || leg.machine || leg.peer) return;
    const ivr: IvrBehaviour = leg.stream?.ivr ?? this.world.ivr;
    const weights = ivr.byPrompt[prompt.media ?? prompt.text ?? ''] ?? ivr.digits;
    const keys = Object.keys(weights);
    const key = keys[leg.random.weighted(keys.map((k) => weights[k]!))]!;
    if (key === 'none') return;
    const think = drawMs(leg.random, ivr.thinkTime);
    if (bargeIn) {
      leg.pendingDigit = key;
      leg.digit = this.timers.schedule(think, this, Kind.Digit, leg);
    } else {
      leg.digitAfterPrompt = key;
      leg.digitMs = think;
    }
  }

  private promptEnded(leg: Leg): void {
    leg.prompt = null;
    this.emit({ type: 'played', legId: leg.id, at: this.at(), interrupted: false });
    if (leg.digitAfterPrompt !== null) {
      leg.pendingDigit = leg.digitAfterPrompt;
      leg.digitAfterPrompt = null;
      leg.digit = this.timers.schedule(leg.digitMs, this, Kind.Digit, leg);
    }
  }

  private stopPrompt(leg: Leg, interrupted: boolean): void {
    leg.prompt = cancel(this, leg.prompt);
    this.emit({ type: 'played', legId: leg.id, at: this.at(), interrupted });
  }

  private pressDigit(leg: Leg): void {
    this.emit({ type: 'dtmf', legId: leg.id, at: this.at(), digit: leg.pendingDigit });
    if (leg.prompt && leg.promptBargeIn) this.stopPrompt(leg, true);
  }

  // ---- Ending ----

  /** End a leg with `cause`, and the leg it talks to with `peerCause`. */
  private endPair(leg: Leg, cause: EndCause, peerCause: EndCause): void {
    const peer = leg.peer;
    this.unbridge(leg);
    this.end(leg, cause);
    if (peer) this.end(peer, peerCause);
  }

  private end(leg: Leg, cause: EndCause): void {
    if (leg.state === 'ended') return;
    leg.state = 'ended';
    for (const entry of [leg.ring, leg.ringTimeout, leg.patience, leg.prompt, leg.digit, leg.work, leg.machineEnd]) {
      this.timers.cancel(entry);
    }
    leg.ring = leg.ringTimeout = leg.patience = leg.prompt = leg.digit = leg.work = leg.machineEnd = null;
    if (leg.recording) this.emitRecordingStopped(leg);
    this.unbridge(leg);
    if (leg.snooping) {
      const list = leg.snooping.snoops;
      if (list) list.splice(list.indexOf(leg), 1);
      leg.snooping = null;
    }
    const at = this.at();
    this.emit({ type: 'ended', legId: leg.id, at, cause });
    if (leg.snoops) for (const s of leg.snoops.splice(0)) this.end(s, 'normal');
    const transferLeg = leg.transferLeg;
    if (transferLeg) {
      leg.transferLeg = null;
      transferLeg.transferOf = null;
      this.endPair(transferLeg, 'normal', 'normal');
    }
    if (leg.transferOf) {
      leg.transferOf.transferLeg = null;
      leg.transferOf = null;
    }
    this.live.delete(leg.id);
    leg.endedAt = at.getTime();
    this.ended.set(leg.id, leg);
    this.endedOrder.push(leg);
    this.forgetOldLegs(leg.endedAt);
  }

  private emitRecordingStopped(leg: Leg): void {
    this.emit({ type: 'recording', legId: leg.id, at: this.at(), name: leg.recording!, state: 'stopped' });
    leg.recording = null;
  }

  private forgetOldLegs(now: number): void {
    const horizon = now - this.world.endedRetentionSeconds * 1000;
    const order = this.endedOrder;
    while (this.endedHead < order.length && order[this.endedHead]!.endedAt < horizon) {
      this.ended.delete(order[this.endedHead]!.id);
      this.endedHead++;
    }
    if (this.endedHead > 1024 && this.endedHead * 2 > order.length) {
      order.splice(0, this.endedHead);
      this.endedHead = 0;
    }
  }

  // ---- Plumbing ----

  private newLeg(
    role: Role,
    random: Random,
    init: { destination?: Destination; stream?: InboundStream; state: LegState },
  ): Leg {
    const leg = new Leg(
      `${this.idPrefix}${++this.legCount}`,
      role,
      random,
      init.destination ?? null,
      init.stream ?? null,
      init.state,
    );
    this.live.set(leg.id, leg);
    return leg;
  }

  private get(legId: LegId): Leg {
    this.open();
    const leg = this.live.get(legId) ?? this.ended.get(legId);
    if (!leg) throw new TelephonyCommandError('leg_not_found', `no leg ${legId}`);
    return leg;
  }

  private open(): void {
    if (this.closed) throw new TelephonyCommandError('switch_unavailable', 'the simulator is closed');
  }

  private at(): Date {
    return new Date(this.timers.nowMs());
  }

  private emit(event: TelephonyEvent): void {
    this.ready.push(event);
    if (!this.delivering) this.timers.poke();
  }

  /** Deliver what is ready, in order; events made by listeners meanwhile follow. */
  private deliver(): number {
    if (this.delivering) return 0;
    this.delivering = true;
    const ready = this.ready;
    let i = 0;
    try {
      for (; i < ready.length; i++) {
        const event = ready[i]!;
        for (const listener of this.listeners) {
          try {
            listener(event);
          } catch (error) {
            if (!this.onListenerError) throw error;
            this.onListenerError(error, event);
          }
        }
      }
    } finally {
      const delivered = Math.min(i + 1, ready.length);
      ready.splice(0, delivered);
      this.delivering = false;
    }
    return i;
  }

  /** Milliseconds to add to UTC for local time in the world's zone at `t`. */
  private zoneOffsetMs(t: number): number {
    const parts = this.hourFormat.formatToParts(new Date(t));
    const n = (type: string) => Number(parts.find((p) => p.type === type)!.value);
    const local = Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'), n('second'));
    return local - (t - (((t % 1000) + 1000) % 1000));
  }
}

/** FNV-1a: a stable stream number for a name. */
function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function cancel(sim: SimulatorTelephony, entry: TimerEntry | null): null {
  sim.timers.cancel(entry);
  return null;
}

function refused(leg: Leg, what: string): TelephonyCommandError {
  return new TelephonyCommandError('leg_state', `cannot ${what}: leg ${leg.id} is ${leg.held ? 'held' : leg.state}`);
}
