// Asterisk's queue_log (app_queue): one line per event, `time|callid|queue|agent|event|data1|…`.
// A center that already runs Asterisk measures it through this reader: the lines become the same
// CallEvents the routing runtime produces, and the agents' log-ins and pauses become state changes.
//
// Fields by event (Asterisk's "Queue Logs" reference):
//   ENTERQUEUE(url|callerid)                     DID(did) — the number dialled, logged before
//   RINGNOANSWER(ringtime ms)                    RINGCANCELED(ringtime ms)
//   CONNECT(holdtime|bridged uniqueid|ringtime s)
//   COMPLETEAGENT / COMPLETECALLER(holdtime|calltime|origposition)
//   ABANDON(position|origposition|waittime)      EXITWITHTIMEOUT / EXITEMPTY(position|origposition|waittime)
//   EXITWITHKEY(key|position|origposition|waittime)
//   TRANSFER / BLINDTRANSFER(extension|context|holdtime|calltime|origposition)
//   ATTENDEDTRANSFER(BRIDGE|bridge uniqueid or APP|application or LINK|channel|channel …, then holdtime|calltime|origposition)
//   AGENTLOGIN(channel) AGENTLOGOFF(channel|logintime) ADDMEMBER REMOVEMEMBER
//   PAUSE / UNPAUSE / PAUSEALL / UNPAUSEALL(reason)   QUEUESTART, CONFIGRELOAD (callid NONE)
//
// Agents: the member's interface names the agent; the technology is stripped to get the username
// (`Agent/1001`, `PJSIP/1001`, `SIP/1001` → `1001`; `Local/1001@from-queue/n` → `1001`); a plain
// name is kept as written. Name the users of the center after their extensions (or the other way
// round) so that the records meet the agents who sign in.

import type { EndCause } from '../port.ts';
import type { AgentState } from './agent-state.ts';
import type { CallEvent } from './call-events.ts';
import { wallTimeToInstant } from './zoned-time.ts';

export type QueueLogLine = {
  at: Date;
  callId: string | null;
  queue: string | null;
  agent: string | null;
  event: string;
  data: string[];
  /** Position in the file, to keep the order of lines with the same time. */
  n: number;
};

export type ImportedAgentState = { agent: string; state: AgentState; reason: string | null; at: Date };

export type QueueLogResult = {
  /** callid → its events in time order. */
  calls: Map<string, CallEvent[]>;
  agentStates: ImportedAgentState[];
  lines: number;
  skippedLines: number;
  /** Lines with an event this reader does not know, by event name. */
  unknownEvents: Record<string, number>;
};

const callEventNames = new Set([
  'DID',
  'ENTERQUEUE',
  'RINGNOANSWER',
  'RINGCANCELED',
  'CONNECT',
  'COMPLETEAGENT',
  'COMPLETECALLER',
  'ABANDON',
  'EXITWITHTIMEOUT',
  'EXITEMPTY',
  'EXITWITHKEY',
  'TRANSFER',
  'BLINDTRANSFER',
  'ATTENDEDTRANSFER',
]);
const agentEventNames = new Set([
  'AGENTLOGIN',
  'AGENTLOGOFF',
  'ADDMEMBER',
  'REMOVEMEMBER',
  'PAUSE',
  'UNPAUSE',
  'PAUSEALL',
  'UNPAUSEALL',
]);
/** Known, and nothing to record. */
const ignoredEventNames = new Set(['QUEUESTART', 'CONFIGRELOAD']);

/** `Agent/1001`, `PJSIP/1001`, `Local/1001@ctx/n` → `1001`; a plain name as written; `NONE` → null. */
export function agentNameOf(member: string): string | null {
  const m = member.trim();
  if (m === '' || m.toUpperCase() === 'NONE') return null;
  const slash = m.indexOf('/');
  const rest = slash > 0 && /^[A-Za-z0-9_]+$/.test(m.slice(0, slash)) ? m.slice(slash + 1) : m;
  const name = rest.split('@')[0]!.split('/')[0]!.trim();
  return name === '' ? null : name;
}

