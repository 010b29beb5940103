import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';

/**
 * "Customer since" of the demo customers (C000001 …): a month before their first installment,
 * or for prospects a stable one to four months back — never the moment of the import.
 */
export async function backdateDemoCustomers(db: DbOrTx): Promise<void> {
  await db.execute(sql`
    update customers c
       set created_at = coalesce(
             (select min(i.due_date) from installments i where i.customer_id = c.id)::timestamp - interval '1 month',
             date_trunc('day', now()) - ((abs(hashtext(c.customer_no)) % 90) + 30) * interval '1 day')
     where c.customer_no ~ '^C[0-9]{6}$'`);
}
