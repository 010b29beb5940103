import { and, asc, count, desc, eq, gte, isNotNull, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import type { AgentState } from './domain/agent-state.ts';
import type { CallRecord } from './domain/call-record.ts';
import { agentStateChanges, breakReasons, callEvents, calls } from './telephony.schema.ts';

export type CallRow = typeof calls.$inferSelect;
export type CallEventRow = typeof callEvents.$inferSelect;
export type AgentStateRow = typeof agentStateChanges.$inferSelect;

// ---- calls and their events ---------------------------------------------------------------

/**
 * The call of (source, external id), locked for the rest of the transaction; created with the
 * first event's time when it is new (the record is written in full once its events are stored).
 */
export async function lockOrCreateCall(
  db: DbOrTx,
  source: string,
  externalId: string,
  offeredAt: Date,
): Promise<{ id: string; created: boolean }> {
  const inserted = await db
    .insert(calls)
    .values({ source, externalId, direction: 'inbound', offeredAt })
    .onConflictDoNothing({ target: [calls.source, calls.externalId] })
    .returning({ id: calls.id });
  if (inserted[0]) return { id: inserted[0].id, created: true };
  const [row] = await db
    .select({ id: calls.id })
    .from(calls)
    .where(and(eq(calls.source, source), eq(calls.externalId, externalId)))
    .for('update');
  return { id: row!.id, created: false };
}

export async function findCallEventRows(db: DbOrTx, callId: string): Promise<CallEventRow[]> {
  return db.select().from(callEvents).where(eq(callEvents.callId, callId)).orderBy(asc(callEvents.seq));
}

export async function insertCallEventRows(
  db: DbOrTx,
  rows: {
    callId: string;
    seq: number;
    type: string;
    at: Date;
    agent: string | null;
    data: Record<string, unknown> | null;
  }[],
): Promise<void> {
  if (rows.length === 0) return;
  await db.insert(callEvents).values(rows);
}

export async function updateCallRecord(db: DbOrTx, callId: string, record: CallRecord): Promise<CallRow> {
  const [row] = await db
    .update(calls)
    .set({
      direction: record.direction,
      ani: record.ani,
      dnis: record.dnis,
      queue: record.queue,
      agent: record.agent,
      customerId: record.customerId,
      offeredAt: record.offeredAt,
      queuedAt: record.queuedAt,
      answeredAt: record.answeredAt,
      endedAt: record.endedAt,
      wrapUpEndedAt: record.wrapUpEndedAt,
      cause: record.cause,
      outcome: record.outcome,
      holdSeconds: record.holdSeconds,
      holdCount: record.holdCount,
      ivrPath: record.ivrPath,
      recording: record.recording,
    })
    .where(eq(calls.id, callId))
    .returning();
  return row!;
}

export type CallFilter = {
  /** Days in the installation's time zone, both included (by the time the call was offered). */
  from?: string;
  to?: string;
  timeZone: string;
  queue?: string;
  agent?: string;
  direction?: 'inbound' | 'outbound';
  cause?: string;
  /** answered, abandoned (cause abandoned), unanswered (not answered, whatever the cause). */
  result?: 'answered' | 'abandoned' | 'unanswered';
  /** The last digits of the caller's or dialled number. */
  numberDigits?: string;
};

function whereOf(f: CallFilter): SQL | undefined {
  const where: (SQL | undefined)[] = [];
  // A day's bounds as instants, so the index on offered_at serves the range.
  if (f.from) where.push(sql`${calls.offeredAt} >= (${f.from}::date::timestamp at time zone ${f.timeZone})`);
  if (f.to) where.push(sql`${calls.offeredAt} < ((${f.to}::date + 1)::timestamp at time zone ${f.timeZone})`);
  if (f.queue) where.push(eq(calls.queue, f.queue));
  if (f.agent) where.push(eq(calls.agent, f.agent));
  if (f.direction) where.push(eq(calls.direction, f.direction));
  if (f.cause) where.push(eq(calls.cause, f.cause));
  if (f.result === 'answered') where.push(isNotNull(calls.answeredAt));
  if (f.result === 'abandoned') where.push(eq(calls.cause, 'abandoned'));
  if (f.result === 'unanswered') where.push(isNull(calls.answeredAt));
  if (f.numberDigits) {
    const pattern = `%${f.numberDigits}%`;
    where.push(
      or(
        sql`regexp_replace(coalesce(${calls.ani}, ''), '[^0-9]', '', 'g') like ${pattern}`,
        sql`regexp_replace(coalesce(${calls.dnis}, ''), '[^0-9]', '', 'g') like ${pattern}`,
      ),
    );
  }
  const present = where.filter((w): w is SQL => w !== undefined);
  return present.length ? and(...present) : undefined;
}

/** Calls newest first, and how many match in all. */
export async function findCalls(
  db: DbOrTx,
  filter: CallFilter,
  limit: number,
  offset: number,
): Promise<{ items: CallRow[]; total: number }> {
  const where = whereOf(filter);
  const items = await db
    .select()
    .from(calls)
    .where(where)
    .orderBy(desc(calls.offeredAt), desc(calls.id))
    .limit(limit)
    .offset(offset);
  const [total] = await db.select({ n: count() }).from(calls).where(where);
  return { items, total: Number(total?.n ?? 0) };
}

export async function findCallById(db: DbOrTx, id: string): Promise<CallRow | undefined> {
  const [row] = await db.select().from(calls).where(eq(calls.id, id));
  return row;
}

// ---- agent states -------------------------------------------------------------------------

/** The break reasons managers keep (prayer, lunch …), by code. */
export async function findBreakReasonNames(db: DbOrTx): Promise<Map<string, { nameAr: string; nameEn: string }>> {
  const rows = await db
    .select({ code: breakReasons.code, nameAr: breakReasons.nameAr, nameEn: breakReasons.nameEn })
    .from(breakReasons);
  return new Map(rows.map((r) => [r.code, { nameAr: r.nameAr, nameEn: r.nameEn }]));
}

/** Stores a change; a change already stored (same agent, time, state and source) is not repeated. */
export async function insertAgentStateChange(
  db: DbOrTx,
  change: { agent: string; state: AgentState; reason: string | null; at: Date; source: string },
): Promise<AgentStateRow | undefined> {
  const [row] = await db.insert(agentStateChanges).values(change).onConflictDoNothing().returning();
  return row;
}

/** The agent's latest change at or before `at` (the state he is in then). */
export async function findAgentStateAt(db: DbOrTx, agent: string, at: Date): Promise<AgentStateRow | undefined> {
  const [row] = await db
    .select()
    .from(agentStateChanges)
    .where(and(eq(agentStateChanges.agent, agent), lt(agentStateChanges.at, new Date(at.getTime() + 1))))
    .orderBy(desc(agentStateChanges.at), desc(agentStateChanges.id))
    .limit(1);
  return row;
}

/** The changes in [from, to), with the last one before `from` first (the state the period starts in). */
export async function findAgentStateChanges(db: DbOrTx, agent: string, from: Date, to: Date): Promise<AgentStateRow[]> {
  const [before] = await db
    .select()
    .from(agentStateChanges)
    .where(and(eq(agentStateChanges.agent, agent), lt(agentStateChanges.at, from)))
    .orderBy(desc(agentStateChanges.at), desc(agentStateChanges.id))
    .limit(1);
  const within = await db
    .select()
    .from(agentStateChanges)
    .where(and(eq(agentStateChanges.agent, agent), gte(agentStateChanges.at, from), lt(agentStateChanges.at, to)))
    .orderBy(asc(agentStateChanges.at), asc(agentStateChanges.id));
  return before ? [before, ...within] : within;
}

/** The call of (source, external id) — a live call's record, found by its leg id. */
export async function findCallByExternalId(
  db: DbOrTx,
  source: string,
  externalId: string,
): Promise<CallRow | undefined> {
  const [row] = await db
    .select()
    .from(calls)
    .where(and(eq(calls.source, source), eq(calls.externalId, externalId)))
    .limit(1);
  return row;
}