/**
 * The time field: UNIX seconds (`1764996000` or `1764996000.123`), or a wall time
 * `YYYY-MM-DD HH:MM:SS[.ffffff]` as databases store it (read in `timeZone`).
 */
export function parseQueueLogTime(text: string, timeZone: string): Date | null {
  const s = text.trim();
  if (/^\d{9,11}(\.\d+)?$/.test(s)) return new Date(Math.round(Number(s) * 1000));
  const m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,6}))?$/.exec(s);
  if (!m) return null;
  const [y, mo, d, h, mi, se] = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
  const ms = Number((m[7] ?? '0').padEnd(3, '0').slice(0, 3));
  const wall = Date.UTC(y, mo - 1, d, h, mi, se, ms);
  const check = new Date(wall);
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59 || se > 59) return null;
  return wallTimeToInstant(wall, timeZone);
}

/** One line, or null when it cannot be read (too few fields, no event, a time that is not one). */
export function parseQueueLogLine(text: string, n: number, timeZone: string): QueueLogLine | null {
  const fields = text.replace(/\r$/, '').split('|');
  if (fields.length < 5) return null;
  const at = parseQueueLogTime(fields[0]!, timeZone);
  const event = fields[4]!.trim().toUpperCase();
  if (!at || !/^[A-Z_]+$/.test(event)) return null;
  const callId = fields[1]!.trim();
  const queue = fields[2]!.trim();
  return {
    at,
    callId: callId === '' || callId === 'NONE' || callId === 'REALTIME' ? null : callId,
    queue: queue === '' || queue === 'NONE' ? null : queue,
    agent: agentNameOf(fields[3]!),
    event,
    data: fields.slice(5).map((f) => f.trim()),
    n,
  };
}

const num = (text: string | undefined): number => {
  const v = Number(text);
  return Number.isFinite(v) && v >= 0 ? v : 0;
};
const before = (at: Date, seconds: number) => new Date(at.getTime() - seconds * 1000);

/**
 * Reads a queue_log line by line (`push`), then `finish` turns what was read into calls and state
 * changes. Nothing is fatal: a line that cannot be read is skipped and counted, an event this
 * reader does not know is counted by name.
 */
export class QueueLogReader {
  private readonly byCall = new Map<string, QueueLogLine[]>();
  private readonly agentLines: QueueLogLine[] = [];
  private lines = 0;
  private skipped = 0;
  private readonly unknown: Record<string, number> = {};

  constructor(private readonly timeZone: string) {}

  push(text: string): void {
    if (text.trim() === '') return;
    this.lines += 1;
    const line = parseQueueLogLine(text, this.lines, this.timeZone);
    if (!line) {
      this.skipped += 1;
      return;
    }
    if (callEventNames.has(line.event)) {
      if (!line.callId) {
        this.skipped += 1;
        return;
      }
      const list = this.byCall.get(line.callId) ?? [];
      list.push(line);
      this.byCall.set(line.callId, list);
      // A call is also what the agent does: on a call from CONNECT until it ends.
      if (line.agent && (line.event === 'CONNECT' || endEvents.has(line.event))) this.agentLines.push(line);
    } else if (agentEventNames.has(line.event)) {
      if (!line.agent) {
        this.skipped += 1;
        return;
      }
      this.agentLines.push(line);
    } else if (!ignoredEventNames.has(line.event)) {
      this.unknown[line.event] = (this.unknown[line.event] ?? 0) + 1;
    }
  }

  finish(): QueueLogResult {
    const calls = new Map<string, CallEvent[]>();
    for (const [callId, lines] of this.byCall) {
      const events = callEventsOf(inFileTimeOrder(lines));
      if (events.length > 0) calls.set(callId, events);
    }
    return {
      calls,
      agentStates: agentStatesOf(inFileTimeOrder(this.agentLines)),
      lines: this.lines,
      skippedLines: this.skipped,
      unknownEvents: { ...this.unknown },
    };
  }
}

