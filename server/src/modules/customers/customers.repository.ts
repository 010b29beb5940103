import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import { rowsOf, type DbOrTx } from '../../db/client.ts';
import type { SearchTerms } from './domain/customer-search.ts';
import { users } from '../users/index.ts';
import { contactPoints, contracts, customers, customerTimeline, installments, payments } from './customers.schema.ts';

export type CustomerFilter = {
  /** A name (with its spelling variants), a customer or contract number or its beginning, a phone or part of it. */
  text?: SearchTerms;
  category?: 'A' | 'B' | 'C';
  type?: 'current' | 'prospect';
  country?: string;
  keyAccount?: boolean;
  hasOverdue?: boolean;
  /** Today in the installation's time zone (for "overdue"). */
  today: string;
};

export type CustomerSort = 'relevance' | 'customer_no' | 'name' | 'created_at';

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function whereOf(f: CustomerFilter): SQL | undefined {
  const where: SQL[] = [sql`${customers.archivedAt} is null`];
  if (f.text) {
    // Each way of finding a customer uses its own index; the union of their hits is the match.
    const { names, raw, e164, code, phoneDigits } = f.text;
    const exact = [raw, raw.toUpperCase()];
    const hits: SQL[] = [
      sql`select c.id from ${customers} c where c.customer_no in (${exact[0]}, ${exact[1]})`,
      sql`select k.customer_id from ${contracts} k where k.contract_no in (${exact[0]}, ${exact[1]})`,
    ];
    if (e164) hits.push(sql`select cp.customer_id from ${contactPoints} cp where cp.e164 = ${e164}`);
    if (code && /^\d{3,}$/.test(code)) {
      // Digits: anywhere in a customer number ("7202" in UY72020), through the trigram index.
      hits.push(sql`select c.id from ${customers} c where upper(c.customer_no) like ${`%${escapeLike(code)}%`}`);
    } else if (code) {
      // Letters and digits: the beginning of a customer number ("UX000"), as typed or in capitals,
      // as ranges of the unique index (the database collates by code point: C, C.UTF-8).
      for (const prefix of new Set([raw, code])) {
        hits.push(
          sql`select c.id from ${customers} c where c.customer_no >= ${prefix} and c.customer_no < ${`${prefix}\u{10ffff}`} and c.customer_no like ${`${escapeLike(prefix)}%`}`,
        );
      }
    }
    // A run of a phone's digits: E.164 holds digits only after its "+".
    if (phoneDigits && phoneDigits !== e164?.slice(1)) {
      hits.push(
        sql`select cp.customer_id from ${contactPoints} cp where cp.e164 like ${`%${escapeLike(phoneDigits)}%`}`,
      );
    }
    if (names.length) {
      const likes = names.map((n) => sql`c.name_norm like ${`%${escapeLike(n)}%`}`);
      hits.push(sql`select c.id from ${customers} c where ${sql.join(likes, sql` or `)}`);
    }
    where.push(sql`${customers.id} in (${sql.join(hits, sql` union `)})`);
  }
  if (f.category) where.push(eq(customers.category, f.category));
  if (f.type) where.push(eq(customers.type, f.type));
  if (f.country) where.push(eq(customers.country, f.country));
  if (f.keyAccount !== undefined) where.push(eq(customers.keyAccount, f.keyAccount));
  if (f.hasOverdue !== undefined) {
    const overdue = sql`exists (select 1 from ${installments} i where i.customer_id = ${customers.id} and i.paid_in_full_at is null and i.due_date < ${f.today})`;
    where.push(f.hasOverdue ? overdue : sql`not ${overdue}`);
  }
  return and(...where);
}

// Drizzle writes a column in a select list without its table; a correlated subquery there
// must name the outer table itself.
const outerId = sql.raw('"customers"."id"');

/**
 * Best matches first: the exact customer, contract or phone number, then customer numbers that
 * begin with the text, then names that begin with it, then the rest by how close the name is.
 */
function relevanceOf(t: SearchTerms): SQL[] {
  const exact = [t.raw, t.raw.toUpperCase()];
  const tiers: SQL[] = [
    sql`when ${customers.customerNo} in (${exact[0]}, ${exact[1]}) then 0`,
    sql`when exists (select 1 from ${contracts} k where k.customer_id = ${outerId} and k.contract_no in (${exact[0]}, ${exact[1]})) then 0`,
  ];
  if (t.e164) {
    tiers.push(
      sql`when exists (select 1 from ${contactPoints} cp where cp.customer_id = ${outerId} and cp.e164 = ${t.e164}) then 0`,
    );
  }
  if (t.code) tiers.push(sql`when upper(${customers.customerNo}) like ${`${escapeLike(t.code)}%`} then 1`);
  if (t.names.length) {
    const starts = t.names.map((n) => sql`${customers.nameNorm} like ${`${escapeLike(n)}%`}`);
    tiers.push(sql`when ${sql.join(starts, sql` or `)} then 2`);
  }
  const tier = sql`case ${sql.join(tiers, sql` `)} else 3 end`;
  const first = t.names[0];
  return first ? [asc(tier), desc(sql`public.similarity(${customers.nameNorm}, ${first})`)] : [asc(tier)];
}

