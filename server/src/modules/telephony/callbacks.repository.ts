// طلبات معاودة الاتصال — the call-backs the routing runtime keeps (call_callbacks), and the calls
// agents place, tied to their work items and looked up for an escalation.
import { and, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import type { CallbackReason, CallbackStatus, PendingCallback } from './domain/callbacks.ts';
import type { EndCause } from './port.ts';
import { callCallbacks, calls } from './telephony.schema.ts';

async function callIdOf(db: DbOrTx, source: string, externalId: string): Promise<string | null> {
  const [row] = await db
    .select({ id: calls.id })
    .from(calls)
    .where(and(eq(calls.source, source), eq(calls.externalId, externalId)));
  return row?.id ?? null;
}

export async function insertCallback(
  db: DbOrTx,
  callback: PendingCallback,
  from: { source: string; externalId: string } | null,
): Promise<void> {
  const callId = from ? await callIdOf(db, from.source, from.externalId) : null;
  await db
    .insert(callCallbacks)
    .values({
      id: callback.id,
      queue: callback.queue,
      number: callback.number,
      customerId: callback.customerId,
      callId,
      requestedAt: callback.requestedAt,
      status: callback.status,
      agent: callback.agent,
      reason: callback.reason,
      placeAt: callback.placeAt,
      workItemId: callback.workItemId,
      attempts: callback.attempts,
      lastCause: callback.lastCause,
      notBefore: callback.notBefore,
    })
    .onConflictDoNothing();
}

export async function updateCallbackRow(db: DbOrTx, callback: PendingCallback): Promise<void> {
  const closed = callback.status === 'done' || callback.status === 'failed';
  await db
    .update(callCallbacks)
    .set({
      status: callback.status,
      attempts: callback.attempts,
      lastCause: callback.lastCause,
      notBefore: callback.notBefore,
      doneAt: closed ? new Date() : null,
    })
    .where(eq(callCallbacks.id, callback.id));
}

/** Call-backs still to dial (a restart finds them again). */
export async function findOpenCallbacks(db: DbOrTx): Promise<PendingCallback[]> {
  const rows = await db
    .select()
    .from(callCallbacks)
    .where(inArray(callCallbacks.status, ['waiting', 'calling']));
  return rows.map((r) => ({
    id: r.id,
    queue: r.queue,
    number: r.number,
    customerId: r.customerId,
    agent: r.agent,
    reason: r.reason as CallbackReason,
    placeAt: r.placeAt ?? r.requestedAt,
    requestedAt: r.requestedAt,
    status: r.status as CallbackStatus,
    attempts: r.attempts,
    lastCause: (r.lastCause as EndCause | null) ?? null,
    notBefore: r.notBefore,
    workItemId: r.workItemId,
  }));
}

/** The work item an outbound call was placed for. */
export async function setCallWorkItem(db: DbOrTx, source: string, externalId: string, workItemId: string) {
  await db
    .update(calls)
    .set({ workItemId })
    .where(and(eq(calls.source, source), eq(calls.externalId, externalId)));
}

/** A call of the agent (by the id the telephone knows it by), with its customer: what an escalation names. */
export async function findAgentCall(
  db: DbOrTx,
  source: string,
  externalId: string,
  agent: string,
): Promise<{ id: string; customerId: string | null; ani: string | null } | null> {
  const [row] = await db
    .select({ id: calls.id, customerId: calls.customerId, ani: calls.ani })
    .from(calls)
    .where(and(eq(calls.source, source), eq(calls.externalId, externalId), eq(calls.agent, agent)));
  return row ?? null;
}
