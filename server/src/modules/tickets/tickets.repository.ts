import { and, asc, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { contactPoints, customers } from '../customers/index.ts';
import { users } from '../users/index.ts';
import {
  inquiries,
  ticketAttachments,
  ticketEvents,
  ticketGroupMembers,
  ticketGroups,
  ticketMessages,
  tickets,
  ticketSettings,
  ticketSlaPolicies,
  ticketSurveyRequests,
} from './tickets.schema.ts';
import { openStatuses, ticketStatuses } from './domain/status.ts';
import { rowsOf as rows } from '../../db/client.ts';

export type TicketRow = typeof tickets.$inferSelect;
export type NewTicketRow = typeof tickets.$inferInsert;
export type GroupRow = typeof ticketGroups.$inferSelect;
export type PolicyRow = typeof ticketSlaPolicies.$inferSelect;

// ---- groups and membership ---------------------------------------------------------------

export async function findGroups(db: DbOrTx): Promise<GroupRow[]> {
  return db.select().from(ticketGroups).orderBy(asc(ticketGroups.code));
}

export async function findGroup(db: DbOrTx, code: string): Promise<GroupRow | undefined> {
  const [row] = await db.select().from(ticketGroups).where(eq(ticketGroups.code, code));
  return row;
}

export async function updateGroupRow(db: DbOrTx, code: string, patch: Partial<typeof ticketGroups.$inferInsert>) {
  const [row] = await db
    .update(ticketGroups)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(ticketGroups.code, code))
    .returning();
  return row;
}

export async function findGroupCodesOfUser(db: DbOrTx, userId: string): Promise<string[]> {
  const found = await db
    .select({ code: ticketGroupMembers.groupCode })
    .from(ticketGroupMembers)
    .where(eq(ticketGroupMembers.userId, userId))
    .orderBy(asc(ticketGroupMembers.groupCode));
  return found.map((r) => r.code);
}

export async function findMembers(db: DbOrTx, groupCode?: string) {
  const query = db
    .select({
      groupCode: ticketGroupMembers.groupCode,
      id: users.id,
      username: users.username,
      displayName: users.displayName,
      role: users.role,
      active: users.active,
    })
    .from(ticketGroupMembers)
    .innerJoin(users, eq(users.id, ticketGroupMembers.userId))
    .$dynamic();
  if (groupCode) query.where(eq(ticketGroupMembers.groupCode, groupCode));
  return query.orderBy(asc(users.username));
}

export async function isMember(db: DbOrTx, userId: string, groupCode: string): Promise<boolean> {
  const [row] = await db
    .select({ one: sql<number>`1` })
    .from(ticketGroupMembers)
    .where(and(eq(ticketGroupMembers.userId, userId), eq(ticketGroupMembers.groupCode, groupCode)));
  return Boolean(row);
}

/** Replaces a user's groups with `codes`. */
export async function replaceUserGroups(db: DbOrTx, userId: string, codes: string[]) {
  await db.delete(ticketGroupMembers).where(eq(ticketGroupMembers.userId, userId));
  if (codes.length) await db.insert(ticketGroupMembers).values(codes.map((groupCode) => ({ userId, groupCode })));
}

/** Replaces a group's members with `userIds`. */
export async function replaceGroupMembers(db: DbOrTx, groupCode: string, userIds: string[]) {
  await db.delete(ticketGroupMembers).where(eq(ticketGroupMembers.groupCode, groupCode));
  if (userIds.length) await db.insert(ticketGroupMembers).values(userIds.map((userId) => ({ userId, groupCode })));
}

export async function findUsersByIds(db: DbOrTx, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({
      id: users.id,
      username: users.username,
      displayName: users.displayName,
      role: users.role,
      active: users.active,
    })
    .from(users)
    .where(inArray(users.id, ids));
}

// ---- SLA policies and settings -------------------------------------------------------------

