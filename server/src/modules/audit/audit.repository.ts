import { and, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { auditLog } from './audit.schema.ts';

export type AuditEntry = {
  actorId: string | null;
  actor: string;
  action: string;
  entity: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
  ip?: string | null;
  requestId?: string | null;
};

export async function insertAuditEntry(db: DbOrTx, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values({
    actorId: entry.actorId,
    actor: entry.actor,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId ?? null,
    before: entry.before ?? null,
    after: entry.after ?? null,
    ip: entry.ip ?? null,
    requestId: entry.requestId ?? null,
  });
}

export type AuditFilter = {
  entity?: string;
  entityId?: string;
  actorId?: string;
  action?: string;
  /** Days in the installation's time zone, both included. */
  from?: string;
  to?: string;
  timeZone?: string;
};

function whereOf(filter: AuditFilter): SQL | undefined {
  const where: SQL[] = [];
  if (filter.entity) where.push(eq(auditLog.entity, filter.entity));
  if (filter.entityId) where.push(eq(auditLog.entityId, filter.entityId));
  if (filter.actorId) where.push(eq(auditLog.actorId, filter.actorId));
  if (filter.action) where.push(eq(auditLog.action, filter.action));
  const tz = filter.timeZone ?? 'UTC';
  // A day's bounds as instants, so the index on `at` serves the range.
  if (filter.from) where.push(sql`${auditLog.at} >= (${filter.from}::date::timestamp at time zone ${tz})`);
  if (filter.to) where.push(sql`${auditLog.at} < ((${filter.to}::date + 1)::timestamp at time zone ${tz})`);
  return where.length ? and(...where) : undefined;
}

const uuidLike = sql.raw(`'^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'`);

/**
 * Entries newest first, with the acting person's name and the record's own name: a ticket's or
 * an inquiry's number, a customer's or a user's name (the tables are named, not imported: every
 * module writes the audit log, so it depends on none of them).
 */
export async function findAuditEntries(db: DbOrTx, filter: AuditFilter, limit: number, offset: number) {
  const id = sql`${auditLog.entityId}`;
  return db
    .select({
      id: auditLog.id,
      at: auditLog.at,
      actorId: auditLog.actorId,
      actor: auditLog.actor,
      actorName: sql<string | null>`(select u.display_name from users u where u.id = ${auditLog.actorId})`,
      action: auditLog.action,
      entity: auditLog.entity,
      entityId: auditLog.entityId,
      entityLabel: sql<string | null>`case
        when ${id} !~ ${uuidLike} then
          case when ${auditLog.entity} = 'customer' then (select c.name from customers c where c.customer_no = ${id}) end
        when ${auditLog.entity} = 'ticket' then (select 'T-' || lpad(t.number::text, 6, '0') from tickets t where t.id = ${id}::uuid)
        when ${auditLog.entity} = 'inquiry' then (select 'Q-' || lpad(q.number::text, 6, '0') from inquiries q where q.id = ${id}::uuid)
        when ${auditLog.entity} = 'user' then (select u.display_name from users u where u.id = ${id}::uuid)
      end`,
      before: auditLog.before,
      after: auditLog.after,
      ip: auditLog.ip,
    })
    .from(auditLog)
    .where(whereOf(filter))
    .orderBy(desc(auditLog.id))
    .limit(limit)
    .offset(offset);
}
