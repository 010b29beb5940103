import { z } from 'zod';
import type { Database, DbOrTx } from '../../db/client.ts';
import type { AuthUser } from '../../http/access.ts';
import { AppError } from '../../http/errors.ts';
import { calendarDate } from '../../shared/calendar-date.ts';
import type { Clock } from '../../shared/clock.ts';
import { maskPhone, phoneSearchKey } from '../customers/index.ts';
import { publish } from '../events/index.ts';
import { findUserByUsername } from '../users/index.ts';
import {
  findAgentStateAt,
  findBreakReasonNames,
  findAgentStateChanges,
  findCallById,
  findCallEventRows,
  findCalls,
  insertAgentStateChange,
  insertCallEventRows,
  lockOrCreateCall,
  updateCallRecord,
  type CallEventRow,
  type CallFilter,
  type CallRow,
} from './calls.repository.ts';
import { agentStates, canTransition, dayTimeline, type AgentState } from './domain/agent-state.ts';
import type { CallEvent } from './domain/call-events.ts';
import { callRecordOf, type CallRecord } from './domain/call-record.ts';
import { agentStateChanged, callUpdated } from './domain/live-audience.ts';
import { QueueLogReader } from './domain/queue-log.ts';

// سجل المكالمات وحالات الموظفين — call records (SPEC T4) and agent states (SPEC A1): stored from
// the events the routing runtime or a queue_log import gives, read by the screens and the API.

/** The roles that see every call and every agent; an agent sees his own. */
export const overseerRoles = ['admin', 'manager', 'supervisor'] as const;
export const callReaderRoles = [...overseerRoles, 'agent'] as const;

const isOverseer = (user: Pick<AuthUser, 'role'>) => (overseerRoles as readonly string[]).includes(user.role);

// ---- writing ------------------------------------------------------------------------------

function rowOf(callId: string, seq: number, event: CallEvent) {
  const { type, at, ...rest } = event;
  const agent = 'agent' in rest ? (rest.agent ?? null) : null;
  const data: Record<string, unknown> = { ...rest };
  delete data.agent;
  return { callId, seq, type, at, agent, data: Object.keys(data).length ? data : null };
}

function eventOf(row: Pick<CallEventRow, 'type' | 'at' | 'agent' | 'data'>): CallEvent {
  return {
    ...(row.data ?? {}),
    ...(row.agent === null ? {} : { agent: row.agent }),
    type: row.type,
    at: row.at,
  } as CallEvent;
}

/** What makes two events the same event (a re-import, a repeated delivery). */
function keyOf(event: CallEvent): string {
  const { at, ...rest } = event;
  const fields = Object.entries(rest).filter(([, v]) => v !== undefined);
  return `${at.getTime()}|${JSON.stringify(fields.sort(([a], [b]) => a.localeCompare(b)))}`;
}

export type RecordedCall = { callId: string; changed: boolean; record: CallRecord; agent: string | null };

/**
 * Stores what happened to a call: the call is found (or created) by its source and id there, the
 * events it does not have yet are appended after the ones it has (`seq`), and the record is read
 * again from all of them — in one transaction. Giving the same events again changes nothing, so
 * a re-import or a repeated delivery is harmless. Publishes `call.updated` when something changed.
 */
export async function recordCallEvents(
  database: Database,
  source: string,
  externalId: string,
  events: readonly CallEvent[],
  options: { publish?: boolean } = {},
): Promise<RecordedCall | null> {
  if (events.length === 0) return null;
  const first = events.reduce((a, e) => (e.at < a ? e.at : a), events[0]!.at);
  return database.db.transaction(async (tx) => {
    const { id } = await lockOrCreateCall(tx, source, externalId, first);
    const stored = await findCallEventRows(tx, id);
    const have = new Map<string, number>();
    for (const row of stored) {
      const key = keyOf(eventOf(row));
      have.set(key, (have.get(key) ?? 0) + 1);
    }
    const fresh: CallEvent[] = [];
    for (const event of events) {
      const key = keyOf(event);
      const n = have.get(key) ?? 0;
      if (n > 0) have.set(key, n - 1);
      else fresh.push(event);
    }
    const all = [...stored.map(eventOf), ...fresh];
    const record = callRecordOf(all)!;
    if (fresh.length === 0) return { callId: id, changed: false, record, agent: record.agent };
    const nextSeq = (stored.at(-1)?.seq ?? 0) + 1;
    await insertCallEventRows(
      tx,
      fresh.map((e, i) => rowOf(id, nextSeq + i, e)),
    );
    await updateCallRecord(tx, id, record);
    if (options.publish !== false) await publish(tx, callUpdated(id, await userIdOf(tx, record.agent)));
    return { callId: id, changed: true, record, agent: record.agent };
  });
}

