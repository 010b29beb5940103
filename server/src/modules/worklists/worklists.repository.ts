import { and, asc, eq, getTableColumns, inArray, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { dataCorrectionTasks, workItems, workLists } from './worklists.schema.ts';
import { rowsOf as rows, arrayParam as arr } from '../../db/client.ts';
import { SYSTEM_APPROVER } from './domain/lifecycle.ts';

export type WorkListHeader = {
  id: string;
  purpose: string;
  channel: string;
  business_date: string;
  source: string;
  status: string;
  signed_off_by: string | null;
};

/** A list's purpose, channel, day and state (what its routes check before acting), or undefined. */
export async function findWorkListHeader(db: DbOrTx, id: string): Promise<WorkListHeader | undefined> {
  const [list] = rows<WorkListHeader>(
    await db.execute(
      sql`select id, purpose, channel, business_date::text as business_date, source, status, signed_off_by from work_lists where id = ${id}::uuid`,
    ),
  );
  return list;
}

export type ListKey = { purpose: string; channel: string; businessDate: string; source: string };

/**
 * The list of a day for a purpose and channel, created on first use. It is approved by the
 * system: the rules that made it (SPEC P) are what a manager approved, not each day's list.
 */
export async function findOrCreateList(db: DbOrTx, key: ListKey, createdBy: string) {
  await db
    .insert(workLists)
    .values({ ...key, status: 'approved', createdBy, approvedBy: SYSTEM_APPROVER, approvedAt: new Date() })
    .onConflictDoNothing();
  const [list] = await db
    .select()
    .from(workLists)
    .where(
      and(
        eq(workLists.businessDate, key.businessDate),
        eq(workLists.purpose, key.purpose),
        eq(workLists.channel, key.channel),
        eq(workLists.source, key.source),
      ),
    );
  return list!;
}

export type NewItem = {
  customerId: string;
  amountMinor: number;
  currency: string;
  tier: number | null;
  phones: string[];
  priority: number;
  installments: Array<{ installmentId: string; outstandingMinor: number }>;
};

/**
 * Adds items to a list: one per customer (a customer already in the list gets the new
 * installments added to his item). Each installment is recorded once per purpose.
 */
export async function addItems(db: DbOrTx, listId: string, purpose: string, items: NewItem[]) {
  if (items.length === 0) return new Map<string, string>();
  const created = rows<{ id: string; customer_id: string }>(
    await db.execute(sql`
      insert into work_items (list_id, customer_id, amount_minor, currency, tier, phones, priority)
      select ${listId}::uuid, c, a, cur, t, string_to_array(p, ' '), pr
        from unnest(${arr(items.map((i) => i.customerId))}::uuid[], ${arr(items.map((i) => i.amountMinor))}::bigint[],
                    ${arr(items.map((i) => i.currency))}::text[], ${arr(items.map((i) => i.tier))}::smallint[],
                    ${arr(items.map((i) => i.phones.join(' ')))}::text[], ${arr(items.map((i) => i.priority))}::int[]) as x(c, a, cur, t, p, pr)
      on conflict (list_id, customer_id) do update set amount_minor = work_items.amount_minor + excluded.amount_minor,
        tier = coalesce(excluded.tier, work_items.tier), updated_at = now()
      returning id, customer_id`),
  );
  const itemOf = new Map(created.map((r) => [r.customer_id, r.id]));
  const links = items.flatMap((i) => i.installments.map((inst) => ({ itemId: itemOf.get(i.customerId)!, ...inst })));
  await db.execute(sql`
    insert into work_item_installments (item_id, installment_id, purpose, outstanding_minor)
    select i, inst, ${purpose}, o
      from unnest(${arr(links.map((l) => l.itemId))}::uuid[], ${arr(links.map((l) => l.installmentId))}::uuid[],
                  ${arr(links.map((l) => l.outstandingMinor))}::bigint[]) as x(i, inst, o)
    on conflict (installment_id, purpose) do nothing`);
  return itemOf;
}

export async function findUnassignedItems(db: DbOrTx, listId: string) {
  return db
    .select({
      id: workItems.id,
      tier: workItems.tier,
      amountMinor: workItems.amountMinor,
      priority: workItems.priority,
    })
    .from(workItems)
    .where(and(eq(workItems.listId, listId), isNull(workItems.assignedTo)))
    .orderBy(asc(workItems.priority));
}

export async function assignItems(db: DbOrTx, assignments: Array<{ itemId: string; agentId: string }>) {
  if (assignments.length === 0) return;
  await db.execute(sql`
    update work_items w set assigned_to = x.agent, updated_at = now()
      from unnest(${arr(assignments.map((a) => a.itemId))}::uuid[], ${arr(assignments.map((a) => a.agentId))}::uuid[]) as x(item, agent)
     where w.id = x.item`);
}

export async function markListDistributed(db: DbOrTx, listId: string, by: string) {
  await db
    .update(workLists)
    .set({ status: 'distributed', distributedAt: new Date(), distributedBy: by })
    .where(and(eq(workLists.id, listId), inArray(workLists.status, ['draft', 'approved'])));
}

export async function setListStatus(db: DbOrTx, listId: string, patch: Partial<typeof workLists.$inferInsert>) {
  await db.update(workLists).set(patch).where(eq(workLists.id, listId));
}

export async function openDataCorrectionTask(
  db: DbOrTx,
  task: { customerId: string; contactPointId: string | null; itemId: string | null; reason: string; createdBy: string },
) {
  await db.insert(dataCorrectionTasks).values(task).onConflictDoNothing();
}

/** The lists of a date, with the display names of who distributed and who signed off (null for system or token actors). */
export async function findListsOfDate(db: DbOrTx, date: string) {
  return db
    .select({
      ...getTableColumns(workLists),
      distributedByName: sql<
        string | null
      >`(select u.display_name from users u where u.username = ${workLists.distributedBy})`,
      signedOffByName: sql<
        string | null
      >`(select u.display_name from users u where u.username = ${workLists.signedOffBy})`,
    })
    .from(workLists)
    .where(eq(workLists.businessDate, date))
    .orderBy(asc(workLists.purpose), asc(workLists.channel));
}

/** What a list's screens and an agent's day read of an item (amounts as PostgreSQL returns bigint). */
export type ItemRowBase = {
  id: string;
  customer_no: string;
  name: string;
  amount_minor: string | number;
  currency: string;
  tier: number | null;
  phones: string[];
  next_phone: number;
  status: string;
  outcome: string | null;
  reason: string | null;
  attempts: number;
  next_attempt_at: Date | string | null;
  installments: Array<{ contract_no: string; installment_no: number; due_date: string; outstanding_minor: number }>;
};

/** Items of a list with what `tawasul lists` and the screens show (delivery status from the outbox). */
export async function findItemsOfList(db: DbOrTx, listId: string) {
  return rows<
    ItemRowBase & {
      agent: string | null;
      agent_name: string | null;
      agent_id: string | null;
      last_outcome: string | null;
      message_status: string | null;
    }
  >(
    await db.execute(sql`
      select w.id, c.customer_no, c.name, w.amount_minor, w.currency, w.tier, w.phones, w.next_phone,
             u.username as agent, u.display_name as agent_name, w.assigned_to as agent_id, w.status, w.outcome, w.reason, w.attempts, w.next_attempt_at,
             (select a.outcome from work_attempts a where a.item_id = w.id order by a.at desc limit 1) as last_outcome,
             m.status as message_status,
             (select coalesce(json_agg(json_build_object('contract_no', k.contract_no, 'installment_no', i.installment_no,
                                                         'due_date', i.due_date::text, 'outstanding_minor', wi.outstanding_minor) order by k.contract_no, i.installment_no), '[]'::json)
                from work_item_installments wi
                join installments i on i.id = wi.installment_id
                join contracts k on k.id = i.contract_id
               where wi.item_id = w.id) as installments
        from work_items w
        join customers c on c.id = w.customer_id
        left join users u on u.id = w.assigned_to
        left join outbound_messages m on m.id = w.message_id
       where w.list_id = ${listId}::uuid
       order by w.priority, c.customer_no`),
  );
}

/** A phone item with no number to dial waits for IT (only while still pending and without phones). */
export async function markItemWaitingForNumber(db: DbOrTx, itemId: string) {
  await db.execute(sql`update work_items set status = 'waiting_correction', reason = 'no_usable_number'
                        where id = ${itemId}::uuid and status = 'pending' and cardinality(phones) = 0`);
}

/** The outbox took the item's message: the item is queued with it. */
export async function markItemQueued(db: DbOrTx, itemId: string, messageId: string) {
  await db.execute(
    sql`update work_items set message_id = ${messageId}::uuid, status = 'queued', updated_at = now() where id = ${itemId}::uuid`,
  );
}

/** The outbox already held the item's message (a second send): a pending item is queued. */
export async function markPendingItemQueued(db: DbOrTx, itemId: string) {
  await db.execute(
    sql`update work_items set status = 'queued', updated_at = now() where id = ${itemId}::uuid and status = 'pending'`,
  );
}

/** The outbox refused the item's message, for `reason` (the outbox's code). */
export async function markItemRefused(db: DbOrTx, itemId: string, reason: string) {
  await db.execute(
    sql`update work_items set status = 'refused', reason = ${reason}, updated_at = now() where id = ${itemId}::uuid`,
  );
}

/**
 * Moves an item to another list of the same purpose (its customer's item there grows by the
 * amount), its installments with it; the old item is closed as moved. Returns the new item's id.
 */
export async function moveItemToList(db: DbOrTx, itemId: string, listId: string, reason: string | null) {
  const [created] = rows<{ id: string }>(
    await db.execute(sql`
      insert into work_items (list_id, customer_id, amount_minor, currency, tier, phones, priority, reason)
      select ${listId}::uuid, customer_id, amount_minor, currency, tier, phones, 1000000, ${reason}
        from work_items where id = ${itemId}::uuid
      on conflict (list_id, customer_id) do update set amount_minor = work_items.amount_minor + excluded.amount_minor
      returning id`),
  );
  const newId = created!.id;
  await db.execute(sql`update work_item_installments set item_id = ${newId}::uuid where item_id = ${itemId}::uuid`);
  await db.execute(
    sql`update work_items set status = 'moved', closed_at = now(), updated_at = now() where id = ${itemId}::uuid`,
  );
  return newId;
}

/** Completes the date's SMS lists in progress whose every message is accepted or failed; their ids. */
export async function completeSettledSmsListsOf(db: DbOrTx, date: string): Promise<string[]> {
  return rows<{ id: string }>(
    await db.execute(sql`
      update work_lists l set status = 'completed', completed_at = now()
       where l.business_date = ${date}::date and l.channel = 'sms' and l.status = 'in_progress'
         and not exists (select 1 from work_items w left join outbound_messages m on m.id = w.message_id
                          where w.list_id = l.id and (w.status = 'pending' or m.status in ('queued','sending')))
      returning l.id`),
  ).map((r) => r.id);
}

/** The messages of the date's SMS items, and how many of them are not yet accepted or failed. */
export async function countSmsMessagesOfDate(db: DbOrTx, date: string): Promise<{ total: number; unsettled: number }> {
  const [counts] = rows<{ total: number; unsettled: number }>(
    await db.execute(sql`
      select count(*)::int as total, count(*) filter (where m.status in ('queued','sending'))::int as unsettled
        from work_items w
        join work_lists l on l.id = w.list_id
        join outbound_messages m on m.id = w.message_id
       where l.business_date = ${date}::date and l.channel = 'sms'`),
  );
  return counts ?? { total: 0, unsettled: 0 };
}

export type DayWorkFigures = {
  reminders_queued: number;
  reminders_sent: number;
  reminders_delivered: number;
  thanks_sent: number;
  phone_reminders: number;
  phone_reminders_reached: number;
  followups: number;
  followups_reached: number;
};

/** The messages and calls of a business date's lists (items moved to another list not counted as calls). */
export async function countDayWork(db: DbOrTx, date: string): Promise<DayWorkFigures> {
  const [messages] = rows<
    Pick<DayWorkFigures, 'reminders_queued' | 'reminders_sent' | 'reminders_delivered' | 'thanks_sent'>
  >(
    await db.execute(sql`
      select count(m.id) filter (where l.purpose = 'reminder')::int as reminders_queued,
             count(m.id) filter (where l.purpose = 'reminder' and m.status in ('sent','delivered'))::int as reminders_sent,
             count(m.id) filter (where l.purpose = 'reminder' and m.status = 'delivered')::int as reminders_delivered,
             count(m.id) filter (where l.purpose = 'thanks' and m.status in ('sent','delivered'))::int as thanks_sent
        from work_items w join work_lists l on l.id = w.list_id join outbound_messages m on m.id = w.message_id
       where l.business_date = ${date}::date and l.source = 'daily'`),
  );
  const [calls] = rows<
    Pick<DayWorkFigures, 'phone_reminders' | 'phone_reminders_reached' | 'followups' | 'followups_reached'>
  >(
    await db.execute(sql`
      select count(*) filter (where l.purpose = 'reminder')::int as phone_reminders,
             count(*) filter (where l.purpose = 'reminder' and w.outcome in ('reached','promise_to_pay'))::int as phone_reminders_reached,
             count(*) filter (where l.purpose = 'followup')::int as followups,
             count(*) filter (where l.purpose = 'followup' and w.outcome in ('reached','promise_to_pay'))::int as followups_reached
        from work_items w join work_lists l on l.id = w.list_id
       where l.business_date = ${date}::date and l.source = 'daily' and l.channel = 'phone' and w.status <> 'moved'`),
  );
  return { ...messages!, ...calls! };
}

/**
 * Promises made in [`from`, `to`), promises whose date is before `date`, and of those the kept
 * ones: the customer's payments since the promise reached its amount by the end of the promised
 * day in `timeZone`.
 */
export async function countPromiseFigures(
  db: DbOrTx,
  p: { date: string; from: string; to: string; timeZone: string },
): Promise<{ made_today: number; due: number; kept: number }> {
  const [promises] = rows<{ made_today: number; due: number; kept: number }>(
    await db.execute(sql`
      select count(*) filter (where p.created_at >= ${p.from}::timestamptz and p.created_at < ${p.to}::timestamptz)::int as made_today,
             count(*) filter (where p.promised_date < ${p.date}::date)::int as due,
             count(*) filter (where p.promised_date < ${p.date}::date and
               (select coalesce(sum(pay.amount_minor), 0) from payments pay where pay.customer_id = p.customer_id and pay.paid_at >= p.created_at
                  and pay.paid_at < ((p.promised_date + 1)::timestamp at time zone ${p.timeZone})) >= p.amount_minor)::int as kept
        from payment_promises p`),
  );
  return promises!;
}

/** A customer's open work items (any list, not closed), newest list first: what the screen pop shows. */
export async function findOpenItemsOfCustomer(db: DbOrTx, customerId: string, limit: number) {
  return db
    .select({
      id: workItems.id,
      purpose: workLists.purpose,
      channel: workLists.channel,
      businessDate: workLists.businessDate,
      status: workItems.status,
      amountMinor: workItems.amountMinor,
      currency: workItems.currency,
      attempts: workItems.attempts,
    })
    .from(workItems)
    .innerJoin(workLists, eq(workLists.id, workItems.listId))
    .where(and(eq(workItems.customerId, customerId), isNull(workItems.closedAt)))
    .orderBy(sql`${workLists.businessDate} desc`, asc(workItems.createdAt))
    .limit(limit);
}

/** The purpose of a work item's list (an outbound call's reason), or null. */
export async function findItemPurpose(db: DbOrTx, itemId: string): Promise<string | null> {
  const [row] = await db
    .select({ purpose: workLists.purpose })
    .from(workItems)
    .innerJoin(workLists, eq(workLists.id, workItems.listId))
    .where(eq(workItems.id, itemId));
  return row?.purpose ?? null;
}
