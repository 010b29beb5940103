// A campaign day (issue #13, "Stable contract"): N agents logged in for H hours, a list dialed in
// one of the four modes, a discrete-event simulation on the telephony simulator's virtual clock and
// seeded random streams (so a seed gives the same day). The same simulator runs every mode.
//
// The world: a person answers with probability P after a log-normal ring (mean 10 s, like the
// telephony simulator's world); the other calls end without one — no answer at the 26 s ring
// timeout, busy, failed, or an answering machine detected after its greeting — and count as
// attempts. A person who answers and finds no agent within 2 s is abandoned: they hear the
// recorded message and are counted. Agents are on a permanent line (as in VICIdial), so a free
// agent is connected at once. Handling = talk (hold included) + after-call work, log-normal; their
// means add up to the AHT. Occupancy = handling ÷ logged-in time.

import {
  drawMs,
  Random,
  VirtualClock,
  type Distribution,
  type TimerEntry,
  type TimerTarget,
} from '../../telephony/index.ts';
import {
  defaultPredictiveSettings,
  predictiveCalls,
  previewCalls,
  progressiveCalls,
  type CampaignSnapshot,
  type DialerMode,
  type PredictiveSettings,
} from '../domain/pacing.ts';
import { defaultVicidialSettings, VicidialAdaptAverage, type VicidialSettings } from '../domain/vicidial-adapt.ts';
import { drawOutcome, meanOf, ringTimeoutSeconds, type Outcome } from './outbound-world.ts';
import { RunningMoments } from './running-moments.ts';

export interface CampaignDayOptions {
  mode: DialerMode;
  agents: number;
  /** Share of placed calls a person answers (0–1). */
  answerRate: number;
  /** Mean handling time: talk + after-call work, seconds. */
  ahtSeconds: number;
  hours: number;
  seed: number;
  /** An answered call with no agent this long is abandoned. Default 2 s. */
  abandonAfterSeconds?: number;
  /** Talk-time shape. Default log-normal (coefficient of variation 0.75). */
  talk?: 'lognormal' | 'exponential';
  /** After-call work. Default log-normal, mean min(20 s, 20 % of the AHT), sd half the mean. */
  wrapUp?: Distribution;
  /** Preview: seconds an agent reads the card before dialing. Default uniform 5–15 s. */
  previewSeconds?: Distribution;
  predictive?: Partial<PredictiveSettings>;
  vicidial?: Partial<VicidialSettings>;
  /** Called now and then with the virtual time done and the day's length (ms). */
  onProgress?: (doneMs: number, totalMs: number) => void;
}

/** The stable-contract figures (snake_case, as printed) and a few more for the benchmark. */
export interface CampaignDayResult {
  mode: DialerMode;
  agents: number;
  placed: number;
  answered: number;
  abandoned: number;
  abandon_rate: number;
  occupancy: number;
  calls_per_agent_hour: number;
  details: {
    connected: number;
    no_answer: number;
    busy: number;
    failed: number;
    machine: number;
    handling_hours: number;
    logged_in_hours: number;
    timers: number;
  };
}

const enum Kind {
  Resolve,
  AbandonDeadline,
  TalkEnd,
  WrapEnd,
  Tick,
  PreviewEnd,
}

const enum AgentState {
  Ready,
  Preview,
  Dialing,
  Talk,
  Wrap,
}

class Agent {
  state = AgentState.Ready;
  since = 0;
  /** Talk and wrap-up drawn at connect (ms). */
  wrapMs = 0;
  constructor(readonly index: number) {}
}

class Call {
  slot = -1;
  answeredAt = 0;
  deadline: TimerEntry | null = null;
  constructor(
    readonly placedAt: number,
    readonly outcome: Outcome,
    readonly ringMs: number,
    /** Preview: the agent who dialed it and waits for it. */
    readonly agent: Agent | null,
  ) {}
}

const tickMs = 1000;
export function simulateCampaignDay(options: CampaignDayOptions): CampaignDayResult {
  return new CampaignDay(options).run();
}

