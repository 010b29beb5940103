import { and, asc, eq, gt, gte, isNotNull, lt, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { agentStateChanges, callQueues, calls } from './telephony.schema.ts';

// What the KPI module reads of the call records and agent states: only the fields its formulas
// need, for the calls that ended in a range.

export type KpiCallRow = {
  queue: string | null;
  agent: string | null;
  queuedAt: Date | null;
  answeredAt: Date | null;
  endedAt: Date | null;
  wrapUpEndedAt: Date | null;
  cause: string | null;
  holdSeconds: number;
};

/** The longest a call can last and still be found by the end of its range (offered before it). */
const LONGEST_CALL_MS = 24 * 3600 * 1000;

/** Queued calls that ended in [from, to), optionally of one queue, in the order they ended. */
export async function findQueuedCallsEndedBetween(
  db: DbOrTx,
  from: Date,
  to: Date,
  queue?: string,
): Promise<KpiCallRow[]> {
  return db
    .select({
      queue: calls.queue,
      agent: calls.agent,
      queuedAt: calls.queuedAt,
      answeredAt: calls.answeredAt,
      endedAt: calls.endedAt,
      wrapUpEndedAt: calls.wrapUpEndedAt,
      cause: calls.cause,
      holdSeconds: calls.holdSeconds,
    })
    .from(calls)
    .where(
      and(
        // The index on offered_at narrows the scan; ended_at decides.
        gte(calls.offeredAt, new Date(from.getTime() - LONGEST_CALL_MS)),
        lt(calls.offeredAt, to),
        isNotNull(calls.queuedAt),
        gte(calls.endedAt, from),
        lt(calls.endedAt, to),
        queue === undefined ? undefined : eq(calls.queue, queue),
      ),
    )
    .orderBy(asc(calls.endedAt));
}

/**
 * One page of the queued calls that ended in [from, to), in the order they were offered, after
 * the call `after` (keyset: offered_at, id), so that a report over millions of calls reads them
 * a page at a time on the offered_at index instead of holding them all.
 */
export async function findQueuedCallsEndedBetweenPage(
  db: DbOrTx,
  from: Date,
  to: Date,
  queue: string | undefined,
  after: { offeredAt: Date; id: string } | null,
  limit: number,
): Promise<(KpiCallRow & { id: string; offeredAt: Date })[]> {
  return db
    .select({
      id: calls.id,
      offeredAt: calls.offeredAt,
      queue: calls.queue,
      agent: calls.agent,
      queuedAt: calls.queuedAt,
      answeredAt: calls.answeredAt,
      endedAt: calls.endedAt,
      wrapUpEndedAt: calls.wrapUpEndedAt,
      cause: calls.cause,
      holdSeconds: calls.holdSeconds,
    })
    .from(calls)
    .where(
      and(
        gte(calls.offeredAt, new Date(from.getTime() - LONGEST_CALL_MS)),
        lt(calls.offeredAt, to),
        after === null
          ? undefined
          : or(gt(calls.offeredAt, after.offeredAt), and(eq(calls.offeredAt, after.offeredAt), gt(calls.id, after.id))),
        isNotNull(calls.queuedAt),
        gte(calls.endedAt, from),
        lt(calls.endedAt, to),
        queue === undefined ? undefined : eq(calls.queue, queue),
      ),
    )
    .orderBy(asc(calls.offeredAt), asc(calls.id))
    .limit(limit);
}

/** One call's KPI fields by its id (the wallboard reads a call again when its record changes). */
export async function findKpiCallById(db: DbOrTx, id: string): Promise<KpiCallRow | undefined> {
  const [row] = await db
    .select({
      queue: calls.queue,
      agent: calls.agent,
      queuedAt: calls.queuedAt,
      answeredAt: calls.answeredAt,
      endedAt: calls.endedAt,
      wrapUpEndedAt: calls.wrapUpEndedAt,
      cause: calls.cause,
      holdSeconds: calls.holdSeconds,
    })
    .from(calls)
    .where(eq(calls.id, id));
  return row;
}

export type QueueRulesRow = { code: string; slSeconds: number; slAbandoned: string; shortAbandonSeconds: number };

export async function findQueueMeasureRules(db: DbOrTx): Promise<QueueRulesRow[]> {
  return db
    .select({
      code: callQueues.code,
      slSeconds: callQueues.slSeconds,
      slAbandoned: callQueues.slAbandoned,
      shortAbandonSeconds: callQueues.shortAbandonSeconds,
    })
    .from(callQueues);
}

export type StateChangeRow = { agent: string; state: string; at: Date };

/**
 * Every agent's state changes in [from, to), each agent's last change before `from` first (the
 * state the range starts in), ordered by agent and time.
 */
export async function findStateChangesBetween(db: DbOrTx, from: Date, to: Date): Promise<StateChangeRow[]> {
  const before = await db
    .selectDistinctOn([agentStateChanges.agent], {
      agent: agentStateChanges.agent,
      state: agentStateChanges.state,
      at: agentStateChanges.at,
    })
    .from(agentStateChanges)
    .where(lt(agentStateChanges.at, from))
    .orderBy(agentStateChanges.agent, sql`${agentStateChanges.at} desc`, sql`${agentStateChanges.id} desc`);
  const within = await db
    .select({ agent: agentStateChanges.agent, state: agentStateChanges.state, at: agentStateChanges.at })
    .from(agentStateChanges)
    .where(and(gte(agentStateChanges.at, from), lt(agentStateChanges.at, to)))
    .orderBy(asc(agentStateChanges.agent), asc(agentStateChanges.at), asc(agentStateChanges.id));
  return [...before, ...within].sort(
    (a, b) => (a.agent < b.agent ? -1 : a.agent > b.agent ? 1 : 0) || a.at.getTime() - b.at.getTime(),
  );
}
