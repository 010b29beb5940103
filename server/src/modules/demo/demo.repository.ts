import { sql } from 'drizzle-orm';
import { rowsOf, type DbOrTx } from '../../db/client.ts';

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

/** How many tickets there are (the demo's service desk is loaded once). */
export async function countTickets(db: DbOrTx): Promise<number> {
  const [row] = rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n from tickets`));
  return row?.n ?? 0;
}

/** The first customer (by number) that is not a key account and has an email address on file. */
export async function findCustomerWithEmail(db: DbOrTx): Promise<{ customer_no: string; email: string } | undefined> {
  const [row] = rowsOf<{ customer_no: string; email: string }>(
    await db.execute(sql`
      select c.customer_no, lower(cp.raw) as email from contact_points cp join customers c on c.id = cp.customer_id
      where cp.kind = 'email' and c.key_account = false order by c.customer_no limit 1`),
  );
  return row;
}
