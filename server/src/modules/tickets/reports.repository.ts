import { sql } from 'drizzle-orm';
import { rowsOf as rows, type DbOrTx } from '../../db/client.ts';

// The service desk's report queries over a period [start, end) (ISO instants). Counts and
// medians come as PostgreSQL returns them (bigint as text, numeric); the report service turns
// them into numbers.

export type TicketCounts = {
  opened: unknown;
  resolved: unknown;
  resolved_in_sla: unknown;
  median_resolution_hours: unknown;
  backlog: unknown;
};

/** The counts of TicketCounts over the period [s, e), as select columns of tickets `t`. */
function ticketCountsOver(s: string, e: string) {
  return sql`count(*) filter (where t.created_at >= ${s}::timestamptz) as opened,
             count(*) filter (where t.resolved_at >= ${s}::timestamptz and t.resolved_at < ${e}::timestamptz) as resolved,
             count(*) filter (where t.resolved_at >= ${s}::timestamptz and t.resolved_at < ${e}::timestamptz
                                and t.sla_breached_at is null) as resolved_in_sla,
             percentile_cont(0.5) within group (order by extract(epoch from t.resolved_at - t.created_at) / 3600)
               filter (where t.resolved_at >= ${s}::timestamptz and t.resolved_at < ${e}::timestamptz) as median_resolution_hours,
             count(*) filter (where t.resolved_at is null or t.resolved_at >= ${e}::timestamptz) as backlog`;
}

/** Per key-account customer and category, and the totals (the row whose `grp` is not 0). */
export async function findKeyAccountFigures(db: DbOrTx, s: string, e: string) {
  return rows<TicketCounts & { customer_no: string | null; name: string | null; category: string | null; grp: number }>(
    await db.execute(sql`
      select c.customer_no, c.name, t.category, grouping(c.customer_no, c.name, t.category) as grp,
             ${ticketCountsOver(s, e)}
        from tickets t join customers c on c.id = t.customer_id
       where c.key_account and t.created_at < ${e}::timestamptz
         and (t.resolved_at is null or t.resolved_at >= ${s}::timestamptz)
       group by grouping sets ((c.customer_no, c.name, t.category), ())
       order by grp, c.customer_no, t.category`),
  );
}

/** Per group, and the totals (the row whose `grp` is not 0). */
export async function findGroupFigures(db: DbOrTx, s: string, e: string) {
  return rows<
    TicketCounts & {
      group_code: string | null;
      grp: number;
      median_first_response_hours: unknown;
      breached_open: unknown;
    }
  >(
    await db.execute(sql`
      select t.group_code, grouping(t.group_code) as grp,
             ${ticketCountsOver(s, e)},
             percentile_cont(0.5) within group (order by extract(epoch from t.first_response_at - t.created_at) / 3600)
               filter (where t.created_at >= ${s}::timestamptz and t.first_response_at is not null) as median_first_response_hours,
             count(*) filter (where (t.resolved_at is null or t.resolved_at >= ${e}::timestamptz)
                                and (t.sla_breached_at is not null or t.sla_due_at < ${e}::timestamptz)
                                and t.status <> 'pending') as breached_open
        from tickets t
       where t.created_at < ${e}::timestamptz and (t.resolved_at is null or t.resolved_at >= ${s}::timestamptz)
       group by grouping sets ((t.group_code), ())
       order by grp, t.group_code`),
  );
}

/** Tickets resolved in the period per person who resolved them, most first. */
export async function findResolvedByPerson(db: DbOrTx, s: string, e: string) {
  return rows<{ name: string; resolved: unknown; resolved_in_sla: unknown }>(
    await db.execute(sql`
      select u.display_name as name, count(*) as resolved, count(*) filter (where t.sla_breached_at is null) as resolved_in_sla
        from tickets t join users u on u.id = t.resolved_by
       where t.resolved_at >= ${s}::timestamptz and t.resolved_at < ${e}::timestamptz
       group by u.display_name order by count(*) desc, u.display_name`),
  );
}
