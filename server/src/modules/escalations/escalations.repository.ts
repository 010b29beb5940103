import { and, asc, count, desc, eq, gte, lt, min, ne, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { customers } from '../customers/index.ts';
import { users } from '../users/index.ts';
import { escalations } from './escalations.schema.ts';

export type EscalationRow = typeof escalations.$inferSelect;
export type EscalationListRow = EscalationRow & {
  customerNo: string | null;
  customerName: string | null;
  agentName: string | null;
};

export async function insertEscalation(db: DbOrTx, values: typeof escalations.$inferInsert): Promise<EscalationRow> {
  const [row] = await db.insert(escalations).values(values).returning();
  return row!;
}

export async function lockEscalation(db: DbOrTx, id: string): Promise<EscalationRow | undefined> {
  const [row] = await db.select().from(escalations).where(eq(escalations.id, id)).for('update');
  return row;
}

export async function updateEscalation(
  db: DbOrTx,
  id: string,
  values: Partial<typeof escalations.$inferInsert>,
): Promise<EscalationRow> {
  const [row] = await db.update(escalations).set(values).where(eq(escalations.id, id)).returning();
  return row!;
}

/** Escalations, open ones by due time first (the most urgent on top), then closed ones, newest first. */
export async function findEscalations(
  db: DbOrTx,
  filter: { agentId?: string; open?: boolean; limit: number },
): Promise<EscalationListRow[]> {
  const where: SQL[] = [];
  if (filter.agentId) where.push(eq(escalations.agentId, filter.agentId));
  if (filter.open === true) where.push(ne(escalations.status, 'done'));
  if (filter.open === false) where.push(eq(escalations.status, 'done'));
  const rows = await db
    .select({
      escalation: escalations,
      customerNo: customers.customerNo,
      customerName: customers.name,
      agentName: users.displayName,
    })
    .from(escalations)
    .leftJoin(customers, eq(customers.id, escalations.customerId))
    .leftJoin(users, eq(users.id, escalations.agentId))
    .where(where.length > 0 ? and(...where) : undefined)
    .orderBy(filter.open === false ? desc(escalations.doneAt) : asc(escalations.dueAt), desc(escalations.createdAt))
    .limit(filter.limit);
  return rows.map((r) => ({
    ...r.escalation,
    customerNo: r.customerNo,
    customerName: r.customerName,
    agentName: r.agentName,
  }));
}

/** Open escalations, those of them past their due time, and when the next one falls due. */
export async function countOpenEscalations(
  db: DbOrTx,
  now: Date,
): Promise<{ open: number; overdue: number; nextDueAt: Date | null }> {
  const [open] = await db.select({ n: count() }).from(escalations).where(ne(escalations.status, 'done'));
  const [overdue] = await db
    .select({ n: count() })
    .from(escalations)
    .where(and(ne(escalations.status, 'done'), lt(escalations.dueAt, now)));
  const [next] = await db
    .select({ at: min(escalations.dueAt) })
    .from(escalations)
    .where(and(ne(escalations.status, 'done'), gte(escalations.dueAt, now)));
  return { open: Number(open?.n ?? 0), overdue: Number(overdue?.n ?? 0), nextDueAt: next?.at ?? null };
}
