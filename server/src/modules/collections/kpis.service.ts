import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { zonedWallTimeToInstant } from '../customers/index.ts';
import { addDays } from './domain/daily-rules.ts';
import { rowsOf as rows } from '../../db/client.ts';

/**
 * The collections KPIs of a business date for the manager's dashboard. Collection rate
 * (SPEC K1) = installments paid by their due date / installments due, over the 30 days before D.
 */
export async function collectionsKpis(database: Database, date: string, timeZone: string) {
  const midnight = (d: string) => zonedWallTimeToInstant(Date.parse(`${d}T00:00:00Z`), timeZone).toISOString();
  const from = addDays(date, -30);
  const [due] = rows<Record<string, number>>(
    await database.db.execute(sql`
      select count(*) filter (where i.due_date = ${date}::date)::int as due_today,
             count(*)::int as due_30,
             count(*) filter (where i.paid_in_full_at is not null
                               and i.paid_in_full_at < ((i.due_date + 1)::timestamp at time zone ${timeZone}))::int as paid_on_time_30,
             count(*) filter (where c.category = 'A')::int as due_30_a,
             count(*) filter (where c.category = 'A' and i.paid_in_full_at is not null
                               and i.paid_in_full_at < ((i.due_date + 1)::timestamp at time zone ${timeZone}))::int as paid_on_time_30_a
        from installments i join customers c on c.id = i.customer_id
       where i.due_date >= ${from}::date and i.due_date <= ${date}::date`),
  );
  const [paidToday] = rows<{ n: number }>(
    await database.db.execute(sql`select count(*)::int as n from installments where due_date = ${date}::date
                                   and paid_in_full_at is not null and paid_in_full_at < ${midnight(addDays(date, 1))}::timestamptz`),
  );
  const [messages] = rows<Record<string, number>>(
    await database.db.execute(sql`
      select count(m.id) filter (where l.purpose = 'reminder')::int as reminders_queued,
             count(m.id) filter (where l.purpose = 'reminder' and m.status in ('sent','delivered'))::int as reminders_sent,
             count(m.id) filter (where l.purpose = 'reminder' and m.status = 'delivered')::int as reminders_delivered,
             count(m.id) filter (where l.purpose = 'thanks' and m.status in ('sent','delivered'))::int as thanks_sent
        from work_items w join work_lists l on l.id = w.list_id join outbound_messages m on m.id = w.message_id
       where l.business_date = ${date}::date`),
  );
  const [calls] = rows<Record<string, number>>(
    await database.db.execute(sql`
      select count(*) filter (where l.purpose = 'reminder')::int as phone_reminders,
             count(*) filter (where l.purpose = 'reminder' and w.outcome in ('reached','promise_to_pay'))::int as phone_reminders_reached,
             count(*) filter (where l.purpose = 'followup')::int as followups,
             count(*) filter (where l.purpose = 'followup' and w.outcome in ('reached','promise_to_pay'))::int as followups_reached
        from work_items w join work_lists l on l.id = w.list_id
       where l.business_date = ${date}::date and l.channel = 'phone' and w.status <> 'moved'`),
  );
  const [promises] = rows<Record<string, number>>(
    await database.db.execute(sql`
      select count(*) filter (where p.created_at >= ${midnight(date)}::timestamptz and p.created_at < ${midnight(addDays(date, 1))}::timestamptz)::int as made_today,
             count(*) filter (where p.promised_date < ${date}::date)::int as due,
             count(*) filter (where p.promised_date < ${date}::date and
               (select coalesce(sum(pay.amount_minor), 0) from payments pay where pay.customer_id = p.customer_id and pay.paid_at >= p.created_at
                  and pay.paid_at < ((p.promised_date + 1)::timestamp at time zone ${timeZone})) >= p.amount_minor)::int as kept
        from payment_promises p`),
  );
  const [overdue] = rows<{ n: number }>(
    await database.db.execute(sql`
      select count(*)::int as n from (
        select i.customer_id from installments i
         where i.due_date < ${date}::date and (i.paid_in_full_at is null or i.paid_in_full_at >= ${midnight(date)}::timestamptz)
         group by i.customer_id having count(*) >= 2) x`),
  );
  const rate = (a: number | undefined, b: number | undefined) => (!b ? null : Math.round(((a ?? 0) / b) * 1000) / 10);
  return {
    date,
    installments_due_today: due!.due_today,
    installments_paid_today_by_due_date: paidToday!.n,
    collection_rate_30d: rate(due!.paid_on_time_30, due!.due_30),
    collection_rate_30d_category_a: rate(due!.paid_on_time_30_a, due!.due_30_a),
    reminders_queued: messages!.reminders_queued,
    reminders_sent: messages!.reminders_sent,
    reminders_delivered: messages!.reminders_delivered,
    thanks_sent: messages!.thanks_sent,
    phone_reminders: calls!.phone_reminders,
    phone_reminders_reached: calls!.phone_reminders_reached,
    followups: calls!.followups,
    followups_reached: calls!.followups_reached,
    promises_made_today: promises!.made_today,
    promises_due: promises!.due,
    promises_kept: promises!.kept,
    promise_kept_rate: rate(promises!.kept, promises!.due),
    customers_with_two_or_more_overdue: overdue!.n,
  };
}
