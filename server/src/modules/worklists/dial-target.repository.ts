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