class CampaignDay implements TimerTarget {
  private readonly clock: VirtualClock;
  private readonly random: Random;
  private readonly start = 0;
  private readonly endMs: number;
  private readonly agents: Agent[];
  /** Ready agents, longest idle first. */
  private readonly ready: Agent[] = [];
  private readonly ringing: Call[] = [];
  /** Answered calls waiting for an agent, oldest first. */
  private readonly waiting: Call[] = [];
  private readonly abandonAfterMs: number;
  private readonly talk: Distribution;
  private readonly wrap: Distribution;
  private readonly previewDist: Distribution;
  private readonly settings: PredictiveSettings;
  private readonly vicidial: VicidialAdaptAverage | null;
  private dialing = true;
  // The day's counters.
  private placed = 0;
  private resolved = 0;
  private answered = 0;
  private abandoned = 0;
  private connected = 0;
  private completedHandles = 0;
  private readonly outcomes = { no_answer: 0, busy: 0, failed: 0, machine: 0 };
  private handlingMs = 0;
  private talkingAgents = 0;
  // What the predictive pacing measures.
  private readonly answerDelay = new RunningMoments();
  private readonly talkTimes = new RunningMoments();
  private readonly wrapTimes = new RunningMoments();
  private readonly earlyEnds = new RunningMoments();
  private measured: CampaignSnapshot['measured'];
  private ticks = 0;

  constructor(private readonly o: CampaignDayOptions) {
    this.clock = new VirtualClock({ start: 0, speed: 'max' });
    this.random = new Random(o.seed, 0x0d1a1e7);
    this.endMs = Math.round(o.hours * 3_600_000);
    this.abandonAfterMs = Math.round((o.abandonAfterSeconds ?? 2) * 1000);
    const wrapMean = o.wrapUp ? meanOf(o.wrapUp) : Math.min(20, o.ahtSeconds * 0.2);
    const talkMean = Math.max(1, o.ahtSeconds - wrapMean);
    this.talk =
      o.talk === 'exponential'
        ? { kind: 'exponential', mean: talkMean, max: talkMean * 20 }
        : { kind: 'lognormal', mean: talkMean, sd: talkMean * 0.75, max: talkMean * 20 };
    this.wrap = o.wrapUp ?? { kind: 'lognormal', mean: wrapMean, sd: wrapMean / 2, max: wrapMean * 9 };
    this.previewDist = o.previewSeconds ?? { kind: 'uniform', min: 5, max: 15 };
    this.settings = {
      ...defaultPredictiveSettings,
      abandonAfterSeconds: o.abandonAfterSeconds ?? 2,
      ...o.predictive,
    };
    this.vicidial =
      o.mode === 'vicidial'
        ? new VicidialAdaptAverage({
            ...defaultVicidialSettings,
            ...o.vicidial,
          })
        : null;
    this.agents = Array.from({ length: o.agents }, (_, i) => new Agent(i));
    this.measured = {
      answerRate: 0,
      answerDelay: { mean: 10, sd: 5 },
      talk: { mean: talkMean, sd: talkMean },
      wrapUp: { mean: wrapMean, sd: wrapMean },
      ringTimeoutSeconds,
    };
  }

  run(): CampaignDayResult {
    for (const agent of this.agents) this.becomeReady(agent);
    this.clock.schedule(0, this, Kind.Tick, null);
    const slice = 15 * 60_000;
    for (let t = slice; t < this.endMs + slice; t += slice) {
      this.clock.runUntil(Math.min(t, this.endMs));
      this.o.onProgress?.(Math.min(t, this.endMs), this.endMs);
    }
    // Calling hours are over: no new calls; the calls in the air are answered or given up.
    this.dialing = false;
    this.clock.runUntil(this.endMs + 120_000);
    for (const agent of this.agents) {
      if (agent.state === AgentState.Talk || agent.state === AgentState.Wrap) this.addHandling(agent.since, this.endMs);
    }
    const agentHours = this.o.agents * this.o.hours;
    const loggedInMs = this.o.agents * this.endMs;
    return {
      mode: this.o.mode,
      agents: this.o.agents,
      placed: this.placed,
      answered: this.answered,
      abandoned: this.abandoned,
      abandon_rate: this.answered > 0 ? this.abandoned / this.answered : 0,
      occupancy: loggedInMs > 0 ? this.handlingMs / loggedInMs : 0,
      calls_per_agent_hour: agentHours > 0 ? this.connected / agentHours : 0,
      details: {
        connected: this.connected,
        ...this.outcomes,
        handling_hours: this.handlingMs / 3_600_000,
        logged_in_hours: loggedInMs / 3_600_000,
        timers: this.clock.firedCount,
      },
    };
  }

