// The ACD's pure rules (SPEC T2) — التوزيع الآلي للمكالمات: which agent gets a waiting call, which
// call a freed agent takes, the caller's place in line and expected wait, overflow, the call-back
// offer and the queue's opening hours. No I/O and no clock: the routing runtime passes `now` and
// keeps RoutingMemory between decisions.
//
// Names are compared by UTF-16 code units (`<`), not localeCompare: the order must not depend on
// the ICU data of the machine, or two nodes could route the same call differently.

import type { AgentCandidate, BusinessCalendar, QueueRule, RoutingMemory, WaitingCall } from './routing-types.ts';

/** How much a key-account caller (كبار العملاء) is raised above other callers of the same queue. */
export const keyAccountBoost = 10;

/**
 * The priority a caller waits with (WaitingCall.priority): the base priority the route gives the
 * call (Asterisk's QUEUE_PRIO; 0 unless a route says otherwise) plus the key-account boost.
 */
export function keyAccountPriority(isKeyAccount: boolean, queuePriority = 0): number {
  return queuePriority + (isKeyAccount ? keyAccountBoost : 0);
}

function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The agent's level in a skill, 0 when he does not have it. */
export function skillLevel(agent: AgentCandidate, skill: string): number {
  return agent.skills[skill] ?? 0;
}

/** Available, logged in to the queue and holding its skill at level 1 or more. */
export function isEligible(queue: QueueRule, agent: AgentCandidate): boolean {
  return agent.state === 'available' && agent.queues.includes(queue.code) && skillLevel(agent, queue.skill) >= 1;
}

function time(date: Date | null): number {
  // Never (null) sorts before every real time: an agent with no call today is the least recent.
  return date === null ? Number.NEGATIVE_INFINITY : date.getTime();
}

/** Strategy order among agents of the same skill level; the name breaks every tie. */
function strategyOrder(queue: QueueRule): (a: AgentCandidate, b: AgentCandidate) => number {
  switch (queue.strategy) {
    case 'longest_idle':
      return (a, b) => a.availableSince.getTime() - b.availableSince.getTime() || byName(a.agent, b.agent);
    case 'least_recent':
      return (a, b) => {
        const ta = time(a.lastCallEndedAt);
        const tb = time(b.lastCallEndedAt);
        return ta === tb ? byName(a.agent, b.agent) : ta < tb ? -1 : 1;
      };
    case 'fewest_calls':
      return (a, b) => a.callsToday - b.callsToday || byName(a.agent, b.agent);
    case 'round_robin':
    case 'random':
    case 'ring_all':
      return (a, b) => byName(a.agent, b.agent);
  }
}

/**
 * The agent(s) to ring for a call of `queue`: [] when nobody is eligible, every eligible agent for
 * ring_all (highest skill level first, then by name), otherwise one name.
 *
 * Skill level comes first for every strategy: the strategy only chooses among the agents of the
 * highest level present. round_robin takes the first agent (by name) after the one remembered for
 * the queue, wrapping around; the remembered agent need not be eligible any more. It updates
 * `memory`; no other strategy touches it. random draws from `random()` (a value in [0, 1)).
 */
export function chooseAgents(
  queue: QueueRule,
  candidates: readonly AgentCandidate[],
  memory: RoutingMemory,
  random: () => number,
): string[] {
  let top = 0;
  const eligible: AgentCandidate[] = [];
  for (const agent of candidates) {
    if (!isEligible(queue, agent)) continue;
    eligible.push(agent);
    top = Math.max(top, skillLevel(agent, queue.skill));
  }
  if (eligible.length === 0) return [];

  if (queue.strategy === 'ring_all') {
    return eligible
      .sort((a, b) => skillLevel(b, queue.skill) - skillLevel(a, queue.skill) || byName(a.agent, b.agent))
      .map((a) => a.agent);
  }

  const best = eligible.filter((a) => skillLevel(a, queue.skill) === top);
  if (queue.strategy === 'random') {
    best.sort((a, b) => byName(a.agent, b.agent));
    const index = Math.min(best.length - 1, Math.max(0, Math.floor(random() * best.length)));
    return [best[index]!.agent];
  }
  if (queue.strategy === 'round_robin') {
    const last = memory.get(queue.code);
    let next: string | undefined;
    let first: string | undefined;
    for (const { agent } of best) {
      if (first === undefined || agent < first) first = agent;
      if (last !== undefined && agent > last && (next === undefined || agent < next)) next = agent;
    }
    const chosen = next ?? first!;
    memory.set(queue.code, chosen);
    return [chosen];
  }
  // One pass instead of a sort: this runs for every call offered.
  const order = strategyOrder(queue);
  let chosen = best[0]!;
  for (let i = 1; i < best.length; i++) if (order(best[i]!, chosen) < 0) chosen = best[i]!;
  return [chosen.agent];
}

