import type { Database } from '../../db/client.ts';
import { countInstallmentFigures, zonedWallTimeToInstant } from '../customers/index.ts';
import { countDayWork, countPromiseFigures } from '../worklists/index.ts';
import { addDays } from './domain/daily-rules.ts';

/**
 * The collections KPIs of a business date for the manager's dashboard. Collection rate
 * (SPEC K1) = installments paid by their due date / installments due, over the 30 days before D.
 */
export async function collectionsKpis(database: Database, date: string, timeZone: string) {
  const midnight = (d: string) => zonedWallTimeToInstant(Date.parse(`${d}T00:00:00Z`), timeZone).toISOString();
  const installments = await countInstallmentFigures(database.db, {
    date,
    from: addDays(date, -30),
    timeZone,
    midnight: midnight(date),
    nextMidnight: midnight(addDays(date, 1)),
  });
  const work = await countDayWork(database.db, date);
  const promises = await countPromiseFigures(database.db, {
    date,
    from: midnight(date),
    to: midnight(addDays(date, 1)),
    timeZone,
  });
  const rate = (a: number | undefined, b: number | undefined) => (!b ? null : Math.round(((a ?? 0) / b) * 1000) / 10);
  return {
    date,
    installments_due_today: installments.due_today,
    installments_paid_today_by_due_date: installments.paid_today_by_due_date,
    collection_rate_30d: rate(installments.paid_on_time_30, installments.due_30),
    collection_rate_30d_category_a: rate(installments.paid_on_time_30_a, installments.due_30_a),
    reminders_queued: work.reminders_queued,
    reminders_sent: work.reminders_sent,
    reminders_delivered: work.reminders_delivered,
    thanks_sent: work.thanks_sent,
    phone_reminders: work.phone_reminders,
    phone_reminders_reached: work.phone_reminders_reached,
    followups: work.followups,
    followups_reached: work.followups_reached,
    promises_made_today: promises.made_today,
    promises_due: promises.due,
    promises_kept: promises.kept,
    promise_kept_rate: rate(promises.kept, promises.due),
    customers_with_two_or_more_overdue: installments.customers_with_two_or_more_overdue,
  };
}