/** Reads a whole queue_log held in memory (tests, small files). */
export function readQueueLog(text: string, timeZone: string): QueueLogResult {
  const reader = new QueueLogReader(timeZone);
  for (const line of text.split('\n')) reader.push(line);
  return reader.finish();
}

function inFileTimeOrder(lines: QueueLogLine[]): QueueLogLine[] {
  return [...lines].sort((a, b) => a.at.getTime() - b.at.getTime() || a.n - b.n);
}

const endEvents = new Set([
  'COMPLETEAGENT',
  'COMPLETECALLER',
  'ABANDON',
  'EXITWITHTIMEOUT',
  'EXITEMPTY',
  'EXITWITHKEY',
  'TRANSFER',
  'BLINDTRANSFER',
  'ATTENDEDTRANSFER',
]);

/**
 * One call's lines → its events. A line that takes the call out of a queue ends the call only if
 * the call does not enter a queue again afterwards (an overflow or a transfer to another queue is
 * written by Asterisk as an exit, then a new ENTERQUEUE with the same callid).
 */
function callEventsOf(lines: QueueLogLine[]): CallEvent[] {
  const events: CallEvent[] = [];
  let offered = false;
  let queue: string | null = null;
  let pendingEnd: CallEvent | null = null;
  const dnis = lines.find((l) => l.event === 'DID')?.data[0] || null;
  const offer = (at: Date, ani: string | null) => {
    if (offered) return;
    offered = true;
    events.push({ type: 'offered', at, direction: 'inbound', ani, dnis });
  };
  const enter = (at: Date, q: string | null) => {
    if (q === null) return;
    if (queue === null) events.push({ type: 'queued', at, queue: q });
    else if (q !== queue) events.push({ type: 'overflowed', at, from: queue, to: q });
    queue = q;
  };
  for (const line of lines) {
    const { at, data } = line;
    const agent = line.agent;
    switch (line.event) {
      case 'DID':
        break;
      case 'ENTERQUEUE': {
        pendingEnd = null;
        offer(at, data[1] || null);
        enter(at, line.queue);
        break;
      }
      case 'RINGNOANSWER':
      case 'RINGCANCELED':
        if (!agent) break;
        // The ring time is in milliseconds here (and in seconds in CONNECT).
        offer(before(at, num(data[0]) / 1000), null);
        enter(before(at, num(data[0]) / 1000), line.queue);
        events.push({ type: 'agent_ringing', at: before(at, num(data[0]) / 1000), agent });
        events.push({ type: 'agent_missed', at, agent });
        break;
      case 'CONNECT': {
        if (!agent) break;
        const wait = num(data[0]);
        const ring = num(data[2]);
        // A log that starts mid-call (rotated): the queue entry is the answer less the wait.
        offer(before(at, wait), null);
        enter(before(at, wait), line.queue);
        events.push({ type: 'agent_ringing', at: before(at, ring), agent });
        events.push({ type: 'answered', at, agent });
        break;
      }
      case 'COMPLETEAGENT':
      case 'COMPLETECALLER':
        pendingEnd = { type: 'ended', at, cause: 'normal' };
        break;
      case 'ABANDON':
        offer(before(at, num(data[2])), null);
        enter(before(at, num(data[2])), line.queue);
        pendingEnd = { type: 'ended', at, cause: 'abandoned' };
        break;
      case 'EXITWITHTIMEOUT':
      case 'EXITEMPTY':
        offer(before(at, num(data[2])), null);
        enter(before(at, num(data[2])), line.queue);
        // Left unanswered by the center's doing, not the caller's: not an abandon.
        pendingEnd = { type: 'ended', at, cause: exitCause[line.event]! };
        break;
      case 'EXITWITHKEY':
        offer(before(at, num(data[3])), null);
        enter(before(at, num(data[3])), line.queue);
        if (data[0]) events.push({ type: 'ivr', at, digit: data[0] });
        pendingEnd = { type: 'ended', at, cause: 'no_answer' };
        break;
      case 'TRANSFER':
      case 'BLINDTRANSFER':
        events.push({ type: 'transferred', at, to: [data[0], data[1]].filter(Boolean).join('@'), mode: 'blind' });
        pendingEnd = { type: 'ended', at, cause: 'normal' };
        break;
      case 'ATTENDEDTRANSFER':
        // BRIDGE|bridge id, APP|application, or LINK|channel|channel, then holdtime|calltime|origposition.
        events.push({
          type: 'transferred',
          at,
          to: [data[0], ...data.slice(1, data[0] === 'LINK' ? 3 : 2)].filter(Boolean).join(' '),
          mode: 'attended',
        });
        pendingEnd = { type: 'ended', at, cause: 'normal' };
        break;
    }
  }
  if (pendingEnd) events.push(pendingEnd);
  return events;
}