/**
 * The order calls are taken in: the queue's priority (higher first), then the caller's priority
 * (key accounts), then who has waited longest (enteredAt survives overflow and call-back), then
 * the call id so that the order is total.
 */
export function compareCalls(
  a: WaitingCall,
  b: WaitingCall,
  queues: ReadonlyMap<string, Pick<QueueRule, 'priority'>>,
): number {
  const qa = queues.get(a.queue)?.priority ?? 0;
  const qb = queues.get(b.queue)?.priority ?? 0;
  return (
    qb - qa || b.priority - a.priority || a.enteredAt.getTime() - b.enteredAt.getTime() || byName(a.callId, b.callId)
  );
}

/** Whether `agent` may take calls of this queue, whatever his state (the runtime asks on the way to available). */
function serves(agent: AgentCandidate, queue: QueueRule | undefined): queue is QueueRule {
  return queue !== undefined && agent.queues.includes(queue.code) && skillLevel(agent, queue.skill) >= 1;
}

/**
 * The call an agent who has just become available takes: among the queues he is logged in to and
 * has the skill for, the first call in compareCalls order. Calls of unknown queues are skipped.
 */
export function nextCallFor(
  agent: AgentCandidate,
  waiting: readonly WaitingCall[],
  queues: ReadonlyMap<string, QueueRule>,
): WaitingCall | undefined {
  let best: WaitingCall | undefined;
  const allowed = new Map<string, boolean>();
  for (const call of waiting) {
    let ok = allowed.get(call.queue);
    if (ok === undefined) {
      ok = serves(agent, queues.get(call.queue));
      allowed.set(call.queue, ok);
    }
    if (ok && (best === undefined || compareCalls(call, best, queues) < 0)) best = call;
  }
  return best;
}

/**
 * The caller's place in his queue (1 = next), in the order agents take calls (compareCalls). A call
 * not (or no longer) in `waiting` gets the place it would have.
 */
export function queuePosition(
  call: WaitingCall,
  waiting: readonly WaitingCall[],
  queues: ReadonlyMap<string, Pick<QueueRule, 'priority'>>,
): number {
  let ahead = 0;
  for (const other of waiting) {
    if (other.callId !== call.callId && other.queue === call.queue && compareCalls(other, call, queues) < 0) ahead++;
  }
  return ahead + 1;
}

/**
 * The wait announced to a caller, in whole seconds (rounded up): position × AHT ÷ agents serving
 * the queue — every serving agent frees up once per AHT on average, so the caller at position p is
 * reached after p ÷ agents handling times. The callers that free agents will take at once
 * (position ≤ agentsFree) wait 0, and those behind them move up by as many places.
 *
 * The anchors differ: Asterisk's app_queue announces the queue's running average hold time
 * (minus the time already waited), whatever the position; VICIdial estimates from the calls
 * waiting ahead and recent handling times. We take the position-based one because it moves when
 * the caller moves up, and it needs no history. With no agent serving, the wait is unknown:
 * Infinity, and the announcement says nothing.
 */
export function expectedWaitSeconds(
  position: number,
  agentsServing: number,
  ahtSeconds: number,
  agentsFree = 0,
): number {
  const waitingPlaces = position - Math.max(0, agentsFree);
  if (waitingPlaces <= 0) return 0;
  if (agentsServing <= 0) return Number.POSITIVE_INFINITY;
  return Math.ceil((waitingPlaces * ahtSeconds) / agentsServing);
}