export async function findPolicies(db: DbOrTx): Promise<PolicyRow[]> {
  return db
    .select()
    .from(ticketSlaPolicies)
    .orderBy(asc(ticketSlaPolicies.groupCode), sql`${ticketSlaPolicies.category} nulls first`);
}

/** The policy of a group for a category, else the group's default (category null). */
export async function findPolicyFor(db: DbOrTx, groupCode: string, category: string): Promise<PolicyRow | undefined> {
  const [row] = await db
    .select()
    .from(ticketSlaPolicies)
    .where(
      and(
        eq(ticketSlaPolicies.groupCode, groupCode),
        sql`(${ticketSlaPolicies.category} = ${category} or ${ticketSlaPolicies.category} is null)`,
      ),
    )
    .orderBy(sql`${ticketSlaPolicies.category} nulls last`)
    .limit(1);
  return row;
}

export async function replacePolicies(db: DbOrTx, policies: Array<typeof ticketSlaPolicies.$inferInsert>) {
  await db.delete(ticketSlaPolicies);
  if (policies.length) await db.insert(ticketSlaPolicies).values(policies);
}

export async function findTicketSettingValues(db: DbOrTx): Promise<Map<string, unknown>> {
  const found = await db.select().from(ticketSettings);
  return new Map(found.map((r) => [r.key, r.value]));
}

export async function upsertTicketSetting(db: DbOrTx, key: string, value: unknown, by: string | null) {
  await db
    .insert(ticketSettings)
    .values({ key, value, updatedBy: by })
    .onConflictDoUpdate({ target: ticketSettings.key, set: { value, updatedBy: by, updatedAt: new Date() } });
}

// ---- customers (read through the customers module's tables) ---------------------------------

export type CustomerRef = {
  id: string;
  customerNo: string;
  name: string;
  keyAccount: boolean;
  country: string;
  smsOptOut: boolean;
};

export async function findCustomerRefByNo(db: DbOrTx, customerNo: string): Promise<CustomerRef | undefined> {
  const [row] = await db
    .select({
      id: customers.id,
      customerNo: customers.customerNo,
      name: customers.name,
      keyAccount: customers.keyAccount,
      country: customers.country,
      smsOptOut: customers.smsOptOut,
    })
    .from(customers)
    .where(and(eq(customers.customerNo, customerNo), isNull(customers.archivedAt)));
  return row;
}

export async function findCustomerRefById(db: DbOrTx, id: string): Promise<CustomerRef | undefined> {
  const [row] = await db
    .select({
      id: customers.id,
      customerNo: customers.customerNo,
      name: customers.name,
      keyAccount: customers.keyAccount,
      country: customers.country,
      smsOptOut: customers.smsOptOut,
    })
    .from(customers)
    .where(eq(customers.id, id));
  return row;
}

/** A customer by an email address on file (inbound mail). */
export async function findCustomerIdByEmail(db: DbOrTx, address: string): Promise<string | undefined> {
  const [row] = await db
    .select({ id: contactPoints.customerId })
    .from(contactPoints)
    .where(and(eq(contactPoints.kind, 'email'), sql`lower(trim(${contactPoints.raw})) = ${address.toLowerCase()}`))
    .limit(1);
  return row?.id;
}

// ---- tickets -------------------------------------------------------------------------------

export async function insertTicket(db: DbOrTx, row: NewTicketRow): Promise<TicketRow> {
  const [created] = await db.insert(tickets).values(row).returning();
  return created!;
}

export async function findTicketById(db: DbOrTx, id: string): Promise<TicketRow | undefined> {
  const [row] = await db.select().from(tickets).where(eq(tickets.id, id));
  return row;
}

export async function findTicketByNumber(db: DbOrTx, n: number): Promise<TicketRow | undefined> {
  const [row] = await db.select().from(tickets).where(eq(tickets.number, n));
  return row;
}

export async function findTicketByThread(db: DbOrTx, threadId: string): Promise<TicketRow | undefined> {
  const [row] = await db
    .select()
    .from(tickets)
    .where(eq(tickets.emailThreadId, threadId))
    .orderBy(desc(tickets.createdAt))
    .limit(1);
  return row;
}

