import { sql } from 'drizzle-orm';
import { rowsOf as rows, type DbOrTx } from '../../db/client.ts';
import type { ItemRowBase } from './worklists.repository.ts';

// The agent's side of the work lists: his items of a day, an attempt and what it changes.

export type AgentItemRow = ItemRowBase & {
  purpose: string;
  list_id: string;
  attempts_today: number;
  priority: number;
  credit_type: string | null;
};

/** The agent's phone items of a day, in working order: open first, then waiting, then closed; by priority. */
export async function findAgentItems(db: DbOrTx, agentId: string, date: string): Promise<AgentItemRow[]> {
  return rows<AgentItemRow>(
    await db.execute(sql`
      select w.id, l.purpose, l.id as list_id, c.customer_no, c.name, w.amount_minor, w.currency, w.tier, w.phones, w.next_phone,
             w.status, w.outcome, w.attempts, w.attempts_today, w.next_attempt_at, w.priority, w.reason,
             (select string_agg(distinct k.credit_type, '، ') from work_item_installments wi join installments i on i.id = wi.installment_id
                join contracts k on k.id = i.contract_id where wi.item_id = w.id) as credit_type,
             (select coalesce(json_agg(json_build_object('contract_no', k.contract_no, 'installment_no', i.installment_no,
                     'due_date', i.due_date, 'outstanding_minor', wi.outstanding_minor) order by i.due_date), '[]'::json)
                from work_item_installments wi join installments i on i.id = wi.installment_id join contracts k on k.id = i.contract_id
               where wi.item_id = w.id) as installments
        from work_items w
        join work_lists l on l.id = w.list_id
        join customers c on c.id = w.customer_id
       where w.assigned_to = ${agentId}::uuid and l.business_date = ${date}::date and l.channel = 'phone'
       order by case when w.status in ('done','unreachable','moved') then 2 when w.status = 'pending' then 0 else 1 end,
                w.priority, c.customer_no`),
  );
}

export type LockedItem = {
  id: string;
  list_id: string;
  customer_id: string;
  assigned_to: string | null;
  status: string;
  currency: string;
  phones: string[];
  next_phone: number;
  attempts: number;
  attempts_today: number;
  purpose: string;
  list_status: string;
};

/** An item with its list's purpose and state, locked for the attempt being recorded. */
export async function lockItemForAttempt(tx: DbOrTx, itemId: string): Promise<LockedItem | undefined> {
  const [item] = rows<LockedItem>(
    await tx.execute(sql`select w.*, l.purpose, l.status as list_status from work_items w join work_lists l on l.id = w.list_id
                          where w.id = ${itemId}::uuid for update of w`),
  );
  return item;
}

export type NewAttempt = {
  itemId: string;
  agentId: string;
  phone: string | null;
  outcome: string;
  at: string;
  promiseDate: string | null;
  promiseAmountMinor: number | null;
  callbackAt: string | null;
  note: string | null;
  saleAmountMinor?: number | null;
};

/** Records a call attempt; its id. */
export async function insertAttempt(tx: DbOrTx, a: NewAttempt): Promise<string> {
  const [attempt] = rows<{ id: string }>(
    await tx.execute(sql`
      insert into work_attempts (item_id, agent_id, phone, outcome, at, promise_date, promise_amount_minor, callback_at, note, sale_amount_minor)
      values (${a.itemId}::uuid, ${a.agentId}::uuid, ${a.phone}, ${a.outcome}, ${a.at}::timestamptz, ${a.promiseDate}::date,
              ${a.promiseAmountMinor}, ${a.callbackAt}::timestamptz, ${a.note}, ${a.saleAmountMinor ?? null})
      returning id`),
  );
  return attempt!.id;
}

export type AttemptEffectRow = {
  status: string;
  nextPhone: number;
  attemptsToday: number;
  nextAttemptAt: string | null;
  top: boolean;
  outcome: string | null;
  closedAt: string | null;
  reason: string | null;
};

/** The item after an attempt (one more attempt counted). */
export async function updateItemAfterAttempt(tx: DbOrTx, itemId: string, e: AttemptEffectRow) {
  await tx.execute(sql`
    update work_items set status = ${e.status}, next_phone = ${e.nextPhone}, attempts = attempts + 1,
           attempts_today = ${e.attemptsToday}, next_attempt_at = ${e.nextAttemptAt}::timestamptz,
           priority = case when ${e.top} then -1 else priority end,
           outcome = ${e.outcome}, closed_at = ${e.closedAt}::timestamptz,
           reason = ${e.reason},
           updated_at = now()
     where id = ${itemId}::uuid`);
}

/** A distributed list whose first attempt is recorded is in progress. */
export async function markListStarted(tx: DbOrTx, listId: string) {
  await tx.execute(
    sql`update work_lists set status = 'in_progress', started_at = coalesce(started_at, now()) where id = ${listId}::uuid and status = 'distributed'`,
  );
}

export async function insertPaymentPromise(
  tx: DbOrTx,
  p: {
    customerId: string;
    itemId: string;
    attemptId: string;
    promisedDate: string;
    amountMinor: number;
    createdBy: string;
  },
) {
  await tx.execute(sql`
    insert into payment_promises (customer_id, item_id, attempt_id, promised_date, amount_minor, created_by)
    values (${p.customerId}::uuid, ${p.itemId}::uuid, ${p.attemptId}::uuid, ${p.promisedDate}::date, ${p.amountMinor}, ${p.createdBy}::uuid)`);
}

/** A list whose every item is closed, moved or waiting for IT is completed. */
export async function completeListIfDone(tx: DbOrTx, listId: string) {
  await tx.execute(sql`
    update work_lists set status = 'completed', completed_at = now()
     where id = ${listId}::uuid and status in ('distributed','in_progress')
       and not exists (select 1 from work_items w where w.list_id = ${listId}::uuid and w.status not in ('done','unreachable','moved','waiting_correction'))`);
}

/** Sends a phone item of a list not signed off back to pending with the supervisor's note; undefined when it cannot be. */
export async function sendItemBack(
  tx: DbOrTx,
  itemId: string,
  note: string,
): Promise<{ id: string; list_id: string; assigned_to: string | null } | undefined> {
  const [item] = rows<{ id: string; list_id: string; assigned_to: string | null }>(
    await tx.execute(sql`
    update work_items w set status = 'pending', closed_at = null, outcome = null, attempts_today = 0, next_attempt_at = null, reason = ${`sent_back: ${note}`}, updated_at = now()
      from work_lists l
     where w.id = ${itemId}::uuid and l.id = w.list_id and l.status <> 'signed_off' and l.channel = 'phone'
    returning w.id, w.list_id, w.assigned_to`),
  );
  return item;
}

/** A completed list with an item open again is in progress again. */
export async function reopenCompletedList(tx: DbOrTx, listId: string) {
  await tx.execute(
    sql`update work_lists set status = 'in_progress', completed_at = null where id = ${listId}::uuid and status = 'completed'`,
  );
}
