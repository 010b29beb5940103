// حالات الموظف — agent states (SPEC A1): which changes are allowed, and how long an agent spent in
// each state over a day (the timeline, and later occupancy = handling / (handling + available)).

import { agentStates, type AgentState } from './routing-types.ts';
import { nextDate, startOfDay } from './zoned-time.ts';

export { agentStates, startOfDay, type AgentState };

/**
 * The states an agent may go to from each state. A call in progress is never left by the agent's
 * own doing (on_call and hold end in wrap-up, or available when the queue has no wrap-up): a
 * browser that closes mid-call leaves the call running. Break → break changes the reason.
 */
export const allowedTransitions: Readonly<Record<AgentState, readonly AgentState[]>> = {
  offline: ['available', 'break'],
  available: ['ringing', 'on_call', 'break', 'offline'],
  ringing: ['on_call', 'available', 'break', 'offline'],
  on_call: ['hold', 'wrap_up', 'available'],
  hold: ['on_call', 'wrap_up', 'available'],
  wrap_up: ['available', 'break', 'offline', 'on_call'],
  break: ['available', 'break', 'offline'],
};

export function canTransition(from: AgentState, to: AgentState): boolean {
  return allowedTransitions[from].includes(to);
}

export type AgentStateChange = { state: AgentState; reason: string | null; at: Date };

export type StateSegment = {
  state: AgentState;
  reason: string | null;
  from: Date;
  to: Date;
  seconds: number;
};

export type DayTimeline = {
  /** The day's bounds in the installation's time zone (23 or 25 hours across a DST change). */
  dayStart: Date;
  dayEnd: Date;
  segments: StateSegment[];
  /** Seconds per state, every state present (0 when none). */
  totals: Record<AgentState, number>;
  /** Seconds of break per reason (`null` reason as `''`). */
  breakReasons: Record<string, number>;
};

/**
 * The agent's day from his state changes: each state lasts until the next change, clipped to the
 * day's bounds in `timeZone` and to `now` (the current state of today lasts until now, not until
 * midnight). Pass the last change before the day too: it is the state the day starts in. Before
 * the first known change nothing is counted (not even offline: it is unknown).
 */
export function dayTimeline(
  changes: readonly AgentStateChange[],
  date: string,
  timeZone: string,
  now: Date,
): DayTimeline {
  const dayStart = startOfDay(date, timeZone);
  const dayEnd = startOfDay(nextDate(date), timeZone);
  const until = new Date(Math.min(dayEnd.getTime(), Math.max(now.getTime(), dayStart.getTime())));
  const ordered = changes
    .map((c, i) => ({ c, i }))
    .sort((a, b) => a.c.at.getTime() - b.c.at.getTime() || a.i - b.i)
    .map((x) => x.c);
  const segments: StateSegment[] = [];
  for (let i = 0; i < ordered.length; i++) {
    const change = ordered[i]!;
    const next = ordered[i + 1]?.at ?? until;
    const from = new Date(Math.max(change.at.getTime(), dayStart.getTime()));
    const to = new Date(Math.min(next.getTime(), until.getTime()));
    if (to <= from) continue;
    const last = segments.at(-1);
    if (last && last.state === change.state && last.reason === change.reason && last.to.getTime() === from.getTime()) {
      last.to = to;
      last.seconds = seconds(last.from, to);
    } else {
      segments.push({ state: change.state, reason: change.reason, from, to, seconds: seconds(from, to) });
    }
  }
  const totals = Object.fromEntries(agentStates.map((s) => [s, 0])) as Record<AgentState, number>;
  const breakReasons: Record<string, number> = {};
  for (const s of segments) {
    totals[s.state] += s.seconds;
    if (s.state === 'break') breakReasons[s.reason ?? ''] = (breakReasons[s.reason ?? ''] ?? 0) + s.seconds;
  }
  return { dayStart, dayEnd, segments, totals, breakReasons };
}

function seconds(from: Date, to: Date): number {
  return Math.round((to.getTime() - from.getTime()) / 1000);
}