/** Locks the ticket row for a change (the transaction's other writers wait). */
export async function lockTicket(db: DbOrTx, id: string): Promise<TicketRow | undefined> {
  const [row] = await db.select().from(tickets).where(eq(tickets.id, id)).for('update');
  return row;
}

/**
 * Writes a change when the ticket is still at `version`; undefined when someone else changed it
 * in between (optimistic concurrency: the caller answers 409 and nothing is overwritten).
 */
export async function updateTicketAtVersion(
  db: DbOrTx,
  id: string,
  version: number,
  patch: Partial<NewTicketRow>,
): Promise<TicketRow | undefined> {
  const [row] = await db
    .update(tickets)
    .set({ ...patch, version: sql`${tickets.version} + 1`, updatedAt: new Date() })
    .where(and(eq(tickets.id, id), eq(tickets.version, version)))
    .returning();
  return row;
}

export async function insertEvent(
  db: DbOrTx,
  event: { ticketId: string; kind: string; actorId: string | null; actor: string; data?: unknown; at?: Date },
) {
  await db.insert(ticketEvents).values({ ...event, data: event.data ?? null });
}

/** A ticket's history, oldest first, with the display name of the person behind each entry. */
export async function findEvents(db: DbOrTx, ticketId: string) {
  const found = await db
    .select({ event: ticketEvents, actorName: users.displayName })
    .from(ticketEvents)
    .leftJoin(users, eq(users.id, ticketEvents.actorId))
    .where(eq(ticketEvents.ticketId, ticketId))
    .orderBy(asc(ticketEvents.id));
  return found.map((r) => ({ ...r.event, actorName: r.actorName }));
}

export async function insertMessage(db: DbOrTx, row: typeof ticketMessages.$inferInsert) {
  const [created] = await db.insert(ticketMessages).values(row).returning();
  return created!;
}

export async function findMessagesOfTicket(db: DbOrTx, ticketId: string) {
  return rows<{
    id: string;
    kind: string;
    body: string;
    author: string;
    author_id: string | null;
    created_at: string | Date;
    outbound_message_id: string | null;
    outbound_status: string | null;
    inbound_email_id: string | null;
  }>(
    await db.execute(sql`
      select m.id, m.kind, m.body, m.author, m.author_id, m.created_at, m.outbound_message_id,
             o.status as outbound_status, m.inbound_email_id
        from ticket_messages m left join outbound_messages o on o.id = m.outbound_message_id
       where m.ticket_id = ${ticketId}::uuid order by m.created_at, m.id`),
  );
}

export async function findMessagesOfInquiry(db: DbOrTx, inquiryId: string) {
  return db
    .select()
    .from(ticketMessages)
    .where(eq(ticketMessages.inquiryId, inquiryId))
    .orderBy(asc(ticketMessages.createdAt));
}

export async function insertAttachment(db: DbOrTx, row: typeof ticketAttachments.$inferInsert) {
  const [created] = await db
    .insert(ticketAttachments)
    .values(row)
    .returning({ id: ticketAttachments.id, createdAt: ticketAttachments.createdAt });
  return created!;
}

const attachmentMeta = {
  id: ticketAttachments.id,
  filename: ticketAttachments.filename,
  contentType: ticketAttachments.contentType,
  size: ticketAttachments.size,
  sha256: ticketAttachments.sha256,
  uploadedBy: ticketAttachments.uploadedByLabel,
  createdAt: ticketAttachments.createdAt,
};

export async function findAttachmentsOf(db: DbOrTx, owner: { ticketId?: string; inquiryId?: string }) {
  return db
    .select(attachmentMeta)
    .from(ticketAttachments)
    .where(
      owner.ticketId
        ? eq(ticketAttachments.ticketId, owner.ticketId)
        : eq(ticketAttachments.inquiryId, owner.inquiryId ?? '00000000-0000-0000-0000-000000000000'),
    )
    .orderBy(asc(ticketAttachments.createdAt));
}

