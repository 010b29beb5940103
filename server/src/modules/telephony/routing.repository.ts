// Queues, DNIS routes, agents' seats and skills, break reasons: what the routing runtime loads.
import { and, asc, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { users } from '../users/index.ts';
import type { QueueRule, Strategy } from './domain/routing-types.ts';
import {
  agentQueueLogins,
  agentSkills,
  breakReasons,
  callQueues,
  calls,
  dialRoutes,
  ivrMenus,
  telephonyAgents,
} from './telephony.schema.ts';

export type QueueRow = typeof callQueues.$inferSelect;

export function queueRuleOf(row: QueueRow): QueueRule {
  return {
    code: row.code,
    skill: row.skill,
    strategy: row.strategy as Strategy,
    priority: row.priority,
    wrapUpSeconds: row.wrapUpSeconds,
    slSeconds: row.slSeconds,
    overflowSeconds: row.overflowSeconds,
    overflowQueue: row.overflowQueue,
    callbackAfterSeconds: row.callbackAfterSeconds,
    hours: row.hours,
    closedAction: row.closedAction as QueueRule['closedAction'],
  };
}

export async function findQueues(db: DbOrTx, options: { activeOnly?: boolean } = {}): Promise<QueueRow[]> {
  return db
    .select()
    .from(callQueues)
    .where(options.activeOnly ? eq(callQueues.active, true) : undefined)
    .orderBy(asc(callQueues.code));
}

export async function findDialRoutes(db: DbOrTx) {
  return db.select().from(dialRoutes).orderBy(asc(dialRoutes.dnis));
}

export async function findIvrMenus(db: DbOrTx) {
  return db.select().from(ivrMenus).orderBy(asc(ivrMenus.code));
}

export async function upsertDialRoute(db: DbOrTx, row: typeof dialRoutes.$inferInsert) {
  await db
    .insert(dialRoutes)
    .values(row)
    .onConflictDoUpdate({
      target: dialRoutes.dnis,
      set: { targetKind: row.targetKind, target: row.target, note: row.note ?? null, updatedAt: new Date() },
    });
}

export async function findBreakReasons(db: DbOrTx) {
  return db.select().from(breakReasons).where(eq(breakReasons.active, true)).orderBy(asc(breakReasons.sort));
}

/** Everyone who may take calls: active agents and supervisors, with their skills, levels, seat and queue log-ins. */
export async function findCallTakers(db: DbOrTx) {
  const people = await db
    .select({
      username: users.username,
      displayName: users.displayName,
      skills: users.skills,
      role: users.role,
      teams: users.teams,
    })
    .from(users)
    .where(and(eq(users.active, true), inArray(users.role, ['agent', 'supervisor'])))
    .orderBy(asc(users.username));
  const names = people.map((p) => p.username);
  if (names.length === 0) return [];
  const [levels, seats, logins] = await Promise.all([
    db.select().from(agentSkills).where(inArray(agentSkills.agent, names)),
    db.select().from(telephonyAgents).where(inArray(telephonyAgents.agent, names)),
    db.select().from(agentQueueLogins).where(inArray(agentQueueLogins.agent, names)),
  ]);
  return people.map((p) => ({
    ...p,
    levels: Object.fromEntries(levels.filter((l) => l.agent === p.username).map((l) => [l.skill, l.level])),
    seat: seats.find((s) => s.agent === p.username) ?? null,
    queues: logins.filter((l) => l.agent === p.username).map((l) => l.queue),
  }));
}

export async function upsertSeat(db: DbOrTx, row: typeof telephonyAgents.$inferInsert) {
  await db
    .insert(telephonyAgents)
    .values(row)
    .onConflictDoUpdate({
      target: telephonyAgents.agent,
      set: { endpoint: row.endpoint ?? null, simulated: row.simulated ?? false, updatedAt: new Date() },
    });
}

/** Replace the queues an agent is logged in to. */
export async function replaceQueueLogins(db: DbOrTx, agent: string, queues: readonly string[]) {
  await db.delete(agentQueueLogins).where(eq(agentQueueLogins.agent, agent));
  if (queues.length > 0) await db.insert(agentQueueLogins).values(queues.map((queue) => ({ agent, queue })));
}

export type QueueDayFigures = { offered: number; answered: number; abandoned: number; answeredWithin: number };

/**
 * Per queue, calls offered in [from, to): answered, abandoned, and answered within the queue's
 * service-level seconds (SPEC K1: short abandons — under the queue's threshold — left out of both).
 */
export async function queueDayFigures(db: DbOrTx, from: Date, to: Date): Promise<Map<string, QueueDayFigures>> {
  const waited = sql`extract(epoch from (coalesce(${calls.answeredAt}, ${calls.endedAt}) - coalesce(${calls.queuedAt}, ${calls.offeredAt})))`;
  const shortAbandon = sql`(${calls.answeredAt} is null and ${calls.endedAt} is not null and ${waited} < ${callQueues.shortAbandonSeconds})`;
  const rows = await db
    .select({
      queue: calls.queue,
      offered: sql<number>`count(*) filter (where not ${shortAbandon})::int`,
      answered: sql<number>`count(*) filter (where ${calls.answeredAt} is not null)::int`,
      abandoned: sql<number>`count(*) filter (where ${calls.cause} = 'abandoned' and not ${shortAbandon})::int`,
      answeredWithin: sql<number>`count(*) filter (where ${calls.answeredAt} is not null and ${waited} <= ${callQueues.slSeconds})::int`,
    })
    .from(calls)
    .innerJoin(callQueues, eq(callQueues.code, calls.queue))
    .where(and(eq(calls.direction, 'inbound'), gte(calls.offeredAt, from), lt(calls.offeredAt, to)))
    .groupBy(calls.queue);
  return new Map(
    rows.map((r) => [
      r.queue ?? '',
      { offered: r.offered, answered: r.answered, abandoned: r.abandoned, answeredWithin: r.answeredWithin },
    ]),
  );
}