async function userIdOf(db: DbOrTx, username: string | null): Promise<string | null> {
  if (!username) return null;
  return (await findUserByUsername(db, username))?.id ?? null;
}

/**
 * Stores an agent's state change and publishes `agent.state`. A live change must be one the
 * agent's current state allows (domain/agent-state.ts); an imported one is history and is kept as
 * the source wrote it. The same change stored twice is kept once.
 */
export async function recordAgentState(
  database: Database,
  change: { agent: string; state: AgentState; reason?: string | null; at: Date; source?: 'live' | 'queue_log' },
  options: { checkTransition?: boolean } = {},
): Promise<{ recorded: boolean }> {
  const source = change.source ?? 'live';
  return database.db.transaction(async (tx) => {
    // The routing runtime owns live states (it may restart while the last stored one was on_call):
    // it records what it decided without this check; other writers are held to the transitions.
    if (source === 'live' && options.checkTransition !== false) {
      const current = await findAgentStateAt(tx, change.agent, change.at);
      const from = (current?.state ?? 'offline') as AgentState;
      const same = current && current.state === change.state && (current.reason ?? null) === (change.reason ?? null);
      if (same) return { recorded: false };
      if (!canTransition(from, change.state)) {
        throw new AppError('agent_state_not_allowed', {
          en: `An agent cannot go from ${from} to ${change.state}.`,
          ar: `لا يمكن للموظف الانتقال من الحالة ${from} إلى الحالة ${change.state}.`,
        });
      }
    }
    const row = await insertAgentStateChange(tx, {
      agent: change.agent,
      state: change.state,
      reason: change.reason ?? null,
      at: change.at,
      source,
    });
    if (row) await publish(tx, agentStateChanged(change.agent, await userIdOf(tx, change.agent)));
    return { recorded: row !== undefined };
  });
}

export type QueueLogSummary = {
  calls: number;
  answered: number;
  abandoned: number;
  skipped_lines: number;
  unknown_events: Record<string, number>;
  /** Calls that gained events in this import (0 when the file was imported before). */
  changed_calls: number;
  /** Agent state changes not stored before. */
  agent_states: number;
};

/**
 * `tawasul calls import-queue-log`: an Asterisk queue_log into call records (source `queue_log`,
 * the callid as the external id) and agent state history. Idempotent: importing the same file
 * again finds every event and change stored already. One transaction per call: a failure keeps
 * the calls stored before it, and the next run completes the rest.
 */
export async function importQueueLog(
  database: Database,
  lines: AsyncIterable<string>,
  options: {
    timeZone: string;
    country?: string;
    onProgress?: (p: { phase: 'read' | 'store'; done: number; total: number }) => void;
  },
): Promise<QueueLogSummary> {
  const reader = new QueueLogReader(options.timeZone);
  let read = 0;
  for await (const line of lines) {
    reader.push(line);
    read += 1;
    if (read % 1000 === 0) options.onProgress?.({ phase: 'read', done: read, total: 0 });
  }
  const result = reader.finish();
  const summary: QueueLogSummary = {
    calls: 0,
    answered: 0,
    abandoned: 0,
    skipped_lines: result.skippedLines,
    unknown_events: result.unknownEvents,
    changed_calls: 0,
    agent_states: 0,
  };
  const total = result.calls.size + result.agentStates.length;
  let done = 0;
  for (const [callId, events] of result.calls) {
    const normalised = events.map((e) =>
      e.type === 'offered' && e.ani ? { ...e, ani: phoneSearchKey(e.ani, options.country ?? 'SA') ?? e.ani } : e,
    );
    const stored = await recordCallEvents(database, 'queue_log', callId, normalised, { publish: false });
    if (stored) {
      summary.calls += 1;
      if (stored.record.answeredAt) summary.answered += 1;
      if (stored.record.cause === 'abandoned') summary.abandoned += 1;
      if (stored.changed) summary.changed_calls += 1;
    }
    options.onProgress?.({ phase: 'store', done: ++done, total });
  }
  for (const change of result.agentStates) {
    const row = await insertAgentStateChange(database.db, { ...change, source: 'queue_log' });
    if (row) summary.agent_states += 1;
    options.onProgress?.({ phase: 'store', done: ++done, total });
  }
  if (summary.changed_calls > 0) await publish(database.db, callUpdated(undefined, null));
  return summary;
}