  onTimer(entry: TimerEntry): void {
    switch (entry.kind as Kind) {
      case Kind.Resolve:
        this.resolve(entry.subject as Call);
        break;
      case Kind.AbandonDeadline:
        this.abandon(entry.subject as Call);
        break;
      case Kind.TalkEnd:
        this.endTalk(entry.subject as Agent);
        break;
      case Kind.WrapEnd:
        this.endWrap(entry.subject as Agent);
        break;
      case Kind.PreviewEnd:
        this.previewDone(entry.subject as Agent);
        break;
      case Kind.Tick:
        this.tick();
        return;
    }
    if (this.o.mode !== 'predictive') this.pace();
  }

  private now(): number {
    return this.clock.nowMs();
  }

  // ---- pacing

  private tick(): void {
    this.ticks++;
    if (this.ticks % 60 === 0) this.refreshMeasurements();
    if (this.vicidial) {
      this.vicidial.tick(
        { readyAgents: this.ready.length, waitingCalls: this.waiting.length, loggedInAgents: this.o.agents },
        { placed: this.placed, answered: this.answered, dropped: this.abandoned },
      );
    }
    this.pace();
    if (this.dialing) this.clock.schedule(tickMs, this, Kind.Tick, null);
  }

  private pace(): void {
    if (!this.dialing) return;
    switch (this.o.mode) {
      case 'preview':
        // Preview calls are placed by the agents themselves (previewDone).
        for (const agent of [...this.ready]) this.startPreview(agent);
        return;
      case 'progressive':
        this.place(progressiveCalls(this.countsOnly()));
        return;
      case 'vicidial':
        this.place(
          this.vicidial!.callsToPlace({
            readyAgents: this.ready.length,
            talkingAgents: this.talkingAgents,
            callsUp: this.ringing.length + this.waiting.length + this.talkingAgents,
          }),
        );
        return;
      case 'predictive':
        this.place(predictiveCalls(this.snapshot(), this.settings));
        return;
    }
  }

  private countsOnly(): CampaignSnapshot {
    return {
      loggedInAgents: this.o.agents,
      readyAgents: this.ready.length,
      talking: [],
      wrapUp: [],
      ringing: new Array<number>(this.ringing.length),
      waitingAnswered: this.waiting.length,
      previewRequests: 0,
      today: this.today(),
      measured: this.measured,
    };
  }

  private snapshot(): CampaignSnapshot {
    const now = this.now();
    const talking: number[] = [];
    const wrapUp: number[] = [];
    for (const agent of this.agents) {
      if (agent.state === AgentState.Talk) talking.push((now - agent.since) / 1000);
      else if (agent.state === AgentState.Wrap) wrapUp.push((now - agent.since) / 1000);
    }
    const ringing = this.ringing.map((c) => (now - c.placedAt) / 1000);
    return {
      loggedInAgents: this.o.agents,
      readyAgents: this.ready.length,
      talking,
      wrapUp,
      ringing,
      waitingAnswered: this.waiting.length,
      previewRequests: 0,
      today: this.today(),
      measured: this.measured,
    };
  }

  private today() {
    return {
      placed: this.placed,
      answered: this.answered,
      abandoned: this.abandoned,
      completedHandles: this.completedHandles,
    };
  }

  private refreshMeasurements(): void {
    this.measured = {
      answerRate: this.resolved > 0 ? this.answered / this.resolved : 0,
      answerDelay: this.answerDelay.moments({ mean: 10, sd: 5 }),
      talk: this.talkTimes.moments(this.measured.talk),
      wrapUp: this.wrapTimes.moments(this.measured.wrapUp),
      ringTimeoutSeconds,
      unanswered:
        this.earlyEnds.count > 10
          ? {
              timeoutShare: this.outcomes.no_answer / Math.max(1, this.resolved - this.answered),
              earlyMeanSeconds: this.earlyEnds.moments({ mean: 5, sd: 5 }).mean,
            }
          : undefined,
    };
  }

