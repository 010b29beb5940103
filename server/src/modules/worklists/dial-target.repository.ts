import { sql } from 'drizzle-orm';
import { rowsOf as rows, type DbOrTx } from '../../db/client.ts';

export type DialItemRow = {
  id: string;
  customer_id: string;
  assigned_to: string | null;
  status: string;
  phones: string[];
  next_phone: number;
  channel: string;
  list_status: string;
  do_not_call: boolean;
};

/** A work item with what a call on it needs: its numbers, its list's channel and state, the customer's do-not-call. */
export async function findItemToDial(db: DbOrTx, itemId: string): Promise<DialItemRow | undefined> {
  const [item] = rows<DialItemRow>(
    await db.execute(sql`
      select w.id, w.customer_id, w.assigned_to, w.status, w.phones, w.next_phone, l.channel, l.status as list_status,
             c.do_not_call
        from work_items w join work_lists l on l.id = w.list_id join customers c on c.id = w.customer_id
       where w.id = ${itemId}::uuid`),
  );
  return item;
}

export type DialableItemRow = {
  id: string;
  customer_id: string;
  assigned_to: string;
  username: string;
  number: string;
  attempts: number;
};

/**
 * The campaign dialer's next items on a phone list (issue #13 part 5), by the list's own rules:
 * open items assigned to an agent, due now (pending, or waiting with the retry time passed), under
 * the day's maximum of attempts, never a customer who asked not to be called nor a number flagged
 * wrong; the number is the item's current one in the list's order; top items first, then priority.
 * One item per agent (the agent's next).
 */
export async function findDialableItems(
  db: DbOrTx,
  listId: string,
  now: Date,
  maxAttemptsPerDay: number,
): Promise<DialableItemRow[]> {
  return rows<DialableItemRow>(
    await db.execute(sql`
      select distinct on (w.assigned_to) w.id, w.customer_id, w.assigned_to, u.username,
             w.phones[w.next_phone + 1] as number, w.attempts
        from work_items w join work_lists l on l.id = w.list_id join customers c on c.id = w.customer_id
             join users u on u.id = w.assigned_to
       where w.list_id = ${listId}::uuid and l.channel = 'phone' and l.status <> 'signed_off'
         and w.assigned_to is not null
         and (w.status = 'pending' or (w.status = 'waiting' and w.next_attempt_at <= ${now.toISOString()}::timestamptz))
         and w.attempts_today < ${maxAttemptsPerDay}
         and not c.do_not_call
         and w.phones[w.next_phone + 1] is not null
         and not exists (select 1 from contact_points p
                          where p.customer_id = w.customer_id and p.e164 = w.phones[w.next_phone + 1] and p.wrong)
       order by w.assigned_to, w.priority, w.next_attempt_at nulls first, w.id`),
  );
}