// ---- reading ------------------------------------------------------------------------------

export const callResults = ['answered', 'abandoned', 'unanswered'] as const;
export const callCauses = ['normal', 'busy', 'no_answer', 'failed', 'abandoned', 'dropped', 'machine'] as const;

export const callFilterSchema = z.object({
  /** First and last day (installation time zone), both included. */
  from: calendarDate().optional(),
  to: calendarDate().optional(),
  queue: z.string().min(1).max(64).optional(),
  agent: z.string().min(1).max(64).optional(),
  direction: z.enum(['inbound', 'outbound']).optional(),
  cause: z.enum(callCauses).optional(),
  result: z.enum(callResults).optional(),
  /** Any form of a number: its digits are searched (the last nine when longer). */
  number: z
    .string()
    .max(32)
    .regex(/^[+\d\s\-()٠-٩]*$/, 'digits, spaces, + - ( )')
    .optional(),
});
export type CallFilterInput = z.output<typeof callFilterSchema>;

function filterOf(user: Pick<AuthUser, 'role' | 'username'>, q: CallFilterInput, timeZone: string): CallFilter {
  if (q.from && q.to && q.from > q.to) {
    throw new AppError('validation_failed', {
      errors: [
        {
          field: 'to',
          code: 'date_range',
          message: 'The last day is before the first day.',
          message_ar: 'اليوم الأخير قبل اليوم الأول.',
        },
      ],
    });
  }
  const digits = (q.number ?? '').replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660)).replace(/\D/g, '');
  return {
    from: q.from,
    to: q.to,
    timeZone,
    queue: q.queue,
    // An agent's own calls, whatever agent he asks for.
    agent: isOverseer(user) ? q.agent : user.username,
    direction: q.direction,
    cause: q.cause,
    result: q.result,
    numberDigits: digits ? digits.slice(-9) : undefined,
  };
}

export type CallView = {
  id: string;
  source: string;
  direction: 'inbound' | 'outbound';
  ani: string | null;
  dnis: string | null;
  queue: string | null;
  agent: string | null;
  customer_id: string | null;
  offered_at: string;
  queued_at: string | null;
  answered_at: string | null;
  ended_at: string | null;
  wrap_up_ended_at: string | null;
  cause: string | null;
  outcome: string | null;
  wait_seconds: number | null;
  talk_seconds: number | null;
  hold_seconds: number;
  hold_count: number;
  ivr_path: string | null;
  recording: string | null;
};

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const secondsBetween = (a: Date | null, b: Date | null) =>
  a && b ? Math.max(0, Math.round((b.getTime() - a.getTime()) / 1000)) : null;

/** A call as the API shows it: an agent sees numbers masked (SPEC A6). */
export function viewOf(row: CallRow, user: Pick<AuthUser, 'role'>): CallView {
  const mask = (n: string | null) => (n && !isOverseer(user) ? maskPhone(n) : n);
  const talk = secondsBetween(row.answeredAt, row.endedAt);
  return {
    id: row.id,
    source: row.source,
    direction: row.direction as CallView['direction'],
    ani: mask(row.ani),
    dnis: row.dnis,
    queue: row.queue,
    agent: row.agent,
    customer_id: row.customerId,
    offered_at: row.offeredAt.toISOString(),
    queued_at: iso(row.queuedAt),
    answered_at: iso(row.answeredAt),
    ended_at: iso(row.endedAt),
    wrap_up_ended_at: iso(row.wrapUpEndedAt),
    cause: row.cause,
    outcome: row.outcome,
    wait_seconds: secondsBetween(row.queuedAt, row.answeredAt ?? row.endedAt),
    // Talk excludes hold (SPEC K1 reports hold separately).
    talk_seconds: talk === null ? null : Math.max(0, talk - row.holdSeconds),
    hold_seconds: row.holdSeconds,
    hold_count: row.holdCount,
    ivr_path: row.ivrPath,
    recording: row.recording,
  };
}