export async function findAttachmentContent(db: DbOrTx, id: string) {
  const [row] = await db.select().from(ticketAttachments).where(eq(ticketAttachments.id, id));
  return row;
}

export async function insertSurveyRequest(db: DbOrTx, row: typeof ticketSurveyRequests.$inferInsert) {
  await db.insert(ticketSurveyRequests).values(row).onConflictDoNothing();
}

export type PendingSurveyRequest = {
  id: string;
  ticketId: string;
  customerId: string;
  category: string;
  closedAt: Date;
  assigneeId: string | null;
};

/** Closings not yet taken by the surveys module, oldest first, with who handled the ticket. */
export async function findPendingSurveyRequests(db: DbOrTx, limit: number): Promise<PendingSurveyRequest[]> {
  return db
    .select({
      id: ticketSurveyRequests.id,
      ticketId: ticketSurveyRequests.ticketId,
      customerId: ticketSurveyRequests.customerId,
      category: ticketSurveyRequests.category,
      closedAt: ticketSurveyRequests.closedAt,
      assigneeId: tickets.assigneeId,
    })
    .from(ticketSurveyRequests)
    .innerJoin(tickets, eq(tickets.id, ticketSurveyRequests.ticketId))
    .where(isNull(ticketSurveyRequests.consumedAt))
    .orderBy(asc(ticketSurveyRequests.createdAt))
    .limit(limit);
}

export async function markSurveyRequestConsumed(db: DbOrTx, id: string, at: Date) {
  await db
    .update(ticketSurveyRequests)
    .set({ consumedAt: at })
    .where(and(eq(ticketSurveyRequests.id, id), isNull(ticketSurveyRequests.consumedAt)));
}

// ---- queues ----------------------------------------------------------------------------------

export type QueueFilter = {
  /** Tickets of these groups, or assigned to `assigneeOr`, or created by `creatorOr`. */
  groups?: string[];
  assigneeId?: string;
  assigneeOr?: string;
  creatorOr?: string;
  approvedClaims?: boolean;
  statuses: string[];
  category?: string;
  group?: string;
  breached?: boolean;
  customerNo?: string;
};

/**
 * One page of a queue, soonest SLA first for open work, newest first otherwise. The scope
 * (my groups, or assigned to me, or opened by me) is an OR; for open work each part is read
 * in due-time order from its own partial index and the parts are merged, so a page costs a
 * few index rows per group however many tickets there are.
 */
