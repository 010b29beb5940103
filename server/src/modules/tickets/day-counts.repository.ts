import { sql } from 'drizzle-orm';
import { rowsOf as rows, type DbOrTx } from '../../db/client.ts';

// The service desk's figures of the day for the wallboard and the dashboards: open tickets, those
// past their SLA and those within its warning margin now, opened and resolved today.

export type TicketDayCounts = {
  open: number;
  breached: number;
  near_sla: number;
  opened_today: number;
  resolved_today: number;
};

/**
 * Counts over every ticket, or one assignee's. Breached: open and past its due time (a paused
 * clock counts once it breached); near its SLA: open, not breached, past the warning time.
 */
export async function countTicketsOfDay(
  db: DbOrTx,
  p: { from: Date; to: Date; now: Date; assigneeId?: string },
): Promise<TicketDayCounts> {
  const now = p.now.toISOString();
  const breached = sql`(t.sla_breached_at is not null or (t.sla_paused_at is null and t.sla_due_at <= ${now}::timestamptz))`;
  const [row] = rows<Record<keyof TicketDayCounts, number>>(
    await db.execute(sql`
      select count(*) filter (where t.status in ('new','open','pending','escalated'))::int as open,
             count(*) filter (where t.status in ('new','open','pending','escalated') and ${breached})::int as breached,
             count(*) filter (where t.status in ('new','open','pending','escalated') and not ${breached}
                                and t.sla_paused_at is null and t.sla_warn_at <= ${now}::timestamptz)::int as near_sla,
             count(*) filter (where t.created_at >= ${p.from.toISOString()}::timestamptz
                                and t.created_at < ${p.to.toISOString()}::timestamptz)::int as opened_today,
             count(*) filter (where t.resolved_at >= ${p.from.toISOString()}::timestamptz
                                and t.resolved_at < ${p.to.toISOString()}::timestamptz)::int as resolved_today
        from tickets t
       where ${p.assigneeId === undefined ? sql`true` : sql`t.assignee_id = ${p.assigneeId}::uuid`}`),
  );
  return {
    open: Number(row?.open ?? 0),
    breached: Number(row?.breached ?? 0),
    near_sla: Number(row?.near_sla ?? 0),
    opened_today: Number(row?.opened_today ?? 0),
    resolved_today: Number(row?.resolved_today ?? 0),
  };
}