export async function listCalls(
  database: Database,
  user: Pick<AuthUser, 'role' | 'username'>,
  query: CallFilterInput & { limit: number; offset: number },
  timeZone: string,
): Promise<{ items: CallView[]; total: number }> {
  const { items, total } = await findCalls(database.db, filterOf(user, query, timeZone), query.limit, query.offset);
  return { items: items.map((r) => viewOf(r, user)), total };
}

export type CallEventView = {
  seq: number;
  type: string;
  at: string;
  agent: string | null;
  data: Record<string, unknown> | null;
};

/** A call with its events in time order; another agent's call is not found (404), not forbidden. */
export async function getCall(
  database: Database,
  user: Pick<AuthUser, 'role' | 'username'>,
  id: string,
): Promise<{ call: CallView; events: CallEventView[] }> {
  const row = await findCallById(database.db, id);
  if (!row || (!isOverseer(user) && row.agent !== user.username)) throw new AppError('not_found');
  const events = (await findCallEventRows(database.db, id))
    .map((e) => ({ seq: e.seq, type: e.type, at: e.at.toISOString(), agent: e.agent, data: e.data ?? null }))
    .sort((a, b) => a.at.localeCompare(b.at) || a.seq - b.seq);
  return { call: viewOf(row, user), events };
}

/** Every call of the filter, page by page (exports). */
export async function* allCalls(
  database: Database,
  user: Pick<AuthUser, 'role' | 'username'>,
  query: CallFilterInput,
  timeZone: string,
  max: number,
): AsyncGenerator<CallRow[]> {
  const filter = filterOf(user, query, timeZone);
  const page = 1000;
  for (let offset = 0; offset < max; offset += page) {
    const { items } = await findCalls(database.db, filter, Math.min(page, max - offset), offset);
    if (items.length > 0) yield items;
    if (items.length < page) return;
  }
}

export type AgentTimelineView = {
  agent: string;
  date: string;
  day_start: string;
  day_end: string;
  segments: { state: AgentState; reason: string | null; from: string; to: string; seconds: number }[];
  totals: Record<AgentState, number>;
  /** Seconds of break per reason, with the reason's names when it is one of the break reasons kept. */
  break_reasons: { reason: string | null; name_ar: string | null; name_en: string | null; seconds: number }[];
  changes: { state: AgentState; reason: string | null; at: string; source: string }[];
};

/** An agent's day (SPEC A1): the changes and the time per state; an agent reads only his own. */
export async function agentTimeline(
  database: Database,
  user: Pick<AuthUser, 'role' | 'username'>,
  agent: string,
  date: string,
  timeZone: string,
  clock: Clock,
): Promise<AgentTimelineView> {
  if (!isOverseer(user) && agent !== user.username) throw new AppError('not_found');
  const probe = dayTimeline([], date, timeZone, clock.now());
  const rows = await findAgentStateChanges(database.db, agent, probe.dayStart, probe.dayEnd);
  const changes = rows
    .filter((r): r is typeof r & { state: AgentState } => (agentStates as readonly string[]).includes(r.state))
    .map((r) => ({ state: r.state, reason: r.reason, at: r.at, source: r.source }));
  const day = dayTimeline(changes, date, timeZone, clock.now());
  const names = await findBreakReasonNames(database.db);
  return {
    agent,
    date,
    day_start: day.dayStart.toISOString(),
    day_end: day.dayEnd.toISOString(),
    segments: day.segments.map((s) => ({ ...s, from: s.from.toISOString(), to: s.to.toISOString() })),
    totals: day.totals,
    break_reasons: Object.entries(day.breakReasons).map(([reason, seconds]) => ({
      reason: reason || null,
      name_ar: names.get(reason)?.nameAr ?? null,
      name_en: names.get(reason)?.nameEn ?? null,
      seconds,
    })),
    changes: changes
      .filter((c) => c.at >= day.dayStart)
      .map((c) => ({ state: c.state, reason: c.reason, at: c.at.toISOString(), source: c.source })),
  };
}