function secondsBetween(from: Date, to: Date): number {
  return (to.getTime() - from.getTime()) / 1000;
}

/**
 * The queue a waiting call moves to once it has waited `overflowSeconds` in this queue, or null.
 * `queuedAt` is when the call entered this queue (an overflowed call starts a new count in its new
 * queue; call.enteredAt, its place in line, is kept). A queue that overflows into itself never moves a call.
 */
export function overflowTarget(
  call: WaitingCall,
  queue: QueueRule,
  now: Date,
  queuedAt: Date = call.enteredAt,
): string | null {
  if (queue.overflowSeconds === null || queue.overflowQueue === null) return null;
  if (queue.overflowQueue === queue.code || call.queue !== queue.code) return null;
  return secondsBetween(queuedAt, now) >= queue.overflowSeconds ? queue.overflowQueue : null;
}

/**
 * Whether the caller should now be offered a call-back (keeping his place): after
 * `callbackAfterSeconds` of waiting since he first entered a queue. The runtime offers it once.
 */
export function callbackOfferDue(call: WaitingCall, queue: QueueRule, now: Date): boolean {
  return queue.callbackAfterSeconds !== null && secondsBetween(call.enteredAt, now) >= queue.callbackAfterSeconds;
}

export type HoursRange = { from: number; to: number };

const rangePattern = /^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-3]|24):([0-5]\d)$/;

/**
 * `08:00-20:00`, or several ranges separated by commas (`08:00-12:00,16:00-22:00` for a split
 * Ramadan shift), as minutes of the day; null when malformed. `24:00` only ends a range; a range
 * that ends before it starts runs overnight; a range that starts and ends at the same minute is refused.
 */
export function parseHours(hours: string): HoursRange[] | null {
  const ranges: HoursRange[] = [];
  for (const part of hours.split(',')) {
    const m = rangePattern.exec(part.trim());
    if (!m) return null;
    const from = Number(m[1]) * 60 + Number(m[2]);
    const to = Number(m[3]) * 60 + Number(m[4]);
    if (to > 24 * 60 || from === to) return null;
    ranges.push({ from, to });
  }
  return ranges;
}

const weekdays = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

// Building a DateTimeFormat costs far more than using one: one per time zone, kept.
const formats = new Map<string, Intl.DateTimeFormat>();

function localParts(at: Date, timeZone: string): { date: string; minute: number } {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formats.set(timeZone, format);
  }
  const parts = format.formatToParts(at);
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return {
    date: `${part('year')}-${part('month')}-${part('day')}`,
    minute: Number(part('hour')) * 60 + Number(part('minute')),
  };
}

function previousDate(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

function isBusinessDate(date: string, calendar: BusinessCalendar): boolean {
  const weekday = weekdays[new Date(`${date}T00:00:00Z`).getUTCDay()]!;
  return !calendar.weekend.includes(weekday) && !calendar.holidays.includes(date);
}

/**
 * Whether the queue takes calls at `at`, read in the calendar's time zone. `00:00-24:00` is round
 * the clock, weekends and holidays included (an emergency line). Any other range is closed on
 * weekend days and holidays; the part of an overnight range after midnight (`20:00-04:00` at
 * 02:00) belongs to the day the shift started, so Thursday night runs into Friday's early hours
 * and a holiday's night shift does not. Throws on malformed hours: they are checked when saved.
 */
export function isOpen(queue: Pick<QueueRule, 'hours'>, calendar: BusinessCalendar, at: Date): boolean {
  const ranges = parseHours(queue.hours);
  if (ranges === null) throw new RangeError(`Malformed queue hours: ${queue.hours}`);
  if (ranges.some((r) => r.from === 0 && r.to === 24 * 60)) return true;
  const { date, minute } = localParts(at, calendar.timeZone);
  for (const { from, to } of ranges) {
    if (from < to) {
      if (minute >= from && minute < to && isBusinessDate(date, calendar)) return true;
    } else {
      if (minute >= from && isBusinessDate(date, calendar)) return true;
      if (minute < to && isBusinessDate(previousDate(date), calendar)) return true;
    }
  }
  return false;
}
