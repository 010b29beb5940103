import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { dataCorrectionTasks, workItems, workLists } from './worklists.schema.ts';
import { rowsOf as rows, arrayParam as arr } from '../../db/client.ts';

export type WorkListHeader = {
  id: string;
  purpose: string;
  channel: string;
  business_date: string;
  status: string;
  signed_off_by: string | null;
};

/** A list's purpose, channel, day and state (what its routes check before acting), or undefined. */
export async function findWorkListHeader(db: DbOrTx, id: string): Promise<WorkListHeader | undefined> {
  const [list] = rows<WorkListHeader>(
    await db.execute(
      sql`select id, purpose, channel, business_date::text as business_date, status, signed_off_by from work_lists where id = ${id}::uuid`,
    ),
  );
  return list;
}

export type ListKey = { purpose: string; channel: string; businessDate: string; source: string };

/** The list of a day for a purpose and channel, created (approved) on first use. */
export async function findOrCreateList(db: DbOrTx, key: ListKey, createdBy: string) {
  await db
    .insert(workLists)
    .values({ ...key, status: 'approved', createdBy, approvedBy: createdBy, approvedAt: new Date() })
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

export async function findListsOfDate(db: DbOrTx, date: string) {
  return db
    .select()
    .from(workLists)
    .where(eq(workLists.businessDate, date))
    .orderBy(asc(workLists.purpose), asc(workLists.channel));
}

/** Items of a list with what `tawasul lists` and the screens show (delivery status from the outbox). */
export async function findItemsOfList(db: DbOrTx, listId: string) {
  return rows<{
    id: string;
    customer_no: string;
    name: string;
    amount_minor: string | number;
    currency: string;
    tier: number | null;
    phones: string[];
    next_phone: number;
    agent: string | null;
    agent_name: string | null;
    agent_id: string | null;
    status: string;
    outcome: string | null;
    reason: string | null;
    attempts: number;
    next_attempt_at: Date | string | null;
    last_outcome: string | null;
    message_status: string | null;
    installments: Array<{ contract_no: string; installment_no: number; due_date: string; outstanding_minor: number }>;
  }>(
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