const exitCause: Record<string, EndCause> = { EXITWITHTIMEOUT: 'no_answer', EXITEMPTY: 'failed' };

/**
 * The agents' state changes: log-in and being added to a queue → available; log-off, or removed
 * from the last queue → offline; pause → break with its reason; unpause → available; a call →
 * on_call from CONNECT, then back to available (or to the pause asked for during the call). A
 * change to the state the agent is already in is left out (UNPAUSEALL is followed by one UNPAUSE
 * per queue).
 */
function agentStatesOf(lines: QueueLogLine[]): ImportedAgentState[] {
  type Agent = {
    state: AgentState | null;
    reason: string | null;
    paused: string | null;
    onCall: boolean;
    queues: Set<string>;
  };
  const agents = new Map<string, Agent>();
  const out: ImportedAgentState[] = [];
  const set = (name: string, a: Agent, state: AgentState, reason: string | null, at: Date) => {
    if (a.state === state && a.reason === reason) return;
    a.state = state;
    a.reason = reason;
    out.push({ agent: name, state, reason, at });
  };
  const idle = (a: Agent): [AgentState, string | null] =>
    a.paused !== null ? ['break', a.paused || null] : ['available', null];
  for (const line of lines) {
    const name = line.agent!;
    let a = agents.get(name);
    if (!a) {
      a = { state: null, reason: null, paused: null, onCall: false, queues: new Set() };
      agents.set(name, a);
    }
    switch (line.event) {
      case 'AGENTLOGIN':
      case 'ADDMEMBER':
        if (line.queue) a.queues.add(line.queue);
        if (!a.onCall && (a.state === null || a.state === 'offline')) set(name, a, ...idle(a), line.at);
        break;
      case 'AGENTLOGOFF':
        a.queues.clear();
        a.paused = null;
        if (!a.onCall) set(name, a, 'offline', null, line.at);
        break;
      case 'REMOVEMEMBER':
        if (line.queue) a.queues.delete(line.queue);
        if (a.queues.size === 0 && !a.onCall) set(name, a, 'offline', null, line.at);
        break;
      case 'PAUSE':
      case 'PAUSEALL':
        a.paused = line.data[0] ?? '';
        if (!a.onCall) set(name, a, 'break', a.paused || null, line.at);
        break;
      case 'UNPAUSE':
      case 'UNPAUSEALL':
        a.paused = null;
        if (!a.onCall) set(name, a, 'available', null, line.at);
        break;
      case 'CONNECT':
        a.onCall = true;
        set(name, a, 'on_call', null, line.at);
        break;
      default:
        // The call the agent was on ended (complete, transfer).
        if (!a.onCall) break;
        a.onCall = false;
        set(name, a, ...idle(a), line.at);
    }
  }
  return out;
}