export async function findCustomers(
  db: DbOrTx,
  f: CustomerFilter,
  sort: CustomerSort,
  order: 'asc' | 'desc',
  limit: number,
  offset: number,
) {
  const where = whereOf(f);
  const column =
    sort === 'name' ? customers.nameNorm : sort === 'created_at' ? customers.createdAt : customers.customerNo;
  const ordering =
    sort === 'relevance' && f.text
      ? [...relevanceOf(f.text), asc(customers.customerNo)]
      : [order === 'asc' ? asc(column) : desc(column)];
  const items = await db
    .select({
      id: customers.id,
      customerNo: customers.customerNo,
      name: customers.name,
      type: customers.type,
      category: customers.category,
      keyAccount: customers.keyAccount,
      country: customers.country,
      city: customers.city,
      smsOptOut: customers.smsOptOut,
      doNotCall: customers.doNotCall,
      outstandingMinor: sql<string>`(select coalesce(sum(i.amount_minor - i.paid_minor), 0) from ${installments} i where i.customer_id = ${outerId} and i.paid_in_full_at is null)`,
      overdueCount: sql<number>`(select count(*)::int from ${installments} i where i.customer_id = ${outerId} and i.paid_in_full_at is null and i.due_date < ${f.today})`,
      mobile: sql<
        string | null
      >`(select cp.raw from ${contactPoints} cp where cp.customer_id = ${outerId} and cp.kind = 'mobile' order by cp.created_at limit 1)`,
      mobileValid: sql<
        boolean | null
      >`(select cp.valid from ${contactPoints} cp where cp.customer_id = ${outerId} and cp.kind = 'mobile' order by cp.created_at limit 1)`,
    })
    .from(customers)
    .where(where)
    .orderBy(...ordering, asc(customers.id))
    .limit(limit)
    .offset(offset);
  const [total] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(customers)
    .where(where);
  return { items, total: total?.n ?? 0 };
}

export async function findCustomerByNo(db: DbOrTx, customerNo: string) {
  const [row] = await db.select().from(customers).where(eq(customers.customerNo, customerNo));
  return row;
}

/** A caller by number (ANI → customer, the screen pop): the customer whose contact point has this E.164. */
export async function findCustomerByPhone(db: DbOrTx, e164: string): Promise<CallerCustomer | null> {
  const [row] = await db
    .select({
      id: customers.id,
      customerNo: customers.customerNo,
      name: customers.name,
      keyAccount: customers.keyAccount,
    })
    .from(contactPoints)
    .innerJoin(customers, eq(customers.id, contactPoints.customerId))
    .where(eq(contactPoints.e164, e164))
    .orderBy(desc(customers.keyAccount), asc(customers.customerNo))
    .limit(1);
  return row ?? null;
}

export async function findCustomerSummary(db: DbOrTx, id: string): Promise<CallerCustomer | null> {
  const [row] = await db
    .select({
      id: customers.id,
      customerNo: customers.customerNo,
      name: customers.name,
      keyAccount: customers.keyAccount,
    })
    .from(customers)
    .where(eq(customers.id, id));
  return row ?? null;
}

/** Some customers' valid mobile numbers (the simulator's callers call from them: the demo's screen pop). */
export async function findSampleMobiles(db: DbOrTx, limit: number): Promise<string[]> {
  const rows = await db
    .select({ e164: contactPoints.e164 })
    .from(contactPoints)
    .where(and(eq(contactPoints.kind, 'mobile'), eq(contactPoints.valid, true)))
    .orderBy(asc(contactPoints.e164))
    .limit(limit);
  return rows.flatMap((r) => (r.e164 ? [r.e164] : []));
}

export type CallerCustomer = { id: string; customerNo: string; name: string; keyAccount: boolean };

export async function findContactPoints(db: DbOrTx, customerId: string) {
  return db
    .select()
    .from(contactPoints)
    .where(eq(contactPoints.customerId, customerId))
    .orderBy(asc(contactPoints.kind), asc(contactPoints.createdAt));
}