export async function findQueue(db: DbOrTx, filter: QueueFilter, limit: number, offset: number, now: Date) {
  // Statuses as literals (they are checked against the status list), so that the planner can
  // match the open-ticket partial indexes.
  const statusList = filter.statuses.filter((x) => (ticketStatuses as readonly string[]).includes(x));
  if (statusList.length === 0) return [];
  const common: SQL[] = [sql.raw(`t.status in (${statusList.map((x) => `'${x}'`).join(',')})`)];
  if (filter.assigneeId) common.push(sql`t.assignee_id = ${filter.assigneeId}::uuid`);
  if (filter.category) common.push(sql`t.category = ${filter.category}`);
  if (filter.group) common.push(sql`t.group_code = ${filter.group}`);
  if (filter.customerNo) {
    common.push(sql`t.customer_id = (select id from customers where customer_no = ${filter.customerNo})`);
  }
  const breached = sql`(t.sla_breached_at is not null or (t.status in ('new','open','escalated') and t.sla_due_at < ${now.toISOString()}::timestamptz))`;
  if (filter.breached === true) common.push(breached);
  if (filter.breached === false) common.push(sql`not ${breached}`);
  const scopes: SQL[] = [
    ...(filter.groups ?? []).map((g) => sql`t.group_code = ${g}`),
    ...(filter.assigneeOr ? [sql`t.assignee_id = ${filter.assigneeOr}::uuid`] : []),
    ...(filter.creatorOr ? [sql`t.created_by = ${filter.creatorOr}::uuid`] : []),
    ...(filter.approvedClaims ? [sql`(t.category = 'claim' and t.claim_approval = 'approved')`] : []),
  ];
  const scoped = filter.groups || filter.assigneeOr || filter.creatorOr || filter.approvedClaims;
  const onlyOpen = filter.statuses.every((s) => (openStatuses as readonly string[]).includes(s));
  const where = (extra: SQL[]) => sql.join([...common, ...extra], sql` and `);
  let ids: SQL;
  if (scoped && scopes.length === 0) return [];
  if (scoped && onlyOpen) {
    const branches = scopes.map(
      (scope) =>
        sql`(select t.id, t.sla_due_at from tickets t where ${where([scope])} order by t.sla_due_at, t.id limit ${limit + offset})`,
    );
    ids = sql`select id, sla_due_at from (${sql.join(branches, sql` union `)}) u order by sla_due_at, id limit ${limit} offset ${offset}`;
  } else {
    const scopeSql = scoped ? [sql`(${sql.join(scopes, sql` or `)})`] : [];
    const order = onlyOpen ? sql`t.sla_due_at, t.id` : sql`t.created_at desc, t.id desc`;
    ids = sql`select t.id from tickets t where ${where(scopeSql)} order by ${order} limit ${limit} offset ${offset}`;
  }
  const order = onlyOpen ? sql`t.sla_due_at asc, t.id asc` : sql`t.created_at desc, t.id desc`;
  return rows<QueueRow>(
    await db.execute(sql`
      select t.id, t.number, t.category, t.subject, t.group_code, t.status, t.priority, t.sla_due_at, t.sla_warn_at,
             t.sla_paused_at, t.sla_breached_at, t.resolved_at, t.created_at, t.updated_at, t.version, t.assignee_id,
             t.claim_approval, t.country,
             u.display_name as assignee_name, c.customer_no, c.name as customer_name, c.key_account
        from (${ids}) page
        join tickets t on t.id = page.id
        join customers c on c.id = t.customer_id
        left join users u on u.id = t.assignee_id
       order by ${order}`),
  );
}

export type QueueRow = {
  id: string;
  number: number | string;
  category: string;
  subject: string;
  group_code: string;
  status: string;
  priority: string;
  sla_due_at: string | Date;
  sla_warn_at: string | Date;
  sla_paused_at: string | Date | null;
  sla_breached_at: string | Date | null;
  resolved_at: string | Date | null;
  created_at: string | Date;
  updated_at: string | Date;
  version: number;
  assignee_id: string | null;
  assignee_name: string | null;
  claim_approval: string;
  country: string;
  customer_no: string;
  customer_name: string;
  key_account: boolean;
};

export function sqlTextArray(values: string[]): SQL {
  return sql`array[${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )}]::text[]`;
}

/**
 * Changes an inquiry and counts its version up; with `expectedVersion`, only while the inquiry
 * is still at that version. The row as changed, or undefined when nothing was.
 */
export async function updateInquiryRow(
  db: DbOrTx,
  id: string,
  patch: Partial<typeof inquiries.$inferInsert>,
  expectedVersion?: number,
) {
  const [row] = await db
    .update(inquiries)
    .set({ ...patch, version: sql`${inquiries.version} + 1` })
    .where(
      expectedVersion === undefined
        ? eq(inquiries.id, id)
        : and(eq(inquiries.id, id), eq(inquiries.version, expectedVersion)),
    )
    .returning();
  return row;
}

/** A customer's open tickets, the most urgent SLA first: what the screen pop shows. */
export async function findOpenTicketsOfCustomer(db: DbOrTx, customerId: string, limit: number) {
  return db
    .select({
      number: tickets.number,
      subject: tickets.subject,
      status: tickets.status,
      slaDueAt: tickets.slaDueAt,
    })
    .from(tickets)
    .where(and(eq(tickets.customerId, customerId), inArray(tickets.status, [...openStatuses])))
    .orderBy(asc(tickets.slaDueAt))
    .limit(limit);
}
