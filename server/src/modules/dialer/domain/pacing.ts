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

import { endsWithin, expectedPositivePart, lognormalOf, type Moments } from './probability.ts';

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
}

export interface PredictiveSettings {
  /** The cap: abandoned ÷ answered per campaign per day (T3: 3 %). */
  abandonCap: number;
  /** The share the controller plans for (below the cap: a margin for chance). */
  planningRate: number;
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
  abandonAfterSeconds: 2,
  horizons: [2, 4, 7, 10, 14, 20],
  maxLinesPerAgent: 4,
  minAnswered: 50,
  minCompletedHandles: 30,
};

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
 * The abandon rate the next calls may be planned at: the planning rate, lowered when the day has
 * already spent more than its share of the cap (never below 0), so the day ends at or under it.
 * `expectedAnswers` are the answers the calls in flight will bring.
 */
export function allowedAbandonRate(
  today: DayCounters,
  expectedAnswers: number,
  settings: PredictiveSettings = defaultPredictiveSettings,
): number {
  const e = Math.max(expectedAnswers, 1);
  const budget = (settings.abandonCap * (today.answered + e) - today.abandoned) / e;
  return Math.max(0, Math.min(settings.planningRate, budget));
}

/**
 * One window of the prediction: of the calls ringing, and of one new call, the chance a person
 * answers within `h` seconds; of the agents, the chance each is free within `h` + the threshold.
 * Each a sum of independent chances, so mean and variance add up.
 */
type Window = { answerMean: number; answerVar: number; agentMean: number; agentVar: number; perNewCall: number };

function windowsOf(s: CampaignSnapshot, settings: PredictiveSettings): Window[] {
  const m = s.measured;
  const p = Math.min(1, Math.max(0, m.answerRate));
  const delay = lognormalOf(m.answerDelay);
  const talk = lognormalOf(m.talk);
  const wrap = lognormalOf(m.wrapUp);
  const timeout = Math.max(1, m.ringTimeoutSeconds);
  return settings.horizons.map((h) => {
    let answerMean = s.waitingAnswered;
    let answerVar = 0;
    for (const e of s.ringing) {
      // Still ringing after e seconds: a person who has not answered yet, or a line that will end
      // without one (no answer, busy, machine), taken as ending evenly until the ring timeout.
      const personLeft = p * (1 - cdfAt(e, delay));
      const otherLeft = (1 - p) * Math.max(0.02, 1 - e / timeout);
      const q = (p * (cdfAt(e + h, delay) - cdfAt(e, delay))) / Math.max(1e-9, personLeft + otherLeft);
      answerMean += q;
      answerVar += q * (1 - q);
    }
    const within = h + settings.abandonAfterSeconds;
    let agentMean = s.readyAgents;
    let agentVar = 0;
    for (const w of s.wrapUp) {
      const f = endsWithin(w, within, wrap);
      agentMean += f;
      agentVar += f * (1 - f);
    }
    for (const t of s.talking) {
      // Talk left, then the wrap-up (taken at its mean).
      const f = endsWithin(t, within - m.wrapUp.mean, talk);
      agentMean += f;
      agentVar += f * (1 - f);
    }
    return { answerMean, answerVar, agentMean, agentVar, perNewCall: p * cdfAt(h, delay) };
  });
}

function cdfAt(t: number, ln: { mu: number; sigma: number }): number {
  return endsWithin(0, t, ln);
}

/**
 * Predictive: the most calls to place now such that, in every window, the expected number of
 * answered calls finding no agent stays within the allowed share of the answers expected.
 * Never fewer than progressive would place (those calls cannot be abandoned).
 */
export function predictiveCalls(s: CampaignSnapshot, settings: PredictiveSettings = defaultPredictiveSettings): number {
  const floor = progressiveCalls(s);
  if (isThin(s, settings) || s.measured.answerRate <= 0) return floor;
  const cap = Math.max(0, Math.ceil(s.loggedInAgents * settings.maxLinesPerAgent) - s.ringing.length);
  if (cap <= floor) return floor;
  const windows = windowsOf(s, settings);
  const last = windows[windows.length - 1]!;
  const p = s.measured.answerRate;
  let n = floor;
  while (n < cap) {
    const next = n + 1;
    const rate = allowedAbandonRate(s.today, last.answerMean + next * p, settings);
    let fits = true;
    for (const w of windows) {
      const a = next * w.perNewCall;
      const answers = w.answerMean + a;
      const overflow = expectedPositivePart(
        answers - w.agentMean,
        w.answerVar + next * w.perNewCall * (1 - w.perNewCall) + w.agentVar,
      );
      if (overflow > rate * answers) {
        fits = false;
        break;
      }
    }
    if (!fits) break;
    n = next;
  }
  return n;
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
