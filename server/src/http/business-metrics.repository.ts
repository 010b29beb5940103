// The grouped counts behind the business metrics (business-metrics.ts): a read model over the
// modules' tables, read-only, on indexed columns, returning counts only.
import type { Database } from '../db/client.ts';

type Row = Record<string, unknown>;
export type Figures = {
  outbox: Row[];
  tickets: Row[];
  workItems: Row[];
  imports: Row[];
  agents: Row[];
  waiting: Row[];
};

const queries: Record<keyof Figures, string> = {
  outbox: `select channel, status, count(*)::int as n from outbound_messages group by channel, status`,
  tickets: `select coalesce(group_code, '') as grp,
      count(*) filter (where sla_paused_at is null and sla_due_at <= now())::int as past,
      count(*) filter (where sla_paused_at is null and sla_due_at > now() and sla_warn_at <= now())::int as near
    from tickets where status not in ('resolved', 'closed') group by 1`,
  workItems: `select l.purpose, l.channel, l.business_date::text as day, count(*)::int as n
    from work_items i join work_lists l on l.id = i.list_id
    where l.status not in ('completed', 'signed_off') and i.status in ('pending', 'waiting', 'waiting_correction')
    group by 1, 2, 3`,
  imports: `select kind, status, count(*)::int as n from imports group by kind, status`,
  agents: `select state, count(*)::int as n from (
      select distinct on (agent) agent, state from agent_state_changes
       where source = 'live' and at > now() - interval '1 day' order by agent, at desc) s group by state`,
  waiting: `select coalesce(queue, '') as queue, count(*)::int as n from calls
    where answered_at is null and ended_at is null and offered_at > now() - interval '1 hour' group by 1`,
};

/** One round of every count, in parallel. */
export async function loadFigures(database: Database): Promise<Figures> {
  const entries = await Promise.all(
    (Object.keys(queries) as (keyof Figures)[]).map(
      async (key) => [key, (await database.executeSql(queries[key], [])).rows] as const,
    ),
  );
  return Object.fromEntries(entries) as Figures;
}