export async function findContactPoint(db: DbOrTx, customerId: string, id: string) {
  const [row] = await db
    .select()
    .from(contactPoints)
    .where(and(eq(contactPoints.id, id), eq(contactPoints.customerId, customerId)));
  return row;
}

export async function updateContactPointRow(db: DbOrTx, id: string, patch: Partial<typeof contactPoints.$inferInsert>) {
  const [row] = await db
    .update(contactPoints)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(contactPoints.id, id))
    .returning();
  return row!;
}

export async function findAccount(db: DbOrTx, customerId: string) {
  const [contractRows, installmentRows, paymentRows] = await Promise.all([
    db.select().from(contracts).where(eq(contracts.customerId, customerId)).orderBy(asc(contracts.contractNo)),
    db
      .select()
      .from(installments)
      .where(eq(installments.customerId, customerId))
      .orderBy(asc(installments.dueDate), asc(installments.installmentNo)),
    db
      .select({
        id: payments.id,
        installmentId: payments.installmentId,
        amountMinor: payments.amountMinor,
        paidAt: payments.paidAt,
        reference: payments.reference,
      })
      .from(payments)
      .where(eq(payments.customerId, customerId))
      .orderBy(desc(payments.paidAt))
      .limit(500),
  ]);
  return { contractRows, installmentRows, paymentRows };
}

export async function findTimeline(db: DbOrTx, customerId: string, limit: number) {
  return db
    .select({
      id: customerTimeline.id,
      at: customerTimeline.at,
      kind: customerTimeline.kind,
      summary: customerTimeline.summary,
      data: customerTimeline.data,
      actor: customerTimeline.actor,
      actorName: users.displayName,
      refType: customerTimeline.refType,
      refId: customerTimeline.refId,
    })
    .from(customerTimeline)
    .leftJoin(users, eq(users.id, customerTimeline.actorId))
    .where(eq(customerTimeline.customerId, customerId))
    .orderBy(desc(customerTimeline.at), desc(customerTimeline.id))
    .limit(limit);
}

export async function insertTimelineEntry(db: DbOrTx, row: typeof customerTimeline.$inferInsert) {
  await db.insert(customerTimeline).values(row);
}

export async function updateCustomerRow(db: DbOrTx, id: string, patch: Partial<typeof customers.$inferInsert>) {
  const [row] = await db
    .update(customers)
    .set({ ...patch, updatedAt: new Date() })
    .where(eq(customers.id, id))
    .returning();
  return row!;
}

/**
 * How a user who may not browse every customer reaches one (SPEC §1: "the customers behind
 * his or her work"): work items assigned to the user; tickets the user is assigned, opened or
 * whose group the user belongs to; inquiries the user logged; the shared mailbox's inquiries
 * (email, fax); approved claims (the claims officer); the caller of a call the user took in the
 * last day (the screen pop leads to the customer).
 */
export type CustomerReach = 'work_items' | 'tickets' | 'inquiries' | 'mailbox' | 'approved_claims' | 'calls';

export async function reachesCustomer(
  db: DbOrTx,
  customerId: string,
  userId: string,
  reach: readonly CustomerReach[],
): Promise<boolean> {
  const ways: Record<CustomerReach, SQL> = {
    work_items: sql`select 1 from work_items w where w.customer_id = ${customerId}::uuid and w.assigned_to = ${userId}::uuid`,
    // The caller on a call the agent took in the last day (the screen pop leads to the customer).
    calls: sql`select 1 from calls c join users u on u.username = c.agent where c.customer_id = ${customerId}::uuid and u.id = ${userId}::uuid and c.offered_at > now() - interval '1 day'`,
    tickets: sql`select 1 from tickets t where t.customer_id = ${customerId}::uuid and (t.assignee_id = ${userId}::uuid or t.created_by = ${userId}::uuid or t.group_code in (select m.group_code from ticket_group_members m where m.user_id = ${userId}::uuid))`,
    inquiries: sql`select 1 from inquiries q where q.customer_id = ${customerId}::uuid and q.created_by = ${userId}::uuid`,
    mailbox: sql`select 1 from inquiries q where q.customer_id = ${customerId}::uuid and q.channel <> 'phone'`,
    approved_claims: sql`select 1 from tickets t where t.customer_id = ${customerId}::uuid and t.category = 'claim' and t.claim_approval = 'approved'`,
  };
  if (reach.length === 0) return false;
  const result = await db.execute(
    sql`select exists (${sql.join(
      reach.map((r) => ways[r]),
      sql` union all `,
    )}) as reached`,
  );
  return rowsOf<{ reached: boolean }>(result)[0]?.reached === true;
}
