// Outbound pacing (SPEC T3, issue #13 part 5): how many calls to place now for one campaign, given
// what its agents and lines are doing. Pure: the live runtime and the campaign-day simulation both
// build a CampaignSnapshot and ask `callsToPlace`.
//
// - preview     (معاينة): the agent sees the customer's card, then dials: one call per agent who
//               asked for it, never more.
// - progressive (تتابعي): a call is placed when an agent is ready and none is already ringing for
//               them: ringing + answered-waiting never exceed ready agents, so nobody is abandoned.
// - predictive  (تنبؤي): an abandon-budget controller. It dials ahead for agents who will be free
//               by the time the new calls are answered (agents in wrap-up and talk, weighted by
//               the chance they finish in time given how long they have been at it), and keeps
//               the expected number of answered-without-agent calls within the day's remaining
//               budget of 3 % of answered calls. Below 50 answered calls or 30 completed handles
//               the measurements are too thin and it dials progressively.
// - vicidial    : VICIdial's ADAPT_AVERAGE, the anchor; see vicidial-adapt.ts (it keeps state).

import { overflowOf, releaseScratch, type WindowTerms } from './overflow.ts';
import { cdfTableOf, lognormalOf, type Moments } from './probability.ts';

export const dialerModes = ['preview', 'progressive', 'predictive', 'vicidial'] as const;
export type DialerMode = (typeof dialerModes)[number];

/** A campaign at one moment: what the pacing may know. Durations in seconds. */
export interface CampaignSnapshot {
  /** Agents logged in to the campaign (not paused). */
  loggedInAgents: number;
  /** Agents idle and free to take a call now (not reserved for a preview call). */
  readyAgents: number;
  /** For each agent on a call: seconds since the customer was connected (talk + hold so far). */
  talking: readonly number[];
  /** For each agent in after-call work: seconds since the call ended. */
  wrapUp: readonly number[];
  /** For each placed call not yet answered, failed or given up: seconds since it was placed. */
  ringing: readonly number[];
  /** Calls a person answered that wait for an agent (inside the abandon threshold). */
  waitingAnswered: number;
  /** Preview only: agents who asked for their next call after reading the card. */
  previewRequests: number;
  /** The campaign's day so far. */
  today: DayCounters;
  /** Measured over the day (or a recent window): what the prediction rests on. */
  measured: Measurements;
}

export interface DayCounters {
  placed: number;
  /** Calls a person answered (machines and busy lines are attempts, not answers). */
  answered: number;
  /** Answered calls with no agent within the threshold: they heard the recorded message. */
  abandoned: number;
  /** Calls whose handling (talk + wrap-up) is over. */
  completedHandles: number;
}

export interface Measurements {
  /** Answered by a person ÷ calls whose outcome is known. */
  answerRate: number;
  /** From placing a call to a person answering it. */
  answerDelay: Moments;
  /** Talk (with hold) per connected call. */
  talk: Moments;
  /** After-call work per connected call. */
  wrapUp: Moments;
  /** A call that nobody answered is given up after this long. */
  ringTimeoutSeconds: number;
  /**
   * Of the calls no person answers, the share that ring until the timeout, and the mean length of
   * the others (busy, failed, machines). Unknown: they are taken as ending evenly until the timeout.
   */
  unanswered?: { timeoutShare: number; earlyMeanSeconds: number };
}

export interface PredictiveSettings {
  /** The cap: abandoned ÷ answered per campaign per day (T3: 3 %). */
  abandonCap: number;
  /** The day's abandon rate the controller steers to (below the cap: a margin for chance). */
  planningRate: number;
  /** A call is placed while its own chance of being abandoned stays under this (at the planning rate). */
  marginalAbandon: number;
  /** An answered call waits this long for an agent before it is abandoned. */
  abandonAfterSeconds: number;
  /** The windows (seconds from now) in which answers and freed agents are compared. */
  horizons: readonly number[];
  /** Never more calls ringing than this many per logged-in agent. */
  maxLinesPerAgent: number;
  /** Thin data: below these the controller dials progressively. */
  minAnswered: number;
  minCompletedHandles: number;
}

export const defaultPredictiveSettings: PredictiveSettings = {
  abandonCap: 0.03,
  planningRate: 0.025,
  marginalAbandon: 0.02,
  abandonAfterSeconds: 2,
  horizons: [2, 4, 7, 10, 14, 20],
  maxLinesPerAgent: 4,
  minAnswered: 50,
  minCompletedHandles: 30,
};

/**
 * Measurements from the few figures a campaign screen shows — answer rate, AHT and, when known,
 * the after-call work — for a runtime that does not track each distribution yet: talk = AHT −
 * after-call work with a coefficient of variation of 0.75, after-call work with half its mean,
 * a person answering after 10 ± 5 s, lines given up after 26 s.
 */
export function measurementsFrom(figures: {
  answerRate: number;
  ahtSeconds: number;
  wrapUpSeconds?: number;
  ringTimeoutSeconds?: number;
}): Measurements {
  const wrap = figures.wrapUpSeconds ?? Math.min(20, figures.ahtSeconds * 0.2);
  const talk = Math.max(1, figures.ahtSeconds - wrap);
  return {
    answerRate: figures.answerRate,
    answerDelay: { mean: 10, sd: 5 },
    talk: { mean: talk, sd: talk * 0.75 },
    wrapUp: { mean: Math.max(wrap, 0.1), sd: Math.max(wrap, 0.1) / 2 },
    ringTimeoutSeconds: figures.ringTimeoutSeconds ?? 26,
  };
}

/** Preview: one call per agent who asked, on request only. */
export function previewCalls(s: CampaignSnapshot): number {
  return Math.max(0, Math.min(s.previewRequests, s.readyAgents));
}