  // ---- calls

  private place(n: number, agent: Agent | null = null): void {
    for (let i = 0; i < n; i++) {
      const call = this.draw(agent);
      call.slot = this.ringing.length;
      this.ringing.push(call);
      this.placed++;
      this.clock.schedule(call.ringMs, this, Kind.Resolve, call);
    }
  }

  private draw(agent: Agent | null): Call {
    const { outcome, ms } = drawOutcome(this.random, this.o.answerRate);
    return new Call(this.now(), outcome, ms, agent);
  }

  private unring(call: Call): void {
    const last = this.ringing.pop()!;
    if (last !== call) {
      this.ringing[call.slot] = last;
      last.slot = call.slot;
    }
    call.slot = -1;
  }

  private resolve(call: Call): void {
    this.unring(call);
    this.resolved++;
    if (call.outcome !== 'answer') {
      this.outcomes[call.outcome]++;
      if (call.outcome !== 'no_answer') this.earlyEnds.add(call.ringMs / 1000);
      if (call.agent) this.becomeReady(call.agent);
      return;
    }
    this.answered++;
    this.answerDelay.add(call.ringMs / 1000);
    call.answeredAt = this.now();
    if (call.agent) {
      this.connect(call.agent);
      return;
    }
    const agent = this.ready.shift();
    if (agent) {
      this.connect(agent);
      return;
    }
    this.waiting.push(call);
    call.deadline = this.clock.schedule(this.abandonAfterMs, this, Kind.AbandonDeadline, call);
  }

  private abandon(call: Call): void {
    const i = this.waiting.indexOf(call);
    if (i < 0) return;
    this.waiting.splice(i, 1);
    // The customer hears the recorded message; no agent is involved.
    this.abandoned++;
  }

  // ---- agents

  private becomeReady(agent: Agent): void {
    agent.state = AgentState.Ready;
    agent.since = this.now();
    const call = this.waiting.shift();
    if (call) {
      this.clock.cancel(call.deadline);
      this.connect(agent);
      return;
    }
    this.ready.push(agent);
    if (this.o.mode === 'predictive' && this.dialing) this.pace();
  }

  private connect(agent: Agent): void {
    agent.state = AgentState.Talk;
    agent.since = this.now();
    this.talkingAgents++;
    this.connected++;
    const talkMs = drawMs(this.random, this.talk);
    agent.wrapMs = drawMs(this.random, this.wrap);
    this.clock.schedule(talkMs, this, Kind.TalkEnd, agent);
  }

  private endTalk(agent: Agent): void {
    const now = this.now();
    this.talkTimes.add((now - agent.since) / 1000);
    this.addHandling(agent.since, now);
    this.talkingAgents--;
    agent.state = AgentState.Wrap;
    agent.since = now;
    this.clock.schedule(agent.wrapMs, this, Kind.WrapEnd, agent);
    // New information for the predictive pacing: this agent will be free after the wrap-up.
    if (this.o.mode === 'predictive' && this.dialing) this.pace();
  }

  private endWrap(agent: Agent): void {
    const now = this.now();
    this.wrapTimes.add((now - agent.since) / 1000);
    this.addHandling(agent.since, now);
    this.completedHandles++;
    this.becomeReady(agent);
  }

  private startPreview(agent: Agent): void {
    const i = this.ready.indexOf(agent);
    if (i >= 0) this.ready.splice(i, 1);
    agent.state = AgentState.Preview;
    agent.since = this.now();
    this.clock.schedule(drawMs(this.random, this.previewDist), this, Kind.PreviewEnd, agent);
  }

  private previewDone(agent: Agent): void {
    if (!this.dialing) {
      agent.state = AgentState.Ready;
      return;
    }
    agent.state = AgentState.Dialing;
    // The domain rule: one call for the agent who asked.
    const n = previewCalls({ ...this.countsOnly(), readyAgents: 1, previewRequests: 1 });
    this.place(n, agent);
  }

  private addHandling(from: number, to: number): void {
    const a = Math.min(from, this.endMs);
    const b = Math.min(to, this.endMs);
    if (b > a) this.handlingMs += b - a;
  }
}
