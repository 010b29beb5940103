import { sql } from 'drizzle-orm';
import { rowsOf as rows, type DbOrTx } from '../../db/client.ts';

// Counts over installments for the collections KPIs (SPEC K1): the customers module owns the
// installments; collections asks for the figures.

export type InstallmentFigures = {
  due_today: number;
  due_30: number;
  paid_on_time_30: number;
  due_30_a: number;
  paid_on_time_30_a: number;
  paid_today_by_due_date: number;
  customers_with_two_or_more_overdue: number;
};

/**
 * Installments due on `date` and over [`from`, `date`] (all and category A), those paid in full
 * by the end of their due day in `timeZone`; those due on `date` paid before `nextMidnight`; and
 * customers with two or more installments due before `date` not paid in full at `midnight`.
 */
export async function countInstallmentFigures(
  db: DbOrTx,
  p: { date: string; from: string; timeZone: string; midnight: string; nextMidnight: string },
): Promise<InstallmentFigures> {
  const [due] = rows<
    Pick<InstallmentFigures, 'due_today' | 'due_30' | 'paid_on_time_30' | 'due_30_a' | 'paid_on_time_30_a'>
  >(
    await db.execute(sql`
      select count(*) filter (where i.due_date = ${p.date}::date)::int as due_today,
             count(*)::int as due_30,
             count(*) filter (where i.paid_in_full_at is not null
                               and i.paid_in_full_at < ((i.due_date + 1)::timestamp at time zone ${p.timeZone}))::int as paid_on_time_30,
             count(*) filter (where c.category = 'A')::int as due_30_a,
             count(*) filter (where c.category = 'A' and i.paid_in_full_at is not null
                               and i.paid_in_full_at < ((i.due_date + 1)::timestamp at time zone ${p.timeZone}))::int as paid_on_time_30_a
        from installments i join customers c on c.id = i.customer_id
       where i.due_date >= ${p.from}::date and i.due_date <= ${p.date}::date`),
  );
  const [paidToday] = rows<{ n: number }>(
    await db.execute(sql`select count(*)::int as n from installments where due_date = ${p.date}::date
                          and paid_in_full_at is not null and paid_in_full_at < ${p.nextMidnight}::timestamptz`),
  );
  const [overdue] = rows<{ n: number }>(
    await db.execute(sql`
      select count(*)::int as n from (
        select i.customer_id from installments i
         where i.due_date < ${p.date}::date and (i.paid_in_full_at is null or i.paid_in_full_at >= ${p.midnight}::timestamptz)
         group by i.customer_id having count(*) >= 2) x`),
  );
  return {
    ...due!,
    paid_today_by_due_date: paidToday!.n,
    customers_with_two_or_more_overdue: overdue!.n,
  };
}