/** Progressive: one call per ready agent that has no call ringing or waiting for them yet. */
export function progressiveCalls(s: CampaignSnapshot): number {
  return Math.max(0, s.readyAgents - s.ringing.length - s.waitingAnswered);
}

/** True while the day's measurements are too thin to predict from. */
export function isThin(s: CampaignSnapshot, settings: PredictiveSettings = defaultPredictiveSettings): boolean {
  return s.today.answered < settings.minAnswered || s.today.completedHandles < settings.minCompletedHandles;
}

/**
 * The windows of the prediction: for each horizon h, of the calls ringing and of one new call the
 * chance a person answers within h seconds; of the busy agents the chance each is free within
 * h + the abandon threshold.
 */
function windowsOf(s: CampaignSnapshot, settings: PredictiveSettings): WindowTerms[] {
  const m = s.measured;
  const p = Math.min(1, Math.max(0, m.answerRate));
  const delay = cdfTableOf(m.answerDelay);
  const talk = cdfTableOf(m.talk);
  const wrap = cdfTableOf(m.wrapUp);
  const timeout = Math.max(1, m.ringTimeoutSeconds);
  const wrapLn = lognormalOf(m.wrapUp);
  const wrapPoints = [-0.8416, 0, 0.8416].map((z) => Math.exp(wrapLn.mu + z * wrapLn.sigma));
  // Per ringing call, once: answered-so-far share and the chance it is still a person's call.
  const ringing = s.ringing.map((e) => {
    const before = delay.cdf(e);
    // Still ringing after e seconds: a person who has not answered yet, or a line that will end
    // without one (no answer at the timeout, busy, machine), taken as ending evenly until then.
    const personLeft = p * (1 - before);
    const otherLeft = (1 - p) * Math.max(0.02, unansweredLeft(e, timeout, m.unanswered));
    return { e, before, weight: p / Math.max(1e-9, personLeft + otherLeft) };
  });
  return settings.horizons.map((h) => {
    const answerChances = ringing.map((r) => Math.min(1, r.weight * (delay.cdf(r.e + h) - r.before)));
    const within = h + settings.abandonAfterSeconds;
    const agentChances: number[] = [];
    for (const w of s.wrapUp) agentChances.push(wrap.endsWithin(w, within));
    // Talk left, then the wrap-up (at its 20th, 50th and 80th percentiles).
    for (const t of s.talking) {
      let f = 0;
      for (const w of wrapPoints) f += talk.endsWithin(t, within - w);
      agentChances.push(f / wrapPoints.length);
    }
    return {
      certainAnswers: s.waitingAnswered,
      answerChances,
      certainAgents: s.readyAgents,
      agentChances,
      perNewCall: p * delay.cdf(h),
    };
  });
}

/** The share of unanswered lines still ringing after e seconds. */
function unansweredLeft(e: number, timeout: number, u: Measurements['unanswered']): number {
  if (e >= timeout) return 0;
  if (!u) return 1 - e / timeout;
  return u.timeoutShare + (1 - u.timeoutShare) * Math.exp(-e / Math.max(0.1, u.earlyMeanSeconds));
}

/**
 * Predictive: place calls one by one while the next call's own chance of being abandoned — the
 * expected overflow it adds in the worst window, over its chance of being answered — stays under
 * the threshold. A constant marginal threshold is the cheapest way to spend an abandon budget
 * (each call is placed when it is likely to find an agent, whatever was placed before it); the
 * threshold follows the day's budget (budgetFactor). Never fewer than progressive would place.
 */
export function predictiveCalls(s: CampaignSnapshot, settings: PredictiveSettings = defaultPredictiveSettings): number {
  const floor = progressiveCalls(s);
  if (isThin(s, settings) || s.measured.answerRate <= 0) return floor;
  const cap = Math.max(0, Math.ceil(s.loggedInAgents * settings.maxLinesPerAgent) - s.ringing.length);
  if (cap <= floor) return floor;
  const windows = windowsOf(s, settings);
  const p = s.measured.answerRate;
  const threshold = settings.marginalAbandon * budgetFactor(s.today, settings);
  if (threshold <= 0) return floor;
  releaseScratch();
  const overflows = windows.map(overflowOf);
  const previous = overflows.map((o) => o.at(floor));
  let n = floor;
  while (n < cap) {
    let worst = 0;
    for (let i = 0; i < overflows.length; i++) {
      const next = overflows[i]!.at(n + 1);
      worst = Math.max(worst, next - previous[i]!);
      previous[i] = next;
    }
    if (worst / p > threshold) break;
    n++;
  }
  return n;
}

/**
 * How much of the marginal threshold the day still allows: 1 while the day's abandons are at the
 * planning rate, less as they near the cap (0 at the cap), up to 1.5 while well under it.
 */
export function budgetFactor(today: DayCounters, settings: PredictiveSettings = defaultPredictiveSettings): number {
  const answered = Math.max(today.answered, 1);
  const rate = today.abandoned / answered;
  const cap = settings.abandonCap;
  const plan = settings.planningRate;
  if (rate >= cap) return 0;
  if (rate >= plan) return (cap - rate) / (cap - plan);
  return Math.min(1.5, 1 + (plan - rate) / plan);
}

/** How many calls to place now, for the stateless modes (vicidial keeps state: see vicidial-adapt.ts). */
export function callsToPlace(
  mode: Exclude<DialerMode, 'vicidial'>,
  s: CampaignSnapshot,
  settings: PredictiveSettings = defaultPredictiveSettings,
): number {
  switch (mode) {
    case 'preview':
      return previewCalls(s);
    case 'progressive':
      return progressiveCalls(s);
    case 'predictive':
      return predictiveCalls(s, settings);
  }
}
